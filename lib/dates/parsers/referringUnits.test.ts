import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("times named by reference", () => {
  it("count from the date the document named last", () => {
    expect(
      tags("He became a general in May 1995. The following year he left; the previous month he wed.", null),
    ).toEqual(["May 1995=DATE:1995-05", "The following year=DATE:1996", "the previous month=DATE:1995-04"]);
  });

  it("read a report's year as the reference year, and a year counted to a day as a length", () => {
    expect(
      tags("Sales for the full year rose. For the year ended Sept. 30, Ralston earned more.", "1989-11-02"),
    ).toEqual(["the full year=DATE:1989", "the year=DURATION:P1Y", "Sept. 30=DATE:1989-09-30"]);
  });

  it("date no event", () => {
    expect(dates("The following year he left.", "1998-01-01")).toEqual([]);
  });
});
