import { describe, expect, it } from "vitest";
import { countOf, dayPartCode, monthNumber, ordinalOf, unitOf, weekdayNumber } from "./words";

describe("date words", () => {
  it("reads counts, vague ones included", () => {
    expect(
      ["16", "2 1/2", "twenty-four", "a", "a couple of", "a hundred", "three and a half"].map((w) => countOf(w)),
    ).toEqual([
      { n: 16, vague: false },
      { n: 2.5, vague: false },
      { n: 24, vague: false },
      { n: 1, vague: false },
      { n: 2, vague: false },
      { n: 100, vague: false },
      { n: 3.5, vague: false },
    ]);
    expect(countOf("a few")).toEqual({ n: 3, vague: true });
    expect(countOf("several")).toEqual({ n: 3, vague: true });
  });

  it("reads ordinals, months, weekdays, units and parts of the day", () => {
    expect(["first", "3rd", "twentieth", "20th", "last"].map(ordinalOf)).toEqual([1, 3, 20, 20, null]);
    expect(["Sept.", "oct", "May", "Mayor"].map(monthNumber)).toEqual([9, 10, 5, 5]);
    expect(["Monday", "sunday", "Someday"].map(weekdayNumber)).toEqual([0, 6, -1]);
    expect(["years", "Centuries", "day"].map(unitOf)).toEqual(["year", "century", "day"]);
    expect(["night", "tonight", "noon", "dawn"].map(dayPartCode)).toEqual(["NI", "NI", "12:00", "DT"]);
  });
});
