import { isoDayNumber } from "../dates/spans";
import type { Mention } from "../model/mentions";
import { partyIds } from "../model/vocabulary";

/** How many events after an undated lead the story may take to tell its day. */
const LEAD_WITHIN = 3;

const comingMeeting = (m: Mention) => m.event.type === "talks" && m.event.modality === "scheduled";

/**
 * News often leads on an event without its day and gives the day further down. An event the
 * article dates only by its publication takes, as a time carried from that sentence, the day a
 * later event by someone in common (who acts or speaks) states for itself:
 * - a meeting still to come, the day of a later meeting to come ("The envoy will host a meeting of
 *   the two leaders in Oslo. … will host them on 16 July"); a day already past is some other meeting;
 * - what has happened, the day before publication that one of the next three events of its type
 *   states ("President X has announced that the two sides agreed a truce. … In his address on
 *   Tuesday, X said …": a story out the morning after); a day further back is some other event.
 */
export function datedLater(mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const e = m.event;
    const meeting = comingMeeting(m);
    if (e.date.basis !== "publication" || !m.published) return m;
    if (!meeting && (e.date.carried || e.modality !== "asserted")) return m;
    const actors = new Set(partyIds(e.actors));
    const published = m.published;
    const after = mentions.slice(i + 1, meeting ? undefined : i + 1 + LEAD_WITHIN);
    const later = after.find((n) => {
      const d = n.event.date;
      const states =
        !d.carried &&
        (d.basis === "explicit" || d.basis === "relative") &&
        !!d.start &&
        n.event.actors.some((a) => (a.role === "source" || a.role === "subject") && actors.has(a.id));
      if (!states) return false;
      return meeting
        ? comingMeeting(n) && d.start! > published
        : n.event.type === e.type && d.start === d.end && isoDayNumber(published) - isoDayNumber(d.start) === 1;
    });
    return later ? { ...m, event: { ...e, date: { ...later.event.date, carried: true } } } : m;
  });
}
