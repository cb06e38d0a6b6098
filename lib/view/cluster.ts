import { midDay } from "./lanes";
import { MARK_R, STYLE, clusterRadius } from "./scene";
import type { ViewEvent } from "./viewData";

export interface PlacedMark {
  kind: "mark";
  key: string;
  event: ViewEvent;
  /** centre and span ends in pixels */
  cx: number;
  x0: number;
  x1: number;
}

export interface PlacedCluster {
  kind: "cluster";
  key: string;
  events: ViewEvent[];
  cx: number;
  x0: number;
  x1: number;
  /** the days the members cover, so opening the cluster can zoom to exactly them */
  fromDay: number;
  toDay: number;
}

export type Placed = PlacedMark | PlacedCluster;

/**
 * Marks whose centres fall within `gap` pixels of a group's first centre become one counted
 * cluster: at any zoom a lane holds at most width/gap items, which keeps thousands of events
 * readable and the frame budget bounded. Zooming in spreads the centres and opens clusters.
 * `events` must be in mid order (as indexLanes keeps them).
 *
 * No two items overlap (see separate): a cluster's badge sits between its members, so it can come
 * closer to its neighbour than `gap`; neighbours that would touch become one cluster.
 *
 * The event `keep` (the one the keyboard is on, or the one open in the panel) always stays a mark
 * of its own, so a re-layout (a resize when the panel opens or closes) cannot fold it into a
 * cluster under the reader. When it falls in a cluster, the other members stay one cluster (of
 * one, if need be), whose badge moves beside the mark rather than over it; splitting the group
 * around it used to leave two badges and the mark on top of each other. A badge moved beside the
 * mark that then meets the next item joins it, so it never sits over another badge ("1 2").
 */
export function clusterLane(
  events: readonly ViewEvent[],
  x: (day: number) => number,
  gap: number,
  keep: string | null = null,
): Placed[] {
  const out: Placed[] = [];
  let group: ViewEvent[] = [];
  let groupStart = 0;
  const flush = () => {
    if (group.length === 1) out.push(markOf(group[0]!, x));
    else if (group.length > 1) out.push(clusterOf(group, x));
    group = [];
  };
  for (const e of events) {
    const cx = x(midDay(e));
    if (group.length && cx - groupStart >= gap) flush();
    if (!group.length) groupStart = cx;
    group.push(e);
  }
  flush();
  let kept = keep === null ? -1 : out.findIndex((p) => p.kind === "mark" && p.event.id === keep);
  const at = keep === null ? -1 : out.findIndex((p) => p.kind === "cluster" && p.events.some((e) => e.id === keep));
  if (at >= 0) {
    const members = (out[at] as PlacedCluster).events;
    const mark = markOf(
      members.find((e) => e.id === keep)!,
      x,
    );
    const rest = clusterOf(
      members.filter((e) => e.id !== keep),
      x,
    );
    const side = rest.cx >= mark.cx ? 1 : -1;
    if (side * (rest.cx - mark.cx) < clearance(mark, rest, true))
      rest.cx = mark.cx + side * clearance(mark, rest, true);
    out.splice(at, 1, ...(side < 0 ? [rest, mark] : [mark, rest]));
    kept = side < 0 ? at + 1 : at;
  }
  if (kept < 0) return separate(out, null, 1, x);
  const anchor = out[kept]!;
  return [
    ...separate(out.slice(0, kept).reverse(), anchor, -1, x).reverse(),
    anchor,
    ...separate(out.slice(kept + 1), anchor, 1, x),
  ];
}

/** Room between two neighbours' centres for their glyphs or badges not to touch (the kept mark with its halo). */
function clearance(a: Placed, b: Placed, anchored = false): number {
  const r = (p: Placed, kept: boolean) =>
    p.kind === "cluster" ? clusterRadius(p.events.length) : kept ? STYLE.halo.r + STYLE.halo.selected : MARK_R;
  return r(a, anchored) + r(b, false) + 2;
}

/**
 * Items in the order they lie going away from `anchor` (the kept mark) in `direction` (1 to the
 * right, -1 to the left), or the whole lane with no anchor, so that no two overlap: an item that
 * would touch the anchor moves away from it, and two items that would touch each other become one
 * cluster (which may touch the one before it in turn).
 */
function separate(items: Placed[], anchor: Placed | null, direction: 1 | -1, x: (day: number) => number): Placed[] {
  const stack: Placed[] = [];
  for (const item of items) {
    stack.push(item);
    for (;;) {
      const top = stack[stack.length - 1]!;
      const prev = stack.length > 1 ? stack[stack.length - 2]! : anchor;
      if (!prev) break;
      const room = clearance(prev, top, prev === anchor);
      if (direction * (top.cx - prev.cx) >= room) break;
      if (prev === anchor) {
        top.cx = anchor.cx + direction * room;
        break;
      }
      stack.length -= 2;
      const members = direction > 0 ? [...eventsOf(prev), ...eventsOf(top)] : [...eventsOf(top), ...eventsOf(prev)];
      stack.push(clusterOf(members, x));
    }
  }
  return stack;
}

const eventsOf = (p: Placed): ViewEvent[] => (p.kind === "mark" ? [p.event] : p.events);

function markOf(e: ViewEvent, x: (day: number) => number): PlacedMark {
  return { kind: "mark", key: e.id, event: e, cx: x(midDay(e)), x0: x(e.start!), x1: x(e.end! + 1) };
}

/** A cluster of one or more events, centred between its first and last member. */
function clusterOf(group: ViewEvent[], x: (day: number) => number): PlacedCluster {
  const fromDay = Math.min(...group.map((e) => e.start!));
  const toDay = Math.max(...group.map((e) => e.end! + 1));
  return {
    kind: "cluster",
    key: `cluster:${group[0]!.id}`,
    events: group,
    cx: (x(midDay(group[0]!)) + x(midDay(group[group.length - 1]!))) / 2,
    x0: x(fromDay),
    x1: x(toDay),
    fromDay,
    toDay,
  };
}
