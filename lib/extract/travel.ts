import type { Gazetteer } from "../actors/gazetteer";
import { scanSentence } from "../actors/match";
import type { SentenceAnalysis } from "../clauses/analyseSentence";
import type { ActorMention } from "../model/mentions";
import type { SignalDraft } from "./sentenceSignals";

/** Verbs of travel that CAMEO reads as consultation (042 make a visit, 043 host a visit). */
const TRAVEL = new Set(["visit", "travel", "arrive", "fly"]);

/** Verbs of a host's receiving that a journey's coordinated clause may go on with ("arrived … and was received by …"). */
const RECEIVING = new Set(["receive", "meet", "greet", "welcome", "host"]);

/** Object classes of what a journey is for that make it part of the dealings ("flew in to sign the deal"). */
const PURPOSES = new Set(["deal", "truce", "plan"]);

/**
 * Whether a talks signal is only travel to a place no party is named for ("visited a port city",
 * "travelled to the front line"): a visit consults someone, so its clause names an actor, a
 * state or a capital after the verb ("visited Kyiv", "arrived in Moscow"), or talks or a deal
 * themselves ("flew to Doha for talks", "arrived to sign the agreement"), or the clause joined
 * to it by "and" names the host who received the traveller ("landed at dawn and was received by
 * the president"). Capitals are looked up in the gazetteer even where the actor finder reads
 * them as places.
 */
export function travelsToNoParty(
  a: SentenceAnalysis,
  draft: SignalDraft,
  actors: readonly ActorMention[],
  gazetteer: Gazetteer,
): boolean {
  const s = draft.signal;
  // (the purpose is what an infinitive completing the journey is about: "arrived to sign the
  // accord"; a truce named in passing is none: "visited troops near the ceasefire line")
  const forPurpose =
    s.classes.some((c) => PURPOSES.has(c)) &&
    a.clauses.some((c) => c.parent === s.clause && c.kind === "infinitive" && c.start > s.trigger);
  if (s.type !== "talks" || s.classes.includes("talks") || forPurpose || !TRAVEL.has(a.tokens[s.trigger]?.lemma ?? ""))
    return false;
  const clause = a.clauses[s.clause]!;
  // ("flew into the capital that night and was received by the president": whom the traveller
  // was received by or met next is the party visited)
  const received = a.clauses.find(
    (c) =>
      c.start === clause.end &&
      c.opener === "and" &&
      c.parent === clause.parent &&
      !!c.group &&
      RECEIVING.has(a.tokens[c.group.head]!.lemma),
  );
  const after = a.tokens[s.trigger + 1];
  const last = a.tokens[(received ?? clause).end - 1];
  if (!after || !last || clause.end <= s.trigger + 1) return true;
  const inside = (index: number) => index >= after.start && index < last.end;
  if (actors.some((m) => inside(m.index))) return false;
  const { tokens, raws } = scanSentence(a.text, gazetteer);
  return !raws.some((r) => inside(tokens[r.start]!.start));
}
