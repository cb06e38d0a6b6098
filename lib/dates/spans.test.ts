import { describe, expect, it } from "vitest";
import {
  epochDay,
  halfSpan,
  monthPartSpan,
  monthSpan,
  nearestYearly,
  parseIsoDay,
  quarterSpan,
  seasonSpan,
  shiftMonth,
  weekSpan,
  yearPartSpan,
} from "./spans";

describe("spans", () => {
  it("parses only real YYYY-MM-DD days", () => {
    expect(parseIsoDay("2024-02-29")).toEqual({ y: 2024, m: 2, d: 29 });
    for (const bad of ["2023-02-29", "2024-13-01", "2024-5-1", "", null, "24.05.2024"]) {
      expect(parseIsoDay(bad)).toBeNull();
    }
  });

  it("builds month, quarter, half and part spans with the right month ends", () => {
    expect(monthSpan(2024, 2)).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(quarterSpan(2024, 4)).toEqual({ start: "2024-10-01", end: "2024-12-31" });
    expect(halfSpan(2025, 1)).toEqual({ start: "2025-01-01", end: "2025-06-30" });
    expect(yearPartSpan(2024, "mid")).toEqual({ start: "2024-05-01", end: "2024-08-31" });
    expect(monthPartSpan(2023, 2, "late")).toEqual({ start: "2023-02-21", end: "2023-02-28" });
  });

  it("runs winter from December into the next year", () => {
    expect(seasonSpan("winter", 2023)).toEqual({ start: "2023-12-01", end: "2024-02-29" });
    expect(seasonSpan("fall", 2022)).toEqual({ start: "2022-09-01", end: "2022-11-30" });
  });

  it("finds the Monday..Sunday week around a day, across a year end", () => {
    expect(weekSpan(epochDay(2024, 5, 24))).toEqual({ start: "2024-05-20", end: "2024-05-26" });
    expect(weekSpan(epochDay(2025, 1, 1))).toEqual({ start: "2024-12-30", end: "2025-01-05" });
    expect(weekSpan(epochDay(2023, 12, 24))).toEqual({ start: "2023-12-18", end: "2023-12-24" });
  });

  it("shifts months across years", () => {
    expect(shiftMonth(2024, 1, -1)).toEqual({ y: 2023, m: 12 });
    expect(shiftMonth(2024, 11, 3)).toEqual({ y: 2025, m: 2 });
  });

  it("picks the past or next yearly instance, skipping years without February 29", () => {
    const ref = { y: 2025, m: 2, d: 6 };
    const feb29 = (y: number) => (y % 4 === 0 ? { start: `${y}-02-29`, end: `${y}-02-29` } : null);
    expect(nearestYearly(ref, "back", feb29)?.start).toBe("2024-02-29");
    expect(nearestYearly(ref, "ahead", feb29)?.start).toBe("2028-02-29");
    expect(nearestYearly(ref, "ahead", (y) => seasonSpan("winter", y))?.start).toBe("2024-12-01");
  });

  it("picks the instance nearest the reference day when the clause gives no direction", () => {
    const june = (y: number) => ({ start: `${y}-06-15`, end: `${y}-06-16` });
    // A June 14 article's "June 15-16" is the coming one, a June 20 article's the past one.
    expect(nearestYearly({ y: 2024, m: 6, d: 14 }, "nearest", june)?.start).toBe("2024-06-15");
    expect(nearestYearly({ y: 2024, m: 6, d: 20 }, "nearest", june)?.start).toBe("2024-06-15");
    expect(
      nearestYearly({ y: 2024, m: 12, d: 30 }, "nearest", (y) => ({ start: `${y}-01-02`, end: `${y}-01-02` }))?.start,
    ).toBe("2025-01-02");
  });

  it("takes this year's instance of a bare month within eight months, unless it is a deadline", () => {
    const february = (y: number) => monthSpan(y, 2);
    // "the talks follow a deal in February", written in September: last February, not the next
    expect(nearestYearly({ y: 2020, m: 9, d: 15 }, "nearest", february)?.start).toBe("2020-02-01");
    // "repay the loan by February", written in October: the coming one
    expect(nearestYearly({ y: 1989, m: 10, d: 15 }, "nearest", february, false)?.start).toBe("1990-02-01");
  });
});
