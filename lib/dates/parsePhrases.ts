/**
 * Every temporal phrase of a sentence, read by the phrase families in `parsers/` (one file each,
 * as chrono-node organises its parsers) and settled so that no two overlap. Both entry points
 * start here: `findDates` keeps the phrases that date events, `tagTimexes` tags them all.
 */
import type { Ctx, Found } from "./found";
import { AGO_RULES } from "./parsers/ago";
import { CALENDAR_DAY_RULES, findExplicitDays } from "./parsers/calendarDays";
import { DURATION_RULES } from "./parsers/durations";
import { MONTH_RULES } from "./parsers/months";
import { PART_RULES } from "./parsers/parts";
import { QUARTER_RULES } from "./parsers/quarters";
import { REFERENCE_RULES } from "./parsers/references";
import { RELATIVE_UNIT_RULES } from "./parsers/relativeUnits";
import { SEASON_RULES } from "./parsers/seasons";
import { SET_RULES } from "./parsers/sets";
import { STRETCH_RULES } from "./parsers/stretches";
import { TIME_RULES } from "./parsers/times";
import { WEEKDAY_RULES } from "./parsers/weekdays";
import { YEAR_RULES } from "./parsers/years";
import { settleOverlaps } from "./refine/overlaps";
import { applyRules, type Rule } from "./rule";

/**
 * On a tie in length the earlier family wins: a set before a duration ("$5 a year"), a
 * stretch before a duration ("the past two months" dates events too), a time of day before its
 * day ("Wednesday night").
 */
const RULES: readonly Rule[] = [
  ...SET_RULES,
  ...MONTH_RULES,
  ...YEAR_RULES,
  ...SEASON_RULES,
  ...QUARTER_RULES,
  ...PART_RULES,
  ...RELATIVE_UNIT_RULES,
  ...CALENDAR_DAY_RULES,
  ...TIME_RULES,
  ...WEEKDAY_RULES,
  ...AGO_RULES,
  ...STRETCH_RULES,
  ...DURATION_RULES,
  ...REFERENCE_RULES,
];

/** The longest reading of each stretch of the sentence; rules before chrono on a tie. */
export function parsePhrases(ctx: Ctx): Found[] {
  return settleOverlaps([...applyRules(ctx, RULES), ...findExplicitDays(ctx)]);
}
