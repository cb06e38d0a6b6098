import { describe, expect, it } from "vitest";
import { compareIds } from "./compareIds";

describe("compareIds", () => {
  it("orders ids and ISO dates as localeCompare does", () => {
    const ids = ["2024-05-24", "2023-12-23", "putin-ready-2", "putin-ready-10", "un-security-council", "2024-05-24-a"];
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
  it("says equal ids are equal", () => {
    expect(compareIds("kyiv", "kyiv")).toBe(0);
  });
});
