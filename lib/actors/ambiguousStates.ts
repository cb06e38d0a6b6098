import type { ActorMention } from "../model/mentions";
import { isLocative, prevWord } from "./findActors";
import type { Gazetteer } from "./gazetteer";
import { COUNTRY_LOCATIVES } from "./lexicon";
import { demonymAt, demonymSeries, hyphenParticipleEnd, scanTokens, seriesPhraseEnd } from "./match";
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
  const ambiguous = { index: g.ambiguous.index, byId: g.byId, demonyms: NONE, demonymStarts: NO_STARTS };
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
  // "Congolese officials", "the Burundian and Congolese delegations", "Congolese-led talks": an
  // ambiguous demonym heading an agent phrase, alone or in a series with others.
  const ambiguousAt = (k: number) => (tokens[k]?.cap && g.ambiguous.demonyms.has(tokens[k]!.fold) ? k + 1 : -1);
  const anyAt = (k: number) => (ambiguousAt(k) > 0 ? k + 1 : (demonymAt(tokens, k, g)?.end ?? -1));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.cap || s.rawAt[i] || ambiguousAt(i) < 0) continue;
    const series = demonymSeries(s.text, tokens, i, anyAt);
    let end = seriesPhraseEnd(tokens, series);
    if (end < 0 && series.parts.length === 1) end = hyphenParticipleEnd(s.text, tokens, i + 1);
    if (end < 0) continue;
    series.parts.forEach(([from], n) => {
      const id = supportedState(g.ambiguous.demonyms.get(tokens[from]!.fold), words);
      if (!id || s.rawAt[from] || ambiguousAt(from) < 0) return;
      const to = n === series.parts.length - 1 ? end : from + 1;
      const text = s.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
      out.push({ actorId: id, text, index: tokens[from]!.start, via: "alias" });
    });
    i = end - 1;
  }
  return out;
}
