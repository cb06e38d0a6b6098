import type { SignalType } from "../model/schema";
import type { Placed } from "./cluster";
import type { Lane } from "./lanes";
import { isHollow } from "./signalTypes";

/**
 * What the timeline draws, as a flat list of shapes in plot coordinates. One list feeds two
 * painters: the canvas that is redrawn on every frame of a zoom or pan (drawing thousands of marks
 * as SVG nodes made each frame lay out and repaint them all), and the SVG written for export.
 */

export const LANE_HEIGHT = 36;
export const MARK_R = 6;
/** where a mark's centre sits below its lane's top */
export const MARK_Y = LANE_HEIGHT / 2 - 3;

export const clusterRadius = (n: number) => (n < 10 ? 8 : n < 100 ? 10 : 12);
/** the dashed ring around the item the keyboard is on */
export const focusRadius = (p: Placed) => (p.kind === "mark" ? MARK_R + 7 : clusterRadius(p.events.length) + 4);

/** How the shapes are drawn: one table for the canvas and the SVG export, so they cannot drift apart. */
export const STYLE = {
  stripeOpacity: 0.6,
  gridDash: [2, 4],
  connector: { lit: { opacity: 0.9, width: 2 }, dim: { opacity: 0.3, width: 1 } },
  span: { height: 4, opacity: 0.55, fadeFrom: 0.85, fadeTo: 0.04, dash: [3, 2] },
  halo: { r: MARK_R + 4, selected: 2.5, hovered: 1.5 },
  glyphStroke: 1.6,
  cluster: { opacity: 0.82, stroke: 1.5, lineOpacity: 0.5 },
  focus: { width: 3, dash: [4, 2] },
} as const;

export type Shape =
  /** the shaded background of every other lane */
  | { kind: "stripe"; y: number; height: number }
  /** a vertical guide at an axis tick */
  | { kind: "grid"; x: number }
  /** one event in several lanes: a line through its marks ("who said what to whom") */
  | { kind: "connector"; x: number; y0: number; y1: number; lit: boolean }
  /** the days a month, season or "since" date covers, as a bar under its mark (`y`: the bar's top) */
  | { kind: "span"; x0: number; x1: number; y: number; type: SignalType; open: boolean; hollow: boolean }
  /** the ring of the open (thick) or hovered (thin) event */
  | { kind: "halo"; x: number; y: number; selected: boolean }
  | { kind: "glyph"; x: number; y: number; type: SignalType; hollow: boolean }
  /** a counted circle, over a line across the days its members cover (at `lineY`) */
  | {
      kind: "cluster";
      x: number;
      y: number;
      r: number;
      count: number;
      fontSize: number;
      x0: number;
      x1: number;
      lineY: number;
    }
  | { kind: "focus"; x: number; y: number; r: number };

export interface SceneInput {
  lanes: readonly Lane[];
  /** the placed items of each lane; null for a lane that was not placed (far out of view) */
  placed: readonly (readonly Placed[] | null)[];
  /** from the placement's x to the plot's x */
  toX(x: number): number;
  width: number;
  /** the vertical band to draw, in plot coordinates */
  top: number;
  bottom: number;
  /** x of each axis tick */
  ticks: readonly number[];
  selectedId: string | null;
  hoveredId: string | null;
  /** `${actorId}|${item key}` of the item the keyboard is on */
  focusedKey: string | null;
}

/** Items this far outside the plot still touch it with their rings. */
const MARGIN = 20;

export function buildScene(input: SceneInput): Shape[] {
  const { lanes, placed, toX, width, top, bottom, selectedId, hoveredId, focusedKey } = input;
  const shapes: Shape[] = [];
  const inBand = (lane: Lane) => lane.top + lane.height > top && lane.top < bottom;
  const onPlot = (x0: number, x1: number) => x1 >= -MARGIN && x0 <= width + MARGIN;

  lanes.forEach((lane, i) => {
    if (i % 2 && inBand(lane)) shapes.push({ kind: "stripe", y: lane.top, height: lane.height });
  });
  for (const x of input.ticks) shapes.push({ kind: "grid", x });

  // Connectors run across lanes, so they are gathered from every placed lane, not only the band.
  const spans = new Map<string, { x: number; y0: number; y1: number; n: number }>();
  lanes.forEach((lane, i) => {
    for (const p of placed[i] ?? []) {
      if (p.kind !== "mark" || p.event.actors.length < 2) continue;
      const y = lane.top + MARK_Y;
      const c = spans.get(p.event.id);
      if (c) {
        c.y0 = Math.min(c.y0, y);
        c.y1 = Math.max(c.y1, y);
        c.n++;
      } else spans.set(p.event.id, { x: toX(p.cx), y0: y, y1: y, n: 1 });
    }
  });
  for (const [id, c] of spans)
    if (c.n > 1 && onPlot(c.x, c.x) && c.y1 > top && c.y0 < bottom)
      shapes.push({ kind: "connector", x: c.x, y0: c.y0, y1: c.y1, lit: id === selectedId || id === hoveredId });

  let focus: Shape | null = null;
  // The open event is drawn after its neighbours, so no cluster badge covers it.
  const onTop: Shape[] = [];
  lanes.forEach((lane, i) => {
    const items = placed[i];
    if (!items || lane.collapsed || !inBand(lane)) return;
    const y = lane.top + MARK_Y;
    for (const p of items) {
      const x = toX(p.cx);
      const x0 = toX(p.x0);
      const x1 = toX(p.x1);
      if (!onPlot(Math.min(x, x0), Math.max(x, x1))) continue;
      if (p.kind === "mark") {
        const { event } = p;
        const hollow = isHollow(event.modality);
        if (event.date.precision !== "day" && x1 - x0 > 3)
          shapes.push({ kind: "span", x0, x1, y: y + MARK_R + 2, type: event.type, open: !!event.date.open, hollow });
        const layer = event.id === selectedId ? onTop : shapes;
        if (event.id === selectedId || event.id === hoveredId)
          layer.push({ kind: "halo", x, y, selected: event.id === selectedId });
        layer.push({ kind: "glyph", x, y, type: event.type, hollow });
      } else {
        const count = p.events.length;
        const r = clusterRadius(count);
        shapes.push({ kind: "cluster", x, y, r, count, fontSize: count < 100 ? 10 : 9, x0, x1, lineY: y + MARK_R + 4 });
      }
      if (focusedKey === `${lane.actorId}|${p.key}`) focus = { kind: "focus", x, y, r: focusRadius(p) };
    }
  });
  shapes.push(...onTop);
  // The focus ring is drawn last, over any neighbour.
  if (focus) shapes.push(focus);
  return shapes;
}
