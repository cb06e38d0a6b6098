import type { ActorMention } from "../model/mentions";
import type { ActorLookup, Gazetteer, GazetteerActor } from "./gazetteer";
import { descriptionAt, headEnd, titleWords } from "./roles";
import type { DemonymState } from "./introducePeople";
import { UNKNOWN_ROLE } from "./discoveredActors";
import { REPORTING_VERBS, VERB_ADVERBS } from "./lexicon";
import { rawActor, type SentenceView } from "./sentenceView";
import { afterMark, type Token } from "./text";

/**
 * "the defence minister", "the secretary", "the Turkish president", "the 70-year-old leader":
 * a role noun phrase after "the" refers to the one person named earlier in the article whose
 * title has those words (and, with a demonym, that state). With two such people it stays open.
 */

/** The words of a person's titles and role, for gazetteer people and introduced ones alike. */
export function personTitleWords(a: GazetteerActor, g: Gazetteer): ReadonlySet<string> {
  return g.personTitleWords.get(a.id) ?? titleWords(a.role);
}

/** Nouns that "state" or "government" forms a compound with, after "the head of". */
const STATE_COMPOUNDS = new Set([
  "television",
  "tv",
  "media",
  "broadcaster",
  "security",
  "news",
  "agency",
  "company",
  "corporation",
  "department",
  "council",
  "committee",
  "property",
  "budget",
  "debt",
]);

interface RolePhrase {
  start: number;
  end: number;
  words: string[];
  /** for a description ("the head of state"): the titles, one of which the person holds */
  anyOf: readonly (readonly string[])[] | null;
  state: string | null;
}

/** A role phrase opening at token `i` ("the" …), or null. */
function rolePhraseAt(s: SentenceView, i: number, g: Gazetteer, demonym: DemonymState): RolePhrase | null {
  const { tokens } = s;
  if (tokens[i]?.fold !== "the") return null;
  let j = i + 1;
  const words: string[] = [];
  let state: string | null = null;
  // "70-year-old": the age is written as three tokens once hyphens are dropped.
  if (/^\d+$/.test(tokens[j]?.fold ?? "") && tokens[j + 1]?.fold === "year" && tokens[j + 2]?.fold === "old") j += 3;
  const d = tokens[j]?.cap ? demonym(tokens[j]!.fold) : null;
  // "the UN envoy", "the U.N.'s envoy": a body the gazetteer knows, whose name the person's
  // title must hold too.
  const raw = d ? undefined : s.rawAt[j];
  const body = raw?.start === j ? g.byId.get(rawActor(raw) ?? "") : undefined;
  if (d) {
    state = d;
    j++;
  } else if (body && body.kind !== "person" && body.kind !== "state") {
    for (let k = j; k < raw!.coreEnd; k++) if (tokens[k]!.word) words.push(tokens[k]!.fold);
    j = raw!.end;
  }
  // "the head of state", "the Russian head of state": a description of whoever holds such a title.
  const described = descriptionAt(tokens, j, g.roles);
  const next = tokens[described?.end ?? -1];
  // ("the head of state television", "the head of state security": a compound, not the description)
  if (described && !(next?.word && (next.cap || STATE_COMPOUNDS.has(next.fold))))
    return { start: i, end: described.end, words: [], anyOf: described.heads, state };
  while (tokens[j]?.word && g.roles.modifiers.has(tokens[j]!.fold) && headEnd(tokens, j, g.roles) < 0) {
    words.push(tokens[j]!.fold);
    j++;
  }
  let end = headEnd(tokens, j, g.roles);
  if (end < 0 && tokens[j]?.word && g.titleHeads.has(tokens[j]!.fold)) end = j + 1;
  if (end < 0) return null;
  for (let k = j; k < end; k++) words.push(tokens[k]!.fold);
  const after = tokens[end];
  // "the president of Ukraine" is a title of its own; "the minister Olivier …" an apposition.
  if (after?.fold === "of" || (after?.word && after.cap) || after?.fold === "'") return null;
  return { start: i, end, words: words.filter((w) => w !== "of" && w !== "the"), anyOf: null, state };
}

/** A phrase from `start` to `end` that speaks: "the leader said", "…, said the minister". */
function speaks(tokens: readonly Token[], start: number, end: number): boolean {
  let j = end;
  while (tokens[j]?.word && VERB_ADVERBS.has(tokens[j]!.fold)) j++;
  if (tokens[j]?.word && REPORTING_VERBS.has(tokens[j]!.fold)) return true;
  const before = tokens[start - 1];
  return !!before?.word && REPORTING_VERBS.has(before.fold) && [",", '"'].includes(tokens[start - 2]?.fold ?? "");
}

/** The person a sentence opens on ("Ramaphosa listed 10 principles"): only capitals and "the" before. */
function subjectOf(s: SentenceView, mentions: readonly ActorMention[], actors: ActorLookup): string | null {
  const first = [...mentions].sort((a, b) => a.index - b.index)[0];
  if (!first || actors.get(first.actorId)?.kind !== "person") return null;
  const clear = s.tokens.every((t) => t.end > first.index || !t.word || t.cap || t.fold === "the");
  return clear ? first.actorId : null;
}

/**
 * Whom sentence `n` is about, as subjectOf reads it; a sentence that opens on a quotation is about
 * its speaker: the person named after the quotation closes, or, when a pronoun speaks there
 * ('"…," he wrote'), whom the sentence before was about.
 */
function aboutWhom(
  sentences: readonly SentenceView[],
  mentions: readonly (readonly ActorMention[])[],
  n: number,
  actors: ActorLookup,
): string | null {
  const s = sentences[n]!;
  const own = mentions[n] ?? [];
  if (afterMark(s.tokens[0]?.fold ?? "", false) !== true) return subjectOf(s, own, actors);
  const close = s.tokens.findIndex((t, k) => k > 0 && afterMark(t.fold, true) === false);
  if (close < 0) return null;
  const after = own.filter((m) => m.index > s.tokens[close]!.start).sort((a, b) => a.index - b.index)[0];
  if (after) return actors.get(after.actorId)?.kind === "person" ? after.actorId : null;
  return n > 0 ? subjectOf(sentences[n - 1]!, mentions[n - 1] ?? [], actors) : null;
}

/**
 * Role phrases of every sentence resolved against the people mentioned before them in the
 * article. `mentions` are every sentence's mentions so far; the result adds the resolved phrases.
 */
export function resolveRoleNouns(
  sentences: readonly SentenceView[],
  mentions: readonly (readonly ActorMention[])[],
  actors: ActorLookup,
  g: Gazetteer,
  demonym: DemonymState,
): ActorMention[][] {
  const seen: string[] = [];
  return sentences.map((s, n) => {
    const own = [...(mentions[n] ?? [])].sort((a, b) => a.index - b.index);
    const added: ActorMention[] = [];
    let m = 0;
    for (let i = 0; i < s.tokens.length; i++) {
      const at = s.tokens[i]!.start;
      while (m < own.length && own[m]!.index <= at) {
        const a = actors.get(own[m]!.actorId);
        if (a?.kind === "person" && !seen.includes(a.id)) seen.push(a.id);
        m++;
      }
      const phrase = rolePhraseAt(s, i, g, demonym);
      if (!phrase) continue;
      const from = at;
      const to = s.tokens[phrase.end - 1]!.end;
      // "the Russian diplomat" also names Russia (an agent demonym), "the UN envoy" the UN; it is
      // still someone's role.
      const overlapping = own.filter((x) => x.index < to && from < x.index + x.text.length);
      if (overlapping.some((x) => actors.get(x.actorId)?.kind === "person")) continue;
      const country = phrase.state ? (g.byId.get(phrase.state)?.country ?? null) : null;
      const fits = seen.filter((id) => {
        const a = actors.get(id)!;
        const words = personTitleWords(a, g);
        // (a vice president or a deputy prime minister heads nothing)
        const holds = phrase.anyOf
          ? phrase.anyOf.some((head) => head.every((w) => words.has(w))) && !words.has("vice") && !words.has("deputy")
          : phrase.words.every((w) => words.has(w));
        return holds && (!country || a.country === country);
      });
      let id = fits.length === 1 ? fits[0]! : null;
      // '"…," the 70-year-old leader said' after a sentence about Ramaphosa: a role noun that
      // speaks, which the titles do not settle, continues the person the sentence before was
      // about, when that person may hold the role (by title, or named with none).
      if (!id && speaks(s.tokens, i, phrase.end) && n > 0) {
        const subject = aboutWhom(sentences, mentions, n - 1, actors);
        const a = subject ? actors.get(subject) : undefined;
        if (
          a &&
          (fits.includes(a.id) || (a.role === UNKNOWN_ROLE && (!country || !a.country || a.country === country)))
        )
          id = a.id;
      }
      if (id) added.push({ actorId: id, text: s.text.slice(from, to), index: from, via: "title" });
      i = phrase.end - 1;
    }
    for (; m < own.length; m++) {
      const a = actors.get(own[m]!.actorId);
      if (a?.kind === "person" && !seen.includes(a.id)) seen.push(a.id);
    }
    return [...own, ...added].sort((a, b) => a.index - b.index);
  });
}
