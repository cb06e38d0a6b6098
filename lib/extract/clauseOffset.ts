import { tokenAtChar, type SentenceAnalysis } from "../clauses/analyseSentence";
import { unitShift } from "../dates/shifts";
import { isoOfEpochDay, parseIsoDay } from "../dates/spans";
import { COUNT, countOf, DISTANCE_UNITS, unitOf, type Unit } from "../dates/words";
import type { DateMention } from "../model/mentions";
import type { EventDate } from "../model/schema";

/**
 * How far the event of a clause of "after" or "before" lies from the time of the clause it hangs
 * on: "will meet the envoy on Monday, nearly a week after the group called off the talks" puts
 * the calling off about a week before Monday; "a day before the deadline expired" puts the
 * expiry a day after.
 */
export interface ClauseOffset {
  /** the words that give the distance ("nearly a week after") */
  text: string;
  unit: Unit;
  n: number;
  /** "nearly a week": less than the distance; "more than a week": more; "days": a few */
  bound: "under" | "over" | "few" | null;
  /** -1: the clause's event came earlier ("after"), 1: later ("before") */
  sign: -1 | 1;
}

const UNDER = "nearly|almost|barely|less\\s+than|under|just\\s+under";
const OVER = "more\\s+than|over|just\\s+over";
const ABOUT = "about|around|roughly|some|approximately|just|only|exactly|precisely";
const DISTANCE = new RegExp(
  `(?:\\b(?:(?<under>${UNDER})|(?<over>${OVER})|${ABOUT})\\s+)?(?:\\b(?<n>${COUNT})\\s+)?\\b(?<u>(?:${DISTANCE_UNITS.join("|")})s?)\\s+$`,
  "i",
);
/**
 * Words before a count that make it a length, not a distance: "held for three days before the
 * attack", "the fighting lasted two days after the truce".
 */
const LENGTH_BEFORE =
  /\b(?:for|lasted|lasts|last|lasting|continued|continues|went\s+on|held|took|spent|remained|stayed|waited)\s+$/i;

/** The distance written right before the "after" or "before" that opens clause `i`, or null. */
export function clauseOffset(a: SentenceAnalysis, i: number): ClauseOffset | null {
  const c = a.clauses[i]!;
  if (c.kind !== "adverbial" || (c.opener !== "after" && c.opener !== "before")) return null;
  const opener = a.tokens[c.start];
  if (opener?.lower !== c.opener) return null;
  const before = a.text.slice(Math.max(0, opener.start - 60), opener.start);
  const m = DISTANCE.exec(before);
  if (!m?.groups || LENGTH_BEFORE.test(before.slice(0, m.index))) return null;
  const { n: count, u } = m.groups;
  // A bare plural ("days after", "hours before") is a few of the unit; "weeks" or "months" alone too vague to place.
  if (!count && !/^(?:hours|days)$/i.test(u!)) return null;
  const { n, vague } = count ? countOf(count) : { n: 1, vague: true };
  const bound = vague ? "few" : m.groups.under ? "under" : m.groups.over ? "over" : null;
  return { text: `${m[0]}${c.opener}`, unit: unitOf(u!), n, bound, sign: c.opener === "after" ? -1 : 1 };
}

/** The slack, in days, either side of a distance of `n` units: none for days, some for weeks and months. */
function slack(unit: Unit, n: number): number {
  if (unit === "week") return Math.min(7, Math.ceil(3 * n));
  if (unit === "month") return Math.min(20, Math.ceil(10 * n));
  return 0;
}

/**
 * The date of a clause `offset` away from `from`, the date of the clause it hangs on: a day for a
 * count of days or hours from a day, else a range that allows for the looseness of "a week" or
 * "nearly a month".
 */
export function offsetDate(from: EventDate, offset: ClauseOffset): EventDate | null {
  const anchor = parseIsoDay(from.start);
  if (!anchor || from.start !== from.end) return null;
  const { unit, n, bound, sign } = offset;
  const centre = unitShift(anchor, unit, sign * n);
  const loose = slack(unit, n);
  let [near, far] = [centre - sign * loose, centre + sign * loose];
  // "nearly a week": closer than the distance; "more than a week": farther.
  if (bound === "under") far = centre;
  if (bound === "over") near = centre;
  // "days after", "a few weeks after": between one and a few of the unit ("hours after": the same day).
  if (bound === "few")
    [near, far] =
      unit === "hour" ? [centre, centre] : [unitShift(anchor, unit, sign), unitShift(anchor, unit, 4 * sign)];
  const [lo, hi] = [Math.min(near, far), Math.max(near, far)];
  return {
    start: isoOfEpochDay(lo),
    end: isoOfEpochDay(hi),
    precision: lo === hi ? "day" : "range",
    text: offset.text,
    basis: "relative",
  };
}

/** Words before "after" that put a clause on the day of the clause it follows ("moments after"). */
const SOON_BEFORE = /\b(?:shortly|soon|moments?|minutes|immediately|just|right)\s+$/i;

/**
 * The date of clause `i` that a clause of "after" hanging on it gives, from the one day that
 * clause states and how soon after it `i` came: "spoke minutes after the polls closed on
 * Sunday" is of Sunday, "signed the deal a day after the talks ended on Monday" of Tuesday. A
 * bare "after" gives no distance, and so no date.
 */
export function dateAfterClause(a: SentenceAnalysis, i: number, dates: readonly DateMention[]): DateMention | null {
  for (const [j, c] of a.clauses.entries()) {
    if (c.parent !== i || c.kind !== "adverbial" || c.opener !== "after") continue;
    const opener = a.tokens[c.start];
    if (opener?.lower !== "after") continue;
    const own = dates.filter((d) => a.clauseOf[tokenAtChar(a, d.index)] === j);
    const day = own.length === 1 && own[0]!.start === own[0]!.end ? own[0]! : null;
    if (!day) continue;
    const offset = clauseOffset(a, j);
    const soon = SOON_BEFORE.exec(a.text.slice(Math.max(0, opener.start - 20), opener.start));
    const date = offset
      ? offsetDate(day, { ...offset, sign: 1 })
      : soon
        ? { ...day, precision: "day" as const, text: `${soon[0]}after`, basis: "relative" as const }
        : null;
    if (date) return { ...date, index: day.index, future: day.future };
  }
  return null;
}
