import { describe, expect, it } from "vitest";
import { brushKey, centreRange, moveFocus } from "./keyboard";

const grid = { lanes: [[{ cx: 10 }, { cx: 50 }, { cx: 90 }], [], [{ cx: 45 }, { cx: 200 }]] };

describe("moveFocus", () => {
  it("moves along a lane in time and stops at its ends", () => {
    expect(moveFocus(grid, { lane: 0, index: 1 }, "right")).toEqual({ lane: 0, index: 2 });
    expect(moveFocus(grid, { lane: 0, index: 2 }, "right")).toEqual({ lane: 0, index: 2 });
    expect(moveFocus(grid, { lane: 0, index: 0 }, "left")).toEqual({ lane: 0, index: 0 });
    expect(moveFocus(grid, { lane: 0, index: 0 }, "end")).toEqual({ lane: 0, index: 2 });
  });
  it("moves between lanes to the nearest item in time, skipping empty lanes", () => {
    expect(moveFocus(grid, { lane: 0, index: 1 }, "down")).toEqual({ lane: 2, index: 0 });
    expect(moveFocus(grid, { lane: 2, index: 1 }, "up")).toEqual({ lane: 0, index: 2 });
    expect(moveFocus(grid, { lane: 2, index: 0 }, "down")).toEqual({ lane: 2, index: 0 });
  });
});

describe("the overview's range from the keyboard", () => {
  const extent = [0, 1000] as const;
  it("moves by a tenth or a whole span, and stops at the ends", () => {
    expect(brushKey([400, 500], extent, "ArrowRight")).toEqual([410, 510]);
    expect(brushKey([400, 500], extent, "ArrowLeft")).toEqual([390, 490]);
    expect(brushKey([400, 500], extent, "PageUp")).toEqual([500, 600]);
    expect(brushKey([950, 1000], extent, "ArrowRight")).toEqual([950, 1000]);
    expect(brushKey([400, 500], extent, "Home")).toEqual([0, 100]);
    expect(brushKey([400, 500], extent, "End")).toEqual([900, 1000]);
  });
  it("narrows and widens around the centre, within the extent and never below the least span", () => {
    expect(brushKey([400, 500], extent, "+")).toEqual([425, 475]);
    expect(brushKey([400, 404], extent, "+", 7)).toEqual([398.5, 405.5]);
    expect(brushKey([400, 500], extent, "-")).toEqual([350, 550]);
    expect(brushKey([0, 800], extent, "-")).toEqual([0, 1000]);
    expect(brushKey([400, 500], extent, "x")).toBeNull();
  });
  it("centres a span on a day as far as the extent allows", () => {
    expect(centreRange([0, 100], extent, 500)).toEqual([450, 550]);
    expect(centreRange([0, 100], extent, 10)).toEqual([0, 100]);
    expect(centreRange([0, 2000], extent, 10)).toEqual([0, 1000]);
  });
});
