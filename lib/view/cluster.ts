import { midDay } from "./lanes";
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
 * The event `keep` (the one the keyboard is on, or the one open in the panel) always stays a mark
 * of its own, so a re-layout (a resize when the panel opens or closes) cannot fold it into a
 * cluster under the reader. When it falls in a cluster, the other members stay one cluster (of
 * one, if need be), whose badge moves beside the mark rather than over it; splitting the group
 * around it used to leave two badges and the mark on top of each other.
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
  if (keep === null) return out;
  const at = out.findIndex((p) => p.kind === "cluster" && p.events.some((e) => e.id === keep));
  if (at < 0) return out;
  const members = (out[at] as PlacedCluster).events;
  const mark = markOf(
    members.find((e) => e.id === keep)!,
    x,
  );
  const rest = clusterOf(
    members.filter((e) => e.id !== keep),
    x,
  );
  if (Math.abs(rest.cx - mark.cx) < gap) rest.cx = mark.cx + (rest.cx >= mark.cx ? gap : -gap);
  out.splice(at, 1, ...(rest.cx < mark.cx ? [rest, mark] : [mark, rest]));
  return out;
}

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
