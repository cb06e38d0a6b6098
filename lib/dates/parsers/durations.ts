/**
 * Durations: "three years", "for six months", "a 30-day ceasefire", "two-year", "the first nine
 * months", "more than four hours", "about a decade", "several weeks", "2 1/2 years". TimeML
 * values them "P3Y", "P30D", "PT4H" with a modifier for the hedge; they date no event.
 */
import { timexOnly } from "../found";
import { g, rule, type Family } from "../rule";
import { durationValue } from "../timexValue";
import { COUNT, UNIT, UNIT_WORDS, countOf, unitOf } from "../words";

/** TimeML's modifier for the words hedging a length. */
const HEDGES: readonly [RegExp, string][] = [
  [/^(?:about|around|roughly|approximately|some)\b/i, "APPROX"],
  [/^(?:more\s+than|over|upwards\s+of)\b/i, "MORE_THAN"],
  [/^(?:less\s+than|under|almost|nearly)\b/i, "LESS_THAN"],
  [/^(?:at\s+least)\b/i, "EQUAL_OR_MORE"],
  [/^(?:up\s+to|no\s+more\s+than|at\s+most|within)\b/i, "EQUAL_OR_LESS"],
];
const HEDGE =
  "about|around|roughly|approximately|some|more\\s+than|over|upwards\\s+of|less\\s+than|under|almost|nearly|at\\s+least|up\\s+to|no\\s+more\\s+than|at\\s+most|within";

export const DURATIONS: Family = {
  // Every phrase of the family has a unit.
  words: UNIT_WORDS,
  rules: [
    // "three years", "a 30-day ceasefire", "the first nine months", "more than four hours", "a few days"
    rule(
      `\\b(?<d>(?:(?<hedge>${HEDGE})\\s+)?(?:the\\s+(?:first|last|next|past|latest|previous|full|entire|whole|year-earlier|same)\\s+|an?\\s+(?:additional|further|extra)\\s+|another\\s+)?(?<n>${COUNT})(?:\\s+|-)(?<u>${UNIT})(?:-(?:old|long))?)\\b(?!-)`,
      (m, _ctx, index, length) => {
        const { n, vague } = countOf(g(m, "n") ?? "");
        const hedge = g(m, "hedge");
        const mod = hedge === undefined ? undefined : HEDGES.find(([re]) => re.test(hedge))?.[1];
        return timexOnly(index, length, {
          type: "DURATION",
          value: durationValue(vague ? null : n, unitOf(g(m, "u") ?? "")),
          mod,
        });
      },
    ),
    // "years", "for months", "decades": a bare plural unit is a stretch of unknown length
    rule(
      `\\b(?:for|over|in|within|after)\\s+(?<d>(?<u>minutes|hours|days|weeks|months|years|decades|centuries))\\b`,
      (m, _ctx, index, length) =>
        timexOnly(index, length, { type: "DURATION", value: durationValue(null, unitOf(g(m, "u") ?? "")) }),
    ),
  ],
};
