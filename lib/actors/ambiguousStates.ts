import type { ActorMention } from "../model/mentions";
import { isLocative, prevWord } from "./findActors";
import type { Gazetteer } from "./gazetteer";
import { COUNTRY_LOCATIVES } from "./lexicon";
import { agentPhraseEnd, scanTokens } from "./match";
import type { ArticleWords, SentenceView } from "./sentenceView";

/**
 * Bare names too ambiguous to match alone ("Georgia", "Jordan", "Congo", content/states.json):
 * one stands for a state only when the article names exactly one of its candidate states in
 * another way too ("Georgian", "Tbilisi", "DR Congo"), and, like any state name, not as a place
 * ("in Georgia") nor as part of a longer name ("Michael Jordan", "Georgia Meloni").
 */

const NONE = new Map<string, string>();
const NO_STARTS = new Set<string>();

/** The one candidate state the article also names, or null. */
export function supportedState(candidates: readonly string[] | undefined, words: ArticleWords): string | null {
  const named = (candidates ?? []).filter((id) => words.states.has(id));
  return named.length === 1 ? named[0]! : null;
}

export function ambiguousStateMentions(s: SentenceView, g: Gazetteer, words: ArticleWords): ActorMention[] {
  const out: ActorMention[] = [];
  const { tokens } = s;
  const ambiguous = { index: g.ambiguous.index, demonyms: NONE, demonymStarts: NO_STARTS };
  for (const raw of scanTokens(tokens, ambiguous)) {
    if (!("pattern" in raw.match) || raw.match.pattern.kind !== "name") continue;
    if (s.rawAt[raw.start]) continue;
    const id = supportedState(raw.match.pattern.candidates, words);
    if (!id || isLocative(tokens, raw.start, COUNTRY_LOCATIVES)) continue;
    const next = tokens[raw.coreEnd];
    const before = prevWord(tokens, raw.start);
    if (!s.headline && ((next?.word && next.cap) || (before?.cap && raw.start - 1 > tokens.findIndex((t) => t.word))))
      continue;
    const text = s.text.slice(tokens[raw.start]!.start, tokens[raw.end - 1]!.end);
    out.push({ actorId: id, text, index: tokens[raw.start]!.start, via: "name" });
  }
  // "Congolese officials": an ambiguous demonym heading an agent phrase.
  tokens.forEach((t, i) => {
    if (!t.word || !t.cap || s.rawAt[i]) return;
    const id = supportedState(g.ambiguous.demonyms.get(t.fold), words);
    const end = id ? agentPhraseEnd(tokens, i + 1) : -1;
    if (id && end > 0)
      out.push({ actorId: id, text: s.text.slice(t.start, tokens[end - 1]!.end), index: t.start, via: "alias" });
  });
  return out;
}
