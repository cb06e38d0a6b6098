import type { SentenceAnalysis } from "../clauses/analyseSentence";
import { dealReading, excluded, isNoun, TRUCE_WORDS } from "./classifyClause";
import type { Lexicon } from "./lexicon";

/**
 * Whether the deals a story names are all about matters of their own ("clinched a nuclear
 * deal", "an agreement on grain exports") and none is the parties' truce ("a peace deal", "an
 * agreement to end the fighting"). Then "the deal" it goes on about is one of those matters, a
 * plan and not a truce, as a reader takes it; a story that names no deal's matter leaves "the
 * deal" to the sentence.
 */
export function dealsArePlans(analyses: Iterable<SentenceAnalysis>, lex: Lexicon): boolean {
  let matters = 0;
  for (const a of analyses)
    for (const [k, t] of a.tokens.entries()) {
      // A story that speaks of a truce at all has "the deal" of that truce in mind ("Israel and
      // Hamas agreed to a ceasefire … since Washington quit the nuclear deal").
      const cls = isNoun(t) ? lex.objectNouns.get(t.lemma) : undefined;
      if (cls?.name === "truce" && !cls.halts?.has(t.lemma) && !excluded(a, k, cls)) return false;
      // (a deal named: "peace" alone is no document, "the peace deal" is)
      if (!isNoun(t) || !lex.objectNouns.get(t.lemma)?.matters || TRUCE_WORDS.has(t.lemma)) continue;
      const reading = dealReading(a, k, lex);
      if (reading === "truce") return false;
      if (reading === "matter") matters++;
    }
  return matters > 0;
}
