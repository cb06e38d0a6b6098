/**
 * The one home of the words dates are written with: months, weekdays, seasons, parts of the day,
 * counting and ordinal numbers and calendar units, as lists, as regular-expression sources for
 * the phrase rules, and as readers from a word to its number. The month and weekday names
 * themselves come from lib/language/calendarNames.ts, which the clause stage reads too.
 */
import type { Season } from "./spans";

import { FULL_MONTH, MONTH_NAMES, WEEKDAY, WEEKDAYS } from "../language/calendarNames";

export { FULL_MONTH, MONTH_NAMES, WEEKDAY, WEEKDAYS };

/** Month names and abbreviations as the sentence's lower-case words show them ("sept" for "Sept."). */
export const MONTH_WORDS: readonly string[] = [
  ...MONTH_NAMES,
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
];
/**
 * The month words that cue a month phrase: "may" and "march" are common words in lower case,
 * and cue one only when capitalised (`CAPITALISED_COMMON_MONTH`).
 */
export const MONTH_CUES: readonly string[] = MONTH_WORDS.filter((w) => w !== "may" && w !== "march");
export const CAPITALISED_COMMON_MONTH = /\b(?:May|March)\b/;

/** A month name or its abbreviation, dotted or not ("Sept.", "Oct"). */
export const MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![A-Za-z])`;
/** Alone, an undotted abbreviation is too often a name ("Jan") to count. */
export const BARE_MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)(?![A-Za-z])`;
/** Months that double as names, verbs or nouns ("Putin may", "a march", "April", "June") need a cue. */
export const AMBIGUOUS_MONTHS: ReadonlySet<number> = new Set([3, 4, 5, 6, 8]);

/** 1–12 for a month name or abbreviation ("Sept.", "oct"), else null. */
export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(key));
  return key.length === 3 && i >= 0 ? i + 1 : null;
}

/** Month and weekday names only count when capitalised: "may" and "march" are words first. */
export function isTitled(word: string): boolean {
  return /^[A-Z][a-z]/.test(word);
}

/**
 * Capitalised words that, after a date, make it part of a name ("the March 23 Movement", "the
 * 14 March Alliance", "the February 17 Revolution").
 */
export const NAMED_AFTER_DATE = "Movement|Alliance|Revolution|Coalition|Front|Uprising|Brigades?|Manifesto";

/**
 * Capitalised words that, before a weekday, make a named day ("Good Friday", "Bloody Sunday",
 * "Black Monday"): a feast or a remembered day, whose name also names an accord, a crash or an
 * inquiry after it.
 */
export const NAMED_DAY_BEFORE_WEEKDAY = "Good|Holy|Black|Bloody|Maundy|Palm|Ash|Shrove|Whit|Cyber";

/** Weekdays and the days named from today. */
export const DAY_WORDS: readonly string[] = [...WEEKDAYS, "today", "yesterday", "tomorrow"];

/** 0 (Monday) – 6 (Sunday), or -1. */
export function weekdayNumber(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number]);
}

export const SEASON = "spring|summer|fall|autumn|winter";

export function seasonOf(word: string): Season {
  const w = word.toLowerCase();
  return w === "autumn" ? "fall" : (w as Season);
}

/** TimeML's parts of the day: morning, afternoon, evening, night (and midday/"daytime"). */
export const DAY_PART_WORDS: readonly string[] = [
  "morning",
  "afternoon",
  "evening",
  "night",
  "overnight",
  "tonight",
  "noon",
  "midnight",
  "midday",
];
export const DAY_PART = DAY_PART_WORDS.filter((w) => w !== "tonight").join("|");
const DAY_PART_CODES: Record<string, string> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
  tonight: "NI",
  noon: "12:00",
  midday: "12:00",
  midnight: "24:00",
};

/** The TimeML code of a part of the day ("MO", "NI") or its clock time ("12:00"). */
export function dayPartCode(word: string): string {
  return DAY_PART_CODES[word.toLowerCase()] ?? "DT";
}

const UNITS_19 = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

const NUMBER_WORDS: Record<string, number> = {
  ...Object.fromEntries(UNITS_19.map((w, i) => [w, i])),
  ...Object.fromEntries(TENS.flatMap((w, i) => (w ? [[w, i * 10]] : []))),
  a: 1,
  an: 1,
  single: 1,
  dozen: 12,
  hundred: 100,
  thousand: 1000,
};

/** Counts whose size the text does not say: TimeML writes them with an X ("PXY"). */
const VAGUE_COUNTS: Record<string, number> = { few: 3, several: 3, many: 5, some: 3 };

export const SMALL_NUMBER = `(?:${TENS.filter(Boolean).join("|")})(?:[\\s-](?:${UNITS_19.slice(1, 10).join("|")}))?|${UNITS_19.slice(1).join("|")}|dozen|(?:a\\s+)?hundred|(?:a\\s+)?thousand`;
/** A written count: digits ("16", "2 1/2"), words ("twenty-four"), "a", "a few", "a couple of", "several". */
export const COUNT = `\\d{1,4}(?:\\s+1/2|\\.5)?|(?:a\\s+)?(?:few|couple(?:\\s+of)?)|several|many|(?:${SMALL_NUMBER})(?:\\s+and\\s+a\\s+half)?|an?|single`;

const FILLERS = new Set(["of", "and", "a", "an"]);

/** The number a COUNT stands for, and whether the text leaves it vague ("a few": 3, vague). */
export function countOf(words: string): { n: number; vague: boolean } {
  const w = words.toLowerCase().trim();
  if (/^\d/.test(w)) return { n: parseFloat(w) + (/\s1\/2$/.test(w) ? 0.5 : 0), vague: false };
  const parts = w.split(/[\s-]+/).filter((p) => !FILLERS.has(p));
  const vague = parts.find((p) => p in VAGUE_COUNTS);
  if (vague !== undefined) return { n: VAGUE_COUNTS[vague]!, vague: true };
  let n = 0;
  let half = false;
  for (const p of parts) {
    if (p === "half") half = true;
    else if (p === "hundred" || p === "thousand") n = Math.max(n, 1) * NUMBER_WORDS[p]!;
    else n += NUMBER_WORDS[p] ?? (p === "couple" ? 2 : 0);
  }
  // "a", "an", "a half": one of the unit unless "half" alone says otherwise.
  if (n === 0 && !half) n = 1;
  return { n: half ? n + 0.5 : n, vague: false };
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
};
export const ORDINAL = `${Object.keys(ORDINAL_WORDS).join("|")}|\\d{1,2}(?:st|nd|rd|th)`;

/** 1 for "first" or "1st", … ; null for anything else. */
export function ordinalOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+(?:st|nd|rd|th)$/.test(w)) return parseInt(w, 10);
  return ORDINAL_WORDS[w] ?? null;
}

/** Words that repeat a time: "every week", "each July", "hourly", "on Mondays", "Tuesday nights". */
export const REPEATING: readonly string[] = [
  "every",
  "each",
  "hourly",
  ...WEEKDAYS.map((d) => `${d}s`),
  ...["mornings", "afternoons", "evenings", "nights"],
];

/**
 * Units a distance between two events is counted in ("a day after", "nearly a week before");
 * years are too loose to date one event from another.
 */
export const DISTANCE_UNITS: readonly Unit[] = ["hour", "day", "week", "month"];

export type Unit = "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";
/** A calendar or clock unit, singular or plural ("weeks", "centuries", "fortnight" aside). */
export const UNIT_WORDS: readonly string[] = [
  ...["second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade"].flatMap((u) => [`${u}s`, u]),
  "centuries",
  "century",
];
export const UNIT = UNIT_WORDS.join("|");

export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith("centur")) return "century";
  return w.replace(/s$/, "") as Unit;
}

/** A four-digit year of the 20th or 21st century that is not part of a number, amount or code. */
export const YEAR = "(?<![\\d.,$£€#/])(?:19|20)\\d{2}(?![\\d%]|[-–./]\\d|\\s*per\\s?cent|s\\b)";
