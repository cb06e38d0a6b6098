import { describe, expect, it } from "vitest";
import { generateEventDocument } from "../bench/generateEventDocument";
import { clusterLane, type Placed } from "./cluster";
import { eventsInRange, indexLanes, layoutLanes } from "./lanes";
import { MARK_R, STYLE, clusterRadius } from "./scene";
import { decodeViewData, encodeViewData, type ViewEvent } from "./viewData";

const data = decodeViewData(encodeViewData(generateEventDocument({ events: 800, actors: 12, seed: 3 })));
const metrics = { height: 40, collapsedHeight: 16 };

describe("layoutLanes", () => {
  it("gives each active actor a lane, busiest first, and stacks collapsed lanes thinner", () => {
    const lanes = layoutLanes(data.events, data.actors, "activity", new Set(["putin"]), metrics);
    expect(lanes.length).toBe(12);
    for (let i = 1; i < lanes.length; i++) expect(lanes[i - 1]!.count).toBeGreaterThanOrEqual(lanes[i]!.count);
    const putin = lanes.find((l) => l.actorId === "putin")!;
    expect(putin.height).toBe(16);
    expect(lanes.at(-1)!.top + lanes.at(-1)!.height).toBe(11 * 40 + 16);
    const total = lanes.reduce((n, l) => n + l.count, 0);
    expect(total).toBe(data.events.reduce((n, e) => n + new Set(e.actors.map((a) => a.id)).size, 0));
  });
  it("draws an event in the lanes of those taking part, not of one its sentence only names", () => {
    const [first] = data.events;
    const named = { ...first!, actors: [...first!.actors, { id: "bystander", role: "mentioned" as const }] };
    const bystander = { ...data.actors[0]!, id: "bystander", name: "Bystander" };
    const lanes = layoutLanes([named], [...data.actors, bystander], "activity", new Set(), metrics);
    expect(lanes.map((l) => l.actorId).sort()).toEqual([...new Set(first!.actors.map((a) => a.id))].sort());
    expect(indexLanes([named]).has("bystander")).toBe(false);
  });
  it("orders by name on request", () => {
    const names = layoutLanes(data.events, data.actors, "name", new Set(), metrics).map((l) => l.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});

describe("eventsInRange", () => {
  it("finds exactly the events whose span overlaps the range, long spans included", () => {
    const index = indexLanes(data.events);
    const lane = index.get("putin")!;
    const from = Date.UTC(2021, 0, 1) / 86_400_000;
    const to = Date.UTC(2021, 6, 1) / 86_400_000;
    const found = new Set(eventsInRange(lane, from, to).map((e) => e.id));
    const expected = lane.events.filter((e) => e.end! + 1 > from && e.start! < to).map((e) => e.id);
    expect([...found].sort()).toEqual(expected.sort());
    expect(found.size).toBeGreaterThan(0);
  });
});

describe("clusterLane", () => {
  const day = (n: number, id: string, length = 1): ViewEvent => ({
    ...data.events[0]!,
    id,
    start: n,
    end: n + length - 1,
  });
  it("keeps marks apart when they are further than the gap and counts the crowded ones", () => {
    const events = [day(0, "a"), day(1, "b"), day(2, "c"), day(40, "d")];
    const placed = clusterLane(events, (d) => d * 2, 10);
    expect(placed.map((p) => p.kind)).toEqual(["cluster", "mark"]);
    const cluster = placed[0]!;
    expect(cluster.kind === "cluster" && cluster.events.map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect(cluster.kind === "cluster" && [cluster.fromDay, cluster.toDay]).toEqual([0, 3]);
  });
  it("keeps the kept event a mark of its own, the rest of its cluster one badge beside it, not over it", () => {
    const events = [day(0, "a"), day(1, "b"), day(2, "c"), day(3, "d")];
    const placed = clusterLane(events, (d) => d * 2, 10, "b");
    expect(placed.map((p) => (p.kind === "mark" ? p.event.id : p.events.map((e) => e.id).join("")))).toEqual([
      "b",
      "acd",
    ]);
    expect(placed[1]!.cx - placed[0]!.cx).toBeGreaterThanOrEqual(10);
    // Of two events on one day, the other is a badge of one beside the open one, clear of its halo.
    const pair = clusterLane([day(5, "x"), day(5, "y")], (d) => d * 2, 10, "x");
    expect(pair.map((p) => p.kind)).toEqual(["mark", "cluster"]);
    expect(Math.abs(pair[1]!.cx - pair[0]!.cx)).toBeGreaterThanOrEqual(STYLE.halo.r + clusterRadius(1));
    // Left alone when the kept event is not in a cluster.
    expect(clusterLane(events, (d) => d * 20, 10, "b").every((p) => p.kind === "mark")).toBe(true);
  });
  it("never lets a badge overlap a neighbour, whichever event is kept open (no “1 2”)", () => {
    // Radius of what is drawn: a badge, a mark, or the kept mark with its halo.
    const r = (p: Placed, keep: string | null) =>
      p.kind === "cluster" ? clusterRadius(p.events.length) : p.event.id === keep ? STYLE.halo.r : MARK_R;
    const faults: string[] = [];
    for (const [actor, lane] of indexLanes(data.events)) {
      for (const k of [0.01, 0.1, 0.5, 2, 8]) {
        for (const keep of [null, ...lane.events.filter((_, i) => i % 7 === 0).map((e) => e.id)]) {
          const placed = clusterLane(lane.events, (d) => d * k, 22, keep);
          const at = `${actor} at ${k} px a day, ${keep} open`;
          if (placed.reduce((n, p) => n + (p.kind === "mark" ? 1 : p.events.length), 0) !== lane.events.length)
            faults.push(`${at}: events lost`);
          if (keep && placed.filter((p) => p.kind === "mark" && p.event.id === keep).length !== 1)
            faults.push(`${at}: not a mark of its own`);
          for (let i = 1; i < placed.length; i++) {
            const [a, b] = [placed[i - 1]!, placed[i]!];
            if (b.cx - a.cx <= r(a, keep) + r(b, keep)) faults.push(`${at}: items ${i - 1} and ${i} overlap`);
          }
        }
      }
    }
    expect(faults.slice(0, 5)).toEqual([]);
  });
  it("opens clusters as the scale spreads the days", () => {
    const events = [day(0, "a"), day(1, "b"), day(2, "c")];
    expect(clusterLane(events, (d) => d * 20, 10).every((p) => p.kind === "mark")).toBe(true);
  });
  it("loses no event at any zoom", () => {
    const lane = indexLanes(data.events).get("zelensky")!;
    for (const k of [0.01, 0.5, 3, 40]) {
      const placed = clusterLane(lane.events, (d) => d * k, 14);
      const count = placed.reduce((n, p) => n + (p.kind === "mark" ? 1 : p.events.length), 0);
      expect(count).toBe(lane.events.length);
      for (let i = 1; i < placed.length; i++) expect(placed[i]!.cx).toBeGreaterThanOrEqual(placed[i - 1]!.cx);
    }
  });
});
