import type { ActorMention } from "../model/mentions";
import { analyseSentence } from "./findActors";
import type { ActorLookup, Gazetteer, GazetteerActor } from "./gazetteer";
import { LEADING_CONJUNCTIONS, PRONOUN_GENDER, SUBJECT_PREFIX, UNNAMED_PERSON_NOUNS } from "./lexicon";
import type { Token } from "./text";

interface Sentence {
  tokens: readonly Token[];
  mentions: ActorMention[];
}

const covers = (m: ActorMention, at: number) => m.index <= at && at < m.index + m.text.length;

/** The actors a paragraph can name: the gazetteer's and those the article introduced. */
type Actors = ActorLookup;

/** A person the article introduced may have no known gender: then either pronoun may be them. */
const genderFits = (a: GazetteerActor, gender?: "male" | "female") => !gender || !a.gender || a.gender === gender;

function people(mentions: readonly ActorMention[], actors: Actors, gender?: "male" | "female"): Set<string> {
  const ids = new Set<string>();
  for (const m of mentions) {
    const a = actors.get(m.actorId);
    if (a?.kind === "person" && genderFits(a, gender)) ids.add(a.id);
  }
  return ids;
}

/**
 * People the gazetteer cannot name ("a senior official", "one source") before `limit`. A noun
 * right before a named person is that person's title ("economist Andrei Belousov"), not another.
 */
function unnamedPeople(s: Sentence, limit: number, actors: Actors): number {
  const isPersonAt = (at: number) => s.mentions.some((m) => covers(m, at) && actors.get(m.actorId)?.kind === "person");
  let n = 0;
  s.tokens.forEach((t, i) => {
    if (!t.word || t.start >= limit || !UNNAMED_PERSON_NOUNS.has(t.fold) || isPersonAt(t.start)) return;
    const next = s.tokens[s.tokens[i + 1]?.fold === "," ? i + 2 : i + 1];
    if (next && isPersonAt(next.start)) return;
    n++;
  });
  return n;
}

/**
 * The person a sentence is about: its first person mention, when only capitalised words, title
 * words and articles come before it ("Putin's spokesman, Dmitry Peskov, said …"), not after
 * "According to" or another clause.
 */
function subjectOf(s: Sentence, gazetteer: Gazetteer, actors: Actors): string | null {
  const first = [...s.mentions].sort((a, b) => a.index - b.index).find((m) => people([m], actors).size);
  if (!first) return null;
  const clear = s.tokens
    .filter((t) => t.end <= first.index)
    .every((t) => !t.word || t.cap || t.fold === "s" || SUBJECT_PREFIX.has(t.fold) || gazetteer.titleWords.has(t.fold));
  return clear ? first.actorId : null;
}

function opensSentence(tokens: readonly Token[], i: number): boolean {
  const words = tokens.map((t, k) => [t, k] as const).filter(([t]) => t.word);
  const [first, second] = words;
  return first?.[1] === i || (!!first && LEADING_CONJUNCTIONS.has(first[0].fold) && second?.[1] === i);
}

function only<T>(items: ReadonlySet<T>): T | null {
  return items.size === 1 ? [...items][0]! : null;
}

/**
 * Adds the references to gazetteer people that need the rest of the paragraph to read:
 * - titles the date could not settle ("the US president" with no date), when exactly one of
 *   their holders was named earlier in the paragraph;
 * - "the dictator", "the leader", "the president": a title's head noun after "the", when
 *   exactly one person named earlier in the paragraph holds a title with that head;
 * - he/his/him and she/her, when exactly one person of that gender is named earlier in the same
 *   sentence or in the one before and no unnamed person ("a senior official") competes; or,
 *   for a pronoun opening its sentence, the previous sentence's subject.
 * Anything less clear stays unresolved. `actors` adds the people an article introduced to the
 * gazetteer's (default: the gazetteer's alone). Returns every sentence's mentions in text order.
 */
export function resolveReferences(
  paragraphSentences: readonly string[],
  mentionsPerSentence: readonly (readonly ActorMention[])[],
  gazetteer: Gazetteer,
  date: string | null,
  actors: Actors = gazetteer.byId,
): ActorMention[][] {
  const done: Sentence[] = [];
  paragraphSentences.forEach((text, k) => {
    const { tokens, openTitles } = analyseSentence(text, gazetteer, date);
    const s: Sentence = { tokens, mentions: [...(mentionsPerSentence[k] ?? [])] };
    const earlier = done.flatMap((d) => d.mentions);
    const namedBefore = (at: number) => people([...earlier, ...s.mentions.filter((m) => m.index < at)], actors);

    for (const t of openTitles) {
      const named = namedBefore(t.index);
      const id = only(new Set(t.holders.filter((h) => named.has(h))));
      if (id) s.mentions.push({ actorId: id, text: t.text, index: t.index, via: "title" });
    }

    tokens.forEach((t, i) => {
      const noun = tokens[i + 1];
      const after = tokens[i + 2];
      if (t.fold !== "the" || !noun?.word || after?.fold === "of" || (after?.word && after.cap)) return;
      const holders = gazetteer.titleHeads.get(noun.fold);
      if (!holders || s.mentions.some((m) => covers(m, noun.start))) return;
      const named = namedBefore(t.start);
      const id = only(new Set([...holders].filter((h) => named.has(h))));
      if (id) s.mentions.push({ actorId: id, text: text.slice(t.start, noun.end), index: t.start, via: "title" });
    });

    const prev = done[done.length - 1];
    tokens.forEach((t, i) => {
      const gender = t.word ? PRONOUN_GENDER.get(t.fold) : undefined;
      if (!gender) return;
      const here = people(
        s.mentions.filter((m) => m.index < t.start),
        actors,
        gender,
      );
      const hereUnnamed = unnamedPeople(s, t.start, actors);
      const before = prev ? people(prev.mentions, actors, gender) : new Set<string>();
      const beforeUnnamed = prev ? unnamedPeople(prev, Infinity, actors) : 0;
      let id: string | null = null;
      if (hereUnnamed === 0 && beforeUnnamed === 0) id = only(here.size ? here : before);
      if (!id && !here.size && prev && opensSentence(tokens, i)) {
        const subject = subjectOf(prev, gazetteer, actors);
        const a = subject ? actors.get(subject) : undefined;
        if (a && genderFits(a, gender)) id = a.id;
      }
      if (id) s.mentions.push({ actorId: id, text: t.text, index: t.start, via: "pronoun" });
    });

    s.mentions.sort((a, b) => a.index - b.index);
    done.push(s);
  });
  return done.map((d) => d.mentions);
}
