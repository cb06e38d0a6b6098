import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("units around the reference day", () => {
  it("reads last week in a Sunday paper as the week ending with it, keeping the ISO week before as its value", () => {
    expect(dates("Last week's round of talks was the longest.", "2013-07-14")).toEqual([
      "Last week=2013-07-08..2013-07-13/week",
    ]);
    expect(tags("Last week's round of talks was the longest.", "2013-07-14")).toEqual(["Last week=DATE:2013-W27"]);
    // on any other day, the ISO week before
    expect(dates("Last week's round of talks was the longest.", "2013-07-15")).toEqual([
      "Last week=2013-07-08..2013-07-14/week",
    ]);
  });

  it("reads this week in a Sunday paper as the coming week for what is still to come, else the week it ends", () => {
    expect(dates("The envoys will meet again this week.", "2013-07-14")).toEqual([
      "this week=2013-07-15..2013-07-21/week",
    ]);
    expect(dates("The ministry said the envoys would meet this week.", "2013-07-14")).toEqual([
      "this week=2013-07-15..2013-07-21/week",
    ]);
    expect(dates("The envoys met twice this week.", "2013-07-14")).toEqual(["this week=2013-07-08..2013-07-14/week"]);
    // on any other day, the ISO week it lies in
    expect(dates("The envoys will meet again this week.", "2013-07-13")).toEqual([
      "this week=2013-07-08..2013-07-14/week",
    ]);
  });

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
    // So does "this weekend": on a Monday, what was done "this weekend" was done two days before.
    expect(tags("The envoys met this weekend.", "1990-08-13")).toEqual(["this weekend=DATE:1990-W32-WE"]);
    expect(tags("The envoys will meet this weekend.", "1990-08-13")).toEqual(["this weekend=DATE:1990-W33-WE"]);
    // One the tense does not place is the coming one, however near the last.
    expect(tags("The envoys are meeting this weekend.", "1990-08-14")).toEqual(["this weekend=DATE:1990-W33-WE"]);
  });

  it("reads a day of this, next or last month ('until the 21st of this month')", () => {
    expect(dates("The session runs until the 21st of this month.", "2021-03-09")).toEqual([
      "the 21st of this month=2021-03-21..2021-03-21/day",
    ]);
    expect(dates("They meet again on the 2nd of next month.", "2021-12-09")).toEqual([
      "the 2nd of next month=2022-01-02..2022-01-02/day",
    ]);
    // no such day: only the month is read
    expect(dates("No talks on the 31st of next month.", "2021-01-09")).toEqual([
      "next month=2021-02-01..2021-02-28/month",
    ]);
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
