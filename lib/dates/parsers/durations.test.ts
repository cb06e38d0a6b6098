import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("durations", () => {
  it("are valued as TimeML lengths, hedges as modifiers", () => {
    expect(tags("He ruled for three years and left after a 30-day ceasefire.", "1998-02-01")).toEqual([
      "three years=DURATION:P3Y",
      "30-day=DURATION:P30D",
    ]);
    expect(tags("It took more than four hours, about a decade and 2 1/2 years.", "1998-02-01")).toEqual([
      "more than four hours=DURATION:PT4H/MORE_THAN",
      "about a decade=DURATION:P1E/APPROX",
      "2 1/2 years=DURATION:P2Y6M",
    ]);
    expect(tags("Several weeks passed, then a minute and a half.", null)).toEqual([
      "Several weeks=DURATION:PXW",
      "a minute and a half=DURATION:PT1M30S",
    ]);
  });

  it("are no ages, fractions or rates", () => {
    expect(tags("Mr. Reupke, 52 years old, heads a 136-year-old bank.", "1989-11-01")).toEqual([]);
    expect(tags("Iraq imports about three-quarters of its food, a quarter of it by sea.", "1990-08-15")).toEqual([]);
    expect(tags("The stock pays $1.76 a year, or 358,000 a month.", "1989-11-01")).toEqual([]);
    expect(tags("The truce lasted a week; there are four flights a week.", "1998-02-13")).toEqual([
      "a week=DURATION:P1W",
      "a week=SET:P1W",
    ]);
    expect(tags("It grew after several quarters of losses.", "1989-11-01")).toEqual(["several quarters=DURATION:PXQ"]);
  });

  it("date no event", () => {
    expect(dates("Both sides agreed to a 30-day ceasefire lasting three weeks.", "2024-05-01")).toEqual([]);
  });
});
