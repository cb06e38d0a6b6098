import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("references to the present, past and future", () => {
  it("are tagged as such", () => {
    expect(tags("Prices are now higher than they were recently, and will rise in the future.", "1998-02-01")).toEqual([
      "now=DATE:PRESENT_REF",
      "recently=DATE:PAST_REF",
      "the future=DATE:FUTURE_REF",
    ]);
    expect(tags("The current system has served us well in the past.", "1998-02-01")).toEqual([
      "current=DATE:PRESENT_REF",
      "the past=DATE:PAST_REF",
    ]);
  });

  it("date no event", () => {
    expect(dates("Talks are now under way, and a deal will come soon.", "2024-05-01")).toEqual([]);
  });

  it("leave a counted stretch and 'as soon as' alone", () => {
    expect(tags("Prices rose over the past two months, as soon as the plant closed.", "1998-02-01")).toEqual([
      "the past two months=DURATION:P2M",
    ]);
  });
});
