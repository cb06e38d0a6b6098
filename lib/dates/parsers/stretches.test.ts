import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("stretches back and ahead", () => {
  it("are ranges as event dates and durations in TimeML", () => {
    expect(dates("Attacks rose over the past two weeks.", "2024-05-24")).toEqual([
      "over the past two weeks=2024-05-10..2024-05-24/range",
    ]);
    expect(tags("Attacks rose over the past two weeks and will fall in the coming weeks.", "2024-05-24")).toEqual([
      "the past two weeks=DURATION:P2W",
      "the coming weeks=DURATION:PXW",
    ]);
    expect(tags("Investors will sell in the weeks ahead, as in recent quarters.", "1989-10-30")).toEqual([
      "the weeks ahead=DURATION:PXW",
      "recent quarters=DURATION:PXQ",
    ]);
  });

  it("leaves a bare 'the next day' to the day told before, not the day after publication", () => {
    expect(dates("The envoys left Oslo the next day.", "2024-05-24")).toEqual([]);
    expect(dates("A reply is due within the next day.", "2024-05-24")).toEqual([
      "within the next day=2024-05-25..2024-05-25/range",
    ]);
  });

  it("reads a bare 'the past year' or 'the past decade' as the calendar year or decade before", () => {
    expect(tags("Hate groups grew over the past year.", "1998-03-01")).toEqual(["the past year=DATE:1997"]);
    expect(tags("Wages lost ground in the last decade.", "1998-02-06")).toEqual(["the last decade=DATE:198"]);
  });
});
