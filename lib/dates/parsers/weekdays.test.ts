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

  it("marks early and late days", () => {
    expect(tags("It began early Tuesday and ended late yesterday.", "1998-03-05")).toEqual([
      "early Tuesday=DATE:1998-03-03/START",
      "late yesterday=DATE:1998-03-04/END",
    ]);
  });
});
