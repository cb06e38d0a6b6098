import { epochDay, parseIsoDay } from "../dates/spans";
import type { Mention } from "../model/mentions";
import { partyIds } from "../model/vocabulary";

const dayNumber = (iso: string) => {
  const d = parseIsoDay(iso);
  return d ? epochDay(d.y, d.m, d.d) : Number.NaN;
};

/** How many events after an undated one the story may take to tell its day. */
const WITHIN_EVENTS = 3;

/**
 * "President X has announced that the two sides agreed a truce. … In his address on Tuesday, X
 * said …": a story out the morning after leads on what happened without its day and gives the day
 * a few sentences down. What the article dates only by its publication takes the day before
 * publication that one of the next few events of the same type, by someone in common, states for
 * itself, as a time carried from that sentence. A day further back is some other event, and what
 * is still to come is dated by `meetingDatedLater`.
 */
export function leadDatedLater(mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const e = m.event;
    if (e.date.basis !== "publication" || e.date.carried || e.modality !== "asserted" || !m.published) return m;
    const actors = new Set(partyIds(e.actors));
    const published = dayNumber(m.published);
    const later = mentions.slice(i + 1, i + 1 + WITHIN_EVENTS).find((n) => {
      const d = n.event.date;
      return (
        n.event.type === e.type &&
        !d.carried &&
        (d.basis === "explicit" || d.basis === "relative") &&
        !!d.start &&
        d.start === d.end &&
        published - dayNumber(d.start) === 1 &&
        n.event.actors.some((a) => (a.role === "source" || a.role === "subject") && actors.has(a.id))
      );
    });
    return later ? { ...m, event: { ...e, date: { ...later.event.date, carried: true } } } : m;
  });
}
