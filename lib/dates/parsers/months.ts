/**
 * Months: "May 2024", "Sept. 2022", "in March", "since September", "last March", "January this
 * year", and ranges of months ("between March and May 2024", "March–May").
 */
import { explicit, relative, yearless, type Found } from "../found";
import { g, rule, type Family } from "../rule";
import { offsetOf } from "../shifts";
import { monthSpan, monthsSpan, type Span } from "../spans";
import {
  AMBIGUOUS_MONTHS,
  BARE_MONTH,
  CAPITALISED_COMMON_MONTH,
  MONTH,
  MONTH_CUES,
  YEAR,
  isTitled,
  monthNumber,
} from "../words";

/** The month a titled month word names, or null ("may" is a verb). */
function titledMonth(word: string | undefined): number | null {
  return word !== undefined && isTitled(word) ? monthNumber(word) : null;
}

/** The words before a month name that make it a month ("in May"), not a name or a verb ("Theresa May"). */
const MONTH_CUE_BEFORE =
  /\b(?:in|since|by|until|till|of|for|from|between|through|throughout|during|before|after|as\s+of|as\s+early\s+as|at\s+least|starting|beginning|ending)\s+$/i;

export const MONTHS: Family = {
  // Every phrase of the family has a month name.
  words: MONTH_CUES,
  also: (s) => CAPITALISED_COMMON_MONTH.test(s),
  rules: [
    // "between March and May 2024", "from March to May", "March–May 2024", "January or February
    // 2025" (not known which of the two: the span of both)
    rule(
      `\\b(?<d>(?:(?<pre>between|from)\\s+)?(?<m1>${MONTH})\\s*(?<conn>and|or|to|until|till|through|-|–|—)\\s*(?<m2>${MONTH})(?:\\s*,?\\s+(?:of\\s+)?(?<y>${YEAR}))?)`,
      (m, ctx, index, length) => {
        const m1 = titledMonth(g(m, "m1"));
        const m2 = titledMonth(g(m, "m2"));
        if (m1 === null || m2 === null) return null;
        if (g(m, "conn")?.toLowerCase() === "and" && g(m, "pre") === undefined) return null;
        const make = (y: number): Span => (m1 <= m2 ? monthsSpan(y, m1, y, m2) : monthsSpan(y - 1, m1, y, m2));
        const y = g(m, "y");
        if (y !== undefined) return explicit(index, length, "range", make(Number(y)));
        if (g(m, "pre") === undefined && (AMBIGUOUS_MONTHS.has(m1) || AMBIGUOUS_MONTHS.has(m2))) return null;
        return yearless(ctx, index, length, "range", m1, make);
      },
    ),
    // "May 2024", "September 2022", "Sept. 2022", "May of 2024"
    rule(`\\b(?<d>(?<mon>${MONTH})\\s*,?\\s+(?:of\\s+)?(?<y>${YEAR}))`, (m, _ctx, index, length) => {
      const month = titledMonth(g(m, "mon"));
      return month === null ? null : explicit(index, length, "month", monthSpan(Number(g(m, "y")), month));
    }),
    // "January this year", "March of last year", "December next year"
    rule(
      `\\b(?<d>(?<mon>${BARE_MONTH})\\s+(?:of\\s+)?(?<q>this|last|next|the\\s+previous|the\\s+following)\\s+year)\\b`,
      (m, ctx, index, length) => {
        const month = titledMonth(g(m, "mon"));
        if (month === null) return null;
        const q = (g(m, "q") ?? "").toLowerCase();
        const offset = q.endsWith("previous") ? -1 : q.endsWith("following") ? 1 : offsetOf(q);
        return relative(ctx, index, length, "month", (ref) => monthSpan(ref.y + offset, month), offset > 0);
      },
    ),
    // "in March", "since September", "in October alone"; unambiguous month names also stand alone
    rule(
      `\\b(?<d>${BARE_MONTH})`,
      (m, ctx, index, length) => {
        const word = g(m, "d") ?? "";
        const month = titledMonth(word);
        if (month === null) return null;
        const cued = MONTH_CUE_BEFORE.test(ctx.sentence.slice(Math.max(0, index - 16), index));
        if (!cued && (AMBIGUOUS_MONTHS.has(month) || word.endsWith("."))) return null;
        return yearless(ctx, index, length, "month", month, (y) => monthSpan(y, month));
      },
      true,
    ),
    // "last March", "this September", "next May" (in "next September 26" the day is the date)
    rule(
      `\\b(?<d>(?<q>this\\s+past|this\\s+coming|this|last|next|past|coming)\\s+(?<mon>${BARE_MONTH}))(?!\\.?\\s+\\d{1,2}(?!\\d))`,
      (m, ctx, index, length): Found | null => {
        const month = titledMonth(g(m, "mon"));
        if (month === null) return null;
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
  ],
};
