import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tagTimexes } from "./tagTimexes";
import { isTimemlValue } from "./timeml/timemlValue";

/** Words of every phrase family, so that random sentences reach every rule. */
const WORDS = [
  "in",
  "on",
  "the",
  "a",
  "last",
  "next",
  "this",
  "every",
  "each",
  "ago",
  "earlier",
  "later",
  "year",
  "years",
  "year-ago",
  "month",
  "week",
  "weekend",
  "quarter",
  "third-quarter",
  "fiscal",
  "period",
  "latest",
  "day",
  "days",
  "hours",
  "decade",
  "century",
  "20th",
  "1970s",
  "late",
  "early",
  "mid-",
  "end",
  "of",
  "May",
  "January",
  "Sept.",
  "Tuesday",
  "Tuesdays",
  "night",
  "morning",
  "tonight",
  "noon",
  "10",
  "7:15",
  "p.m.",
  "a.m.",
  "now",
  "recently",
  "currently",
  "future",
  "soon",
  "past",
  "recent",
  "three",
  "twenty-four",
  "2 1/2",
  "a few",
  "several",
  "30-day",
  "two-year",
  "nineteen",
  "ninety-six",
  "2022",
  "1989",
  "$5",
  "million",
  "per",
  "about",
  "more than",
  "at least",
  "year-end",
  "Q1",
  "H2",
  "winter",
  "spring",
  ",",
  ".",
  "\n\n",
];

const text = fc.oneof(
  fc.string({ maxLength: 160 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 24 }).map((w) => w.join(" ")),
);

const dct = fc.oneof(
  fc.constant(null),
  fc
    .date({ min: new Date("1950-01-01"), max: new Date("2060-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2023-02-29", "2024-13-01", "nonsense"),
);

describe("tagTimexes properties", () => {
  it("never throws, gives TimeML values, and tags non-overlapping spans of the text", () => {
    fc.assert(
      fc.property(text, dct, (t, d) => {
        let end = 0;
        for (const x of tagTimexes(t, d)) {
          expect(isTimemlValue(x.value), `${x.text} = ${x.value}`).toBe(true);
          expect(t.slice(x.start, x.end)).toBe(x.text);
          expect(x.start).toBeGreaterThanOrEqual(end);
          expect(x.end).toBeGreaterThan(x.start);
          end = x.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
