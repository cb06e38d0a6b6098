/**
 * Calendar days written out ("May 23, 2024", "23 May 2024", "Feb. 5", "May 5-9, 2024",
 * "2024-05-23", "05/23/2024"), read with chrono-node, and day-first dotted dates ("15.05.2024"). chrono's strict English configuration knows
 * the many surface forms of a day; its year guess for yearless days (nearest to the reference,
 * often in the future) is not used: the year is chosen here, leaning to the past.
 */
import { Chrono, en, type ParsedComponents, type ParsedResult, type ParsingResult, type Refiner } from "chrono-node";
import { explicit, readPhrase, yearless, type Ctx, type Found } from "../found";
import { g, rule, type Family } from "../rule";
import { daySpan, epochDay, epochSpan, isValidDay, type Span } from "../spans";
import { CAPITALISED_COMMON_MONTH, FULL_MONTH, MONTH_CUES, isTitled, monthNumber } from "../words";

const WORD = /[A-Za-z]+\.?/g;

function monthWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => w.length >= 3 && monthNumber(w) !== null);
}

/**
 * Keeps only results that name a calendar day: weekday, time-of-day and "within 2 weeks" results
 * are left to the rules, and a lower-case "may"/"march" is a verb or a noun, not a month.
 */
const calendarDaysOnly: Refiner = {
  refine: (_context, results: ParsingResult[]) =>
    results.filter((r) => {
      if (!r.start.isCertain("month") || !r.start.isCertain("day")) return false;
      const months = monthWords(r.text);
      // Without a month name only a full numeric date counts: "3/4 of the front" is a fraction.
      if (months.length === 0) return /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/.test(r.text);
      return months.every(isTitled);
    }),
};

// Middle-endian, so "Nov 27" is a day rather than November 2027; day-first dotted dates are a rule.
const chrono = new Chrono(en.configuration.createConfiguration(true, false));
chrono.refiners.push(calendarDaysOnly);

const MAY_HAVE_DAY = new RegExp(
  "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?\\s+\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}",
);

function dayOf(c: ParsedComponents): { m: number; d: number } | null {
  const m = c.get("month");
  const d = c.get("day");
  return m === null || d === null ? null : { m, d };
}

function spanOf(y1: number, a: { m: number; d: number }, b: { m: number; d: number } | null): Span | null {
  if (!isValidDay(y1, a.m, a.d)) return null;
  const from = epochDay(y1, a.m, a.d);
  if (b === null) return epochSpan(from, from);
  // "December 28 to January 3" crosses into the next year.
  const y2 = b.m < a.m || (b.m === a.m && b.d < a.d) ? y1 + 1 : y1;
  if (!isValidDay(y2, b.m, b.d)) return null;
  return epochSpan(from, epochDay(y2, b.m, b.d));
}

/** "from May 5 to May 9": the range's opening word belongs to the phrase. */
function withLead(sentence: string, f: Found): Found {
  const lead = /\b(?:from|between)\s+$/i.exec(sentence.slice(0, f.index));
  return lead === null ? f : { ...f, index: lead.index, length: f.index + f.length - lead.index };
}

/**
 * "Aug. 26 to Oct. 20": TimeML tags each day of a range joined by a word on its own; "May 5-9"
 * stays one expression.
 */
function withEnds(sentence: string, f: Found): Found {
  const text = sentence.slice(f.index, f.index + f.length);
  const joint = /\s+(?:to|through|until|till|and)\s+/i.exec(text);
  if (joint === null || f.start === null || f.end === null) return f;
  const second = f.index + joint.index + joint[0].length;
  const day = (index: number, length: number, iso: string): Found => ({
    ...f,
    index,
    length,
    precision: "day",
    start: iso,
    end: iso,
  });
  return { ...f, parts: [day(f.index, joint.index, f.start), day(second, f.index + f.length - second, f.end)] };
}

/**
 * "Tuesday, December 2": writers name the weekday for days close to publication, so the year
 * next to the resolved one in which that day falls on that weekday wins over the past-leaning guess.
 */
function yearMatchingWeekday(found: Found | null, a: { m: number; d: number }, weekday: number): number | null {
  if (found === null || found.start === null) return null;
  const y = Number(found.start.slice(0, 4));
  for (const candidate of [y, y + 1, y - 1]) {
    // chrono numbers weekdays from Sunday = 0; epoch day 0 was a Thursday.
    if (isValidDay(candidate, a.m, a.d) && (epochDay(candidate, a.m, a.d) + 4) % 7 === weekday) return candidate;
  }
  return null;
}

const MONTH_CUE_SET: ReadonlySet<string> = new Set(MONTH_CUES);

/** Whether chrono may find a day: the sentence's lower-case words hold a month, or digits read as a date. */
export function mayHaveDay(sentence: string, words: readonly string[]): boolean {
  return (
    words.some((w) => MONTH_CUE_SET.has(w)) || CAPITALISED_COMMON_MONTH.test(sentence) || /\d[./-]\d/.test(sentence)
  );
}

/** The day (or range of days) chrono read, or null when it is no calendar day. */
function dayFound(ctx: Ctx, r: ParsedResult): Found | null {
  const a = dayOf(r.start);
  if (a === null) return null;
  const b = r.end ? dayOf(r.end) : null;
  const precision = b !== null && (b.m !== a.m || b.d !== a.d) ? "range" : "day";
  const end = precision === "range" ? b : null;
  const yearCertain = r.start.isCertain("year") ? r.start.get("year") : null;
  const endYear = r.end?.isCertain("year") ? r.end.get("year") : null;
  let found: Found | null;
  if (yearCertain !== null) {
    found = explicit(r.index, r.text.length, precision, spanOf(yearCertain, a, end));
  } else if (endYear !== null && end !== null) {
    // "May 5 to May 9, 2024": the year written at the end covers the start too.
    const y1 = end.m < a.m || (end.m === a.m && end.d < a.d) ? endYear - 1 : endYear;
    found = explicit(r.index, r.text.length, precision, spanOf(y1, a, end));
  } else {
    found = yearless(ctx, r.index, r.text.length, precision, a.m, (y) => spanOf(y, a, end));
    const weekday = r.start.isCertain("weekday") ? r.start.get("weekday") : null;
    const y = weekday === null ? null : yearMatchingWeekday(found, a, weekday);
    if (y !== null && found !== null) found = { ...found, ...spanOf(y, a, end) };
  }
  if (found === null) return null;
  // "5 p.m. EST, Nov. 6": a day with its clock time is a TIME in TimeML, still that day as a date.
  if (precision === "day" && r.start.isCertain("hour") && found.start !== null) {
    const clock = [r.start.get("hour"), r.start.get("minute") ?? 0].map((n) => String(n).padStart(2, "0"));
    found = { ...found, timex: { type: "TIME", value: `${found.start}T${clock.join(":")}` } };
  }
  // chrono keeps a leading "on" ("on 23 May 2024") only for some forms; drop it for all.
  const on = /^(?:on|in|at)\s+/i.exec(r.text);
  const trimmed = on ? { ...found, index: found.index + on[0].length, length: found.length - on[0].length } : found;
  return precision === "range" ? withLead(ctx.sentence, withEnds(ctx.sentence, trimmed)) : trimmed;
}

/**
 * chrono's reading of the last sentence asked about: the tagger reads a sentence up to three
 * times (without and with its clauses' direction, and knowing its own earlier phrases), and
 * chrono's reading does not depend on either.
 */
let lastParsed: { sentence: string; results: ParsedResult[] } | null = null;
/** The year of the instant chrono reads from: only relative phrases resolve into it. */
const REFERENCE_YEAR = 2000;
const CHRONO_OPTIONS = { instant: new Date(Date.UTC(REFERENCE_YEAR, 0, 1)), timezone: 0 };

/**
 * "for a week until February 1": chrono counts the week from its reference instant, a day of
 * 2000 the text never names (the relative phrases have rules of their own); the day the range
 * runs to stands alone.
 */
function ownDays(text: string, r: ParsedResult): ParsedResult[] {
  if (!r.start.isCertain("year") || r.start.get("year") !== REFERENCE_YEAR || r.text.includes(String(REFERENCE_YEAR)))
    return [r];
  const joint = /\s(?:until|till|to|through)\s+/i.exec(r.text);
  if (!r.end || joint === null) return [];
  const from = r.index + joint.index + joint[0].length;
  // The rest alone, blanked in front so that offsets stay the sentence's.
  return chrono.parse(" ".repeat(from) + text.slice(from, r.index + r.text.length), CHRONO_OPTIONS);
}

/**
 * "midnight of February 24/25", "the night of 24/25 February": two days joined by a slash beside a
 * month are a night across both, not a day of the year 2025. Read as the range they span.
 */
const NIGHT = new RegExp(
  String.raw`(?<=\b(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{1,2})/(?=\d{1,2}(?![\d/]))|(?<=(?<![\d/])\d{1,2})/(?=\d{1,2}\s+(?:${FULL_MONTH})\b)`,
  "g",
);

/**
 * "its October 4 amnesty deadline": chrono reads "4 am" in "4 amnesty" as a clock time and then
 * drops the day; the "a" or "p" of a word that only starts like "am" or "pm" is masked.
 */
const CLOCK_LIKE = /(?<=\d\s?)[ap](?=m\p{L})/giu;

function chronoDays(sentence: string): ParsedResult[] {
  if (lastParsed?.sentence === sentence) return lastParsed.results;
  // Same length, so chrono's offsets stay valid for the original sentence.
  const text = sentence.replace(/[–—]/g, "-").replace(NIGHT, "-").replace(CLOCK_LIKE, "x");
  const results = MAY_HAVE_DAY.test(text) ? chrono.parse(text, CHRONO_OPTIONS).flatMap((r) => ownDays(text, r)) : [];
  lastParsed = { sentence, results };
  return results;
}

export function findExplicitDays(ctx: Ctx): Found[] {
  const out: Found[] = [];
  for (const r of chronoDays(ctx.sentence)) {
    const found = readPhrase(ctx, (c) => dayFound(c, r));
    if (found !== null) out.push(found);
  }
  return out;
}

export const DOTTED_DAYS: Family = {
  // Every phrase of the family has a dotted date.
  words: [],
  also: (s) => /\d\.\d{1,2}\.(?:19|20)\d\d/.test(s),
  rules: [
    // "15.05.2024": outlets writing dots write day first
    rule(
      `(?<![\\d.])(?<d>(?<dd>\\d{1,2})\\.(?<mm>\\d{1,2})\\.(?<y>(?:19|20)\\d{2}))(?![\\d.]\\d)`,
      (m, _c, index, length) => {
        const [y, mo, d] = [Number(g(m, "y")), Number(g(m, "mm")), Number(g(m, "dd"))];
        return isValidDay(y, mo, d) ? explicit(index, length, "day", daySpan(y, mo, d)) : null;
      },
    ),
  ],
};
