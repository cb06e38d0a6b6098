import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("days written out", () => {
  it("tags each end of a range joined by a word, and one range with a dash", () => {
    expect(tags("It bought shares from Aug. 26 to Oct. 20 and on May 5-9, 2024.", "1989-11-01")).toEqual([
      "Aug. 26=DATE:1989-08-26",
      "Oct. 20=DATE:1989-10-20",
      "May 5-9, 2024=DATE:2024-05",
    ]);
    expect(dates("It bought shares from Aug. 26 to Oct. 20.", "1989-11-01")).toEqual([
      "from Aug. 26 to Oct. 20=1989-08-26..1989-10-20/range",
    ]);
  });

  it("reads a day before a word that starts like a clock time ('its October 4 amnesty deadline')", () => {
    expect(dates("They asked to push back the October 4 amnesty deadline.", "2009-09-14")).toEqual([
      "October 4=2009-10-04..2009-10-04/day",
    ]);
  });

  it("reads only the day a range runs to when it starts on a span ('for a week until February 1')", () => {
    expect(dates("Strikes were to stop for a week until February 1.", "2026-01-30")).toEqual([
      "February 1=2026-02-01..2026-02-01/day",
    ]);
  });

  it("reads a day with its clock time as a TIME, still that day as an event date", () => {
    expect(tags("The offer expires at 5 p.m. EST, Nov. 6.", "1989-11-01")).toEqual([
      "5 p.m. EST, Nov. 6=TIME:1989-11-06T17:00",
    ]);
    expect(dates("The offer expires at 5 p.m. EST, Nov. 6.", "1989-11-01")).toEqual([
      "5 p.m. EST, Nov. 6=1989-11-06..1989-11-06/day",
    ]);
  });

  it("reads two days joined by a slash beside a month as the night across both, not a year", () => {
    expect(dates("The truce took effect from midnight of February 24/25.", "2021-02-25")).toEqual([
      "February 24/25=2021-02-24..2021-02-25/range",
    ]);
    expect(dates("The truce took effect on the night of 24/25 February.", "2021-02-25")).toEqual([
      "24/25 February=2021-02-24..2021-02-25/range",
    ]);
    expect(dates("The deal was signed on 2/24/25.", "2025-03-01")).toEqual(["2/24/25=2025-02-24..2025-02-24/day"]);
  });

  it("sends a deadline ahead whatever the tense", () => {
    expect(tags("Dunkin' had set Nov. 10 as the deadline, payable Jan. 2.", "1989-11-01")).toEqual([
      "Nov. 10=DATE:1989-11-10",
      "Jan. 2=DATE:1990-01-02",
    ]);
  });
});
