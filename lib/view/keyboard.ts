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
