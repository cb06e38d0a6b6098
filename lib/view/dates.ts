import type { EventDate } from "../model/schema";

/** Days since 1970-01-01 (UTC). Whole days keep every date comparison exact and timezone-free. */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function isoToDay(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function validDay(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/**
 * Reads a typed or linked date bound: YYYY, YYYY-MM or YYYY-MM-DD. A "from" bound starts at the
 * first day of what was written and a "to" bound ends at its last day, so `from=2022&to=2022`
 * means the whole year. Anything else, including impossible dates, is null.
 */
export function parseDateBound(value: string, edge: "from" | "to"): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) return validDay(y, Number(m[2]), Number(m[3]));
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return edge === "from" ? validDay(y, month, 1) : Date.UTC(y, month, 0) / DAY_MS;
  }
  return edge === "from" ? validDay(y, 1, 1) : validDay(y, 12, 31);
}

export type RangeSubmission =
  { ok: true; from: string | null; to: string | null; swapped: boolean } | { ok: false; invalid: ("from" | "to")[] };

/**
 * The From and To fields submitted together: both must parse (or be empty); when From falls
 * after To the two are swapped, and the caller says so. Committing one field at a time would
 * swap a half-typed range under the reader.
 */
export function submitDateRange(fromText: string, toText: string): RangeSubmission {
  const from = fromText.trim() || null;
  const to = toText.trim() || null;
  const fromDay = from === null ? null : parseDateBound(from, "from");
  const toDay = to === null ? null : parseDateBound(to, "to");
  const invalid = [
    ...(from !== null && fromDay === null ? ["from" as const] : []),
    ...(to !== null && toDay === null ? ["to" as const] : []),
  ];
  if (invalid.length) return { ok: false, invalid };
  const swapped = fromDay !== null && toDay !== null && fromDay > toDay;
  return swapped ? { ok: true, from: to, to: from, swapped } : { ok: true, from, to, swapped };
}

export function formatDay(day: number, long = false): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${(long ? MONTHS_LONG : MONTHS)[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

// Matrices and lists repeat the same few hundred dates across their cells and labels.
const formattedIso = new Map<string, string>();
/** `formatDay` of a YYYY-MM-DD date. */
export function formatIso(iso: string, long = false): string {
  const key = long ? `L${iso}` : iso;
  let text = formattedIso.get(key);
  if (text === undefined) formattedIso.set(key, (text = formatDay(isoToDay(iso), long)));
  return text;
}

export function monthYear(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function shortMonthYear(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** What the date formatters read of an event date; `basis` is optional for plain spans. */
export type DateSpan = Pick<EventDate, "start" | "end" | "precision" | "open"> & Partial<Pick<EventDate, "basis">>;

/** An event known only by the day it was reported (YYYY-MM-DD). */
export const reportedLabel = (day: string) => `reported ${formatIso(day)}`;

/**
 * The normalised date as a reader should understand it: no more precise than the source was. A
 * date the text does not give (basis "publication") is not a date of the event at all: it says
 * when the event was reported, `reported` (the first article's publication day) when known.
 */
export function formatNormalisedDate(date: DateSpan, reported: string | null = null): string {
  if (date.basis === "publication") {
    const day = reported ?? date.end ?? date.start;
    return day ? reportedLabel(day) : "date unknown";
  }
  if (!date.start) return "date unknown";
  const start = isoToDay(date.start);
  const end = date.end ? isoToDay(date.end) : start;
  const year = new Date(start * DAY_MS).getUTCFullYear();
  if (date.open) return `since ${formatDay(start)} (open; reported ${formatDay(end)})`;
  switch (date.precision) {
    case "day":
      return formatDay(start);
    case "week":
      return `week of ${formatDay(start)}`;
    case "month":
      return monthYear(start);
    case "quarter":
      return `Q${Math.floor(new Date(start * DAY_MS).getUTCMonth() / 3) + 1} ${year}`;
    case "half":
      return `H${new Date(start * DAY_MS).getUTCMonth() < 6 ? 1 : 2} ${year}`;
    case "year":
      return String(year);
    case "season":
      return `${shortMonthYear(start).split(" ")[0]}–${shortMonthYear(end)}`;
    case "range":
      return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
  }
}

export const PRECISION_LABEL: Record<EventDate["precision"], string> = {
  day: "exact day",
  week: "within a week",
  month: "within a month",
  season: "within a season",
  quarter: "within a quarter",
  half: "within a half-year",
  year: "within a year",
  range: "a span",
};

const BASIS_LABEL: Record<EventDate["basis"], string> = {
  explicit: "stated in the text",
  relative: "resolved from a relative phrase",
  publication: "the text gives no date",
  unresolved: "could not be resolved",
};

/** An event date in words, for the places that show it in full (panel, table, tooltip). */
export interface DateDescription {
  /** the date at its precision ("Sep–Nov 2022"), or when it was reported ("reported 6 Feb 2025") */
  when: string;
  /** how precise the date is ("within a season"); null when the text gives no date */
  precision: string | null;
  /**
   * the date phrase exactly as the article wrote it; null when it wrote none. Never a note the
   * extractor made up, since it is shown in quotation marks.
   */
  asWritten: string | null;
  /** where the date comes from ("stated in the text", "the text gives no date") */
  basis: string;
}

export function describeDate(date: EventDate, reported: string | null = null): DateDescription {
  const fromText = date.basis !== "publication";
  const written = date.text.trim();
  return {
    when: formatNormalisedDate(date, reported),
    precision: fromText && date.start ? PRECISION_LABEL[date.precision] : null,
    asWritten: fromText && written ? written : null,
    basis: BASIS_LABEL[date.basis],
  };
}

/** The earliest publication day among an event's articles: when it was first reported. */
export function firstReported<A>(articles: readonly A[], published: (article: A) => string | null | undefined) {
  let first: string | null = null;
  for (const a of articles) {
    const day = published(a);
    if (day && (first === null || day < first)) first = day;
  }
  return first;
}
