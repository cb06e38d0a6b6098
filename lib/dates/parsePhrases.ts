/**
 * Every temporal phrase of a sentence, read by the phrase families in `parsers/` (one file each,
 * as chrono-node organises its parsers) and settled so that no two overlap. Both entry points
 * start here: `findDates` keeps the phrases that date events, `tagTimexes` tags them all.
 */
import { lendYearAfter } from "./refine/yearAfter";
import type { Ctx, Found } from "./found";
import { COUNTED_DISTANCES } from "./parsers/ago";
import { DOTTED_DAYS, findExplicitDays, mayHaveDay } from "./parsers/calendarDays";
import { DURATIONS } from "./parsers/durations";
import { HOLIDAYS_FAMILY } from "./parsers/holidays";
import { MONTHS } from "./parsers/months";
import { PARTS } from "./parsers/parts";
import { QUARTERS } from "./parsers/quarters";
import { REFERENCES } from "./parsers/references";
import { REFERRING_UNITS } from "./parsers/referringUnits";
import { RELATIVE_UNITS } from "./parsers/relativeUnits";
import { SEASONS } from "./parsers/seasons";
import { SETS } from "./parsers/sets";
import { STRETCHES } from "./parsers/stretches";
import { TIMES } from "./parsers/times";
import { WEEKDAYS } from "./parsers/weekdays";
import { YEARS } from "./parsers/years";
import { settleOverlaps } from "./refine/overlaps";
import { applyFamilies, type Family } from "./rule";

/**
 * On a tie in length the earlier family wins: a set before a duration ("$5 a year"), a
 * stretch before a duration ("the past two months" dates events too), a time of day before its
 * day ("Wednesday night").
 */
const FAMILIES: readonly Family[] = [
  SETS,
  MONTHS,
  YEARS,
  SEASONS,
  QUARTERS,
  PARTS,
  RELATIVE_UNITS,
  DOTTED_DAYS,
  TIMES,
  WEEKDAYS,
  HOLIDAYS_FAMILY,
  COUNTED_DISTANCES,
  REFERRING_UNITS,
  STRETCHES,
  DURATIONS,
  REFERENCES,
];

/**
 * Families none of whose phrases dates an event. They are read for the tagger only: none of
 * them can be longer than a dating phrase it overlaps, so dropping them changes no event date.
 */
const NEVER_DATING: ReadonlySet<Family> = new Set([DURATIONS, REFERENCES, REFERRING_UNITS]);

/**
 * For each word, the families (as bits) whose phrases hold it. Most sentences hold no temporal
 * phrase; looking their words up once costs far less than scanning them with every rule.
 */
const FAMILIES_OF_WORD = new Map<string, number>();
FAMILIES.forEach((f, i) => {
  for (const w of f.words) FAMILIES_OF_WORD.set(w, (FAMILIES_OF_WORD.get(w) ?? 0) | (1 << i));
});

/** The families whose words or tests the sentence passes. */
function familiesFor(sentence: string, words: readonly string[], datingOnly: boolean): Family[] {
  let bits = 0;
  for (const w of words) bits |= FAMILIES_OF_WORD.get(w) ?? 0;
  return FAMILIES.filter(
    (f, i) => !(datingOnly && NEVER_DATING.has(f)) && ((bits & (1 << i)) !== 0 || f.also?.(sentence)),
  );
}

interface Scan {
  sentence: string;
  datingOnly: boolean;
  families: Family[];
  mayHaveDay: boolean;
}

/** The last sentence's families: the tagger reads a sentence up to three times, its words once. */
let lastScan: Scan | null = null;

function scanOf(sentence: string, datingOnly: boolean): Scan {
  if (lastScan?.sentence === sentence && lastScan.datingOnly === datingOnly) return lastScan;
  const words = sentence.toLowerCase().split(/[^a-z0-9]+/);
  lastScan = {
    sentence,
    datingOnly,
    families: familiesFor(sentence, words, datingOnly),
    mayHaveDay: mayHaveDay(sentence, words),
  };
  return lastScan;
}

/**
 * The longest reading of each stretch of the sentence; rules before chrono on a tie. With
 * `datingOnly`, only the phrases that can date an event are read (what `findDates` needs).
 */
export function parsePhrases(ctx: Ctx, datingOnly = false): Found[] {
  const { families, mayHaveDay } = scanOf(ctx.sentence, datingOnly);
  const days = mayHaveDay ? findExplicitDays(ctx) : [];
  if (families.length === 0 && days.length === 0) return [];
  return lendYearAfter(ctx, settleOverlaps([...applyFamilies(ctx, families), ...days].filter(inCalendar)));
}

/**
 * A reading that counts out of the years TimeML can write ("1989 decades earlier" from 1970) is
 * no date.
 */
const inCalendar = (f: Found) =>
  (f.start === null || /^\d{4}-/.test(f.start)) && (f.end === null || /^\d{4}-/.test(f.end));
