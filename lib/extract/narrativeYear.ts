import { HOLIDAY_ALONE } from "../dates/parsers/holidays";
import { MONTH, WEEKDAY } from "../dates/words";
import type { DateMention } from "../model/mentions";

/** A year written out in a date's words. */
const WRITTEN_YEAR = /\b(?:1[5-9]|20)\d{2}\b/;

/** Whether a sentence writes a year at all: one that does not sets no story's year (narrativeDay). */
export const writesYear = (text: string) => WRITTEN_YEAR.test(text);

/** How many paragraphs on a day written with its year still sets the year of days written without one. */
export const NARRATIVE_PARAGRAPHS = 4;

/**
 * A day of a month and nothing else: its number and the month, with perhaps its weekday ("20
 * November", "Nov. 21", "Tuesday, 21 November").
 */
const DAY_AND_MONTH = new RegExp(
  String.raw`^(?:(?:${WEEKDAY}),?\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})|(?:${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?)$`,
  "i",
);

/**
 * A year counted from the time of writing just after a day, which gives the day its year ("Oct.
 * 29 last year"); "that year" is the story's.
 */
const YEAR_AFTER = /^[\s,]*(?:of\s+)?(?:last|this|next)\s+year\b/i;

/** A month named alone ("that November", "in March"). */
const MONTH_ALONE = new RegExp(String.raw`^(?:${MONTH})$`, "i");

/**
 * Whether a date of sentence `text` is a day of a month, or a month, written without its year ("on
 * 20 November", "Nov. 21", "that November").
 */
export const isYearless = (d: DateMention, text: string) =>
  d.basis === "explicit" &&
  ((d.precision === "day" &&
    (DAY_AND_MONTH.test((d.text ?? "").trim()) || HOLIDAY_ALONE.test((d.text ?? "").trim()))) ||
    (d.precision === "month" && MONTH_ALONE.test((d.text ?? "").trim()))) &&
  !YEAR_AFTER.test(text.slice(d.index + (d.text ?? "").length));

/**
 * "The talks opened on 3 March 1991. … On 14 March the mediator told them …": a story that tells
 * of another year by days written in full goes on in that year, and a day or month written
 * without a year is of it, not of the publication's. Returns the day that sets the year
 * of the days after a sentence with these dates: the last day written with a year, when that year
 * is not that of the story's own day (`storyDay`); null when it is (the story is back in its own time);
 * undefined when the sentence writes no such day (nothing changes).
 */
export function narrativeDay(dates: readonly DateMention[], storyDay: string | null): string | null | undefined {
  const storyYear = storyDay?.slice(0, 4) ?? null;
  // (a run of days within one year sets it as its last day does: "from 4 to 16 October 1979")
  const days = (d: DateMention) =>
    d.precision === "day" || (d.precision === "range" && !!d.start && d.start.slice(0, 4) === d.end?.slice(0, 4));
  // (a time of a later year than the story's is a plan or a deadline, "a treaty before the end of
  // 2027", not a time the story goes back to)
  const ahead = (d: DateMention) => !!storyDay && !!d.end && d.end > storyDay && d.end.slice(0, 4) !== storyYear;
  const full = dates.filter((d) => d.basis === "explicit" && days(d) && !ahead(d) && WRITTEN_YEAR.test(d.text ?? ""));
  const last = full.at(-1)?.end;
  if (!last) return undefined;
  return last.slice(0, 4) === storyYear ? null : last;
}
