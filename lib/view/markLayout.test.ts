import { describe, expect, it } from "vitest";
import { NO_LAYOUT, layoutHolds, placeLayout } from "./markLayout";

describe("mark layout", () => {
  const layout = placeLayout(2, 100, 200, 800);

  it("places half a view either side of the days in view", () => {
    expect(layout).toEqual({ k: 2, from: 50, to: 250, width: 800 });
  });

  it("holds while the view pans inside the window at the same scale", () => {
    expect(layoutHolds(layout, 2, 100, 200, 800)).toBe(true);
    expect(layoutHolds(layout, 2, 140, 240, 800)).toBe(true);
    expect(layoutHolds(layout, 2, 160, 260, 800)).toBe(false);
    expect(layoutHolds(layout, 2, 40, 140, 800)).toBe(false);
  });

  it("holds while the scale stays within the ratio, and not after", () => {
    expect(layoutHolds(layout, 2.9, 120, 170, 800)).toBe(true);
    expect(layoutHolds(layout, 3.1, 120, 170, 800)).toBe(false);
    // zooming out about the middle by 1.5x still fits the window
    expect(layoutHolds(layout, 2 / 1.5, 75, 225, 800)).toBe(true);
    expect(layoutHolds(layout, 2 / 1.6, 70, 230, 800)).toBe(false);
  });

  it("does not hold for another width or before any placement", () => {
    expect(layoutHolds(layout, 2, 100, 200, 801)).toBe(false);
    expect(layoutHolds(NO_LAYOUT, 1, 0, 0, 0)).toBe(false);
  });
});
