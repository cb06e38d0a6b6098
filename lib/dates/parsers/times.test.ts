import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("times of day", () => {
  it("keeps the part of the day with its day", () => {
    expect(tags("Fighting began Wednesday night and resumed this morning.", "1998-02-13")).toEqual([
      "Wednesday night=TIME:1998-02-11TNI",
      "this morning=TIME:1998-02-13TMO",
    ]);
    expect(tags("It starts at noon Saturday and 10 p.m. Wednesday.", "1991-02-14")).toEqual([
      "noon Saturday=TIME:1991-02-16T12:00",
      "10 p.m. Wednesday=TIME:1991-02-13T22:00",
    ]);
  });

  it("dates an event by the day a time names, not by a clock time alone", () => {
    expect(dates("Fighting began Wednesday night.", "1998-02-13")).toEqual([
      "Wednesday night=1998-02-11..1998-02-11/day",
    ]);
    expect(dates("The shelling stopped around 7:15 p.m.", "1998-02-13")).toEqual([]);
    expect(tags("The shelling stopped around 7:15 p.m.", "1998-02-13")).toEqual([
      "around 7:15 p.m.=TIME:1998-02-13T19:15/APPROX",
    ]);
  });

  it("dates what happened overnight by the night that ended as the story's day began", () => {
    expect(dates("The talks follow hours of overnight discussions in Geneva.", "2026-01-24")).toEqual([
      "overnight=2026-01-23..2026-01-23/day",
    ]);
  });
});
