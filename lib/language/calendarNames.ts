/**
 * The names of the months and weekdays, defined once for every stage that reads them: the clause
 * stage ("this week", "on Friday" close a phrase of time) and the date stage, whose dictionary
 * (lib/dates/words.ts) builds its phrase rules on them.
 */

export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

export const FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** A day written in figures, day first ("28.02.2022", "03/06/2023"), as a dateline gives it. */
export const DAY_IN_FIGURES = String.raw`\d{1,2}[./]\d{1,2}[./]\d{4}`;
