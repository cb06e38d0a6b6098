import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "./findDates";

const WORDS = [
  "in",
  "since",
  "on",
  "last",
  "next",
  "this",
  "ago",
  "a",
  "year",
  "years",
  "month",
  "week",
  "May",
  "March",
  "September",
  "Tuesday",
  "fall",
  "winter",
  "of",
  "2022",
  "2024",
  "5",
  "23,",
  "early",
  "mid-",
  "late",
  "the",
  "past",
  "16",
  "months",
  "between",
  "and",
  "to",
  "–",
  "-",
  "Q1",
  "H2",
  "quarter",
  "half",
  "first",
  "23.05.2024",
  "2024-05-23",
  "about",
  "days",
  "recent",
  "weeks",
  "over",
  "at",
  "least",
  "February",
  "29",
  "today",
  "alone",
];

const sentence = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((w) => w.join(" ")),
);

const published = fc.oneof(
  fc.constant(null),
  fc
    .date({ min: new Date("1990-01-01"), max: new Date("2060-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("2023-02-29", "2024-13-01", "2024-00-10", "0000-00-00", "2024-02-29"),
);

describe("findDates properties", () => {
  it("never throws, keeps start <= end, and points text/index into the sentence", () => {
    fc.assert(
      fc.property(sentence, published, fc.boolean(), (s, p, ahead) => {
        for (const m of findDates(s, p, { lookingAhead: ahead })) {
          if (m.start !== null && m.end !== null) expect(m.start <= m.end).toBe(true);
          expect(s.slice(m.index, m.index + m.text.length)).toBe(m.text);
          expect(m.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
