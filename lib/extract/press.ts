import type { Gazetteer } from "../actors/gazetteer";
import { phraseKey } from "../actors/text";
import type { SentenceAnalysis } from "../clauses/analyseSentence";
import type { SignalDraft } from "./sentenceSignals";

/** Verbs whose partner makes them consultation (CAMEO 04): speaking, talking. */
const SPEAKING = new Set(["speak", "talk"]);

/**
 * Whether a talks signal is only speaking to a news outlet ("two diplomats spoke to Reuters",
 * "officials talked to POLITICO"): a source briefs the press, it consults no party. The outlets
 * are the gazetteer's (content/organisations.json).
 */
export function speaksOnlyToPress(a: SentenceAnalysis, draft: SignalDraft, gazetteer: Gazetteer): boolean {
  const s = draft.signal;
  if (s.type !== "talks" || !SPEAKING.has(a.tokens[s.trigger]?.lemma ?? "")) return false;
  let k = s.trigger + 1;
  while (a.tokens[k]?.pos === "ADV") k++;
  if (!/^(?:to|with)$/.test(a.tokens[k]?.lower ?? "")) return false;
  k++;
  if (a.tokens[k]?.lower === "the") k++;
  let end = k;
  while (end < a.tokens.length && /^\p{Lu}/u.test(a.tokens[end]!.text)) end++;
  if (end === k) return false;
  const name = a.text.slice(a.tokens[k]!.start, a.tokens[end - 1]!.end);
  // "spoke to Reuters and to Putin's envoy": a party beside the outlet is still consulted.
  const more = a.tokens[end]?.lower === "and";
  return !more && gazetteer.organisations.outlets.has(phraseKey(name));
}
