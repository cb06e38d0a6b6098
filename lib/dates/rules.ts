/**
 * Hand-written rules for the phrases chrono-node either misses or resolves the wrong way for
 * news: months, seasons, quarters and years as spans, and relative phrases that lean to the past.
 * Every rule marks the date phrase itself with a `d` group (prepositions such as "in" stay
 * outside it) so that `text` and `index` point at the words as written.
 */
import { aheadAt, explicit, relative, yearless, type Ctx, type Found, type Precision } from "./found";
import {
  daySpan,
  daysInMonth,
  epochDay,
  epochSpan,
  fromEpochDay,
  halfSpan,
  isValidDay,
  isoDay,
  mondayOf,
  monthPartSpan,
  monthSpan,
  monthsSpan,
  quarterSpan,
  seasonSpan,
  shiftMonth,
  weekSpan,
  yearPartSpan,
  yearSpan,
  type Direction,
  type Part,
  type Season,
  type Span,
  type Ymd,
} from "./spans";

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

const FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![A-Za-z])`;
/** Alone, an undotted abbreviation is too often a name ("Jan") to count. */
const BARE_MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)(?![A-Za-z])`;
/** Months that double as names, verbs or nouns ("Putin may", "a march", "April", "June") need a cue. */
const AMBIGUOUS_MONTHS = new Set([3, 4, 5, 6, 8]);
const YEAR = "(?<![\\d.,$£€/])(?:19|20)\\d{2}(?![\\d%]|[-–./]\\d|\\s*per\\s?cent)";
/** A season can straddle two years ("winter 2022/23"); the first one names it. */
const SEASON_YEAR = "(?<y>(?<![\\d.,$£€/])(?:19|20)\\d{2}(?![\\d%]))(?:\\s*[/–-]\\s*(?:19|20)?\\d{2}(?!\\d))?";
const COUNT =
  "\\d{1,3}|a\\s+few|a\\s+couple(?:\\s+of)?|couple\\s+of|few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty";
const UNIT = "hour|day|week|month|year|decade";
const SEASON = "spring|summer|fall|autumn|winter";

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  few: 3,
  several: 3,
  couple: 2,
};

const ORDINALS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3 };

type Unit = "hour" | "day" | "week" | "month" | "year" | "decade";

export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(key));
  return key.length === 3 && i >= 0 ? i + 1 : null;
}

/** Month names only count when capitalised: "may" and "march" are words first. */
export function isTitled(word: string): boolean {
  return /^[A-Z][a-z]/.test(word);
}

function countOf(words: string): number {
  if (/^\d+$/.test(words)) return Number(words);
  // The number is the last counting word: "a couple of" is 2, "a few" is 3.
  const word = words
    .toLowerCase()
    .split(/\s+/)
    .findLast((w) => w in NUMBER_WORDS);
  return NUMBER_WORDS[word ?? ""] ?? 3;
}

function seasonOf(word: string): Season {
  const w = word.toLowerCase();
  return w === "autumn" ? "fall" : (w as Season);
}

function partOf(word: string): Part {
  const w = word.toLowerCase();
  if (w === "early" || w === "beginning" || w === "start") return "early";
  if (w === "mid" || w === "middle") return "mid";
  return "late";
}

function refDay(ref: Ymd): number {
  return epochDay(ref.y, ref.m, ref.d);
}

function refIso(ref: Ymd): string {
  return isoDay(ref.y, ref.m, ref.d);
}

/** The same calendar day `months` earlier or later, clamped to the end of shorter months. */
function shiftDay(ref: Ymd, months: number): number {
  const { y, m } = shiftMonth(ref.y, ref.m, months);
  return epochDay(y, m, Math.min(ref.d, daysInMonth(y, m)));
}

/** The publication day moved by `n` units (negative = back), as an epoch day. */
function unitShift(ref: Ymd, unit: Unit, n: number): number {
  switch (unit) {
    case "hour":
      // "two hours ago" is still the publication day.
      return refDay(ref) + Math.trunc(n / 24);
    case "day":
      return refDay(ref) + n;
    case "week":
      return refDay(ref) + 7 * n;
    case "month":
      return shiftDay(ref, n);
    case "year":
      return shiftDay(ref, 12 * n);
    case "decade":
      return shiftDay(ref, 120 * n);
  }
}

/** The calendar week/month/year/quarter containing the publication day, moved by `offset`. */
function calendarUnit(ref: Ymd, unit: string, offset: number): Span {
  switch (unit) {
    case "week":
      return weekSpan(refDay(ref) + 7 * offset);
    case "weekend": {
      const monday = mondayOf(refDay(ref) + 7 * offset);
      return epochSpan(monday + 5, monday + 6);
    }
    case "month": {
      const { y, m } = shiftMonth(ref.y, ref.m, offset);
      return monthSpan(y, m);
    }
    case "quarter": {
      const { y, m } = shiftMonth(ref.y, ref.m, 3 * offset);
      return quarterSpan(y, Math.ceil(m / 3));
    }
    default:
      return yearSpan(ref.y + offset);
  }
}

function offsetOf(word: string | undefined): number {
  const w = (word ?? "").toLowerCase().replace(/\s+/g, " ");
  if (w === "last" || w === "previous" || w === "past" || w === "this past") return -1;
  if (w === "next" || w === "coming" || w === "this coming") return 1;
  return 0;
}

type Build = (m: RegExpExecArray, ctx: Ctx, index: number, length: number) => Found | null;

interface Rule {
  re: RegExp;
  build: Build;
}

const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];

const rule = (source: string, build: Build): Rule => ({ re: new RegExp(source, "gid"), build });

/** The season instance that "this fall" means: the one in the publication year (winter: nearest). */
function thisSeason(ref: Ymd, season: Season): number {
  if (season !== "winter") return ref.y;
  return ref.m <= 6 ? ref.y - 1 : ref.y;
}

function weekdayShift(ref: Ymd, target: number, qualifier: string | undefined, direction: Direction): number {
  const today = refDay(ref);
  const current = (((today + 3) % 7) + 7) % 7;
  const back = (current - target + 7) % 7;
  const ahead = (target - current + 7) % 7;
  const offset = offsetOf(qualifier);
  if (offset < 0) return today - (back || 7);
  if (offset > 0) return today + (ahead || 7);
  if (direction === "nearest") return ahead < back ? today + ahead : today - back;
  return direction === "ahead" ? today + ahead : today - back;
}

export const RULES: readonly Rule[] = [
  // "between March and May 2024", "from March to May", "March–May 2024"
  rule(
    `\\b(?<d>(?:(?<pre>between|from)\\s+)?(?<m1>${MONTH})\\s*(?<conn>and|to|until|till|through|-|–|—)\\s*(?<m2>${MONTH})(?:\\s*,?\\s+(?:of\\s+)?(?<y>${YEAR}))?)`,
    (m, ctx, index, length) => {
      const w1 = g(m, "m1") ?? "";
      const w2 = g(m, "m2") ?? "";
      const m1 = monthNumber(w1);
      const m2 = monthNumber(w2);
      if (m1 === null || m2 === null || !isTitled(w1) || !isTitled(w2)) return null;
      if (g(m, "conn")?.toLowerCase() === "and" && g(m, "pre") === undefined) return null;
      const make = (y: number): Span => (m1 <= m2 ? monthsSpan(y, m1, y, m2) : monthsSpan(y - 1, m1, y, m2));
      const y = g(m, "y");
      if (y !== undefined) return explicit(index, length, "range", make(Number(y)));
      if (g(m, "pre") === undefined && (AMBIGUOUS_MONTHS.has(m1) || AMBIGUOUS_MONTHS.has(m2))) return null;
      return yearless(ctx, index, length, "range", m1, make);
    },
  ),
  // "2022-2023", "2022–23", "between 2022 and 2024"
  rule(
    `\\b(?<d>(?:(?<pre>between|from)\\s+)?(?<![\\d.,$£€/-])(?<y1>(?:19|20)\\d{2})\\s*(?<conn>-|–|—|/|to|until|through|and)\\s*(?<y2>(?:19|20)?\\d{2})(?![\\d%]|[-–./]\\d))`,
    (m, _ctx, index, length) => {
      const y1 = Number(g(m, "y1"));
      const raw = g(m, "y2") ?? "";
      const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
      if (g(m, "conn")?.toLowerCase() === "and" && g(m, "pre") === undefined) return null;
      if (y2 <= y1 || y2 - y1 > 30) return null;
      return explicit(index, length, "range", { start: yearSpan(y1).start, end: yearSpan(y2).end });
    },
  ),
  // "the fall of 2022", "autumn 2022", "winter 2022/23"
  rule(`\\b(?<d>(?:the\\s+)?(?<s>${SEASON})\\s+(?:of\\s+)?${SEASON_YEAR})`, (m, _ctx, index, length) =>
    explicit(index, length, "season", seasonSpan(seasonOf(g(m, "s") ?? ""), Number(g(m, "y")))),
  ),
  // "this fall", "last winter", "next spring"
  rule(
    `\\b(?<d>(?<q>this\\s+past|this\\s+coming|this|last|next|past|coming)\\s+(?<s>${SEASON}))\\b`,
    (m, ctx, index, length) => {
      const season = seasonOf(g(m, "s") ?? "");
      const offset = offsetOf(g(m, "q"));
      return relative(
        ctx,
        index,
        length,
        "season",
        (ref) => {
          const y = thisSeason(ref, season);
          const current = seasonSpan(season, y);
          if (offset < 0) return seasonSpan(season, y - 1);
          if (offset > 0) return current.start > refIso(ref) ? current : seasonSpan(season, y + 1);
          return current;
        },
        offset > 0,
      );
    },
  ),
  // "in the spring", "over the summer": the nearest such season
  rule(
    `\\b(?:in|during|by|until|till|through|throughout|over|since|before|after)\\s+(?<d>(?:the\\s+)?(?<s>${SEASON}))\\b(?!\\s+of\\b)`,
    (m, ctx, index, length) => {
      const season = seasonOf(g(m, "s") ?? "");
      const month = seasonSpan(season, 2001).start.slice(5, 7);
      return yearless(ctx, index, length, "season", Number(month), (y) => seasonSpan(season, y));
    },
  ),
  // "Q1 2024", "H2 2025"
  rule(`\\b(?<d>(?<k>Q|H)(?<n>[1-4])\\s*(?:of\\s+)?(?<y>${YEAR}))`, (m, _ctx, index, length) => {
    const n = Number(g(m, "n"));
    const y = Number(g(m, "y"));
    if (g(m, "k")?.toUpperCase() === "H") return n <= 2 ? explicit(index, length, "half", halfSpan(y, n)) : null;
    return explicit(index, length, "quarter", quarterSpan(y, n));
  }),
  // "the first quarter of 2024", "the second half of this year"
  rule(
    `\\b(?<d>(?:the\\s+)?(?<o>first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)\\s+(?<k>quarter|half)\\s+(?:of\\s+)?(?:(?<y>${YEAR})|(?<rel>this|last|next|the)\\s+year))`,
    (m, ctx, index, length) => {
      const o = (g(m, "o") ?? "").toLowerCase();
      const half = (g(m, "k") ?? "").toLowerCase() === "half";
      const final = o === "final" || o === "last" || o === "latter" || o === "fourth" || o === "4th";
      const n = final ? (half ? 2 : 4) : (ORDINALS[o] ?? 1);
      if (half && n > 2) return null;
      const precision: Precision = half ? "half" : "quarter";
      const make = (y: number): Span => (half ? halfSpan(y, n) : quarterSpan(y, n));
      const y = g(m, "y");
      if (y !== undefined) return explicit(index, length, precision, make(Number(y)));
      return relative(ctx, index, length, precision, (ref) => make(ref.y + offsetOf(g(m, "rel"))));
    },
  ),
  // "early 2024", "mid-May", "late May 2024", "late summer", "the end of last year", "early this year"
  rule(
    `\\b(?<d>(?:(?<p>early|late|mid)(?:-|\\s+)(?:in\\s+)?|the\\s+(?<p2>beginning|start|middle|end)\\s+of\\s+)(?:(?<mon>${MONTH})(?:\\s*,?\\s+(?:of\\s+)?(?<my>${YEAR}))?|(?<season>${SEASON})(?:\\s+(?:of\\s+)?(?<sy>${YEAR}))?|(?<y>${YEAR})|(?<rel>this|last|next)\\s+(?<ru>year|month)|the\\s+(?<tu>year|month)))`,
    (m, ctx, index, length) => {
      const part = partOf(g(m, "p") ?? g(m, "p2") ?? "");
      const seasonWord = g(m, "season");
      if (seasonWord !== undefined) {
        const season = seasonOf(seasonWord);
        // Each season is three months: early, mid and late take one each.
        const make = (y: number): Span => {
          const first = seasonSpan(season, y).start;
          const { y: yy, m: mm } = shiftMonth(y, Number(first.slice(5, 7)), ["early", "mid", "late"].indexOf(part));
          return monthSpan(yy, mm);
        };
        const sy = g(m, "sy");
        if (sy !== undefined) return explicit(index, length, "range", make(Number(sy)));
        return yearless(ctx, index, length, "range", Number(make(2001).start.slice(5, 7)), make);
      }
      const monthWord = g(m, "mon");
      if (monthWord !== undefined) {
        const month = monthNumber(monthWord);
        if (month === null || !isTitled(monthWord)) return null;
        const my = g(m, "my");
        if (my !== undefined) return explicit(index, length, "range", monthPartSpan(Number(my), month, part));
        return yearless(ctx, index, length, "range", month, (y) => monthPartSpan(y, month, part));
      }
      const y = g(m, "y");
      if (y !== undefined) return explicit(index, length, "range", yearPartSpan(Number(y), part));
      const unit = (g(m, "ru") ?? g(m, "tu") ?? "").toLowerCase();
      const offset = offsetOf(g(m, "rel"));
      return relative(ctx, index, length, "range", (ref) => {
        if (unit === "year") return yearPartSpan(ref.y + offset, part);
        const { y: yy, m: mm } = shiftMonth(ref.y, ref.m, offset);
        return monthPartSpan(yy, mm, part);
      });
    },
  ),
  // "earlier this year", "later this month", "earlier today"
  rule(
    `\\b(?<d>(?<dir>earlier|later)\\s+(?:(?:this|in\\s+the)\\s+(?<u>week|month|year)|(?<today>today)))\\b`,
    (m, ctx, index, length) => {
      const later = (g(m, "dir") ?? "").toLowerCase() === "later";
      const unit = g(m, "today") !== undefined ? "day" : (g(m, "u") ?? "").toLowerCase();
      return relative(
        ctx,
        index,
        length,
        unit === "day" ? "day" : "range",
        (ref) => {
          const today = refIso(ref);
          if (unit === "day") return { start: today, end: today };
          const span = calendarUnit(ref, unit, 0);
          return later ? { start: today, end: span.end } : { start: span.start, end: today };
        },
        later,
      );
    },
  ),
  // "May 2024", "September 2022", "Sept. 2022", "May of 2024"
  rule(`\\b(?<d>(?<mon>${MONTH})\\s*,?\\s+(?:of\\s+)?(?<y>${YEAR}))`, (m, _ctx, index, length) => {
    const word = g(m, "mon") ?? "";
    const month = monthNumber(word);
    if (month === null || !isTitled(word)) return null;
    return explicit(index, length, "month", monthSpan(Number(g(m, "y")), month));
  }),
  // "in March", "since September", "in October alone"; unambiguous month names also stand alone
  rule(
    `(?:\\b(?<ctx>in|since|by|until|till|of|for|from|between|through|throughout|during|before|after|as\\s+of|as\\s+early\\s+as|at\\s+least|starting|beginning|ending)\\s+)?\\b(?<d>${BARE_MONTH})`,
    (m, ctx, index, length) => {
      const word = g(m, "d") ?? "";
      const month = monthNumber(word);
      if (month === null || !isTitled(word)) return null;
      if (g(m, "ctx") === undefined && (AMBIGUOUS_MONTHS.has(month) || word.endsWith("."))) return null;
      return yearless(ctx, index, length, "month", month, (y) => monthSpan(y, month));
    },
  ),
  // "last March", "this September", "next May"
  rule(
    `\\b(?<d>(?<q>this\\s+past|this\\s+coming|this|last|next|past|coming)\\s+(?<mon>${BARE_MONTH}))`,
    (m, ctx, index, length) => {
      const word = g(m, "mon") ?? "";
      const month = monthNumber(word);
      if (month === null || !isTitled(word)) return null;
      const offset = offsetOf(g(m, "q"));
      return relative(
        ctx,
        index,
        length,
        "month",
        (ref) => {
          if (offset < 0) return monthSpan(month < ref.m ? ref.y : ref.y - 1, month);
          if (offset > 0) return monthSpan(month > ref.m ? ref.y : ref.y + 1, month);
          return monthSpan(ref.y, month);
        },
        offset > 0,
      );
    },
  ),
  // "in 2022", "since 2014", "by 2030"
  rule(
    `\\b(?:in|since|by|until|till|during|from|through|throughout|before|after|of|as\\s+of|as\\s+early\\s+as|starting|between)\\s+(?<d>${YEAR})`,
    (m, _ctx, index, length) => explicit(index, length, "year", yearSpan(Number(g(m, "d")))),
  ),
  // "the 1990s"
  rule(`\\b(?<d>(?:the\\s+)?(?<dec>(?:19|20)\\d0)s)\\b`, (m, _ctx, index, length) => {
    const dec = Number(g(m, "dec"));
    return explicit(index, length, "range", { start: yearSpan(dec).start, end: yearSpan(dec + 9).end });
  }),
  // "15.05.2024": outlets writing dots write day first
  rule(
    `(?<![\\d.])(?<d>(?<dd>\\d{1,2})\\.(?<mm>\\d{1,2})\\.(?<y>(?:19|20)\\d{2}))(?![\\d.]\\d)`,
    (m, _c, index, length) => {
      const [y, mo, d] = [Number(g(m, "y")), Number(g(m, "mm")), Number(g(m, "dd"))];
      return isValidDay(y, mo, d) ? explicit(index, length, "day", daySpan(y, mo, d)) : null;
    },
  ),
  // "on Tuesday", "last Friday", "next Monday"
  rule(
    `\\b(?<d>(?:(?<q>this\\s+past|this\\s+coming|this|last|next|past|coming)\\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?!s\\b)\\b`,
    (m, ctx, index, length) => {
      const word = g(m, "wd") ?? "";
      if (!isTitled(word)) return null;
      const target = WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number]);
      const q = g(m, "q");
      return relative(
        ctx,
        index,
        length,
        "day",
        (ref) => {
          const day = weekdayShift(ref, target, q, aheadAt(ctx, index, length));
          return epochSpan(day, day);
        },
        offsetOf(q) > 0,
      );
    },
  ),
  // "today", "yesterday", "tomorrow", "tonight", "this morning"
  rule(
    `(?<!\\b(?:Russia|USA)\\s)\\b(?<d>(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)))\\b`,
    (m, ctx, index, length) => {
      const w = (g(m, "w") ?? "").toLowerCase().replace(/\s+/g, " ");
      const offset =
        { yesterday: -1, tomorrow: 1, "the day before yesterday": -2, "the day after tomorrow": 2 }[w] ?? 0;
      return relative(
        ctx,
        index,
        length,
        "day",
        (ref) => epochSpan(refDay(ref) + offset, refDay(ref) + offset),
        offset > 0,
      );
    },
  ),
  // "last week", "this month", "next year", "last quarter", "this weekend"
  rule(
    `\\b(?<d>(?<q>last|this|next|previous|coming|current)\\s+(?<u>week|weekend|month|year|quarter))\\b(?!\\s+of\\b)`,
    (m, ctx, index, length) => {
      const unit = (g(m, "u") ?? "").toLowerCase();
      const offset = offsetOf(g(m, "q"));
      const precision: Precision =
        unit === "weekend" ? "range" : unit === "week" || unit === "month" || unit === "quarter" ? unit : "year";
      return relative(ctx, index, length, precision, (ref) => calendarUnit(ref, unit, offset), offset > 0);
    },
  ),
  // "a year ago", "about two weeks ago", "days ago"
  rule(
    `\\b(?<d>(?:(?:about|around|roughly|nearly|almost|some|more\\s+than|over|less\\s+than|just\\s+over|just\\s+under|only)\\s+)?(?:(?<n>${COUNT})\\s+)?(?<u>${UNIT})(?<pl>s)?\\s+ago)\\b`,
    (m, ctx, index, length) => {
      const unit = (g(m, "u") ?? "").toLowerCase() as Unit;
      const nWord = g(m, "n");
      if (nWord === undefined && g(m, "pl") === undefined) return null;
      if (nWord === undefined) {
        // A bare "days ago" / "months ago" is vague: from a few units back up to one unit back.
        return relative(ctx, index, length, "range", (ref) =>
          epochSpan(unitShift(ref, unit, -3), unitShift(ref, unit, -1)),
        );
      }
      const n = countOf(nWord);
      const precision: Precision =
        unit === "hour" || unit === "day" ? "day" : unit === "decade" ? "year" : unit === "week" ? "week" : "month";
      return relative(ctx, index, length, precision, (ref) => {
        const day = unitShift(ref, unit, -n);
        if (precision === "day") return epochSpan(day, day);
        if (precision === "week") return weekSpan(day);
        const { y, m: mm } = fromEpochDay(day);
        return precision === "year" ? yearSpan(y) : monthSpan(y, mm);
      });
    },
  ),
  // "over the past 16 months", "in the last two weeks", "for the past year"
  rule(
    `\\b(?<d>(?:(?:over|in|during|for|within|throughout|across)\\s+)?(?:the|this)\\s+(?:past|last|previous)\\s+(?:(?<n>${COUNT})\\s+)?(?<u>${UNIT})(?<pl>s)?)\\b(?!\\s+of\\b)`,
    (m, ctx, index, length) => {
      const unit = (g(m, "u") ?? "").toLowerCase() as Unit;
      const nWord = g(m, "n");
      const n = nWord === undefined ? (g(m, "pl") === undefined ? 1 : 3) : countOf(nWord);
      return relative(ctx, index, length, "range", (ref) => epochSpan(unitShift(ref, unit, -n), refDay(ref)));
    },
  ),
  // "in recent weeks"
  rule(`\\b(?<d>(?:in|over|during)\\s+recent\\s+(?<u>day|week|month|year)s)\\b`, (m, ctx, index, length) => {
    const unit = (g(m, "u") ?? "").toLowerCase();
    const back = { day: 7, week: 28, month: 91, year: 3 * 365 }[unit] ?? 28;
    return relative(ctx, index, length, "range", (ref) => epochSpan(refDay(ref) - back, refDay(ref)));
  }),
  // "in the coming weeks", "over the next two months"
  rule(
    `\\b(?<d>(?:(?:in|over|within|during|for)\\s+)?the\\s+(?:coming|next)\\s+(?:(?<n>${COUNT})\\s+)?(?<u>day|week|month|year)(?<pl>s)?)\\b`,
    (m, ctx, index, length) => {
      const unit = (g(m, "u") ?? "").toLowerCase() as Unit;
      const nWord = g(m, "n");
      const n = nWord === undefined ? (g(m, "pl") === undefined ? 1 : 3) : countOf(nWord);
      return relative(ctx, index, length, "range", (ref) => epochSpan(refDay(ref) + 1, unitShift(ref, unit, n)), true);
    },
  ),
];

export function applyRules(ctx: Ctx): Found[] {
  const out: Found[] = [];
  for (const { re, build } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.sentence); m !== null; m = re.exec(ctx.sentence)) {
      const [from, to] = m.indices?.groups?.d ?? [m.index, m.index + m[0].length];
      const found = build(m, ctx, from, to - from);
      if (found !== null) out.push(found);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
