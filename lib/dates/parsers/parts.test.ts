import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("parts of units", () => {
  it("values a part as its unit, marked START, MID or END", () => {
    expect(tags("It ends early next year, by mid-November or the end of the month.", "1989-11-02")).toEqual([
      "early next year=DATE:1990/START",
      "mid-November=DATE:1989-11/MID",
      "the end of the month=DATE:1989-11/END",
    ]);
    expect(tags("It began early this week and peaked in late summer.", "1989-11-02")).toEqual([
      "early this week=DATE:1989-W44/START",
      "late summer=DATE:1989-SU/END",
    ]);
  });

  it("gives the part as the event date", () => {
    expect(dates("It ends by the end of the month.", "1989-11-02")).toEqual([
      "the end of the month=1989-11-21..1989-11-30/range",
    ]);
  });
});
