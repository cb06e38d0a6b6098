import { describe, expect, it } from "vitest";
import { dayToIso, formatNormalisedDate, isoToDay, parseDateBound } from "./dates";

describe("parseDateBound", () => {
  it("reads a year, a month and a day as the first or last day they cover", () => {
    expect(dayToIso(parseDateBound("2022", "from")!)).toBe("2022-01-01");
    expect(dayToIso(parseDateBound("2022", "to")!)).toBe("2022-12-31");
    expect(dayToIso(parseDateBound("2024-02", "to")!)).toBe("2024-02-29");
    expect(dayToIso(parseDateBound("2023-02", "to")!)).toBe("2023-02-28");
    expect(dayToIso(parseDateBound("2025-02-06", "from")!)).toBe("2025-02-06");
  });
  it("rejects malformed and impossible dates", () => {
    for (const bad of ["", "22", "2022-13", "2023-02-29", "2022-1-5", "yesterday", "2022-00"])
      expect(parseDateBound(bad, "from")).toBeNull();
  });
});

describe("formatNormalisedDate", () => {
  const d = (start: string, end: string, precision: Parameters<typeof formatNormalisedDate>[0]["precision"]) => ({
    start,
    end,
    precision,
  });
  it("never says more than the precision allows", () => {
    expect(formatNormalisedDate(d("2025-02-05", "2025-02-05", "day"))).toBe("5 Feb 2025");
    expect(formatNormalisedDate(d("2025-02-01", "2025-02-28", "month"))).toBe("February 2025");
    expect(formatNormalisedDate(d("2022-09-01", "2022-11-30", "season"))).toBe("Sep–Nov 2022");
    expect(formatNormalisedDate(d("2022-07-01", "2022-09-30", "quarter"))).toBe("Q3 2022");
    expect(formatNormalisedDate(d("2022-07-01", "2022-12-31", "half"))).toBe("H2 2022");
    expect(formatNormalisedDate(d("2022-01-01", "2022-12-31", "year"))).toBe("2022");
    expect(formatNormalisedDate(d("2025-02-03", "2025-02-09", "week"))).toBe("week of 3 Feb 2025");
    expect(formatNormalisedDate(d("2025-01-10", "2025-02-09", "range"))).toBe("10 Jan 2025 – 9 Feb 2025");
  });
  it("says an open span is open and when it was reported", () => {
    expect(formatNormalisedDate({ ...d("2024-09-01", "2025-02-06", "range"), open: true })).toBe(
      "since 1 Sep 2024 (open; reported 6 Feb 2025)",
    );
  });
  it("says when a date is unknown", () => {
    expect(formatNormalisedDate({ start: null, end: null, precision: "year" })).toBe("date unknown");
  });
  it("round-trips day numbers", () => {
    expect(dayToIso(isoToDay("1999-12-31"))).toBe("1999-12-31");
    expect(isoToDay("1970-01-02")).toBe(1);
  });
});
