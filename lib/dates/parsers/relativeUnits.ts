/**
 * Calendar units around the reference day: "last week", "this month", "next year", "last
 * quarter", "this weekend", "the weekend", "earlier this year", "later this month", "earlier
 * today", "year-end", "the 21st of this month".
 */
import { pointed, reading, relative, sameSpan, spanLastDay, type Precision } from "../found";
import { g, rule, type Family } from "../rule";
import { calendarUnit, offsetOf, refDay, refIso, spanBeside } from "../shifts";
import { daySpan, epochSpan, isValidDay, mondayOf, nearestYearly, shiftMonth, type Direction } from "../spans";
import { calendarValue, weekValue } from "../timexValue";

const UNIT_PRECISION: Record<string, Precision> = {
  week: "week",
  weekend: "range",
  month: "month",
  quarter: "quarter",
  year: "year",
};

/** A weekend is valued as its week with "-WE" ("1990-W32-WE"). */
const weekendValue = (start: string | null) => (start === null ? undefined : `${weekValue(start)}-WE`);

/** The weekend "the weekend" means: the one just past, the coming one, or the nearer of the two. */
function weekendNear(today: number, direction: Direction): { start: number; end: number } {
  const saturday = mondayOf(today) + 5;
  if (today >= saturday) return { start: saturday, end: saturday + 1 };
  const past = { start: saturday - 7, end: saturday - 6 };
  const next = { start: saturday, end: saturday + 1 };
  if (direction === "back") return past;
  if (direction === "ahead") return next;
  return today - past.end <= next.start - today ? past : next;
}

/**
 * "the weekend", "this weekend": the weekend in the clause's direction, the nearer when it has
 * none ("this weekend": the coming one unless the clause looks back).
 */
function nearWeekend(ctx: Parameters<typeof relative>[0], index: number, length: number, ahead = false) {
  const found = relative(ctx, index, length, "range", (ref) => {
    const today = refDay(ref);
    return pointed(
      ctx,
      index,
      length,
      (direction) => {
        const { start, end } = weekendNear(today, ahead && direction !== "back" ? "ahead" : direction);
        return epochSpan(start, end);
      },
      sameSpan,
      spanLastDay,
    );
  });
  return reading(found, { type: "DATE", value: weekendValue(found?.start ?? null) });
}

export const RELATIVE_UNITS: Family = {
  // Every phrase of the family has a calendar unit.
  words: ["week", "weekend", "month", "year", "quarter", "today"],
  rules: [
    // "earlier this year", "later this month", "earlier today", "earlier in the week"
    rule(
      `\\b(?<d>(?<dir>earlier|later)\\s+(?:(?:this|in\\s+the)\\s+(?<u>week|month|year)|(?<today>today)))\\b`,
      (m, ctx, index, length) => {
        const later = (g(m, "dir") ?? "").toLowerCase() === "later";
        const unit = g(m, "today") !== undefined ? "day" : (g(m, "u") ?? "").toLowerCase();
        const found = relative(
          ctx,
          index,
          length,
          unit === "day" ? "day" : "range",
          (ref) => {
            const today = refIso(ref);
            if (unit === "day") return { start: today, end: today };
            // "Earlier this week" is before the day it is written, unless that day opens the week.
            return spanBeside(ref, calendarUnit(ref, unit, 0), later);
          },
          later,
        );
        // TimeML values the phrase as the unit it lies in: "earlier this week" is this week.
        if (unit === "day" || found?.start == null || ctx.ref === null) return found;
        const whole = calendarUnit(ctx.ref, unit, 0);
        return reading(found, { type: "DATE", value: calendarValue(UNIT_PRECISION[unit]!, whole.start, whole.end) });
      },
    ),
    // "last week", "this month", "next year", "last quarter", "this weekend", "the current quarter"
    rule(
      `\\b(?<d>(?<q>last|this|next|previous|coming|current|the\\s+current)\\s+(?:fiscal\\s+)?(?<u>week|weekend|month|year|quarter))\\b(?!\\s+of\\b|-)`,
      (m, ctx, index, length) => {
        const unit = (g(m, "u") ?? "").toLowerCase();
        const offset = offsetOf(g(m, "q"));
        // "met this weekend" on a Monday is the weekend just past; "are meeting this weekend" the
        // coming one, as is one the tense does not place.
        if (unit === "weekend" && offset === 0) return nearWeekend(ctx, index, length, true);
        // A Sunday paper writes on the last day of an ISO week.
        const day = unit === "week" && ctx.ref ? refDay(ctx.ref) : Number.NaN;
        const sunday = mondayOf(day) + 6 === day;
        // "last week" in a Sunday paper is the week that ends with it, Monday to Saturday; its
        // TimeML value stays the ISO week before, as the annotation guidelines count weeks.
        if (ctx.ref && sunday && offset === -1) {
          const found = relative(ctx, index, length, "week", () => epochSpan(day - 6, day - 1), false);
          const iso = calendarUnit(ctx.ref, unit, offset);
          return reading(found, { type: "DATE", value: calendarValue("week", iso.start, iso.end) });
        }
        // "will meet this week" in a Sunday paper: what is still to come "this week" is in the
        // days ahead, the week that starts the next day (also when it was to come at the time of
        // saying, "said they would meet this week": no day just past is in question).
        if (sunday && offset === 0) {
          return relative(ctx, index, length, "week", () =>
            pointed(
              ctx,
              index,
              length,
              (direction) => (direction === "ahead" ? epochSpan(day + 1, day + 7) : epochSpan(day - 6, day)),
              sameSpan,
            ),
          );
        }
        const found = relative(
          ctx,
          index,
          length,
          UNIT_PRECISION[unit]!,
          (ref) => calendarUnit(ref, unit, offset),
          offset > 0,
        );
        return unit === "weekend" ? reading(found, { type: "DATE", value: weekendValue(found?.start ?? null) }) : found;
      },
    ),
    // "until the 21st of this month", "on the 3rd of next month": a day of a month counted from the reference
    rule(
      `\\b(?<d>(?:the\\s+)?(?<n>[0-3]?\\d)(?:st|nd|rd|th)\\s+of\\s+(?<q>last|this|next|the\\s+current)\\s+month)\\b`,
      (m, ctx, index, length) => {
        const offset = offsetOf(g(m, "q"));
        const day = Number(g(m, "n"));
        return relative(
          ctx,
          index,
          length,
          "day",
          (ref) => {
            const { y, m: month } = shiftMonth(ref.y, ref.m, offset);
            return isValidDay(y, month, day) ? daySpan(y, month, day) : null;
          },
          offset > 0,
        );
      },
    ),
    // "the weekend", "over the weekend"
    rule(`\\b(?<d>the\\s+weekend)\\b(?!\\s+of\\b)`, (m, ctx, index, length) => nearWeekend(ctx, index, length)),
    // "year-end", "by year end", "since year's end", "month-end": the unit's last day, the year's
    // in the direction its clause points, but this year's in its last weeks ("at his year-end
    // news conference on Friday", told on December 19)
    rule(`\\b(?<d>(?<u>year|month)(?:-|\\s+|'s\\s+)end)\\b`, (m, ctx, index, length) => {
      const unit = (g(m, "u") ?? "").toLowerCase();
      return relative(ctx, index, length, "day", (ref) => {
        if (unit === "year") {
          const make = (y: number) => daySpan(y, 12, 31);
          if (ref.m === 12 || (ref.m === 11 && ref.d > 15)) return make(ref.y);
          return pointed(ctx, index, length, (direction) => nearestYearly(ref, direction, make), sameSpan, spanLastDay);
        }
        const last = calendarUnit(ref, unit, 0).end;
        return daySpan(Number(last.slice(0, 4)), Number(last.slice(5, 7)), Number(last.slice(8, 10)));
      });
    }),
  ],
};
