import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("units around the reference day", () => {
  it("values last week, this month, next year and earlier this year as their units", () => {
    expect(tags("Last week, this month and next year; earlier this year.", "1998-03-04")).toEqual([
      "Last week=DATE:1998-W09",
      "this month=DATE:1998-03",
      "next year=DATE:1999",
      "earlier this year=DATE:1998",
    ]);
  });

  it("reads the weekend the way its clause points", () => {
    expect(tags("Rebels attacked over the weekend.", "1990-08-13")).toEqual(["the weekend=DATE:1990-W32-WE"]);
    expect(tags("Rebels will attack over the weekend.", "1990-08-13")).toEqual(["the weekend=DATE:1990-W33-WE"]);
  });

  it("reads year-end as the last day of the year it points to", () => {
    expect(dates("The deal should close by year-end.", "1989-11-02")).toEqual(["year-end=1989-12-31..1989-12-31/day"]);
    expect(tags("The index has fallen since year-end.", "1989-11-02")).toEqual(["year-end=DATE:1988-12-31"]);
    // in a year's last weeks, its own end, whatever the tense ("spoke at his year-end news conference")
    expect(dates("He spoke at his year-end news conference.", "2025-12-19")).toEqual([
      "year-end=2025-12-31..2025-12-31/day",
    ]);
  });
});
