/**
 * Days named relative to the reference day: "on Tuesday", "last Friday", "next Monday", "today",
 * "yesterday", "tomorrow", "the day before yesterday", "early Tuesday", "late yesterday".
 */
import { pointed, reading, relative, type Ctx, type Found } from "../found";
import { g, rule, type Family } from "../rule";
import { offsetOf, refDay, weekdayShift } from "../shifts";
import { epochSpan, mondayOf, type Ymd } from "../spans";
import { DAY_WORDS, WEEKDAY, isTitled, weekdayNumber } from "../words";

/** A weekday with its qualifier, or a deictic day word: the source of both the day rules and the times. */
export const DAY_WORD = `(?:(?<q>this\\s+past|this\\s+coming|this|last|next|past|coming)\\s+)?(?<wd>${WEEKDAY})(?!s\\b)|(?<deictic>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|yesterday|tomorrow)`;

const DEICTIC: Record<string, number> = {
  yesterday: -1,
  tomorrow: 1,
  "the day before yesterday": -2,
  "the day after tomorrow": 2,
};

/**
 * The epoch day a DAY_WORD match names, or undefined when the words are not a day ("the march"
 * lower-case weekday); the phrase's place lets a bare weekday follow its clause's direction.
 */
export function dayOfWord(
  m: RegExpExecArray,
  ctx: Ctx,
  index: number,
  length: number,
): ((ref: Ymd) => number) | undefined {
  const deictic = g(m, "deictic");
  if (deictic !== undefined) {
    const offset = DEICTIC[deictic.toLowerCase().replace(/\s+/g, " ")] ?? 0;
    return (ref) => refDay(ref) + offset;
  }
  const word = g(m, "wd") ?? "";
  if (!isTitled(word)) return undefined;
  return (ref) =>
    pointed(
      ctx,
      index,
      length,
      (direction) => weekdayShift(ref, weekdayNumber(word), g(m, "q"), direction),
      Object.is,
      (day) => day,
    );
}

/** Whether the day word points forward by its own words ("next Monday", "tomorrow"). */
export function saysAhead(m: RegExpExecArray): boolean {
  const deictic = (g(m, "deictic") ?? "").toLowerCase();
  return offsetOf(g(m, "q")) > 0 || deictic.includes("tomorrow");
}

/**
 * "today's world", "in today's dollars", "the leaders of tomorrow": the present or the future in
 * general, no day.
 */
const GENERIC_AFTER =
  /^['’]s\s+(?:[a-z-]+\s+)?(?:world|society|generations?|youth|young|kids|children|teenagers|families|consumers|computers|technology|technologies|dollars|terms|standards)\b/i;
const GENERIC_BEFORE = /\b(?:people|leaders|world|city|cities|children|generations?|jobs|cars|homes|schools)\s+of\s+$/i;

function generic(m: RegExpExecArray, ctx: Ctx, index: number, length: number): boolean {
  const deictic = (g(m, "deictic") ?? "").toLowerCase();
  if (deictic !== "today" && deictic !== "tomorrow") return false;
  return (
    GENERIC_AFTER.test(ctx.sentence.slice(index + length, index + length + 40)) ||
    (deictic === "tomorrow" && GENERIC_BEFORE.test(ctx.sentence.slice(Math.max(0, index - 30), index)))
  );
}

/** "Russia Today", "USA Today" are titles; "Russia yesterday proposed …", "Russia today said …" are days. */
const TITLE_BEFORE = /\b(?:Russia|USA)\s$/;

function dayFound(m: RegExpExecArray, ctx: Ctx, index: number, length: number): Found | null {
  if (generic(m, ctx, index, length)) return null;
  if (m[0] === "Today" && TITLE_BEFORE.test(ctx.sentence.slice(Math.max(0, index - 7), index))) return null;
  const day = dayOfWord(m, ctx, index, length);
  return day === undefined ? null : oneDay(ctx, index, length, day, saysAhead(m));
}

/** The one day `day` gives from the reference day. */
function oneDay(ctx: Ctx, index: number, length: number, day: (ref: Ymd) => number, ahead: boolean): Found | null {
  return relative(
    ctx,
    index,
    length,
    "day",
    (ref) => {
      const d = day(ref);
      return epochSpan(d, d);
    },
    ahead,
  );
}

const WEEK_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

/** "Monday last week", "Friday of next week": that weekday in the week before, this or after. */
function dayOfWeekFound(m: RegExpExecArray, ctx: Ctx, index: number, length: number): Found | null {
  const word = g(m, "wd") ?? "";
  if (!isTitled(word)) return null;
  const weeks = WEEK_OFFSET[(g(m, "wq") ?? "").toLowerCase()] ?? 0;
  const day = (ref: Ymd) => mondayOf(refDay(ref) + 7 * weeks) + weekdayNumber(word);
  return oneDay(ctx, index, length, day, weeks > 0);
}

export const WEEKDAYS: Family = {
  // Every phrase of the family has a day word.
  words: DAY_WORDS,
  rules: [
    // "on Tuesday", "last Friday", "today", "yesterday"
    rule(`\\b(?<d>${DAY_WORD})\\b`, dayFound),
    // "Monday last week", "on Friday of next week"
    rule(`\\b(?<d>(?<wd>${WEEKDAY})\\s+(?:of\\s+)?(?<wq>last|this|next)\\s+week)\\b`, dayOfWeekFound),
    // "early Tuesday", "late yesterday": the day, marked START or END
    rule(`\\b(?<d>(?<p>early|late)\\s+(?:on\\s+)?(?:${DAY_WORD}))\\b`, (m, ctx, index, length) =>
      reading(dayFound(m, ctx, index, length), {
        type: "DATE",
        mod: (g(m, "p") ?? "").toLowerCase() === "early" ? "START" : "END",
      }),
    ),
  ],
};
