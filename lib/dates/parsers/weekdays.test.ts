import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("weekdays and days named from today", () => {
  it("sends a weekday the way its clause points, and 'as soon as' ahead", () => {
    expect(tags("Aetna closed at $60 Friday.", "1989-10-30")).toEqual(["Friday=DATE:1989-10-27"]);
    expect(tags("The monarch will meet Bush on Thursday.", "1990-08-13")).toEqual(["Thursday=DATE:1990-08-16"]);
    expect(dates("Talks could resume as soon as Tuesday, he said on Monday.", "2024-05-01")).toEqual([
      "Tuesday=2024-05-07..2024-05-07/day",
      "Monday=2024-04-29..2024-04-29/day",
    ]);
  });

  it("reads a weekday of last, this or next week as that day of that week ('Monday last week')", () => {
    // (2024-05-01 is a Wednesday)
    expect(dates("The envoys met in Lusaka from Monday last week.", "2024-05-01")).toEqual([
      "Monday last week=2024-04-22..2024-04-22/day",
    ]);
    expect(dates("The envoys will meet on Friday of next week.", "2024-05-01")).toEqual([
      "Friday of next week=2024-05-10..2024-05-10/day",
    ]);
    expect(tags("The envoys met on Tuesday last week.", "2024-05-01")).toEqual(["Tuesday last week=DATE:2024-04-23"]);
  });

  it("leaves the present or future in general alone: 'today's world', 'the leaders of tomorrow'", () => {
    expect(tags("Barriers like these have no place in today's world.", "1998-04-24")).toEqual([]);
    expect(tags("Many of today's personal computers use the chip.", "1989-10-27")).toEqual([]);
    expect(tags("These are the people of tomorrow.", "1989-11-03")).toEqual([]);
    // a day's own business is that day
    expect(tags("Tomorrow's vote has international implications.", "1998-03-03")).toEqual(["Tomorrow=DATE:1998-03-04"]);
    expect(tags("The offer was advertised in today's editions.", "1989-11-02")).toEqual(["today=DATE:1989-11-02"]);
  });

  it("marks early and late days", () => {
    expect(tags("It began early Tuesday and ended late yesterday.", "1998-03-05")).toEqual([
      "early Tuesday=DATE:1998-03-03/START",
      "late yesterday=DATE:1998-03-04/END",
    ]);
  });
});
