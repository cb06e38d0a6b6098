import { partyIds } from "../model/vocabulary";
import type { ViewEvent } from "./viewData";

/**
 * Events that share an actor taking part with `event` and lie within `windowDays` of it: more shared actors
 * first, then the nearest in time. Undated events have no "nearby" and are never related.
 */
export function relatedEvents(event: ViewEvent, events: readonly ViewEvent[], limit = 6, windowDays = 120) {
  if (event.start === null || event.end === null) return [];
  const actors = new Set(partyIds(event.actors));
  const scored: { e: ViewEvent; shared: number; distance: number }[] = [];
  for (const e of events) {
    if (e.id === event.id || e.start === null || e.end === null) continue;
    const shared = partyIds(e.actors).filter((id) => actors.has(id)).length;
    if (!shared) continue;
    const distance = Math.max(0, e.start - event.end, event.start - e.end);
    if (distance <= windowDays) scored.push({ e, shared, distance });
  }
  scored.sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.e.id.localeCompare(b.e.id));
  return scored.slice(0, limit).map((s) => s.e);
}
