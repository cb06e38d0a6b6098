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

  it("read 'one day' between a modal or 'to' and its verb as a time to come, else as a length", () => {
    expect(tags("Islam will one day be the second largest religion there.", "1998-03-03")).toEqual([
      "one day=DATE:FUTURE_REF",
    ]);
    expect(tags("He hopes to one day lead the party.", "1998-03-03")).toEqual(["one day=DATE:FUTURE_REF"]);
    expect(tags("The strike lasted one day; he was sentenced to one day in jail.", "1998-03-03")).toEqual([
      "one day=DURATION:P1D",
      "one day=DURATION:P1D",
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
