import type { Ctx, Found } from "../found";

const RANGE_JOINER = /^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$/i;

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * Joins "from X to Y" / "between X and Y" / "X–Y" into one range. A side written without a year
 * takes the other side's ("between March and May 2024").
 */
export function joinRanges(ctx: Ctx, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (a === undefined) continue;
    const joined = b === undefined ? null : join(ctx, a, b);
    if (joined === null) {
      out.push(a);
    } else {
      out.push(joined);
      i++;
    }
  }
  return out;
}

function join(ctx: Ctx, a: Found, b: Found): Found | null {
  const calendar = (f: Found) => f.basis === "explicit" || f.yearless !== undefined;
  if (!calendar(a) || !calendar(b)) return null;
  const gap = ctx.sentence.slice(a.index + a.length, b.index);
  if (!RANGE_JOINER.test(gap)) return null;
  const before = ctx.sentence.slice(0, a.index);
  const lead = /\b(?:between|from)\s+$/i.exec(before);
  if (/^\s*and\s*$/i.test(gap) && !lead?.[0].toLowerCase().startsWith("between")) return null;
  let start = a.start;
  let end = b.end;
  if (a.yearless && !b.yearless && b.start !== null) {
    const y = yearOf(b.start);
    start = a.yearless.make(a.yearless.month > Number(b.start.slice(5, 7)) ? y - 1 : y)?.start ?? null;
  } else if (b.yearless && !a.yearless && a.start !== null) {
    const y = yearOf(a.start);
    const same = b.yearless.make(y);
    end = (same && same.end >= a.start ? same : b.yearless.make(y + 1))?.end ?? null;
  }
  if (start === null || end === null || start > end) return null;
  const index = lead ? lead.index : a.index;
  const bothYearless = a.yearless !== undefined && b.yearless !== undefined;
  return {
    index,
    length: b.index + b.length - index,
    precision: "range",
    start,
    end,
    basis: "explicit",
    forward: false,
    dates: true,
    yearless: bothYearless ? a.yearless : undefined,
  };
}
