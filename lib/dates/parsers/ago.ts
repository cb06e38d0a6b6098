/**
 * Counted distances in time: "two years ago", "about a year ago", "days ago", "in two weeks"
 * said of what is to come, and, within a document, "a year earlier", "three days later",
 * "year-ago" and "year-earlier" counted from the document's last date. In a report on a
 * quarter, "a year ago" is that quarter a year before.
 */
import { aheadAt, reading, referring, relative, type Ctx, type Found, type Precision } from "../found";
import { g, rule, type Family } from "../rule";
import { unitShift } from "../shifts";
import {
  epochSpan,
  fromEpochDay,
  monthSpan,
  parseIsoDay,
  quarterSpan,
  weekSpan,
  yearSpan,
  type Span,
  type Ymd,
} from "../spans";
import { durationValue } from "../timexValue";
import { COUNT, countOf, unitOf, type Unit } from "../words";
import { comparedQuarter } from "./quarters";

const HEDGE = `(?:(?<approx>about|around|roughly|nearly|almost|some|approximately)|more\\s+than|over|less\\s+than|just\\s+over|just\\s+under|only)`;
const UNITS = "hour|day|week|month|quarter|year|decade";

/**
 * The span `n` units from a day at the unit's own grain: years give a year, weeks a week, days
 * a day; "a year ago" is about twelve months back, so a month.
 */
function shifted(from: Ymd, unit: Unit, n: number): { precision: Precision; span: Span } {
  const day = unitShift(from, unit, n);
  const { y, m } = fromEpochDay(day);
  if (unit === "year" && Math.abs(n) === 1) return { precision: "month", span: monthSpan(y, m) };
  if (unit === "year" || unit === "decade" || unit === "century") return { precision: "year", span: yearSpan(y) };
  if (unit === "month" || unit === "quarter") return { precision: "month", span: monthSpan(y, m) };
  if (unit === "week") return { precision: "week", span: weekSpan(day) };
  return { precision: "day", span: epochSpan(day, day) };
}

/** The document's quarter moved by whole years, when a comparison is made with a quarter. */
function quarterShift(ctx: Ctx, index: number, unit: Unit, n: number): Span | null {
  const q = unit === "year" && Number.isInteger(n) ? comparedQuarter(ctx, index) : null;
  return q === null ? null : quarterSpan(q.y + n, q.q);
}

/**
 * Where "earlier" and "later" count from: a day named before them in their sentence ("on May 5
 * and again three days later"), else the reference day: in news, "a year earlier" compares with
 * the time of the report, not with whatever the article last dated.
 */
function anchorDay(ctx: Ctx, index: number, ref: Ymd): Ymd {
  const before = ctx.document?.sentence.filter((f) => f.index + f.length <= index && f.dates && f.start !== null);
  return parseIsoDay(before?.at(-1)?.start) ?? ref;
}

/** `sign` is -1 for "ago" and "earlier", 1 for "later"; `from` gives the day counted from. */
function counted(
  m: RegExpExecArray,
  ctx: Ctx,
  index: number,
  length: number,
  sign: number,
  from: (ref: Ymd) => Ymd,
): Found | null {
  const unit = unitOf(g(m, "u") ?? "");
  const nWord = g(m, "n");
  const mod = g(m, "approx") !== undefined ? "APPROX" : undefined;
  const vague = nWord === undefined ? g(m, "pl") !== undefined : countOf(nWord).vague;
  if (nWord === undefined && !vague) return null;
  if (vague) {
    // "days ago", "a few years ago": between one and a few units away, before or after.
    const found = relative(
      ctx,
      index,
      length,
      "range",
      (ref) => {
        const [a, b] = [unitShift(from(ref), unit, sign * 3), unitShift(from(ref), unit, sign)];
        return epochSpan(Math.min(a, b), Math.max(a, b));
      },
      sign > 0,
    );
    return reading(found, { type: "DATE", value: sign < 0 ? "PAST_REF" : "FUTURE_REF" });
  }
  const n = sign * countOf(nWord ?? "").n;
  const quarter = quarterShift(ctx, index, unit, n);
  if (quarter !== null) {
    const found = relative(ctx, index, length, "quarter", () => quarter);
    return referring(reading(found, { type: "DATE", mod }));
  }
  const found = relative(ctx, index, length, "day", (ref) => shifted(from(ref), unit, n).span, sign > 0);
  if (found === null || ctx.ref === null) return found;
  const at = shifted(from(ctx.ref), unit, n);
  if (unit !== "year") return { ...found, precision: at.precision, timex: { type: "DATE", mod } };
  // TimeML values a distance in years as the year, though the event date is the month. The
  // phrase looked for a quarter to compare with, so it is read again once its sentence is known.
  return referring({
    ...found,
    precision: at.precision,
    timex: { type: "DATE", value: at.span.start.slice(0, 4), mod },
  });
}

/** Units "in two weeks" counts ahead in; "in two hours" dates nothing a day does not. */
const AHEAD_UNITS = "day|week|month|year";

export const COUNTED_DISTANCES: Family = {
  // Every phrase of the family has the words that count from a time, or a unit "in" counts ahead in.
  words: ["ago", "earlier", "later", "day", "days", "week", "weeks", "month", "months", "year", "years"],
  rules: [
    // "ten years ago today", "a year ago to the day": the same day of the calendar that many years
    // or months back, as anniversary pieces open
    rule(
      `\\b(?<d>(?<n>${COUNT})\\s+(?<u>year|month)s?\\s+ago\\s+(?:today|this\\s+day|to\\s+the\\s+day))\\b`,
      (m, ctx, index, length) => {
        const { n, vague } = countOf(g(m, "n") ?? "");
        if (vague || !Number.isInteger(n)) return null;
        const unit = unitOf(g(m, "u") ?? "");
        const day = (ref: Ymd) => unitShift(ref, unit, -n);
        return reading(
          relative(ctx, index, length, "day", (ref) => epochSpan(day(ref), day(ref))),
          { type: "DATE" },
        );
      },
    ),
    // "a year ago", "about two weeks ago", "days ago"
    rule(
      `\\b(?<d>(?:${HEDGE}\\s+)?(?:(?<n>${COUNT})\\s+)?(?<u>${UNITS})(?<pl>s)?\\s+ago)\\b`,
      (m, ctx, index, length) => counted(m, ctx, index, length, -1, (ref) => ref),
    ),
    // "a year earlier", "two days later": counted from the document's last date
    rule(
      `\\b(?<d>(?:${HEDGE}\\s+)?(?<n>${COUNT})\\s+(?<u>${UNITS})(?<pl>s)?\\s+(?<dir>earlier|later))\\b`,
      (m, ctx, index, length) => {
        if (ctx.document === null) return null;
        const sign = (g(m, "dir") ?? "").toLowerCase() === "later" ? 1 : -1;
        return referring(counted(m, ctx, index, length, sign, (ref) => anchorDay(ctx, index, ref)));
      },
    ),
    // "will meet again in two weeks", "in a month's time": as far ahead of the report, when the
    // clause is about what is to come; elsewhere ("captured in two weeks") a length (durations.ts).
    rule(
      `\\bin\\s+(?<d>(?<n>${COUNT})\\s+(?<u>${AHEAD_UNITS})(?<pl>s)?)(?:['’]s?\\s+time)?\\b`,
      (m, ctx, index, length) => {
        const direction = aheadAt(ctx, index, length);
        if (direction !== "ahead" && direction !== "recent") return null;
        const unit = unitOf(g(m, "u") ?? "");
        const { n, vague } = countOf(g(m, "n") ?? "");
        // TimeML reads the words as the length they are; only the event date counts from the report.
        return reading(
          counted(m, ctx, index, length, 1, (ref) => ref),
          {
            type: "DURATION",
            value: durationValue(vague ? null : n, unit),
          },
        );
      },
    ),
    // "year-ago results", "year-earlier profit": the document's quarter or year, a year before
    rule(`\\b(?<d>year-(?:ago|earlier))(?!\\s+(?:quarter|period)\\b)`, (m, ctx, index, length) => {
      if (ctx.document === null) return null;
      const quarter = quarterShift(ctx, index, "year", -1);
      if (quarter !== null) return referring(relative(ctx, index, length, "quarter", () => quarter));
      return referring(relative(ctx, index, length, "year", (ref) => yearSpan(anchorDay(ctx, index, ref).y - 1)));
    }),
  ],
};
