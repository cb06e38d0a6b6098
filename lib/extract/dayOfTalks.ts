import type { EventDate } from "../model/schema";
import { ORDINAL, ordinalOf } from "../dates/words";
import { offsetDate } from "./clauseOffset";

/** Verbs of talks opening ("the talks opened on August 14"), whose day a day of the talks counts from. */
export const OPENINGS: ReadonlySet<string> = new Set(["open", "begin", "start", "convene", "launch"]);

/** "on the third day of the summit", "the second day of their negotiations": an ordinal day of a meeting. */
const DAY_OF = new RegExp(
  String.raw`\bthe\s+(?<nth>${ORDINAL})\s+day\s+of\s+(?:the\s+|their\s+)?(?<words>[a-z-]+(?:\s+[a-z-]+){0,2})`,
  "i",
);

/**
 * The day "on the third day of the summit" tells: the talks the story last dated began on their first
 * day, so the nth is n − 1 days after it. `isMeeting` says whether a noun names talks (the lexicon's
 * talks class). Null when the sentence names no such day or the story dated no talks to one day.
 */
export function dayOfTalks(
  text: string,
  talksBegan: EventDate | null,
  isMeeting: (noun: string) => boolean,
): { date: EventDate; at: number } | null {
  const m = DAY_OF.exec(text);
  const n = m ? ordinalOf(m.groups!.nth!.toLowerCase()) : null;
  // (the noun may follow a word or two of description: "the second day of the peace talks")
  const meeting = m?.groups!.words!.toLowerCase().split(/\s+/).some(isMeeting);
  if (!m || !n || !talksBegan || !meeting) return null;
  const words = m[0];
  const date =
    n === 1
      ? { ...talksBegan, text: words, basis: "relative" as const }
      : offsetDate(talksBegan, { text: words, unit: "day", n: n - 1, bound: null, sign: 1 });
  return date && { date, at: m.index };
}
