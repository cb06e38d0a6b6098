import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("counted distances", () => {
  it("values years as the year, shorter units at their own grain", () => {
    expect(tags("It began two years ago, about a year ago, six weeks ago and 3 days ago.", "1998-03-01")).toEqual([
      "two years ago=DATE:1996",
      "about a year ago=DATE:1997/APPROX",
      "six weeks ago=DATE:1998-W03",
      "3 days ago=DATE:1998-02-26",
    ]);
    expect(dates("It began two years ago.", "1998-03-01")).toEqual(["two years ago=1996-01-01..1996-12-31/year"]);
  });

  it("reads 'ten years ago today' as that day of the calendar, and a vague count as no day", () => {
    expect(dates("Ten years ago today, the envoys signed the accord.", "2015-01-09")).toEqual([
      "Ten years ago today=2005-01-09..2005-01-09/day",
    ]);
    expect(tags("A year ago to the day, the talks collapsed.", "2018-08-20")).toEqual([
      "A year ago to the day=DATE:2017-08-20",
    ]);
    expect(dates("A few years ago today, they met.", "2018-08-20")).toEqual([
      "A few years ago=2015-08-20..2017-08-20/range",
      "today=2018-08-20..2018-08-20/day",
    ]);
  });

  it("compares with the report's quarter, and counts 'earlier' from a day in its sentence", () => {
    expect(tags("Acme lost money in the third quarter, against a profit a year earlier.", "1989-11-02")).toEqual([
      "the third quarter=DATE:1989-Q3",
      "a year earlier=DATE:1988-Q3",
    ]);
    expect(tags("In the first nine months, profit rose from a year earlier.", "1989-11-02")).toEqual([
      "the first nine months=DURATION:P9M",
      "a year earlier=DATE:1988",
    ]);
    expect(tags("They met on May 5, 1998, and again three days later.", "1998-06-01")).toEqual([
      "May 5, 1998=DATE:1998-05-05",
      "three days later=DATE:1998-05-08",
    ]);
  });

  it("reads vague distances as the past, and leaves 'a year earlier' out of a sentence read alone", () => {
    expect(tags("A few years ago, days ago.", "1998-03-01")).toEqual([
      "A few years ago=DATE:PAST_REF",
      "days ago=DATE:PAST_REF",
    ]);
    expect(dates("Profit rose from a year earlier.", "1998-03-01")).toEqual([]);
  });

  it("counts 'in two weeks' ahead of the report in a clause about what is to come, and as a length elsewhere", () => {
    expect(dates("The envoys will meet again in two weeks.", "2022-01-27")).toEqual([
      "two weeks=2022-02-07..2022-02-13/week",
    ]);
    expect(dates("Talks would resume in three days' time, he said.", "2022-01-27")).toEqual([
      "three days=2022-01-30..2022-01-30/day",
    ]);
    expect(dates("The army took the town in two weeks.", "2022-01-27")).toEqual([]);
    // TimeML reads the words as the length they are, whichever way the clause points.
    expect(tags("The envoys will meet again in two weeks.", "2022-01-27")).toEqual(["two weeks=DURATION:P2W"]);
  });
});
