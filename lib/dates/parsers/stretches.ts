/**
 * Stretches reaching back or ahead from the reference day: "over the past 16 months", "in the
 * last two weeks", "in recent weeks", "in the coming weeks", "over the next two months". As an
 * event date each is the span it covers. TimeML reads a counted stretch as a DURATION ("P16M",
 * "PXW") and a bare "the past year" or "the past decade" as the calendar year or decade before.
 */
import { reading, relative, type Ctx, type Found, type Precision } from "../found";
import { g, rule, type Family } from "../rule";
import { calendarUnit, refDay, unitShift } from "../shifts";
import { epochSpan } from "../spans";
import { calendarValue, durationValue } from "../timexValue";
import { COUNT, countOf, unitOf, type Unit } from "../words";

const UNITS = "hour|day|week|month|quarter|year|decade";
/** The units a calendar names, with the precision of one of them. */
const CALENDAR_UNITS: Partial<Record<Unit, Precision>> = {
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
};

/** The words of a stretch: its unit, its count if written, and whether the unit is plural. */
interface Stretch {
  unit: Unit;
  nWord: string | undefined;
  plural: boolean;
}

function stretchOf(m: RegExpExecArray): Stretch {
  const ahead = g(m, "ahead");
  return {
    unit: unitOf(g(m, "u") ?? ahead ?? ""),
    nWord: g(m, "n"),
    plural: g(m, "pl") !== undefined || ahead !== undefined,
  };
}

/** The TimeML reading of a stretch, or of one bare unit `offset` units away ("the past year"). */
function stretchReading(found: Found | null, ctx: Ctx, { unit, nWord, plural }: Stretch, offset: number): Found | null {
  if (nWord === undefined && !plural) {
    // "the past decade", like "the past year", is the one before: TimeML writes a decade "198".
    if (unit === "decade" && ctx.ref !== null)
      return reading(found, { type: "DATE", value: String(Math.floor(ctx.ref.y / 10) + offset) });
    const precision = CALENDAR_UNITS[unit];
    if (ctx.ref === null || precision === undefined)
      return reading(found, { type: "DURATION", value: durationValue(1, unit) });
    const span = calendarUnit(ctx.ref, unit, offset);
    return reading(found, { type: "DATE", value: calendarValue(precision, span.start, span.end) });
  }
  const count = nWord === undefined ? null : countOf(nWord);
  return reading(found, {
    type: "DURATION",
    value: durationValue(count === null || count.vague ? null : count.n, unit),
  });
}

/** How many units a stretch covers: its count, three for a bare plural, one for a bare unit. */
function unitsOf({ nWord, plural }: Stretch): number {
  if (nWord !== undefined) return countOf(nWord).n;
  return plural ? 3 : 1;
}

export const STRETCHES: Family = {
  // Every phrase of the family has a word that reaches back or ahead.
  words: ["past", "last", "previous", "recent", "coming", "next", "ahead"],
  rules: [
    // "over the past 16 months", "in the last two weeks", "for the past year"
    rule(
      `\\b(?<d>(?:(?:over|in|during|for|within|throughout|across)\\s+)?(?:the|this)\\s+(?:past|last|previous)\\s+(?:(?<n>${COUNT})\\s+)?(?<u>${UNITS})(?<pl>s)?)\\b(?!\\s+of\\b)`,
      (m, ctx, index, length) => {
        const stretch = stretchOf(m);
        const { unit } = stretch;
        const n = unitsOf(stretch);
        const found = relative(ctx, index, length, "range", (ref) => epochSpan(unitShift(ref, unit, -n), refDay(ref)));
        return stretchReading(found, ctx, stretch, -1);
      },
    ),
    // "in recent weeks", "over recent months", "in recent quarters"
    rule(
      `\\b(?<d>(?:in|over|during)\\s+recent\\s+(?<u>day|week|month|quarter|year)(?<pl>s))\\b`,
      (m, ctx, index, length) => {
        const unit = (g(m, "u") ?? "").toLowerCase();
        const back = { day: 7, week: 28, month: 91, quarter: 182, year: 3 * 365 }[unit] ?? 28;
        const found = relative(ctx, index, length, "range", (ref) => epochSpan(refDay(ref) - back, refDay(ref)));
        return stretchReading(found, ctx, stretchOf(m), -1);
      },
    ),
    // "in the coming weeks", "over the next two months", "in coming weeks", "the weeks ahead"
    rule(
      `\\b(?<d>(?:(?:in|over|within|during|for)\\s+)?(?:(?:the\\s+(?:coming|next)|coming(?=\\s+\\w+s\\b))\\s+(?:(?<n>${COUNT})\\s+)?(?<u>${UNITS})(?<pl>s)?|the\\s+(?<ahead>${UNITS})s\\s+ahead))\\b`,
      (m, ctx, index, length) => {
        const stretch = stretchOf(m);
        const { unit } = stretch;
        // "the next day", with no count and no preposition, is the day after one told before
        // (referringUnits), not tomorrow.
        if (unit === "day" && !stretch.plural && stretch.nWord === undefined && /^the\b/i.test(g(m, "d") ?? ""))
          return null;
        const n = unitsOf(stretch);
        const found = relative(
          ctx,
          index,
          length,
          "range",
          (ref) => epochSpan(refDay(ref) + 1, unitShift(ref, unit, n)),
          true,
        );
        return stretchReading(found, ctx, stretch, 1);
      },
    ),
  ],
};
