import type { CleanSentence } from "../model/mentions";
import { splitSentences } from "../sentences/splitSentences";
import { cleanBodyMapped, type CleanedText } from "./cleanBody";

/** Cleans a raw body and splits it into sentences that carry their span in the raw body too. */
export function cleanSentences(
  raw: string,
  opts?: { title?: string },
): { cleaned: CleanedText; sentences: CleanSentence[] } {
  const { cleaned, rawEndOf } = cleanBodyMapped(raw, opts);
  const sentences = splitSentences(cleaned.text).map((s): CleanSentence => ({
    text: s.text,
    start: s.start,
    end: s.end,
    rawStart: cleaned.toRaw(s.start),
    // The end of the last character's source, not its start plus one: a repaired character
    // can stand for several raw ones.
    rawEnd: rawEndOf(s.end - 1),
    paragraph: s.paragraph,
  }));
  return { cleaned, sentences };
}
