/** Where the arrow keys move focus in the timeline: a pure function over what is rendered. */
export interface FocusGrid {
  /** per lane, in left-to-right order, the centre of each focusable item */
  lanes: { cx: number }[][];
}

export interface FocusPosition {
  lane: number;
  index: number;
}

export type Direction = "left" | "right" | "up" | "down" | "home" | "end";

export function moveFocus(grid: FocusGrid, at: FocusPosition, direction: Direction): FocusPosition {
  const items = grid.lanes[at.lane] ?? [];
  switch (direction) {
    case "left":
      return { lane: at.lane, index: Math.max(0, at.index - 1) };
    case "right":
      return { lane: at.lane, index: Math.min(items.length - 1, at.index + 1) };
    case "home":
      return { lane: at.lane, index: 0 };
    case "end":
      return { lane: at.lane, index: Math.max(0, items.length - 1) };
    case "up":
    case "down": {
      const cx = items[at.index]?.cx ?? 0;
      const step = direction === "up" ? -1 : 1;
      // Skip collapsed or empty lanes: the next lane that has something to focus.
      for (let lane = at.lane + step; lane >= 0 && lane < grid.lanes.length; lane += step) {
        const target = grid.lanes[lane]!;
        if (!target.length) continue;
        let best = 0;
        for (let i = 1; i < target.length; i++)
          if (Math.abs(target[i]!.cx - cx) < Math.abs(target[best]!.cx - cx)) best = i;
        return { lane, index: best };
      }
      return at;
    }
  }
}

export const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
  Home: "home",
  End: "end",
};

type Range = readonly [from: number, to: number];

/** The same span, centred on `day` as far as the extent allows. */
export function centreRange(range: Range, extent: Range, day: number): [number, number] {
  const span = Math.min(range[1] - range[0], extent[1] - extent[0]);
  const from = Math.min(Math.max(day - span / 2, extent[0]), extent[1] - span);
  return [from, from + span];
}

/**
 * The overview's brush from the keyboard, as a slider over the days in view: arrows move the range
 * by a tenth of its span, Page Up and Page Down by a whole span, Home and End to either end of the
 * extent, + and - narrow or widen it around its centre. Null for any other key.
 */
export function brushKey(range: Range, extent: Range, key: string, minSpan = 7): [number, number] | null {
  const span = range[1] - range[0];
  const centre = (range[0] + range[1]) / 2;
  const move = (by: number) => centreRange(range, extent, centre + by);
  switch (key) {
    case "ArrowLeft":
    case "ArrowDown":
      return move(-span / 10);
    case "ArrowRight":
    case "ArrowUp":
      return move(span / 10);
    case "PageDown":
      return move(-span);
    case "PageUp":
      return move(span);
    case "Home":
      return centreRange(range, extent, extent[0]);
    case "End":
      return centreRange(range, extent, extent[1]);
    case "+":
    case "=": {
      const half = Math.max(minSpan, span / 2) / 2;
      return [centre - half, centre + half];
    }
    case "-": {
      const half = Math.min(extent[1] - extent[0], span * 2) / 2;
      return centreRange([centre - half, centre + half], extent, centre);
    }
    default:
      return null;
  }
}
