import { describe, expect, it } from "vitest";
import {
  dayToIso,
  describeDate,
  firstReported,
  formatNormalisedDate,
  isoToDay,
  parseDateBound,
  submitDateRange,
} from "./dates";

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

describe("describeDate", () => {
  it("says a date the text does not give is the reporting day: no precision, nothing quoted", () => {
    const undated = {
      start: "2025-02-06",
      end: "2025-02-06",
      precision: "day" as const,
      text: "",
      basis: "publication" as const,
    };
    expect(describeDate(undated, "2025-02-06")).toEqual({
      when: "reported 6 Feb 2025",
      precision: null,
      asWritten: null,
      basis: "the text gives no date",
    });
  });
  it("never quotes the extractor's own note as if the article wrote it", () => {
    const noted = {
      start: "2023-12-16",
      end: "2023-12-22",
      precision: "range" as const,
      text: "undated; reported via The New York Times before 2023-12-23",
      basis: "publication" as const,
    };
    const d = describeDate(noted, "2023-12-23");
    expect(d.asWritten).toBeNull();
    expect(d.when).toBe("reported 23 Dec 2023");
  });
  it("quotes a phrase the article wrote, with its precision", () => {
    const d = describeDate(
      { start: "2022-09-01", end: "2022-11-30", precision: "season", text: "the fall of 2022", basis: "explicit" },
      "2023-12-23",
    );
    expect(d).toEqual({
      when: "Sep–Nov 2022",
      precision: "within a season",
      asWritten: "the fall of 2022",
      basis: "stated in the text",
    });
  });
  it("leaves out an empty phrase", () => {
    const d = describeDate({ start: "2024-05-23", end: "2024-05-23", precision: "day", text: " ", basis: "relative" });
    expect(d.asWritten).toBeNull();
    expect(d.precision).toBe("exact day");
  });
});

describe("firstReported", () => {
  it("is the earliest publication day among the articles", () => {
    const published: Record<string, string | null> = { a: "2024-05-24", b: "2023-12-23", c: null };
    expect(firstReported(["a", "b", "c"], (id) => published[id])).toBe("2023-12-23");
    expect(firstReported(["c"], (id) => published[id])).toBeNull();
  });
});

describe("submitDateRange", () => {
  it("takes both fields as typed, or swaps them when From is after To and says so", () => {
    expect(submitDateRange("2025-01-01", " 2025-12-31 ")).toEqual({
      ok: true,
      from: "2025-01-01",
      to: "2025-12-31",
      swapped: false,
    });
    expect(submitDateRange("2026", "2025-06")).toEqual({ ok: true, from: "2025-06", to: "2026", swapped: true });
    // The same year as both bounds is the whole year, not a reversed range.
    expect(submitDateRange("2024", "2024")).toMatchObject({ swapped: false });
    expect(submitDateRange("", "2024")).toEqual({ ok: true, from: null, to: "2024", swapped: false });
  });
  it("commits nothing while a field does not parse", () => {
    expect(submitDateRange("2025-13", "2024-02-30")).toEqual({ ok: false, invalid: ["from", "to"] });
  });
});
