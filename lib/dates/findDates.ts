/**
 * The DATES stage: every date phrase in a sentence, resolved against the article's publication
 * date following docs/event-model.md ("Dates"). Callers pick among the mentions; this stage
 * never guesses a date it cannot anchor.
 */
import type { DateMention } from "../model/mentions";
import { findExplicitDays } from "./explicit";
import { makeCtx, type Ctx, type DirectionAt, type Found } from "./found";
import { looksAhead } from "./looksAhead";
import { applyRules } from "./rules";

export { looksAhead };
export type { DirectionAt };

// Most sentences carry no date at all; this skips them before any rule or chrono runs.
const MAY_HOLD_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d\d|\d[./-]\d|\b[QH][1-4]\b|\b(?:today|tonight|yesterday|tomorrow|week|month|year|decade|ago|spring|summer|fall|autumn|winter|quarter|half|recent|morning|afternoon|evening)/i;

const RANGE_JOINER = /^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$/i;

/** Longest phrase wins an overlap; on a tie the earlier source (rules before chrono) does. */
function settleOverlaps(found: Found[]): Found[] {
  const ranked = found.map((f, order) => ({ f, order }));
  ranked.sort((a, b) => b.f.length - a.f.length || a.order - b.order);
  const kept: Found[] = [];
  for (const { f } of ranked) {
    if (kept.every((k) => f.index + f.length <= k.index || k.index + k.length <= f.index)) kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * Joins "from X to Y" / "between X and Y" / "X–Y" into one range. A side written without a year
 * takes the other side's ("between March and May 2024").
 */
function joinRanges(ctx: Ctx, found: Found[]): Found[] {
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
    yearless: bothYearless ? a.yearless : undefined,
  };
}

/** "since September", "since at least 2014": from the anchor's start to publication, open-ended. */
function applySince(ctx: Ctx, found: Found[]): Found[] {
  return found.map((f) => {
    const lead = /\bsince\s+(?:at\s+least\s+|as\s+early\s+as\s+|as\s+far\s+back\s+as\s+)?$/i.exec(
      ctx.sentence.slice(0, f.index),
    );
    if (lead === null) return f;
    const base = { ...f, index: lead.index, length: f.index + f.length - lead.index, precision: "range" as const };
    if (f.start === null) return { ...base, open: true };
    if (ctx.refIso !== null && f.start > ctx.refIso) return f;
    // Without a year, "since September" depends on the publication date like any relative phrase.
    const basis = f.yearless === undefined ? f.basis : "relative";
    return { ...base, basis, end: ctx.refIso, open: true, forward: false };
  });
}

function toMention(ctx: Ctx, f: Found): DateMention {
  const mention: DateMention = {
    start: f.start,
    end: f.end,
    precision: f.precision,
    text: ctx.sentence.slice(f.index, f.index + f.length),
    basis: f.basis,
    index: f.index,
    future: f.forward || (f.start !== null && ctx.refIso !== null && f.start > ctx.refIso),
  };
  if (f.open) mention.open = true;
  return mention;
}

/**
 * Finds and resolves the date phrases of one sentence. `published` is the article's YYYY-MM-DD
 * publication date; without a valid one, relative and yearless phrases come back unresolved.
 * `lookingAhead` (default: `looksAhead(sentence)`) sends yearless dates and bare weekdays to the
 * next occurrence instead of the latest past one. `direction`, when given, overrules it phrase by
 * phrase: the caller knows the tense of the clause each phrase sits in, and a phrase whose clause
 * says nothing takes the instance nearest the publication date.
 */
export function findDates(
  sentence: string,
  published: string | null,
  opts: { lookingAhead?: boolean; direction?: DirectionAt } = {},
): DateMention[] {
  if (!MAY_HOLD_DATE.test(sentence)) return [];
  const ctx = makeCtx(sentence, published, opts.lookingAhead ?? looksAhead(sentence), opts.direction ?? null);
  const found = settleOverlaps([...applyRules(ctx), ...findExplicitDays(ctx)]);
  return applySince(ctx, joinRanges(ctx, found)).map((f) => toMention(ctx, f));
}
