/**
 * Calendar arithmetic for date spans. Days are counted as UTC epoch days so that spans never
 * shift with the machine's time zone or daylight saving.
 */

export interface Span {
  start: string;
  end: string;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export type Season = "spring" | "summer" | "fall" | "winter";
export type Part = "early" | "mid" | "late";

const MS_PER_DAY = 86_400_000;

export function epochDay(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromEpochDay(n: number): Ymd {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isoOfEpochDay(n: number): string {
  const { y, m, d } = fromEpochDay(n);
  return isoDay(y, m, d);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Reads a strict YYYY-MM-DD day; anything else (including impossible days) is null. */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

/** Days since 1970 of a strict YYYY-MM-DD day; NaN for anything else. */
export function isoDayNumber(s: string | null | undefined): number {
  const d = parseIsoDay(s);
  return d ? epochDay(d.y, d.m, d.d) : Number.NaN;
}

/** Month arithmetic that keeps the year/month pair normalised (month 0 is December of y-1). */
export function shiftMonth(y: number, m: number, by: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + by;
  return { y: Math.floor(total / 12), m: (((total % 12) + 12) % 12) + 1 };
}

export function daySpan(y: number, m: number, d: number): Span {
  const iso = isoDay(y, m, d);
  return { start: iso, end: iso };
}

export function epochSpan(from: number, to: number): Span {
  return { start: isoOfEpochDay(from), end: isoOfEpochDay(to) };
}

export function monthSpan(y: number, m: number): Span {
  return { start: isoDay(y, m, 1), end: isoDay(y, m, daysInMonth(y, m)) };
}

export function monthsSpan(y1: number, m1: number, y2: number, m2: number): Span {
  return { start: isoDay(y1, m1, 1), end: isoDay(y2, m2, daysInMonth(y2, m2)) };
}

export function yearSpan(y: number): Span {
  return { start: isoDay(y, 1, 1), end: isoDay(y, 12, 31) };
}

/** The Monday of the ISO week containing the given epoch day. */
export function mondayOf(day: number): number {
  // 1970-01-01 was a Thursday, so the Monday-based weekday is (day + 3) mod 7.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The ISO week-numbering year and week of an epoch day: the week's Thursday decides the year. */
export function isoWeekOf(day: number): { y: number; w: number } {
  const thursday = mondayOf(day) + 3;
  const { y } = fromEpochDay(thursday);
  return { y, w: Math.floor((thursday - epochDay(y, 1, 1)) / 7) + 1 };
}

/** ISO week (Monday..Sunday) containing the given epoch day. */
export function weekSpan(day: number): Span {
  const monday = mondayOf(day);
  return epochSpan(monday, monday + 6);
}

/** Meteorological seasons; winter belongs to the year of its December, so it runs into y+1. */
export function seasonSpan(season: Season, y: number): Span {
  switch (season) {
    case "spring":
      return monthsSpan(y, 3, y, 5);
    case "summer":
      return monthsSpan(y, 6, y, 8);
    case "fall":
      return monthsSpan(y, 9, y, 11);
    case "winter":
      return monthsSpan(y, 12, y + 1, 2);
  }
}

export function quarterSpan(y: number, q: number): Span {
  return monthsSpan(y, q * 3 - 2, y, q * 3);
}

export function halfSpan(y: number, h: number): Span {
  return h === 1 ? monthsSpan(y, 1, y, 6) : monthsSpan(y, 7, y, 12);
}

/** early = Jan–Apr, mid = May–Aug, late = Sep–Dec. */
export function yearPartSpan(y: number, part: Part): Span {
  const first = { early: 1, mid: 5, late: 9 }[part];
  return monthsSpan(y, first, y, first + 3);
}

/** early = 1–10, mid = 11–20, late = 21–end of month. */
export function monthPartSpan(y: number, m: number, part: Part): Span {
  const [from, to] = { early: [1, 10], mid: [11, 20], late: [21, daysInMonth(y, m)] }[part];
  return { start: isoDay(y, m, from ?? 1), end: isoDay(y, m, to ?? daysInMonth(y, m)) };
}

/**
 * Which way a phrase without a year or week points from the reference day. "recent" is what was
 * still to come when it was said, a day or so before the report ("said it would observe a
 * ceasefire from Wednesday"): ahead, unless the instance just past ended no earlier than the day
 * before the reference day.
 */
export type Direction = "back" | "ahead" | "nearest" | "recent";

/**
 * Picks the year for a yearly recurring span (a month, a season, "February 5") given only a
 * reference day: looking back, the latest instance that has started by the reference day;
 * looking ahead, the earliest instance that has not yet ended; "nearest", the instance closest
 * to the reference day (one that contains it first, then the earlier on a tie).
 * `make` returns null for years where the instance does not exist (February 29).
 */
/** How far this year's instance of a bare month or day may lie and still be the one meant. */
const SAME_YEAR_DAYS = 245;

export function nearestYearly(
  ref: Ymd,
  direction: Direction,
  make: (y: number) => Span | null,
  sameYear = true,
): Span | null {
  const refIso = isoDay(ref.y, ref.m, ref.d);
  if (direction === "nearest") {
    const today = epochDay(ref.y, ref.m, ref.d);
    const distance = (span: Span) => {
      const [a, b] = [parseIsoDay(span.start)!, parseIsoDay(span.end)!].map((d) => epochDay(d.y, d.m, d.d)) as [
        number,
        number,
      ];
      return today < a ? a - today : today > b ? today - b : 0;
    };
    // A month or day named bare is this year's unless that lies most of a year away ("a deal in
    // February" in September is last February; "talks in January" in December are next month's);
    // a deadline (`sameYear` false) is the nearest ("repay the loan by February" in October).
    const own = sameYear ? make(ref.y) : null;
    if (own !== null && distance(own) <= SAME_YEAR_DAYS) return own;
    // A yearly span's nearest instance lies within a year of the reference; only a span that
    // some years lack (February 29) needs the wider search.
    for (const reach of [1, 5]) {
      let best: Span | null = null;
      for (let y = ref.y - reach; y <= ref.y + reach; y++) {
        const span = make(y);
        if (span !== null && (best === null || distance(span) < distance(best))) best = span;
      }
      if (best !== null) return best;
    }
    return null;
  }
  const lookingAhead = direction === "ahead";
  // Five years always include a leap year, so February 29 resolves too.
  for (let i = 0; i <= 5; i++) {
    const y = lookingAhead ? ref.y - 1 + i : ref.y + 1 - i;
    const span = make(y);
    if (span === null) continue;
    if (lookingAhead ? span.end >= refIso : span.start <= refIso) return span;
  }
  return null;
}
