/**
 * Holidays that date what news tells of them: "on New Year's Eve", "by Christmas", "over
 * Orthodox Easter", "before Eid al-Fitr", "until Thanksgiving". A holiday is a day of a year
 * (its year chosen as for a day written without one, or written after it: "on Christmas Day
 * 2014"); a moveable one is computed (Easter by the Gregorian or the Julian computus, the US
 * Thanksgiving as November's fourth Thursday, the Islamic feasts from the Umm al-Qura calendar
 * that Intl carries), and Ramadan is its month's days.
 *
 * Only after a preposition of time: "an Easter truce", "the Christmas message" or "the Good
 * Friday Agreement" name something else after the holiday, and are left alone.
 */
import { explicit, yearless } from "../found";
import { g, rule, type Family } from "../rule";
import { epochDay, epochSpan, type Span } from "../spans";

/** The epoch day of Easter Sunday in year `y`, by the Gregorian computus (Meeus/Jones/Butcher). */
function westernEaster(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDay(y, month, day);
}

/** The epoch day of Orthodox Easter in year `y`: the Julian computus, moved to the Gregorian calendar. */
function orthodoxEaster(y: number): number {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // The Julian calendar runs 13 days behind the Gregorian from 1900 to 2099.
  return epochDay(y, month, day) + 13;
}

/** November's fourth Thursday: the US Thanksgiving. */
function thanksgiving(y: number): number {
  const first = epochDay(y, 11, 1);
  // (epoch day 0, 1 January 1970, was a Thursday)
  const toThursday = ((-first % 7) + 7) % 7;
  return first + toThursday + 21;
}

const ISLAMIC = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
  timeZone: "UTC",
  day: "numeric",
  month: "numeric",
});

/** The days of year `y` that fall on day `d` of Islamic month `m` (a year may hold two, or one). */
function islamicDays(y: number, m: number, d: number): number[] {
  const days: number[] = [];
  for (let n = epochDay(y, 1, 1); n <= epochDay(y, 12, 31); n++) {
    const parts = ISLAMIC.formatToParts(new Date(n * 86_400_000));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    if (part("month") === m && part("day") === d) days.push(n);
  }
  return days;
}

const cache = new Map<string, Span | null>();
/** `make`, computed once per year. */
const remembered =
  (name: string, make: (y: number) => Span | null) =>
  (y: number): Span | null => {
    const key = `${name}:${y}`;
    if (!cache.has(key)) cache.set(key, make(y));
    return cache.get(key)!;
  };

const oneDay = (n: number | undefined): Span | null => (n === undefined ? null : epochSpan(n, n));
const fixed = (m: number, d: number) => (y: number) => oneDay(epochDay(y, m, d));

interface Holiday {
  /** the words, as a regular expression */
  words: string;
  make: (y: number) => Span | null;
}

/** The holidays, longest words first, so that "Christmas Eve" is not read as "Christmas". */
const HOLIDAYS: readonly Holiday[] = [
  { words: "New\\s+Year['’]s\\s+Eve", make: fixed(12, 31) },
  { words: "New\\s+Year['’]s(?:\\s+Day)?", make: fixed(1, 1) },
  { words: "Orthodox\\s+Christmas(?:\\s+Day)?", make: fixed(1, 7) },
  { words: "Christmas\\s+Eve", make: fixed(12, 24) },
  { words: "Christmas(?:\\s+Day)?", make: fixed(12, 25) },
  { words: "Boxing\\s+Day", make: fixed(12, 26) },
  { words: "Orthodox\\s+Easter(?:\\s+Sunday)?", make: (y) => oneDay(orthodoxEaster(y)) },
  { words: "Easter\\s+Monday", make: (y) => oneDay(westernEaster(y) + 1) },
  { words: "Good\\s+Friday", make: (y) => oneDay(westernEaster(y) - 2) },
  { words: "Easter(?:\\s+Sunday)?", make: (y) => oneDay(westernEaster(y)) },
  { words: "Thanksgiving(?:\\s+Day)?", make: (y) => oneDay(thanksgiving(y)) },
  {
    words: "Eid\\s+al-Fitr",
    make: remembered("fitr", (y) => oneDay(islamicDays(y, 10, 1)[0])),
  },
  {
    words: "Eid\\s+al-Adha",
    make: remembered("adha", (y) => oneDay(islamicDays(y, 12, 10)[0])),
  },
  {
    words: "Ramadan",
    make: remembered("ramadan", (y) => {
      const first = islamicDays(y, 9, 1)[0];
      const eid = islamicDays(y, 10, 1).find((n) => first !== undefined && n > first);
      return first === undefined || eid === undefined ? null : epochSpan(first, eid - 1);
    }),
  },
];

/** Nouns a holiday names, or is the time of, rather than dates: "the Christmas truce", "the Good Friday Agreement". */
const NAMING =
  "(?:truce|ceasefire|cease-fire|armistice|agreement|accords?|deal|treaty|protocol|declaration|offensive|rising|uprising|war|massacre|attacks?|bombings?|message|address|speech|service|services|weekend|period|holidays?|break|recess|season|deadline)";

/** The words of time a holiday follows, in either case: the rules are case-sensitive, for the holiday's capitals. */
const PREPOSITION = `(?:${[
  "on",
  "at",
  "by",
  "before",
  "after",
  "until",
  "till",
  "over",
  "during",
  "since",
  "through",
  "around",
  "from",
  "ahead\\s+of",
]
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join("|")})`;
const YEAR = "(?<y>(?:19|20)\\d{2})(?![\\d%])";

const holidayRule = (h: Holiday) =>
  rule(
    `\\b${PREPOSITION}\\s+(?<d>(?:the\\s+)?${h.words}(?:,?\\s+${YEAR})?)(?![\\w-])(?!\\s+${NAMING}\\b)`,
    (m, ctx, index, length) => {
      const year = g(m, "y");
      // (the instance of the year written, else of the reference year, gives its month: a
      // range that lends a year compares months, and the Islamic feasts move through the year)
      const sample = h.make(Number(year ?? ctx.ref?.y ?? 2001));
      const precision = sample && sample.start !== sample.end ? "range" : "day";
      if (year !== undefined) return explicit(index, length, precision, sample);
      return yearless(ctx, index, length, precision, Number(sample?.start.slice(5, 7) ?? 1), h.make);
    },
    true,
  );

/** Whether a date mention's words are a holiday's without a year ("New Year's Eve"), read in a story's year as a day written without one is. */
export const HOLIDAY_ALONE = new RegExp(`^(?:the\\s+)?(?:${HOLIDAYS.map((h) => h.words).join("|")})$`);

/** A sentence that may name a holiday: most name none, and are not scanned with every rule. */
const MAY_NAME_HOLIDAY = /Year['’]s|Christmas|Boxing|Easter|Good Friday|Thanksgiving|Eid al-|Ramadan/;

export const HOLIDAYS_FAMILY: Family = {
  words: [],
  also: (sentence) => MAY_NAME_HOLIDAY.test(sentence),
  rules: HOLIDAYS.map(holidayRule),
};
