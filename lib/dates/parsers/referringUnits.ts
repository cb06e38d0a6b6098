/**
 * Times a document names by what it said before: "that year", "that month", "the following
 * month", "the previous day", "the same week", and, in a report, "the year", "the full year", "the fiscal
 * year" (the one the report is about) or "the year ended June 30" (a length of a year). They are
 * read only within a document and date no event on their own.
 */
import { namedBefore, timexOnly, type Ctx, type Found, type Precision } from "../found";
import { g, rule, type Family } from "../rule";
import { unitShift } from "../shifts";
import { isoOfEpochDay, parseIsoDay, type Ymd } from "../spans";
import { calendarValue, durationValue } from "../timexValue";
import type { Unit } from "../words";

/** The day of the last date the document named before `index`, else the reference day. */
function dayBefore(ctx: Ctx, index: number): Ymd | null {
  const last = namedBefore(ctx, index)?.findLast((f) => f.dates && f.start !== null);
  return parseIsoDay(last?.start) ?? ctx.ref;
}

const GRAIN: Record<string, Precision> = { day: "day", week: "week", month: "month", year: "year" };

/** The unit holding the day `offset` units from the last named date, valued at the unit's grain. */
function unitReading(ctx: Ctx, index: number, length: number, unit: string, offset: number): Found | null {
  const from = dayBefore(ctx, index);
  if (from === null) return null;
  const day = isoOfEpochDay(unitShift(from, unit as Unit, offset));
  const value = calendarValue(GRAIN[unit]!, day, day);
  return { ...timexOnly(index, length, { type: "DATE", value }), refersBack: true };
}

const OFFSETS: Record<string, number> = { that: 0, same: 0, following: 1, next: 1, previous: -1, prior: -1 };

export const REFERRING_UNITS: Family = {
  // Every phrase of the family has a calendar unit.
  words: ["day", "week", "month", "year"],
  rules: [
    // "that year", "the same day", "the following month", "the previous week"; "that day" is
    // too often any day ("trades made that day") to be read
    rule(
      `\\b(?<d>that\\s+(?<that>month|year)|the\\s+(?<rel>same|following|next|previous|prior)\\s+(?<u>day|week|month|year))\\b(?!-|'s)`,
      (m, ctx, index, length) => {
        if (ctx.document === null) return null;
        const offset = OFFSETS[(g(m, "rel") ?? "that").toLowerCase()] ?? 0;
        return unitReading(ctx, index, length, (g(m, "u") ?? g(m, "that") ?? "").toLowerCase(), offset);
      },
    ),
    // "the year", "the full year", "the fiscal year", "the year ended June 30"
    rule(
      `\\b(?<d>the\\s+(?:(?:full|fiscal|current\\s+fiscal|latest\\s+fiscal|entire|whole)\\s+)?year)\\b(?!-|'s)(?<ended>\\s+(?:ended|ending|that\\s+ended|to))?`,
      (m, ctx, index, length) => {
        if (ctx.document === null || ctx.ref === null) return null;
        // A year counted to a closing day is a length; the year of a report is the reference year.
        if (g(m, "ended") !== undefined)
          return timexOnly(index, length, { type: "DURATION", value: durationValue(1, "year") });
        return { ...timexOnly(index, length, { type: "DATE", value: String(ctx.ref.y) }), refersBack: true };
      },
    ),
  ],
};
