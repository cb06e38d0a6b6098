/**
 * The present, the past and the future as such: "now", "currently", "the current …", "recently",
 * "recent …", "the past", "the future", "soon", "will one day". TimeML values them PRESENT_REF, PAST_REF and
 * FUTURE_REF; they date no event.
 */
import { timexOnly } from "../found";
import { rule, type Family } from "../rule";

/** "will one day be", "to one day lead": "one day" between a modal or "to" and its verb is a time to come. */
const ONE_DAY_TO_COME =
  "(?<=\\b(?:will|would|could|might|may|can|should|shall|to)\\s+)one\\s+day(?=\\s+(?!(?:in|on|of|a|an|the|per|and|or|at|for|to|from|before|after|later|earlier|ago|each|every|off|only)\\b)[a-z])";
const ONE_DAY_AT = new RegExp(ONE_DAY_TO_COME, "iy");

/** Whether the words at `index` are such a "one day" (a duration otherwise). */
export function oneDayToCome(sentence: string, index: number): boolean {
  ONE_DAY_AT.lastIndex = index;
  return ONE_DAY_AT.test(sentence);
}

const reference = (value: string) => (_m: RegExpExecArray, _ctx: unknown, index: number, length: number) =>
  timexOnly(index, length, { type: "DATE", value });

export const REFERENCES: Family = {
  // Every phrase of the family has a word for the present, past or future.
  words: [
    "now",
    "current",
    "currently",
    "recent",
    "recently",
    "past",
    "future",
    "soon",
    "days",
    "nowadays",
    "present",
    "moment",
    "term",
    "day",
  ],
  rules: [
    // "now", "right now", "currently", "these days", "at present", "current" before its noun
    rule(
      `\\b(?<d>(?:right\\s+)?now|currently|these\\s+days|nowadays|at\\s+present|at\\s+the\\s+moment|current)\\b(?!\\s+(?:account|affairs|events|and|,|\\.))`,
      reference("PRESENT_REF"),
    ),
    // "recently", "recent" before its noun, "in recent years", "the past", "in the past"
    rule(
      `\\b(?<d>(?:more\\s+|most\\s+|until\\s+)?recently|recent(?=\\s+[a-z])|recent\\s+years|the\\s+past)\\b(?!\\s+(?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|quarter|hour)|-)`,
      reference("PAST_REF"),
    ),
    // "will one day be", "may one day return", "to one day lead": at some time to come
    rule(`\\b(?<d>${ONE_DAY_TO_COME})\\b`, reference("FUTURE_REF")),
    // "the future", "the near future", "soon", "in the near term"
    rule(
      `\\b(?<d>the\\s+(?:near\\s+|foreseeable\\s+|distant\\s+)?future|(?<!\\bas\\s)soon(?!\\s+(?:after|as|afterwards?)\\b)|the\\s+(?:near|short)\\s+term)\\b(?!\\s+of\\b)`,
      reference("FUTURE_REF"),
    ),
  ],
};
