/**
 * Durations: "three years", "for six months", "a 30-day ceasefire", "two-year", "the first nine
 * months", "more than four hours", "about a decade", "several weeks", "2 1/2 years", "a minute
 * and a half", "for some time". An age ("52 years old", "a 136-year-old bank") is no duration. TimeML
 * values them "P3Y", "P30D", "PT4H" with a modifier for the hedge; they date no event.
 */
import { timexOnly } from "../found";
import { g, rule, type Family } from "../rule";
import { durationValue } from "../timexValue";
import { oneDayToCome } from "./references";
import { COUNT, SMALL_NUMBER, UNIT, UNIT_WORDS, countOf, unitOf } from "../words";

/** TimeML's modifier for the words hedging a length. */
const HEDGES: readonly [RegExp, string][] = [
  [/^(?:about|around|roughly|approximately|some)\b/i, "APPROX"],
  [/^(?:more\s+than|over|upwards\s+of)\b/i, "MORE_THAN"],
  [/^(?:less\s+than|under|almost|nearly)\b/i, "LESS_THAN"],
  [/^(?:at\s+least)\b/i, "EQUAL_OR_MORE"],
  [/^(?:up\s+to|no\s+more\s+than|at\s+most|within)\b/i, "EQUAL_OR_LESS"],
];
/** What a rate is counted in, before "a year" or "a month". */
const RATE = /(?:\d|%|percent|cents?|dollars?|million|billion|thousand|pence|yen|marks|francs)\s+$/i;
/** Counted things before "a week": "four flights a week", "700 more seats a day". */
const COUNTED_THINGS = new RegExp(
  `\\b(?:\\d[\\d,.]*|${SMALL_NUMBER}|several|many|dozens|hundreds|thousands)\\s+(?:[a-z-]+\\s+)?[a-z]+[^s\\W]s\\s+$`,
  "i",
);

const HEDGE =
  "about|around|roughly|approximately|some|more\\s+than|over|upwards\\s+of|less\\s+than|under|almost|nearly|at\\s+least|up\\s+to|no\\s+more\\s+than|at\\s+most|within";

export const DURATIONS: Family = {
  // Every phrase of the family has a unit.
  words: [...UNIT_WORDS, "time", "while"],
  rules: [
    // "three years", "a 30-day ceasefire", "the first nine months", "more than four hours", "a few days"
    rule(
      `\\b(?<d>(?:(?<hedge>${HEDGE})\\s+)?(?:the\\s+(?:first|last|next|past|latest|previous|full|entire|whole|year-earlier|same)\\s+|an?\\s+(?:additional|further|extra)\\s+|another\\s+)?(?<n>${COUNT})(?:\\s+(?:more|additional|further|straight|consecutive))?(?:\\s+|-)(?<u>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:-long)?)\\b(?![-\\s]+old\\b|-)`,
      (m, ctx, index, length) => {
        const unit = unitOf(g(m, "u") ?? "");
        const nWord = (g(m, "n") ?? "").toLowerCase();
        // "a second group", "three-quarters of its food", "a quarter of the market": an ordinal
        // and fractions, not lengths; "several quarters of losses" is one.
        const single = /^an?$/.test(nWord);
        if (unit === "second" && single) return null;
        const of = /^\s+of\b/.test(ctx.sentence.slice(index + length));
        if (unit === "quarter" && (/quarters?-|-quarter/.test(m[0]) || (of && single))) return null;
        // "$1.76 a year", "358,000 a month": a rate, not a length; "four flights a week" counts
        // things that recur, a set as TimeML has it ("twice a week").
        if (single && RATE.test(ctx.sentence.slice(0, index))) return null;
        if (single && COUNTED_THINGS.test(ctx.sentence.slice(Math.max(0, index - 60), index)))
          return timexOnly(index, length, { type: "SET", value: durationValue(1, unit) });
        if (oneDayToCome(ctx.sentence, index)) return null;
        const { n, vague } = countOf(nWord);
        const hedge = g(m, "hedge");
        const mod = hedge === undefined ? undefined : HEDGES.find(([re]) => re.test(hedge))?.[1];
        return timexOnly(index, length, {
          type: "DURATION",
          value: durationValue(vague ? null : n + (g(m, "half") === undefined ? 0 : 0.5), unit),
          mod,
        });
      },
    ),
    // "for some time", "for a while": a stretch of unknown length and unit
    rule(`\\bfor\\s+(?<d>some\\s+time|a\\s+(?:long\\s+|short\\s+)?(?:while|time))\\b`, (_m, _ctx, index, length) =>
      timexOnly(index, length, { type: "DURATION", value: "PXX" }),
    ),
    // "years", "for months", "decades": a bare plural unit is a stretch of unknown length
    rule(
      `\\b(?:for|over|in|within|after)\\s+(?<d>(?<u>minutes|hours|days|weeks|months|years|decades|centuries))\\b`,
      (m, _ctx, index, length) =>
        timexOnly(index, length, { type: "DURATION", value: durationValue(null, unitOf(g(m, "u") ?? "")) }),
    ),
  ],
};
