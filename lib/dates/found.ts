import type { PRECISIONS } from "../model/schema";
import { epochDay, isoDay, nearestYearly, parseIsoDay, type Direction, type Span, type Ymd } from "./spans";
import { looksAhead } from "./looksAhead";
import type { TimexType } from "./timex";

export type Precision = (typeof PRECISIONS)[number];
export type Basis = "explicit" | "relative" | "unresolved";

/**
 * TimeML's reading of a phrase where its span alone does not give it: another type ("for the
 * past year" is a DURATION), a value of its own ("P1Y", "PRESENT_REF") or a modifier ("START").
 */
export interface TimexReading {
  type: TimexType;
  value?: string;
  mod?: string;
}

/**
 * A date phrase located in a sentence, before overlaps are settled and ranges are joined. Every
 * phrase has a TimeML reading; only those that name calendar time (`dates`) date events.
 */
export interface Found {
  index: number;
  length: number;
  precision: Precision;
  start: string | null;
  end: string | null;
  basis: Basis;
  /** the words themselves point forward ("next week", "later this year", "tomorrow") */
  forward: boolean;
  open?: boolean;
  /**
   * Set for a calendar phrase written without a year ("February 5", "in March"): builds the span
   * for a given year, so a range partner that has a year ("between March and May 2024") can
   * lend it. `month` is the first month the phrase covers.
   */
  yearless?: { month: number; make: (y: number) => Span | null };
  /** false for what is no event date: durations, sets, times without a day, present/past/future */
  dates: boolean;
  timex?: TimexReading;
  /** read against a time the document named before ("the quarter", "a year earlier") */
  refersBack?: boolean;
  /** the phrases TimeML tags on their own inside one event-date range ("between 1985 and 1987") */
  parts?: readonly Found[];
}

export interface Ctx {
  sentence: string;
  /** the publication day, null when unknown or malformed */
  ref: Ymd | null;
  refIso: string | null;
  /** whether the sentence talks about what is still to come; asked only when a phrase needs it */
  lookingAhead: () => boolean;
  /** the direction the caller read from the phrase's clause, or null to use `lookingAhead` */
  direction: DirectionAt | null;
  /**
   * The times the document named before, for phrases that refer back to them ("the quarter",
   * "a year earlier"); null when the sentence is read on its own, and then such phrases are
   * not read at all.
   */
  document: DocumentTimes | null;
  /**
   * Told what a phrase rule read (null when it read nothing) each time the reading asked for the
   * direction of its clause; see `readPhrase`.
   */
  onDirected?: (found: Found | null) => void;
}

/** The phrases of a document read as a whole, oldest first. */
export interface DocumentTimes {
  /** those of the sentences before */
  previous: readonly Found[];
  /** those of this sentence, from a first reading of it, for a phrase that refers back within it */
  sentence: readonly Found[];
}

/** The phrases named before `index` in the document, or null for a sentence read on its own. */
export function namedBefore(ctx: Ctx, index: number): readonly Found[] | null {
  if (ctx.document === null) return null;
  return [...ctx.document.previous, ...ctx.document.sentence.filter((f) => f.index + f.length <= index)];
}

/** The direction a phrase at `index` points, as its governing clause says, or null when it says nothing. */
export type DirectionAt = (index: number, length: number) => Direction | null;

/** The reference day last read: a document's sentences share it. */
let lastReference: { published: string | null; ref: Ymd | null; refIso: string | null } | null = null;

function referenceOf(published: string | null): { ref: Ymd | null; refIso: string | null } {
  if (lastReference?.published !== published) {
    const ref = parseIsoDay(published);
    lastReference = { published, ref, refIso: ref ? isoDay(ref.y, ref.m, ref.d) : null };
  }
  return lastReference;
}

export function makeCtx(
  sentence: string,
  published: string | null,
  lookingAhead: boolean | undefined,
  direction: DirectionAt | null = null,
  document: DocumentTimes | null = null,
): Ctx {
  const { ref, refIso } = referenceOf(published);
  let ahead = lookingAhead;
  return {
    sentence,
    ref,
    refIso,
    lookingAhead: () => (ahead ??= looksAhead(sentence)),
    direction,
    document,
  };
}

const REPORTED = String.raw`said|says|told|announced|stated|wrote|reported|published|met|signed|spoke|held|declared|added|noted|claimed|confirmed|revealed|visited|called|was|were|had`;
const REPORTED_BEFORE = new RegExp(String.raw`^.*\b(?:${REPORTED})\b((?:\s+[\w'’-]+){0,4}?)\s*,?\s*$`, "i");
const REPORTED_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${REPORTED})\b`, "i");
const FUTURE_WORD = /\b(?:will|would|to|shall|until|next|scheduled|planned|set|expected|due)\b|'ll\b/i;

/**
 * Words right before a date that make it a deadline or a date set for later, whatever the tense
 * of the clause: "payable Jan. 2", "effective Feb. 1", "of record Nov. 9", "extended to Nov. 20",
 * "as soon as Tuesday", "postponed until March".
 */
const SET_FOR_LATER =
  /\b(?:payable|effective|due|expir(?:e|es|ing)|of\s+record|(?:extended|postponed|delayed|adjourned|moved|pushed\s+back)\s+(?:it\s+)?(?:to|until|till)|(?:scheduled|slated|planned)\s+(?:for|on)|set\s+for|as\s+soon\s+as|no\s+later\s+than|deadline\s+(?:of|is))\s+(?:on\s+)?$/i;
/** "set Nov. 10 as the deadline" */
const AS_DEADLINE = /^\s+as\s+(?:the|a|its)\s+(?:new\s+)?deadline\b/i;

/**
 * Which way a phrase without a year or week points. Words at the phrase that set a date for
 * later decide first; then the caller's direction from the phrase's clause; without one, the
 * sentence-level cue, overruled when the phrase dates a report itself ("Peskov said on Tuesday
 * that talks will resume", "Ushakov on Nov. 26 said"), which is always in the past.
 */
export function aheadAt(ctx: Ctx, index: number, length: number): Direction {
  const before = ctx.sentence.slice(Math.max(0, index - 40), index);
  if (SET_FOR_LATER.test(before) || AS_DEADLINE.test(ctx.sentence.slice(index + length))) return "ahead";
  if (ctx.direction) return ctx.direction(index, length) ?? "nearest";
  return lookingAheadAt(ctx, index, length) ? "ahead" : "back";
}

/**
 * What a phrase reads as in the direction it points (`read` for each direction), asking for the
 * direction only when the readings differ: "Tuesday" written on a Tuesday, or "in May" written in
 * May, is the same day or month whichever way its clause points, and working out a clause's
 * tense (the language model) costs more than reading every phrase of the sentence.
 */
export function pointed<T>(
  ctx: Ctx,
  index: number,
  length: number,
  read: (direction: Direction) => T,
  same: (a: T, b: T) => boolean = Object.is,
  lastDay: (reading: T) => number | null = () => null,
): T {
  const back = read("back");
  const ahead = read("ahead");
  const nearest = read("nearest");
  if (same(back, ahead) && same(ahead, nearest)) return back;
  const direction = aheadAt(ctx, index, length);
  if (direction === "recent") {
    const last = lastDay(back);
    return last !== null && ctx.ref !== null && last >= epochDay(ctx.ref.y, ctx.ref.m, ctx.ref.d) - 1 ? back : ahead;
  }
  return direction === "back" ? back : direction === "ahead" ? ahead : nearest;
}

/** Whether two spans (or their absence) are the same. */
export const sameSpan = (a: Span | null, b: Span | null): boolean => a?.start === b?.start && a?.end === b?.end;

/** The epoch day a span ends on, for `pointed`. */
export const spanLastDay = (s: Span | null): number | null => {
  const end = parseIsoDay(s?.end);
  return end && epochDay(end.y, end.m, end.d);
};

function lookingAheadAt(ctx: Ctx, index: number, length: number): boolean {
  if (!ctx.lookingAhead()) return false;
  // Greedy, so the verb nearest to the phrase is the one weighed.
  const before = REPORTED_BEFORE.exec(ctx.sentence.slice(Math.max(0, index - 60), index));
  if (before !== null && !FUTURE_WORD.test(before[1] ?? "")) return false;
  return !REPORTED_AFTER.test(ctx.sentence.slice(index + length, index + length + 20));
}

/**
 * Reads one phrase with `build`, telling `ctx.onDirected` what it read when the reading asked for
 * its clause's direction. A caller whose direction is costly (the tagger's clause analysis) can
 * so read a sentence once without it and pay for it only when a phrase that kept its place needs it.
 */
export function readPhrase(ctx: Ctx, build: (ctx: Ctx) => Found | null): Found | null {
  const report = ctx.onDirected;
  const direction = ctx.direction;
  if (report === undefined || direction === null) return build(ctx);
  let asked = false;
  const found = build({
    ...ctx,
    direction: (index, length) => {
      asked = true;
      return direction(index, length);
    },
  });
  if (asked) report(found);
  return found;
}

/** A phrase that names its calendar span outright ("May 2024", "the fall of 2022"). */
export function explicit(index: number, length: number, precision: Precision, span: Span | null): Found | null {
  if (span === null) return null;
  return { index, length, precision, start: span.start, end: span.end, basis: "explicit", forward: false, dates: true };
}

/** A phrase resolved against the publication day ("last month"), or left unresolved without one. */
export function relative(
  ctx: Ctx,
  index: number,
  length: number,
  precision: Precision,
  resolve: (ref: Ymd) => Span | null,
  forward = false,
): Found | null {
  const base = { index, length, precision, forward, dates: true };
  if (ctx.ref === null) return { ...base, start: null, end: null, basis: "unresolved" };
  const span = resolve(ctx.ref);
  if (span === null || span.start > span.end) return null;
  return { ...base, start: span.start, end: span.end, basis: "relative" };
}

/** A calendar phrase without a year: the nearest instance per the news-leans-to-the-past rule. */
export function yearless(
  ctx: Ctx,
  index: number,
  length: number,
  precision: Precision,
  month: number,
  make: (y: number) => Span | null,
): Found | null {
  const base = { index, length, precision, forward: false, dates: true, yearless: { month, make } };
  if (ctx.ref === null) return { ...base, start: null, end: null, basis: "unresolved" };
  const ref = ctx.ref;
  const deadline = /\b(?:by|until|till|through)\s+$/i.test(ctx.sentence.slice(Math.max(0, index - 12), index));
  const nearest = nearestYearly(ref, "nearest", make, !deadline);
  let span = pointed(
    ctx,
    index,
    length,
    (direction) => (direction === "nearest" ? nearest : nearestYearly(ref, direction, make)),
    sameSpan,
    spanLastDay,
  );
  if (span === null) return null;
  // "proposed talks in Istanbul on May 15" in an article of May 12: a day a few weeks from the
  // article is that day, whatever the tense; news names a day most of a year away with its year,
  // and one still to come the more so ("as soon as 12 January" in March was this January).
  if (
    precision === "day" &&
    nearest &&
    daysFrom(ref, span.start) > FAR_DAYS &&
    daysFrom(ref, nearest.start) <= (span.start > (ctx.refIso ?? "") ? NEAR_DAYS_BEFORE_FAR_AHEAD : NEAR_DAYS)
  )
    span = nearest;
  return { ...base, start: span.start, end: span.end, basis: "explicit" };
}

/** How far a yearless day may lie from the article for the tense to choose it over a closer one. */
const FAR_DAYS = 200;
const NEAR_DAYS = 31;
/** A day of the last three months over one most of a year ahead ("respect the August 4 truce" in October). */
const NEAR_DAYS_BEFORE_FAR_AHEAD = 92;

function daysFrom(ref: Ymd, iso: string): number {
  const d = parseIsoDay(iso)!;
  return Math.abs(epochDay(d.y, d.m, d.d) - epochDay(ref.y, ref.m, ref.d));
}

/** A phrase TimeML tags that dates no event: a duration, a set, a time of day, "now", "recently". */
export function timexOnly(
  index: number,
  length: number,
  timex: Required<Pick<TimexReading, "type" | "value">> & TimexReading,
): Found {
  return {
    index,
    length,
    precision: "range",
    start: null,
    end: null,
    basis: "unresolved",
    forward: false,
    dates: false,
    timex,
  };
}

/** The same phrase with a TimeML reading of its own. */
export function reading(found: Found | null, timex: TimexReading): Found | null {
  return found === null ? null : { ...found, timex };
}

/** The same phrase, marked as read against a time the document named before. */
export function referring(found: Found | null): Found | null {
  return found === null ? null : { ...found, refersBack: true };
}
