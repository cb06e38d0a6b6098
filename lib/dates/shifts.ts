/**
 * Moving from the reference day: "two months back", "the week before", "next Friday", the
 * calendar week, month, quarter or year around it.
 */
import {
  daysInMonth,
  epochDay,
  epochSpan,
  isoDay,
  isoOfEpochDay,
  mondayOf,
  monthSpan,
  quarterSpan,
  shiftMonth,
  weekSpan,
  yearSpan,
  type Direction,
  type Season,
  type Span,
  type Ymd,
} from "./spans";
import type { Unit } from "./words";

export function refDay(ref: Ymd): number {
  return epochDay(ref.y, ref.m, ref.d);
}

export function refIso(ref: Ymd): string {
  return isoDay(ref.y, ref.m, ref.d);
}

/**
 * The part of a calendar span from the reference day on ("later this year"), or before it
 * ("earlier this week"; the day itself when it opens the span).
 */
export function spanBeside(ref: Ymd, span: Span, later: boolean): Span {
  const today = refIso(ref);
  if (later) return { start: today, end: span.end };
  return { start: span.start, end: span.start < today ? isoOfEpochDay(refDay(ref) - 1) : today };
}

/** The same calendar day `months` earlier or later, clamped to the end of shorter months. */
function shiftDay(ref: Ymd, months: number): number {
  const { y, m } = shiftMonth(ref.y, ref.m, months);
  return epochDay(y, m, Math.min(ref.d, daysInMonth(y, m)));
}

/** The reference day moved by `n` units (negative = back), as an epoch day. */
export function unitShift(ref: Ymd, unit: Unit, n: number): number {
  switch (unit) {
    case "second":
    case "minute":
      return refDay(ref);
    case "hour":
      // "two hours ago" is still the reference day.
      return refDay(ref) + Math.trunc(n / 24);
    case "day":
      return refDay(ref) + Math.round(n);
    case "week":
      return refDay(ref) + Math.round(7 * n);
    case "month":
      return shiftDay(ref, Math.round(n));
    case "quarter":
      return shiftDay(ref, Math.round(3 * n));
    case "year":
      return shiftDay(ref, Math.round(12 * n));
    case "decade":
      return shiftDay(ref, Math.round(120 * n));
    case "century":
      return shiftDay(ref, Math.round(1200 * n));
  }
}

/** The calendar week/weekend/month/quarter/year containing the reference day, moved by `offset`. */
export function calendarUnit(ref: Ymd, unit: string, offset: number): Span {
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

/** -1 for "last", "previous", "past"; 1 for "next", "coming"; 0 for "this" or nothing. */
export function offsetOf(word: string | undefined): number {
  const w = (word ?? "").toLowerCase().replace(/\s+/g, " ");
  if (w === "last" || w === "previous" || w === "past" || w === "this past") return -1;
  if (w === "next" || w === "coming" || w === "this coming") return 1;
  return 0;
}

/** The season instance that "this fall" means: the one in the reference year (winter: nearest). */
export function thisSeason(ref: Ymd, season: Season): number {
  if (season !== "winter") return ref.y;
  return ref.m <= 6 ? ref.y - 1 : ref.y;
}

/** The epoch day of weekday `target` (0 = Monday) that a qualifier and a direction point to. */
export function weekdayShift(ref: Ymd, target: number, qualifier: string | undefined, direction: Direction): number {
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
