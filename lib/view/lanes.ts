import type { Actor } from "../model/schema";
import { partyIds } from "../model/vocabulary";
import type { ViewEvent } from "./viewData";

export interface Lane {
  actorId: string;
  name: string;
  /** events of this actor among those shown */
  count: number;
  collapsed: boolean;
  top: number;
  height: number;
}

export interface LaneMetrics {
  height: number;
  collapsedHeight: number;
}

/** The lanes an event is drawn in: those of the actors taking part, not of those only named beside them. */
const laneIds = (e: ViewEvent) => new Set(partyIds(e.actors));

/**
 * One lane per actor that has a shown event; an event with several actors is in each of their
 * lanes. Ordered by activity (most events first, then name) or by name.
 */
export function layoutLanes(
  events: readonly ViewEvent[],
  actors: readonly Actor[],
  order: "activity" | "name",
  collapsed: ReadonlySet<string>,
  metrics: LaneMetrics,
): Lane[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const id of laneIds(e)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byName = (a: Actor, b: Actor) => a.name.localeCompare(b.name);
  const shown = actors.filter((a) => counts.has(a.id));
  shown.sort(order === "name" ? byName : (a, b) => counts.get(b.id)! - counts.get(a.id)! || byName(a, b));
  let top = 0;
  return shown.map((a) => {
    const isCollapsed = collapsed.has(a.id);
    const height = isCollapsed ? metrics.collapsedHeight : metrics.height;
    const lane = { actorId: a.id, name: a.name, count: counts.get(a.id)!, collapsed: isCollapsed, top, height };
    top += height;
    return lane;
  });
}

/** A lane's dated events sorted by the middle of their span, for range queries while zooming. */
export interface LaneIndex {
  events: ViewEvent[];
  mids: Float64Array;
  /** the longest half-span in the lane: how far outside a range a visible span's middle can be */
  maxHalf: number;
}

export function midDay(e: ViewEvent): number {
  return (e.start! + e.end! + 1) / 2;
}

export function indexLanes(events: readonly ViewEvent[]): Map<string, LaneIndex> {
  const grouped = new Map<string, ViewEvent[]>();
  for (const e of events) {
    if (e.start === null) continue;
    for (const id of laneIds(e)) {
      const list = grouped.get(id);
      if (list) list.push(e);
      else grouped.set(id, [e]);
    }
  }
  const index = new Map<string, LaneIndex>();
  for (const [id, list] of grouped) {
    list.sort((a, b) => midDay(a) - midDay(b) || a.id.localeCompare(b.id));
    index.set(id, {
      events: list,
      mids: Float64Array.from(list, midDay),
      maxHalf: list.reduce((m, e) => Math.max(m, (e.end! + 1 - e.start!) / 2), 0),
    });
  }
  return index;
}

function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events of a lane whose span overlaps [from, to) in days, in mid order. */
export function eventsInRange(lane: LaneIndex, from: number, to: number): ViewEvent[] {
  const out: ViewEvent[] = [];
  const end = lowerBound(lane.mids, to + lane.maxHalf);
  for (let i = lowerBound(lane.mids, from - lane.maxHalf); i < end; i++) {
    const e = lane.events[i]!;
    if (e.end! + 1 > from && e.start! < to) out.push(e);
  }
  return out;
}
