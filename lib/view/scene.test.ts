import { describe, expect, it } from "vitest";
import { generateEventDocument } from "../bench/generateEventDocument";
import { clusterLane, type Placed } from "./cluster";
import { DAY_MS } from "./dates";
import { indexLanes, layoutLanes } from "./lanes";
import { LANE_HEIGHT, MARK_Y, buildScene, focusRadius, type SceneInput, type Shape } from "./scene";
import { isHollow } from "./signalTypes";
import { decodeViewData, encodeViewData } from "./viewData";

const data = decodeViewData(encodeViewData(generateEventDocument({ events: 600, actors: 10, seed: 7 })));
const lanes = layoutLanes(data.events, data.actors, "activity", new Set(), {
  height: LANE_HEIGHT,
  collapsedHeight: 20,
});
const index = indexLanes(data.events);
const from = Date.UTC(2022, 0, 1) / DAY_MS;
const to = Date.UTC(2023, 0, 1) / DAY_MS;
const WIDTH = 900;
/** one pixel per 0.4 day over 2022, in placement coordinates that the view shifts by -WIDTH/2 */
const layoutX = (day: number) => ((day - from) / (to - from)) * WIDTH * 1.5;
const placeAll = (gap: number, keep: string | null = null) =>
  lanes.map((l) => clusterLane(index.get(l.actorId)!.events, layoutX, gap, keep));

function scene(overrides: Partial<SceneInput> = {}, placed: Placed[][] = placeAll(22)): Shape[] {
  return buildScene({
    lanes,
    placed,
    toX: (lx) => lx - WIDTH / 2,
    width: WIDTH,
    top: 0,
    bottom: lanes.at(-1)!.top + LANE_HEIGHT,
    ticks: [100, 400],
    selectedId: null,
    hoveredId: null,
    focusedKey: null,
    ...overrides,
  });
}

const of = <K extends Shape["kind"]>(shapes: Shape[], kind: K) =>
  shapes.filter((s): s is Extract<Shape, { kind: K }> => s.kind === kind);

describe("buildScene", () => {
  it("draws each placed item that touches the plot once, at its lane, and nothing off the plot", () => {
    const placed = placeAll(22);
    const shapes = scene({}, placed);
    let expected = 0;
    lanes.forEach((lane, i) => {
      for (const p of placed[i]!) {
        const x0 = p.x0 - WIDTH / 2;
        const x1 = p.x1 - WIDTH / 2;
        if (x1 >= -20 && x0 <= WIDTH + 20) expected++;
      }
    });
    const items = [...of(shapes, "glyph"), ...of(shapes, "cluster")];
    expect(items.length).toBe(expected);
    expect(expected).toBeGreaterThan(10);
    const laneYs = new Set(lanes.map((l) => l.top + MARK_Y));
    for (const s of items) expect(laneYs.has(s.y)).toBe(true);
    // the placement runs past both ends of the plot, and those items are left out
    expect(placed.flat().length).toBeGreaterThan(expected);
  });

  it("draws the open event over the cluster badges beside it", () => {
    const onPlot = (p: Placed) => p.cx - WIDTH / 2 > 0 && p.cx - WIDTH / 2 < WIDTH;
    const at = placeAll(22).findIndex((items) => items.some((p) => p.kind === "cluster" && onPlot(p)));
    const cluster = placeAll(22)[at]!.find((p) => p.kind === "cluster" && onPlot(p)) as Extract<
      Placed,
      { kind: "cluster" }
    >;
    const open = cluster.events[0]!.id;
    const placed = lanes.map((l, i) => (i === at ? clusterLane(index.get(l.actorId)!.events, layoutX, 22, open) : []));
    const shapes = scene({ selectedId: open }, placed);
    const halo = shapes.findIndex((s) => s.kind === "halo" && s.selected);
    expect(halo).toBeGreaterThan(shapes.findLastIndex((s) => s.kind === "cluster"));
    expect(shapes[halo + 1]).toMatchObject({ kind: "glyph" });
  });

  it("keeps to the vertical band: stripes and marks of the lanes in it only", () => {
    const band = { top: lanes[2]!.top, bottom: lanes[4]!.top + 1 };
    const shapes = scene(band);
    const ys = new Set([...of(shapes, "glyph"), ...of(shapes, "cluster")].map((s) => s.y));
    expect([...ys].sort()).toEqual([lanes[2]!, lanes[3]!, lanes[4]!].map((l) => l.top + MARK_Y).sort());
    expect(of(shapes, "stripe").map((s) => s.y)).toEqual([lanes[3]!.top]);
  });

  it("joins the marks of an event with several actors by one connector, lit while it is open", () => {
    const shared = data.events.find(
      (e) =>
        new Set(e.actors.map((a) => a.id)).size > 1 &&
        e.start !== null &&
        Math.abs(layoutX((e.start + e.end! + 1) / 2) - WIDTH) < WIDTH / 2,
    )!;
    // Open, it is a mark of its own in each of its lanes (as the timeline places it).
    const placed = placeAll(0.001, shared.id);
    const rows = lanes.filter((l) => shared.actors.some((a) => a.id === l.actorId)).map((l) => l.top + MARK_Y);
    const shapes = scene({ selectedId: shared.id }, placed);
    const x = layoutX((shared.start! + shared.end! + 1) / 2) - WIDTH / 2;
    const line = of(shapes, "connector").find((c) => c.x === x && c.lit)!;
    expect(line).toBeDefined();
    expect([line.y0, line.y1]).toEqual([Math.min(...rows), Math.max(...rows)]);
    expect(of(shapes, "halo").filter((h) => h.selected).length).toBe(rows.length);
  });

  it("draws honest dates: spans for coarse dates, fading when open, hollow glyphs for what has not happened", () => {
    const placed = placeAll(0.001);
    const shapes = scene({}, placed);
    const marks = placed.flat().filter((p): p is Extract<Placed, { kind: "mark" }> => p.kind === "mark");
    const onPlot = marks.filter((p) => p.x1 - WIDTH / 2 >= -20 && p.x0 - WIDTH / 2 <= WIDTH + 20);
    const coarse = onPlot.filter((p) => p.event.date.precision !== "day" && p.x1 - p.x0 > 3);
    expect(coarse.length).toBeGreaterThan(0);
    expect(of(shapes, "span").length).toBe(coarse.length);
    expect(of(shapes, "span").filter((s) => s.open).length).toBe(coarse.filter((p) => p.event.date.open).length);
    expect(of(shapes, "glyph").filter((g) => g.hollow).length).toBe(
      onPlot.filter((p) => isHollow(p.event.modality)).length,
    );
  });

  it("puts the keyboard's focus ring last, around the focused item", () => {
    const placed = placeAll(22);
    const lane = lanes[1]!;
    const item = placed[1]!.find((p) => p.cx - WIDTH / 2 > 0 && p.cx - WIDTH / 2 < WIDTH)!;
    const shapes = scene({ focusedKey: `${lane.actorId}|${item.key}` }, placed);
    expect(shapes.at(-1)).toEqual({
      kind: "focus",
      x: item.cx - WIDTH / 2,
      y: lane.top + MARK_Y,
      r: focusRadius(item),
    });
    expect(of(scene({}, placed), "focus")).toEqual([]);
  });
});
