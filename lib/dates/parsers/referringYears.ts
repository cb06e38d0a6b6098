/**
 * Years a document names by what it said before: "that year", "the following year", "the
 * previous year", and, in a report, "the year", "the full year", "the fiscal year" (the one the
 * report is about) or "the year ended June 30" (a length of a year). They are read only within a
 * document and date no event on their own.
 */
import { namedBefore, timexOnly, type Ctx, type Found } from "../found";
import { g, rule, type Family } from "../rule";
import { durationValue } from "../timexValue";

/** The year of the last date the document named before `index`, else the reference year. */
function yearBefore(ctx: Ctx, index: number): number | null {
  const last = namedBefore(ctx, index)?.findLast((f) => f.dates && f.start !== null);
  return last?.start ? Number(last.start.slice(0, 4)) : (ctx.ref?.y ?? null);
}

function yearReading(ctx: Ctx, index: number, length: number, offset: number): Found | null {
  const y = yearBefore(ctx, index);
  if (y === null) return null;
  return { ...timexOnly(index, length, { type: "DATE", value: String(y + offset) }), refersBack: true };
}

const OFFSETS: Record<string, number> = { that: 0, same: 0, following: 1, next: 1, previous: -1, prior: -1 };

export const REFERRING_YEARS: Family = {
  // Every phrase of the family has the word "year".
  words: ["year"],
  rules: [
    // "that year", "the same year", "the following year", "the previous year"
    rule(
      `\\b(?<d>(?:that|the\\s+(?<rel>same|following|next|previous|prior))\\s+year)\\b(?!-|'s)`,
      (m, ctx, index, length) => {
        if (ctx.document === null) return null;
        return yearReading(ctx, index, length, OFFSETS[(g(m, "rel") ?? "that").toLowerCase()] ?? 0);
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
