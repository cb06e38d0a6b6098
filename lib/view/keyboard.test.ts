import { describe, expect, it } from "vitest";
import { moveFocus } from "./keyboard";

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
