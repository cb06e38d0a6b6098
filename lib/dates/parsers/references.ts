/**
 * The present, the past and the future as such: "now", "currently", "the current …", "recently",
 * "recent …", "the past", "the future", "soon". TimeML values them PRESENT_REF, PAST_REF and
 * FUTURE_REF; they date no event.
 */
import { timexOnly } from "../found";
import { rule, type Family } from "../rule";

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
    // "the future", "the near future", "soon", "in the near term"
    rule(
      `\\b(?<d>the\\s+(?:near\\s+|foreseeable\\s+|distant\\s+)?future|(?<!\\bas\\s)soon(?!\\s+(?:after|as|afterwards?)\\b)|the\\s+(?:near|short)\\s+term)\\b(?!\\s+of\\b)`,
      reference("FUTURE_REF"),
    ),
  ],
};
