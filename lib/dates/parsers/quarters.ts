/**
 * Quarters and halves, calendar or fiscal: "Q1 2024", "H2 2025", "the first quarter of 2024",
 * "third-quarter", "the fiscal fourth quarter", "this year's third quarter", "the 1988 second
 * quarter", "the second half of this year"; and, within a document, the quarter it reports on:
 * "the quarter", "the latest period", "the year-ago quarter". A fiscal quarter keeps its number:
 * TimeML writes the fiscal fourth quarter as Q4 of the fiscal year.
 */
import { explicit, namedBefore, referring, relative, yearless, type Ctx, type Found, type Precision } from "../found";
import { g, rule, type Family } from "../rule";
import { offsetOf } from "../shifts";
import { halfSpan, nearestYearly, quarterSpan, shiftMonth, type Span, type Ymd } from "../spans";
import { ORDINAL, YEAR, ordinalOf } from "../words";

/** The number of "third", "4th", "final" among `count` parts of a year, or null. */
function partNumber(word: string, count: number): number | null {
  const w = word.toLowerCase();
  if (w === "final" || w === "last" || w === "latter") return count;
  const n = ordinalOf(w);
  return n !== null && n <= count ? n : null;
}

/**
 * The quarter the document last named before `index`, as year and number. A phrase that refers
 * back ("a year earlier") is a comparison, not the quarter the document is about; nor is a
 * quarter that has not ended by the reference day ("a fourth-quarter charge" in a report on the
 * third), unless the document names no other.
 */
export function lastQuarter(ctx: Ctx, index: number): { y: number; q: number } | null {
  const named = namedBefore(ctx, index)?.filter((p) => p.precision === "quarter" && p.start !== null && !p.refersBack);
  const ended = (p: Found) => ctx.refIso !== null && p.end !== null && p.end < ctx.refIso;
  const f = named?.findLast(ended) ?? named?.at(-1);
  if (f?.start == null) return null;
  return { y: Number(f.start.slice(0, 4)), q: Math.ceil(Number(f.start.slice(5, 7)) / 3) };
}

/**
 * The quarter a comparison ("a year ago", "last year", "year-earlier") is made with: the one
 * the document reports on, when the phrase last named before is a quarter; after "the first
 * nine months" or a year, the comparison is not with a quarter.
 */
export function comparedQuarter(ctx: Ctx, index: number): { y: number; q: number } | null {
  const last = namedBefore(ctx, index)?.findLast((p) => !isReference(p));
  return last?.precision === "quarter" && last.dates ? lastQuarter(ctx, index) : null;
}

const isReference = (f: Found) => f.timex?.value?.endsWith("_REF") === true;

/** Companies report a quarter after it ends: a document's quarter is the last it named, else the last ended. */
function reportedQuarter(ctx: Ctx, index: number, ref: Ymd): { y: number; q: number } {
  const named = lastQuarter(ctx, index);
  if (named) return named;
  const { y, m } = shiftMonth(ref.y, ref.m, -3);
  return { y, q: Math.ceil(m / 3) };
}

/** "this year's", "last year's", "the 1988", "year-ago": how a quarter's year is written before it. */
const YEAR_BEFORE = `(?<yq>(?:this|last|next)\\s+year's|(?<yb>${YEAR})(?:'s)?|(?:the\\s+)?(?:comparable\\s+)?year-(?:ago|earlier))`;
/** "of 2024", "of this year", "of fiscal 1990". */
const YEAR_AFTER = `(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<ya>${YEAR})|(?<rel>this|last|next|the)\\s+(?:fiscal\\s+)?year))`;

/** The year a quarter's words give, relative to `ref` and the document's quarters; null: not given. */
function writtenYear(m: RegExpExecArray, ctx: Ctx, index: number, ref: Ymd): number | null {
  const y = g(m, "yb") ?? g(m, "ya");
  if (y !== undefined) return Number(y);
  const rel = g(m, "rel");
  if (rel !== undefined) return ref.y + offsetOf(rel);
  const yq = (g(m, "yq") ?? "").toLowerCase();
  if (yq === "") return null;
  if (yq.includes("-")) return (lastQuarter(ctx, index)?.y ?? ref.y) - 1;
  return ref.y + offsetOf(yq.split(/\s+/)[0]);
}

export const QUARTERS: Family = {
  // Every phrase of the family has a quarter, half or period.
  words: ["quarter", "quarters", "half", "period", "q1", "q2", "q3", "q4", "h1", "h2"],
  rules: [
    // "Q1 2024", "H2 2025"
    rule(`\\b(?<d>(?<k>Q|H)(?<n>[1-4])\\s*(?:of\\s+)?(?<y>${YEAR}))`, (m, _ctx, index, length) => {
      const n = Number(g(m, "n"));
      const y = Number(g(m, "y"));
      if (g(m, "k")?.toUpperCase() === "H") return n <= 2 ? explicit(index, length, "half", halfSpan(y, n)) : null;
      return explicit(index, length, "quarter", quarterSpan(y, n));
    }),
    // "the first quarter of 2024", "third-quarter", "this year's fiscal second quarter", "the latter half"
    rule(
      `\\b(?<d>(?:the\\s+)?(?:${YEAR_BEFORE}\\s+)?(?:fiscal\\s+)?(?<o>${ORDINAL}|final|latter|(?<=\\bthe\\s+)last)[-\\s]+(?<k>quarter|half)${YEAR_AFTER}?)(?![-\\w])`,
      (m, ctx, index, length): Found | null => {
        const half = (g(m, "k") ?? "").toLowerCase() === "half";
        const n = partNumber(g(m, "o") ?? "", half ? 2 : 4);
        if (n === null) return null;
        const precision: Precision = half ? "half" : "quarter";
        const make = (y: number): Span => (half ? halfSpan(y, n) : quarterSpan(y, n));
        const explicitYear = g(m, "yb") ?? g(m, "ya");
        if (explicitYear !== undefined) return explicit(index, length, precision, make(Number(explicitYear)));
        if (ctx.ref === null) return yearless(ctx, index, length, precision, (n - 1) * (half ? 6 : 3) + 1, make);
        const y = writtenYear(m, ctx, index, ctx.ref);
        if (y !== null) {
          const found = relative(ctx, index, length, precision, () => make(y));
          return (g(m, "yq") ?? "").includes("-") ? referring(found) : found;
        }
        // The latest such quarter that has begun: the one reported on, or the one under way.
        return relative(ctx, index, length, precision, (ref) => nearestYearly(ref, "back", make));
      },
    ),
    // Within a document: "the quarter", "this quarter", "the latest period", "the year-ago quarter",
    // "the 1988 quarter", "the year-earlier period", "the corresponding period last year"
    rule(
      `\\b(?<d>(?:the|this|that)\\s+(?:(?<adj>latest|recent|most\\s+recent|comparable|same|corresponding|year-ago|year-earlier|comparable\\s+year-ago|(?<yb>${YEAR}))\\s+)?(?:fiscal\\s+)?(?<k>quarter|period)(?<last>\\s+(?:a\\s+)?(?:last\\s+year|year\\s+(?:ago|earlier)))?)(?![-\\w])`,
      (m, ctx, index, length) => {
        if (ctx.document === null) return null;
        const adj = (g(m, "adj") ?? "").toLowerCase();
        // "the period" alone is any stretch of time; only a quarter or a qualified period is the reported one.
        if ((g(m, "k") ?? "").toLowerCase() === "period" && adj === "") return null;
        const found = relative(ctx, index, length, "quarter", (ref) => {
          const { y, q } = reportedQuarter(ctx, index, ref);
          const back = adj.includes("year-") || g(m, "last") !== undefined ? 1 : 0;
          const year = g(m, "yb") === undefined ? y - back : Number(g(m, "yb"));
          return quarterSpan(year, q);
        });
        return referring(found);
      },
    ),
  ],
};
