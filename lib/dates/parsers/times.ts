/**
 * Times of day: parts of a day ("Wednesday night", "this morning", "tonight", "last night",
 * "noon Saturday", "mid-afternoon yesterday") and clock times ("10 p.m. Wednesday", "around
 * 7:15 p.m."). TimeML values them as the day with its part ("1998-02-11TNI") or clock time
 * ("1998-02-11T22:00"). A time that names its day dates an event by that day; a clock time alone
 * does not.
 */
import { relative, type Ctx, type Found } from "../found";
import { g, rule, type Family } from "../rule";
import { refDay } from "../shifts";
import { epochSpan, isoOfEpochDay, type Ymd } from "../spans";
import { DAY_PART, DAY_PART_WORDS, dayPartCode } from "../words";
import { DAY_WORD, dayOfWord, saysAhead } from "./weekdays";

/** The phrase as a TIME on the day `day` gives, with `code` after the "T" ("NI", "22:00"). */
function timeOn(
  ctx: Ctx,
  index: number,
  length: number,
  day: (ref: Ymd) => number,
  code: string,
  dated: boolean,
  mod?: string,
  ahead = false,
): Found | null {
  const found = relative(ctx, index, length, "day", (ref) => epochSpan(day(ref), day(ref)), ahead);
  if (found === null) return null;
  const value = ctx.ref === null ? `XXXX-XX-XXT${code}` : `${isoOfEpochDay(day(ctx.ref))}T${code}`;
  return { ...found, dates: dated, timex: { type: "TIME", value, mod } };
}

/** "10 p.m.", "7:15 pm": 24-hour "HH:MM", or null for an impossible clock. */
function clock(m: RegExpExecArray): string | null {
  let h = Number(g(m, "h"));
  const min = Number(g(m, "min") ?? "0");
  const pm = (g(m, "ap") ?? "").toLowerCase().startsWith("p");
  if (h < 1 || h > 12 || min > 59) return null;
  if (pm && h < 12) h += 12;
  if (!pm && h === 12) h = 0;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

const today = (ref: Ymd) => refDay(ref);
/** "mid-afternoon", "early morning", "late evening": TimeML's modifier for the part of the part. */
const PART_MODS: Record<string, string> = { mid: "MID", early: "START", late: "END" };
const APPROX = /^(?:about|around|at\s+about|approximately|roughly)\s/i;

export const TIMES: Family = {
  // Every phrase of the family has a part of the day or a clock time.
  words: DAY_PART_WORDS,
  also: (s) => /\d\s*[ap]\.?m\b/i.test(s),
  rules: [
    // "Wednesday night", "yesterday morning", "Friday evening"
    rule(`\\b(?<d>(?:${DAY_WORD})\\s+(?<part>${DAY_PART}))\\b`, (m, ctx, index, length) => {
      const day = dayOfWord(m, ctx, index, length);
      return day === undefined
        ? null
        : timeOn(ctx, index, length, day, dayPartCode(g(m, "part") ?? ""), true, undefined, saysAhead(m));
    }),
    // "noon Saturday", "midnight Friday", "mid-afternoon yesterday"
    rule(
      `\\b(?<d>(?<mid>mid-?\\s*)?(?<part>${DAY_PART})\\s+(?:on\\s+)?(?:${DAY_WORD}))\\b`,
      (m, ctx, index, length) => {
        const day = dayOfWord(m, ctx, index, length);
        if (day === undefined) return null;
        const mod = g(m, "mid") === undefined ? undefined : "MID";
        return timeOn(ctx, index, length, day, dayPartCode(g(m, "part") ?? ""), true, mod, saysAhead(m));
      },
    ),
    // "this morning", "tonight", "last night", "overnight", "later this afternoon", "by mid afternoon"
    rule(
      `\\b(?<d>(?<later>later\\s+)?this\\s+(?<part>morning|afternoon|evening)|(?<mid>mid|early|late)(?:-|\\s+)(?<part2>morning|afternoon|evening)|(?<tonight>tonight)|(?<last>last)\\s+night|(?<overnight>overnight))\\b`,
      (m, ctx, index, length) => {
        // ("hours of overnight talks": the night that ended as the story's day began)
        const back = g(m, "last") !== undefined || g(m, "overnight") !== undefined ? 1 : 0;
        const part = g(m, "part") ?? g(m, "part2") ?? g(m, "overnight") ?? "night";
        const mod = g(m, "later") === undefined ? PART_MODS[(g(m, "mid") ?? "").toLowerCase()] : "END";
        return timeOn(
          ctx,
          index,
          length,
          (ref) => today(ref) - back,
          dayPartCode(part),
          g(m, "part2") === undefined,
          mod,
        );
      },
    ),
    // "10 p.m. Wednesday", "around 7:15 p.m.", "5 p.m. EST"
    rule(
      `(?<![\\d:.])(?<d>(?:(?:about|around|at\\s+about|approximately|roughly)\\s+)?(?<h>\\d{1,2})(?::(?<min>\\d\\d))?\\s*(?<ap>[ap]\\.m\\.|[ap]m\\b)(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|local\\s+time))?(?:,?\\s+(?:on\\s+)?(?<day>${DAY_WORD}))?)`,
      (m, ctx, index, length) => {
        const code = clock(m);
        if (code === null) return null;
        const day = g(m, "day") === undefined ? today : dayOfWord(m, ctx, index, length);
        if (day === undefined) return null;
        const mod = APPROX.test(m[0]) ? "APPROX" : undefined;
        return timeOn(ctx, index, length, day, code, g(m, "day") !== undefined, mod, saysAhead(m));
      },
    ),
  ],
};
