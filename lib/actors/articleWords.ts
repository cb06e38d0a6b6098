import type { Gazetteer } from "./gazetteer";
import { PLACE_PREPOSITIONS } from "./lexicon";
import { agentPhraseEnd, demonymAt } from "./match";
import { rawActor, type ArticleWords, type SentenceView } from "./sentenceView";

/**
 * What the whole article says about its words, read once: which it writes in lower case
 * (ordinary words, however often a sentence starts with them), which it uses as places, how
 * often each is capitalised, and which states it names in an unambiguous way (by name, demonym,
 * or a party or person of that country).
 */
export function articleWords(sentences: readonly SentenceView[], g: Gazetteer): ArticleWords {
  const lower = new Set<string>();
  const places = new Set<string>();
  const capitalised = new Map<string, number>();
  const states = new Set<string>();
  // states an ambiguous name alone (1) or an ambiguous demonym heading an agent (2) may stand for
  const ownNames = new Map<string, number>();
  const seen = (id: string | undefined, bit: number) => {
    if (id) ownNames.set(id, (ownNames.get(id) ?? 0) | bit);
  };
  for (const s of sentences) {
    const { tokens } = s;
    for (const r of s.raws) {
      const actor = g.byId.get(rawActor(r) ?? "");
      if (actor?.kind === "state") states.add(actor.id);
      // A party or person of one country names it too: "M23" settles "Congo" as the DR Congo.
      else if (actor?.country && g.stateOfCountry.has(actor.country)) states.add(g.stateOfCountry.get(actor.country)!);
    }
    tokens.forEach((t, i) => {
      if (!t.word) return;
      if (!t.cap) {
        if (!s.headline) lower.add(t.fold);
        return;
      }
      capitalised.set(t.fold, (capitalised.get(t.fold) ?? 0) + 1);
      const demonym = demonymAt(tokens, i, g);
      if (demonym) states.add(demonym.stateId);
      const joined = joinedAmbiguousState(s, i, g);
      if (joined) states.add(joined);
      const next = tokens[i + 1];
      if (!s.headline && !(next?.word && next.cap)) seen(onlyCandidate(nameCandidates(g, t.fold)), 1);
      if (agentPhraseEnd(tokens, i + 1) > 0) seen(onlyCandidate(g.ambiguous.demonyms.get(t.fold)), 2);
      const prev = tokens[i - 1]?.fold === "the" ? tokens[i - 2] : tokens[i - 1];
      if (prev?.word && PLACE_PREPOSITIONS.has(prev.fold)) {
        places.add(t.fold);
        if (next?.word && next.cap) places.add(`${t.fold} ${next.fold}`);
      }
    });
  }
  // "Envoys of Georgia and the rebels met … Georgian troops withdrew": a name and its own
  // demonym, each ambiguous alone ("Georgia" is a US state too, "Georgian" a style), name the
  // one state both may stand for when the demonym speaks of its people acting.
  for (const [id, bits] of ownNames) if (bits === 3) states.add(id);
  return { lower, places, capitalised, states };
}

/** The state an ambiguous word stands for when it may stand for one only. */
const onlyCandidate = (candidates: readonly string[] | undefined) =>
  candidates?.length === 1 ? candidates[0] : undefined;

/** The states an ambiguous one-word name ("Georgia") may stand for. */
const nameCandidates = (g: Gazetteer, fold: string) =>
  g.ambiguous.index.get(fold)?.find((p) => p.tokens.length === 1)?.candidates;

const JOINERS = new Set(["and", "or"]);

/**
 * The one state an ambiguous name or demonym at token `i` stands for when "and" or "or" joins it
 * to an unambiguous state ("Russia and Georgia", "Russian and Georgian officials"): joined to a
 * state, it is one.
 */
function joinedAmbiguousState(s: SentenceView, i: number, g: Gazetteer): string | null {
  const { tokens } = s;
  const fold = tokens[i]!.fold;
  const state = onlyCandidate(g.ambiguous.demonyms.get(fold) ?? nameCandidates(g, fold));
  if (!state) return null;
  const stateAt = (k: number) =>
    !!tokens[k]?.cap && (g.byId.get(rawActor(s.rawAt[k]) ?? "")?.kind === "state" || !!demonymAt(tokens, k, g));
  const joinedAt = (k: number, other: number) => JOINERS.has(tokens[k]?.fold ?? "") && stateAt(other);
  return joinedAt(i + 1, i + 2) || joinedAt(i - 1, i - 2) ? state : null;
}
