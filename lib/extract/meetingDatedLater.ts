import type { Mention } from "../model/mentions";
import { partyIds } from "../model/vocabulary";

/**
 * "The envoy will host a meeting of the two leaders in Oslo. … The envoy will host them on 16
 * July …": news often announces a meeting in its lead and gives the day
 * further down. A meeting still to come that the article dates only by its publication takes the
 * day of a later mention of a meeting to come with someone in common (the one who holds it or
 * attends), as a time carried from another sentence; a day already past is some other meeting.
 */
export function meetingDatedLater(mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const e = m.event;
    if (!comingMeeting(m) || e.date.basis !== "publication") return m;
    const actors = new Set(partyIds(e.actors));
    const later = mentions.slice(i + 1).find((n) => {
      const d = n.event.date;
      return (
        comingMeeting(n) &&
        !d.carried &&
        (d.basis === "explicit" || d.basis === "relative") &&
        !!d.start &&
        !!m.published &&
        d.start > m.published &&
        n.event.actors.some((a) => (a.role === "source" || a.role === "subject") && actors.has(a.id))
      );
    });
    return later ? { ...m, event: { ...e, date: { ...later.event.date, carried: true } } } : m;
  });
}

const comingMeeting = (m: Mention) => m.event.type === "talks" && m.event.modality === "scheduled";
