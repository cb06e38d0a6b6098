import type { Ctx, Found } from "../found";

/** "this year", "last year", "next year" right after a day or month with no year of its own. */
const YEAR_REFERENCE = /^(?:this|last|next)\s+year$/i;

/**
 * "Dec. 31 this year", "on March 3 last year": a day or month written without a year takes the
 * year named right after it, whichever way its clause points.
 */
export function lendYearAfter(ctx: Ctx, found: Found[]): Found[] {
  return found.map((a, i) => {
    const b = found[i + 1];
    if (!a.yearless || !b || b.precision !== "year" || b.start === null) return a;
    if (!/^\s*,?\s*$/.test(ctx.sentence.slice(a.index + a.length, b.index))) return a;
    if (!YEAR_REFERENCE.test(ctx.sentence.slice(b.index, b.index + b.length))) return a;
    const span = a.yearless.make(Number(b.start.slice(0, 4)));
    return span ? { ...a, start: span.start, end: span.end } : a;
  });
}
