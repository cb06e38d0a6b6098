/**
 * Recurring times: "every week", "each month", "every Thursday", "each July", "Tuesday nights",
 * "twice a week". TimeML values them as one period ("P1W") or as the repeated calendar
 * time ("XXXX-WXX-4", "XXXX-07"); they date no event.
 */
import { timexOnly } from "../found";
import { g, rule, type Family } from "../rule";
import { durationValue } from "../timexValue";
import {
  BARE_MONTH,
  DAY_PART,
  SEASON,
  WEEKDAY,
  dayPartCode,
  isTitled,
  monthNumber,
  REPEATING,
  seasonOf,
  unitOf,
  weekdayNumber,
} from "../words";

const SEASON_CODES = { spring: "SP", summer: "SU", fall: "FA", winter: "WI" } as const;

const set = (index: number, length: number, value: string) => timexOnly(index, length, { type: "SET", value });

/** "Thursday" → "XXXX-WXX-4", with "TNI" for "Thursday nights". */
function weekdaySet(day: string, part: string | undefined): string {
  return `XXXX-WXX-${weekdayNumber(day) + 1}${part === undefined ? "" : `T${dayPartCode(part)}`}`;
}

export const SETS: Family = {
  // Every phrase of the family has a word that repeats a time.
  words: [...REPEATING, "once", "twice", "times"],
  rules: [
    // "every week", "each quarter", "every other month", "every Thursday", "each July", "every summer"
    rule(
      `\\b(?<d>(?:every|each)\\s+(?:other\\s+)?(?:(?<u>hour|day|week|month|quarter|year|decade)|(?<wd>${WEEKDAY})(?:\\s+(?<part>${DAY_PART}))?|(?<mon>${BARE_MONTH})|(?<s>${SEASON})))\\b`,
      (m, _ctx, index, length) => {
        const unit = g(m, "u");
        if (unit !== undefined) return set(index, length, durationValue(1, unitOf(unit)));
        const wd = g(m, "wd");
        if (wd !== undefined) return set(index, length, weekdaySet(wd, g(m, "part")));
        const mon = g(m, "mon");
        if (mon !== undefined) {
          const month = monthNumber(mon);
          return month === null || !isTitled(mon) ? null : set(index, length, `XXXX-${String(month).padStart(2, "0")}`);
        }
        return set(index, length, `XXXX-${SEASON_CODES[seasonOf(g(m, "s") ?? "")]}`);
      },
    ),
    // "Tuesday nights", "on Mondays"
    rule(
      `\\b(?<d>(?<wd>${WEEKDAY})s|(?<wd2>${WEEKDAY})\\s+(?<part>${DAY_PART.replace(/\|/g, "s|")}s))\\b`,
      (m, _ctx, index, length) => {
        const wd = g(m, "wd") ?? g(m, "wd2") ?? "";
        const part = g(m, "part")?.replace(/s$/, "");
        return isTitled(wd) ? set(index, length, weekdaySet(wd, part)) : null;
      },
    ),
    // "twice a week", "three times a year", "hourly"; a rate ("$100 million a year") is no time
    rule(
      `\\b(?:times|once|twice)\\s+(?<d>(?:a|an|per)\\s+(?<u>hour|day|week|month|quarter|year))\\b|\\bhourly\\b`,
      (m, _ctx, index, length) => set(index, length, durationValue(1, unitOf(g(m, "u") ?? "hour"))),
    ),
  ],
};
