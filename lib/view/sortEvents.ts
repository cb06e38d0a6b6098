import { SIGNAL_STYLES } from "./signalTypes";
import type { SortKey } from "./urlState";
import type { ViewEvent } from "./viewData";

/**
 * Table order. Undated events sort last either way (they have no place in time); ties fall back
 * to date and then id so the order is stable between reloads.
 */
export function sortEvents(
  events: readonly ViewEvent[],
  key: SortKey,
  descending: boolean,
  actorName: (id: string) => string,
): ViewEvent[] {
  const byDate = (a: ViewEvent, b: ViewEvent) => {
    if (a.start === null || b.start === null) return 0;
    return a.start - b.start || a.end! - b.end!;
  };
  const primary: Record<SortKey, (a: ViewEvent, b: ViewEvent) => number> = {
    date: byDate,
    actor: (a, b) => actorName(a.actors[0]?.id ?? "").localeCompare(actorName(b.actors[0]?.id ?? "")),
    type: (a, b) => SIGNAL_STYLES[a.type].label.localeCompare(SIGNAL_STYLES[b.type].label),
  };
  const sign = descending ? -1 : 1;
  return [...events].sort((a, b) => {
    if (key === "date" && (a.start === null) !== (b.start === null)) return a.start === null ? 1 : -1;
    return sign * primary[key](a, b) || byDate(a, b) || a.id.localeCompare(b.id);
  });
}
