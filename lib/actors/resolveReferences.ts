import type { ActorMention } from "../model/mentions";
import { analyseSentence } from "./findActors";
import { possessiveEnd, scanSentence } from "./match";
import { stateOfPerson, type ActorLookup, type Gazetteer, type GazetteerActor } from "./gazetteer";
import {
  AGENT_MODIFIERS,
  AGENT_VERBS,
  AUXILIARIES,
  LEADING_CONJUNCTIONS,
  NOT_NAME_WORDS,
  PAIR_NOUNS,
  PARTY_PAIR_NOUNS,
  PRONOUN_GENDER,
  REPORTING_VERBS,
  SUBJECT_PREFIX,
  TELLING_FORMS,
  UNNAMED_PERSON_NOUNS,
  VERB_ADVERBS,
} from "./lexicon";

import { isOpposition } from "./oppositions";
import { personTitleWords } from "./roleNouns";
import { afterMark, mentionTokens, OPENING_QUOTES, phraseKey, tokenAt, type Token } from "./text";

interface Sentence {
  tokens: readonly Token[];
  mentions: ActorMention[];
  /** per token: inside a quotation (a quotation may open in an earlier sentence) */
  quoted: readonly boolean[];
}

/** Nouns that describe a body already named ("the group", "the rebels"); not "the army", which states have too. */
const BODY_DESCRIPTIONS = new Set([
  "group",
  "militia",
  "movement",
  "rebels",
  "militants",
  "insurgents",
  "guerrillas",
  "faction",
  "organisation",
  "organization",
]);

/**
 * Words of states' official names that stand for the state after "the" ("the kingdom", "the
 * sultanate", "the Islamic Republic"), longest first; not "the republic", which most states are.
 */
const STATE_FORMS = [["islamic", "republic"], ["kingdom"], ["sultanate"], ["emirate"], ["principality"]];

/**
 * Words that make "the … government" the state's own, whichever state the story is about, as
 * "the government" (or "the Government") alone is.
 */
const NATIONAL = new Set(["federal", "central"]);

/** Of those, the ones only an armed group answers to: "the rebels" are never a ministry. */
const ARMED_DESCRIPTIONS = new Set(["militia", "rebels", "militants", "insurgents", "guerrillas"]);

/**
 * A state's own army, which the gazetteer lists as a group that is a party beside rebels ("Sudan's
 * army", "the Sudanese military" among its names: a state's or demonym's word and a common noun of
 * armies), and which "the rebels" or "the militants" never are. "The Arakan Army" is a name.
 */
function isStatesArmy(actor: { name: string; aliases: readonly string[] }): boolean {
  return [actor.name, ...actor.aliases].some((n) => STATES_ARMY.test(n));
}
/** Common nouns of a state's army after "the" ("the army", "the armed forces"). */
const ARMY_FORMS = [["armed", "forces"], ["army"], ["military"]];
/** Words after such a noun that leave it a body ("the army said", "the military will"), besides verbs in -ed or -s. */
const ARMY_NEXT = new Set([
  "and",
  "or",
  "to",
  "will",
  "would",
  "had",
  "has",
  "is",
  "was",
  "can",
  "could",
  "must",
  "did",
  "on",
  "in",
  "at",
]);
const STATES_ARMY = /^\p{Lu}[\p{L}-]+(?:'s|’s)? (?:army|military|armed forces)$/u;

/** Words before such a noun that make it an armed group's ("the rebel group", "the armed movement"). */
const ARMED_MODIFIERS = new Set([
  "rebel",
  "armed",
  "militant",
  "paramilitary",
  "guerrilla",
  "insurgent",
  "separatist",
  "jihadist",
]);

const NOTHING_QUOTED: readonly boolean[] = [];

/**
 * Per sentence: whether it opens inside a quotation, read from the start of its paragraph (a
 * paragraph opens outside: a quotation running on reopens its marks in the next one).
 */
export function opensInsideQuotation(sentences: readonly { text: string; paragraph: number }[]): boolean[] {
  let inside = false;
  return sentences.map((s, n) => {
    if (n > 0 && s.paragraph !== sentences[n - 1]!.paragraph) inside = false;
    const opens = inside;
    for (const ch of s.text) inside = afterMark(ch, inside) ?? inside;
    return opens;
  });
}

/** Which tokens are quoted, given whether the sentence starts inside a quotation; and how it ends. */
function quotation(tokens: readonly Token[], inside: boolean): { quoted: readonly boolean[]; inside: boolean } {
  if (!inside && !tokens.some((t) => !t.word && (t.fold === '"' || OPENING_QUOTES.has(t.fold))))
    return { quoted: NOTHING_QUOTED, inside };
  const quoted = tokens.map((t) => {
    const next = afterMark(t.fold, inside);
    if (next === null) return inside;
    inside = next;
    return true;
  });
  return { quoted, inside };
}

const isQuoted = (s: Sentence, m: ActorMention) => !!s.quoted[tokenAt(s.tokens, m.index)];

/** Whether a state or body is named, outside quotation, before `at` in the sentence. */
const bodyBefore = (s: Sentence, at: number, actors: Actors) =>
  s.mentions.some((m) => m.index < at && !isQuoted(s, m) && actors.get(m.actorId)?.kind !== "person");

/** The word after `i`, past adverbs and auxiliaries ("he also said", "Dagalo later added"). */
function verbAfter(tokens: readonly Token[], i: number): Token | undefined {
  let j = i + 1;
  while (j < i + 4 && tokens[j]?.word && VERB_ADVERBS.has(tokens[j]!.fold)) j++;
  return tokens[j]?.word ? tokens[j] : undefined;
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

// Person nouns that are also adjectives: "the official end", "the general public".
const ADJECTIVAL = new Set(["official", "general"]);
const VERBISH = new Set(["familiar", "close", "speaking", "briefed"]);

/** "an official website": an adjectival noun before a word that is no verb or function word. */
function adjectival(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!ADJECTIVAL.has(tokens[i]!.fold) || !next?.word || next.cap) return false;
  const f = next.fold;
  return !(
    NOT_NAME_WORDS.has(f) ||
    AGENT_VERBS.has(f) ||
    REPORTING_VERBS.has(f) ||
    AUXILIARIES.has(f) ||
    VERBISH.has(f) ||
    /(?:ed|ing)$/.test(f)
  );
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
    if (adjectival(s.tokens, i)) return;
    // "Deputy Prime Minister and Foreign Minister Ishaq Dar": a capitalised title joined by "and"
    // to the title of a named person is that person's.
    if (t.cap && s.tokens[i + 1]?.fold === "and") {
      let k = i + 2;
      while (k < s.tokens.length && s.tokens[k]!.word && s.tokens[k]!.cap && !isPersonAt(s.tokens[k]!.start)) k++;
      if (k > i + 2 && s.tokens[k] && isPersonAt(s.tokens[k]!.start)) return;
    }
    const next = s.tokens[s.tokens[i + 1]?.fold === "," ? i + 2 : i + 1];
    if (next && isPersonAt(next.start)) return;
    // "the UN Envoy to Yemen Hans Grundberg": a title's phrase of capitalised names before the person.
    // ("An Adviser to President Jane Roe": a person with a title of their own is someone else's principal.)
    if (t.cap && /^(?:to|for|of|on)$/.test(next?.fold ?? "")) {
      let k = i + 2;
      if (s.tokens[k]?.fold === "the") k++;
      while (
        k < i + 7 &&
        s.tokens[k]?.word &&
        s.tokens[k]!.cap &&
        !isPersonAt(s.tokens[k]!.start) &&
        !UNNAMED_PERSON_NOUNS.has(s.tokens[k]!.fold)
      )
        k++;
      const named = s.tokens[k];
      if (k > i + 2 && named && isPersonAt(named.start) && !UNNAMED_PERSON_NOUNS.has(named.fold)) return;
    }
    n++;
  });
  return n;
}

/**
 * The speaker of a sentence: its one person (or, with `person` false, its one state or body),
 * outside quotation, right before a verb of saying ("…, Chilean President Ana Ruiz
 * observed.", "…, the Peruvian cabinet said.") or right after one that follows a quotation or
 * comma ("…," said Zelensky).
 */
function speakerOf(s: Sentence, actors: Actors, person = true): string | null {
  const ids = new Set<string>();
  for (const m of s.mentions) {
    const kind = actors.get(m.actorId)?.kind;
    if (!kind || (kind === "person") !== person || isQuoted(s, m)) continue;
    const [first, last] = mentionTokens(s.tokens, m);
    const after = verbAfter(s.tokens, last);
    const before = s.tokens[first - 1];
    const inverted =
      !!before?.word && REPORTING_VERBS.has(before.fold) && [",", '"'].includes(s.tokens[first - 2]?.fold ?? "");
    if ((after && REPORTING_VERBS.has(after.fold)) || inverted) ids.add(m.actorId);
  }
  return only(ids);
}

/**
 * The person a sentence is about: its first person mention, when only capitalised words, title
 * words and articles come before it ("Putin's spokesman, Dmitry Peskov, said …"), not after
 * "According to" or another clause.
 */
function subjectOf(s: Sentence, gazetteer: Gazetteer, actors: Actors): string | null {
  const first = [...s.mentions]
    .sort((a, b) => a.index - b.index)
    .find((m) => people([m], actors).size && !isQuoted(s, m));
  if (!first) return null;
  // A quotation before the subject is what it said ('"We are at war," he stated').
  const clear = s.tokens.every(
    (t, i) =>
      t.end > first.index ||
      s.quoted[i] ||
      !t.word ||
      t.cap ||
      t.fold === "s" ||
      SUBJECT_PREFIX.has(t.fold) ||
      gazetteer.titleWords.has(t.fold),
  );
  return clear ? first.actorId : null;
}

/** Words opening a clause that hangs on the sentence's main one ("…, where he met Kim"). */
const SUBORDINATORS = new Set(["where", "when", "while", "as", "after", "before", "because", "since", "until", "once"]);

/**
 * "He accused Boulos of … and said he feared …", "she added that she", "told the visiting envoy
 * he was ready": a pronoun that opens what a verb of saying reports, past its listener, is most
 * often that verb's subject.
 */
const reports = (tokens: readonly Token[], i: number) => {
  const k = tokens[i - 1]?.fold === "that" ? i - 2 : i - 1;
  if (tokens[k]?.word && REPORTING_VERBS.has(tokens[k]!.fold)) return true;
  for (let j = k - 1; j >= 0 && k - j < 8 && tokens[j]!.word; j--) if (TELLING_FORMS.has(tokens[j]!.fold)) return true;
  return false;
};

/**
 * Of `ids`, those named before `at` as a subject: opening the sentence or following a comma (past
 * their capitalised title) and followed by a lower-case word that joins no other name. Of
 * several people named before a pronoun that opens a clause hanging on the main one, a subject is
 * the likeliest antecedent ("After his talks with President Aliyev, Erdogan flew to Tbilisi,
 * where he met Kobakhidze"); after "and" or "that" either may be meant.
 */
function subjectsBefore(s: Sentence, at: number, ids: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const m of s.mentions) {
    // "Velayati's response": a possessor is no subject.
    if (m.index >= at || !ids.has(m.actorId) || isQuoted(s, m) || /['’]s?$/.test(m.text)) continue;
    const [start, last] = mentionTokens(s.tokens, m);
    let first = start;
    while (first > 0 && s.tokens[first - 1]!.word && s.tokens[first - 1]!.cap) first--;
    const before = s.tokens[first - 1];
    const after = s.tokens[last + 1];
    if ((!before || before.fold === ",") && after?.word && !after.cap && !NOT_SUBJECT_AFTER.has(after.fold))
      out.add(m.actorId);
  }
  return out;
}

/** Words after a name that make it no subject: it joins another name or is described ("Trump and Kim", "Moon, who"). */
const NOT_SUBJECT_AFTER = new Set(["and", "or", "of", "s", "'", "’", "who", "whom", "whose", "which", "nor"]);

/**
 * "the pair", "the two leaders", "both leaders": the two people of the nearest earlier sentence
 * that names people — all of them when there are two, else the two joined by "and" ("between French
 * President Emmanuel Macron and Chinese President Xi Jinping").
 */
function pairOf(s: Sentence, actors: Actors): [string, string] | null {
  const persons = s.mentions.filter((m) => actors.get(m.actorId)?.kind === "person");
  const ids = [...new Set(persons.map((m) => m.actorId))];
  if (ids.length === 2) return [ids[0]!, ids[1]!];
  const joined = (a: ActorMention, b: ActorMention, word: string) => joinedBy(s, a, b, word);
  const pairs = new Set<string>();
  for (let k = 0; k + 1 < persons.length; k++) {
    const [a, b] = [persons[k]!, persons[k + 1]!];
    // "Trump, Putin and Zelensky" is a list of three, not a pair.
    if (a.actorId === b.actorId || (k > 0 && joined(persons[k - 1]!, a, ","))) continue;
    if (joined(a, b, "and")) pairs.add(`${a.actorId} ${b.actorId}`);
  }
  if (pairs.size > 1) return null;
  if (!pairs.size) return counterpartsOf(s, persons);
  const [a, b] = [...pairs][0]!.split(" ");
  return [a!, b!];
}

/**
 * "Kagame met his Congolese counterpart, Felix Tshisekedi, in a meeting hosted by the emir": the
 * person a "counterpart" names and the person named just before, whoever else the sentence names.
 */
function counterpartsOf(s: Sentence, persons: readonly ActorMention[]): [string, string] | null {
  for (let k = 1; k < persons.length; k++) {
    const [a, b] = [persons[k - 1]!, persons[k]!];
    const at = tokenAt(s.tokens, b.index);
    const before = s.tokens.slice(Math.max(0, at - 4), at);
    const noun = before.findLastIndex((t) => t.fold === "counterpart");
    if (noun >= 0 && before.slice(noun + 1).every((t) => !t.word || t.cap) && a.actorId !== b.actorId)
      return [a.actorId, b.actorId];
  }
  return null;
}

/**
 * Whether the words between two mentions are a joining word and capitalised title words
 * ("Macron and Chinese President Xi", "Israel and the Houthis", "the army and the Head of the Rebel Forces").
 */
function joinedBy(s: Sentence, a: ActorMention, b: ActorMention, word: string): boolean {
  let between = s.tokens.slice(tokenAt(s.tokens, a.index + a.text.length - 1) + 1, tokenAt(s.tokens, b.index));
  // "the Central African Republic (CAR) and the rebels": past the first party's short name.
  const shut = between[0]?.fold === "(" ? between.findIndex((t) => t.fold === ")") : -1;
  if (shut > 0 && shut <= 4) between = between.slice(shut + 1);
  // "Sudan's army and the Rapid Support Forces", "Sudan's armed forces and the RSF": past the
  // possessive (which the mention may hold) and the forces or government that are the first party
  // (not its mediators or envoys, who broker for it).
  const held = /['’]s$/.test(a.text);
  if (held || (between[0]?.fold === "'" && between[1]?.fold === "s")) {
    if (!held) between = between.slice(2);
    if (AGENT_MODIFIERS.has(between[0]?.fold ?? "") && PARTY_BODIES.has(between[1]?.fold ?? ""))
      between = between.slice(1);
    if (PARTY_BODIES.has(between[0]?.fold ?? "")) between = between.slice(1);
  }
  return (
    between[0]?.fold === word && between.slice(1).every((t) => t.word && (t.cap || t.fold === "the" || t.fold === "of"))
  );
}

/** What a state fights or governs through, which is the state as a party ("Sudan's army"). */
const PARTY_BODIES = new Set(["army", "forces", "military", "troops", "government", "authorities", "administration"]);

const PARTY_KINDS = /^(?:state|group)$/;
/** Verbs after which "to" names the party offered something ("proposed to Armenia"). */
const OFFERING = /^(?:propos|offer|suggest|submit|present|hand)(?:e|es|ed|ing|s)?$/;

/**
 * "the two sides", "both countries", "the warring parties": two states or armed groups joined by
 * "and" — those talks are "between", or the pair that opens the sentence ("Pakistan and
 * Afghanistan held talks …, mediated by Qatar and Turkey"), or the only pair. Two named apart
 * ("Qatar, which mediated, said 50 hostages held by Israel …") may be a broker and a party.
 */
function partyPairOf(s: Sentence, actors: Actors, g: Gazetteer): readonly string[] | null {
  const parties = s.mentions.filter((m) => PARTY_KINDS.test(actors.get(m.actorId)?.kind ?? ""));
  const pairs: { ids: [string, string]; between: boolean; opening: boolean }[] = [];
  const firstParty = tokenAt(s.tokens, parties[0]?.index ?? 0);
  const opensClause = s.tokens.slice(0, firstParty).every((t) => !t.word || t.fold === "the");
  for (let k = 0; k + 1 < parties.length; k++) {
    const [a, b] = [parties[k]!, parties[k + 1]!];
    const at = tokenAt(s.tokens, a.index);
    // "Peru, Chile and Bolivia" is a list of three, not a pair.
    if (s.tokens[at - 1]?.fold === ",") continue;
    if (a.actorId === b.actorId || !joinedBy(s, a, b, "and")) continue;
    pairs.push({
      ids: [a.actorId, b.actorId],
      between: s.tokens[at - 1]?.fold === "between",
      opening: k === 0 && opensClause,
    });
  }
  const pick = pairs.find((p) => p.between) ?? pairs.find((p) => p.opening) ?? (pairs.length === 1 ? pairs[0] : null);
  if (pick) return pick.ids;
  const leaders = leaderPair(s, actors, g);
  if (leaders) return leaders;
  // "Putin said he was ready for talks with Ukraine after the two nations swapped prisoners": with no pair
  // joined by "and", the only two parties named, one of them the other's partner ("with Ukraine",
  // "proposed to Armenia"), a person standing for their state. (Two named apart otherwise may be
  // a broker and a party.)
  const named = new Set<string>();
  let partner = false;
  for (const m of s.mentions) {
    const actor = actors.get(m.actorId);
    const state = stateOfPerson(g, actor);
    if (PARTY_KINDS.test(actor?.kind ?? "")) named.add(m.actorId);
    else if (state) named.add(state);
    else continue;
    const at = tokenAt(s.tokens, m.index);
    const marker = s.tokens[at - 1]?.fold ?? "";
    // ("flew to Qatar", "sent negotiators to Egypt": "to" is a partner only after a verb of offering)
    partner ||=
      marker === "with" ||
      marker === "against" ||
      (marker === "to" && s.tokens.slice(Math.max(0, at - 4), at - 1).some((t) => OFFERING.test(t.fold)));
  }
  if (partner && named.size === 2) return [...named] as [string, string];
  // "The Libyan rivals met …; both sides agreed": one state's sides are that state's.
  const sides = s.mentions.filter(
    (m) =>
      m.via !== "pair" &&
      actors.get(m.actorId)?.kind === "state" &&
      INTERNAL_SIDES.test(m.text.split(/\s+/).pop() ?? ""),
  );
  return sides.length && sides.every((m) => m.actorId === sides[0]!.actorId) ? [sides[0]!.actorId] : null;
}

/**
 * "Interim President Ana Sorel and FLN commander Ivo Maren signed …": two people joined by "and",
 * the second past a title, that open the sentence stand for their sides: the armed group or
 * movement a title before a person names ("FLN commander", "the commander of the FLN, Ivo
 * Maren"), else the person's state.
 */
function leaderPair(s: Sentence, actors: Actors, g: Gazetteer): readonly string[] | null {
  const persons = s.mentions.filter((m) => actors.get(m.actorId)?.kind === "person");
  const [a, b] = persons;
  if (!a || !b || a.actorId === b.actorId) return null;
  const [aStart, aEnd, bStart] = [
    tokenAt(s.tokens, a.index),
    tokenAt(s.tokens, a.index + a.text.length - 1) + 1,
    tokenAt(s.tokens, b.index),
  ];
  const between = s.tokens.slice(aEnd, bStart);
  // (past the second one's title, which may be set off by commas: "and the commander of the
  // Forces, Ivo Maren, signed")
  if (between[0]?.fold !== "and" || between.length > 14 || between.some((t) => !t.word && !/^[,'’-]$/.test(t.fold)))
    return null;
  // (opening the sentence, past a title: "Interim President Ana Sorel and …", "Peru's acting
  // president Ana Sorel and …")
  if (aStart > 6) return null;
  const sideOf = (person: ActorMention, from: number, to: number) => {
    const group = s.mentions.find((m) => {
      const k = tokenAt(s.tokens, m.index);
      return k >= from && k < to && actors.get(m.actorId)?.kind === "group";
    });
    return group?.actorId ?? stateOfPerson(g, actors.get(person.actorId));
  };
  const sides = [sideOf(a, 0, aStart), sideOf(b, aEnd, bStart)];
  return sides[0] && sides[1] && sides[0] !== sides[1] ? (sides as string[]) : null;
}

/** Plural nouns after a demonym that name the sides within one state ("the Libyan rivals", "Yemeni factions"). */
const INTERNAL_SIDES = /^(?:sides|parties|rivals|factions|delegations|belligerents)$/i;

/** One past a phrase naming two parties at `i` ("the two sides", "both countries", "the warring parties"), or -1. */
function partyPairPhraseEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i]!.fold;
  const b = tokens[i + 1]?.fold ?? "";
  if (first === "both") return PARTY_PAIR_NOUNS.has(b) ? i + 2 : -1;
  // "Warring sides in Sudan agreed …"
  if (first === "warring") return PARTY_PAIR_NOUNS.has(b) && tokens[i - 1]?.fold !== "the" ? i + 2 : -1;
  if (first !== "the") return -1;
  if ((b === "two" || b === "warring") && PARTY_PAIR_NOUNS.has(tokens[i + 2]?.fold ?? "")) return i + 3;
  return -1;
}

/** One past a pair phrase at `i` ("the pair", "the two leaders", "both leaders"), or -1. */
function pairPhraseEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i]!.fold;
  if (first !== "the" && first !== "both") return -1;
  const b = tokens[i + 1]?.fold ?? "";
  if (first === "both") return PAIR_NOUNS.has(b) ? i + 2 : -1;
  if (b === "pair") return i + 2;
  // "The leaders met …": a plural of leaders that says no number may still mean the pair just
  // named, not "the leaders of the region" ("the ministers" after two presidents are others).
  if (UNCOUNTED_PAIR_NOUNS.has(b) && !/^(?:of|from|in|at)$/.test(tokens[i + 2]?.fold ?? "")) return i + 2;
  return b === "two" && PAIR_NOUNS.has(tokens[i + 2]?.fold ?? "") ? i + 3 : -1;
}

/** Plurals of a pair of people that say nothing of their office. */
const ANY_OFFICE = new Set(["leaders", "men", "women", "heads", "statesmen", "pair"]);

/** Whether a person may be one of "the two <noun>": any, for "leaders"; one whose titles name it, for "presidents". */
function holdsRoleOf(actor: GazetteerActor | undefined, noun: string, g: Gazetteer): boolean {
  return ANY_OFFICE.has(noun) || !actor || personTitleWords(actor, g).has(noun.replace(/s$/, ""));
}

/** Plurals that, with no number, may still be the two leaders just named. */
const UNCOUNTED_PAIR_NOUNS = new Set(["leaders", "presidents"]);

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
 *   sentence or in the one before (past up to two sentences that name nobody, such as a
 *   quotation running on) and no unnamed person ("a senior official") competes; outside
 *   quotation, names inside a quotation do not count ('"I will meet President Xi," he said').
 *   Failing that, a pronoun that speaks ("he insisted") is the previous sentence's speaker, and a
 *   pronoun opening its sentence the previous sentence's subject (a quotation before it aside);
 * - "It said" after a sentence in which one state or body spoke: that state or body;
 * - "the pair", "the two leaders", "both leaders": the two people of the previous sentence that
 *   names people (all of them if two, else the two joined by "and"), or, when that one names no
 *   pair, of the last sentence before it that does and whose people the noun fits ("the two
 *   presidents" are no pair of ministers).
 * Anything less clear stays unresolved. `actors` adds the people an article introduced to the
 * gazetteer's (default: the gazetteer's alone). Returns every sentence's mentions in text order.
 */
export function resolveReferences(
  paragraphSentences: readonly string[],
  mentionsPerSentence: readonly (readonly ActorMention[])[],
  gazetteer: Gazetteer,
  date: string | null,
  actors: Actors = gazetteer.byId,
  /**
   * leading sentences of earlier paragraphs, already resolved: the last may hold a title's
   * holder or a pronoun's antecedent, those before it only an antecedent reached over
   * sentences that name nobody
   */
  context = 0,
  /** whether the first context sentence opens inside a quotation its paragraph opened before it */
  contextOpensInside = false,
  /** the mentions of the article before the context, for a description no nearer body fits */
  before: readonly ActorMention[] = [],
): ActorMention[][] {
  const done: Sentence[] = [];
  let inside = contextOpensInside;
  paragraphSentences.forEach((text, k) => {
    if (k < context) {
      const { tokens } = scanSentence(text, gazetteer);
      const quote = quotation(tokens, inside);
      inside = quote.inside;
      done.push({ tokens, mentions: [...(mentionsPerSentence[k] ?? [])], quoted: quote.quoted });
      return;
    }
    const { tokens, openTitles } = analyseSentence(text, gazetteer, date);
    // A paragraph opens outside quotation: a quotation running on reopens its marks in the next.
    const quote = quotation(tokens, k > context && inside);
    inside = quote.inside;
    const s: Sentence = { tokens, mentions: [...(mentionsPerSentence[k] ?? [])], quoted: quote.quoted };
    let earlier: ActorMention[] | null = null;
    const namedBefore = (at: number) => {
      earlier ??= done.slice(Math.max(0, context - 1)).flatMap((d) => d.mentions);
      return people([...earlier, ...s.mentions.filter((m) => m.index < at)], actors);
    };

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
    // The sentence before that names anyone, past at most two that name nobody (a quotation
    // running on: '"Nothing has moved. Let me say it again …," he stated').
    let named = prev;
    for (let back = 2; named && !named.mentions.length && back <= 3 && done.length >= back; back++)
      named = done[done.length - back];
    tokens.forEach((t, i) => {
      // "…, the Peruvian cabinet said. It added it would extend the lull …": "it" speaking
      // continues a state or body that spoke.
      if (t.fold === "it" && !s.quoted[i] && named && REPORTING_VERBS.has(verbAfter(tokens, i)?.fold ?? "")) {
        const speaker = bodyBefore(s, t.start, actors) ? null : speakerOf(named, actors, false);
        if (speaker) s.mentions.push({ actorId: speaker, text: t.text, index: t.start, via: "pronoun" });
        return;
      }
      const gender = t.word ? PRONOUN_GENDER.get(t.fold) : undefined;
      if (!gender) return;
      // Outside quotation, a pronoun is the writer's: it refers to people named outside it too.
      const outside = !s.quoted[i];
      const visible = (d: Sentence, ms: readonly ActorMention[]) => (outside ? ms.filter((m) => !isQuoted(d, m)) : ms);
      const here = people(
        visible(
          s,
          s.mentions.filter((m) => m.index < t.start),
        ),
        actors,
        gender,
      );
      const hereUnnamed = unnamedPeople(s, t.start, actors);
      let before = named ? people(named.mentions, actors, gender) : new Set<string>();
      if (named && outside) {
        const unquoted = people(visible(named, named.mentions), actors, gender);
        if (unquoted.size) before = unquoted;
      }
      const beforeUnnamed = named ? unnamedPeople(named, Infinity, actors) : 0;
      let id: string | null = null;
      if (hereUnnamed === 0 && beforeUnnamed === 0)
        id =
          only(here.size ? here : before) ??
          (SUBORDINATORS.has(tokens[i - 1]?.fold ?? "") || reports(tokens, i)
            ? only(subjectsBefore(s, t.start, here))
            : null);
      // "…, Ruiz observed. At a briefing later …, he insisted": a pronoun that speaks
      // continues the last speaker.
      const verb = verbAfter(tokens, i);
      if (!id && !here.size && named && outside && verb && REPORTING_VERBS.has(verb.fold)) {
        const speaker = speakerOf(named, actors);
        const a = speaker ? actors.get(speaker) : undefined;
        if (a && genderFits(a, gender)) id = a.id;
      }
      if (!id && !here.size && named && opensSentence(tokens, i)) {
        const subject = subjectOf(named, gazetteer, actors);
        const a = subject ? actors.get(subject) : undefined;
        if (a && genderFits(a, gender)) id = a.id;
      }
      if (id) s.mentions.push({ actorId: id, text: t.text, index: t.start, via: "pronoun" });
    });

    // "The guerrilla group said …", "after the rebel group did not accept …", "killed by the
    // militants", "Peru's cabinet and its main rebel faction": a description of a body,
    // wherever it stands, is the one body other than a state named before it in the paragraph
    // (an armed group's for "the rebels" or "the rebel group": no coalition of states).
    // "the opposition", "the opposition delegation": likewise, the one state's opposition named before.
    // "the government", "the federal government": the one state named before, or the state of
    // the armed groups named before ("the ELN blamed the government …"); never the state of a
    // story that names two.
    const describes = (fold: string) => BODY_DESCRIPTIONS.has(fold) || fold === "opposition" || fold === "government";
    tokens.forEach((t, i) => {
      if ((t.fold !== "the" && t.fold !== "its") || s.quoted[i]) return;
      let j = i + 1;
      while (j < i + 4 && tokens[j]?.word && !describes(tokens[j]!.fold)) j++;
      const head = tokens[j];
      // ("the Minsk Group" is a name, not a description; "the federal government of Ethiopia"
      // names its state, but "of" may also open what it is accused of: "of starting the war".)
      const national = head?.fold === "government";
      const ofPhrase = tokens[j + 1]?.fold === "of" && !(national && /ing$/.test(tokens[j + 2]?.fold ?? ""));
      if (!head?.word || (head.cap && !national) || !describes(head.fold) || ofPhrase) return;
      if (national && (t.fold !== "the" || (j !== i + 1 && (j !== i + 2 || !NATIONAL.has(tokens[i + 1]!.fold)))))
        return;
      if (s.mentions.some((m) => m.index < head.end && t.start < m.index + m.text.length)) return;
      earlier ??= done.slice(Math.max(0, context - 1)).flatMap((d) => d.mentions);
      const armed =
        ARMED_DESCRIPTIONS.has(head.fold) || tokens.slice(i + 1, j).some((w) => ARMED_MODIFIERS.has(w.fold));
      const fits = (id: string) =>
        head.fold === "opposition"
          ? isOpposition(id)
          : armed
            ? actors.get(id)?.kind === "group" && !isStatesArmy(actors.get(id)!)
            : /^(?:group|organization)$/.test(actors.get(id)?.kind ?? "");
      // (an armed group stands for the state it fights in)
      const stateOf = (id: string) => {
        const actor = actors.get(id);
        if (actor?.kind === "state") return isOpposition(id) ? null : id;
        return actor?.kind === "group" && actor.country ? (gazetteer.stateOfCountry.get(actor.country) ?? null) : null;
      };
      const bodiesOf = (ids: readonly string[]) =>
        new Set(national ? ids.map(stateOf).filter((id): id is string => !!id) : ids.filter(fits));
      const bodies = bodiesOf([...earlier, ...s.mentions.filter((m) => m.index < t.start)].map((m) => m.actorId));
      // (none named in the paragraph: the one the article named before, "the group" a story
      // about one armed group keeps calling it)
      // ("The Government and the LTTE signed …" in a paper that never names its own state: the
      // state of the armed group the sentence names beside it)
      const beside = () =>
        national
          ? new Set(
              s.mentions
                .filter((m) => m.index > head.end && actors.get(m.actorId)?.kind === "group")
                .map((m) => stateOf(m.actorId))
                .filter((id): id is string => !!id),
            )
          : new Set<string>();
      const id = only(bodies.size ? bodies : bodiesOf(before.map((m) => m.actorId))) ?? only(beside());
      if (id) s.mentions.push({ actorId: id, text: text.slice(t.start, head.end), index: t.start, via: "title" });
    });

    // "The kingdom said …", "talks with the Islamic Republic": a word of a state's official name
    // standing for it is the one state the article named before whose names hold it.
    // "Sudan's army suspended the talks. … the armed forces said": a common noun of armies is the
    // one state's army named before in the article (one the gazetteer lists, `isStatesArmy`).
    tokens.forEach((t, i) => {
      if (t.fold !== "the" || s.quoted[i]) return;
      const state = STATE_FORMS.find((f) => f.every((w, k) => tokens[i + 1 + k]?.fold === w));
      const form = state ?? ARMY_FORMS.find((f) => f.every((w, k) => tokens[i + 1 + k]?.fold === w));
      const last = form && tokens[i + form.length]!;
      const next = form && tokens[i + form.length + 1];
      // ("the Kingdom of Bahrain" is a name, "the Federation Council" a body of its own; "the
      // army chief" a person, "the military option" no body)
      if (!form || !last || next?.fold === "of" || (next?.word && next.cap)) return;
      if (
        !state &&
        next?.word &&
        !/(?:ed|s)$/.test(next.fold) &&
        !ARMY_NEXT.has(next.fold) &&
        !REPORTING_VERBS.has(next.fold)
      )
        return;
      if (s.mentions.some((m) => covers(m, tokens[i + 1]!.start))) return;
      earlier ??= done.slice(Math.max(0, context - 1)).flatMap((d) => d.mentions);
      const key = ` ${form.join(" ")} `;
      const holds = (id: string) => {
        const a = actors.get(id);
        if (!state) return !!a && a.kind !== "state" && a.kind !== "person" && isStatesArmy(a);
        return a?.kind === "state" && [a.name, ...a.aliases].some((n) => ` ${phraseKey(n)} `.includes(key));
      };
      const named = [...before, ...earlier, ...s.mentions.filter((m) => m.index < t.start)].map((m) => m.actorId);
      const id = only(new Set(named.filter(holds)));
      if (id) s.mentions.push({ actorId: id, text: text.slice(t.start, last.end), index: t.start, via: "title" });
    });

    for (let i = 0; i < tokens.length; i++) {
      const phraseEnd = pairPhraseEnd(tokens, i);
      if (phraseEnd < 0) continue;
      const end = possessiveEnd(tokens, phraseEnd);
      const from = tokens[i]!.start;
      const to = tokens[end - 1]!.end;
      if (s.mentions.some((m) => m.index < to && from < m.index + m.text.length)) continue;
      // Earlier sentences only: a pair named in this one is named here anyway. ("The leaders",
      // which says no number, are the two only when the sentence just before named them.)
      const second = tokens[i + 1]?.fold;
      const counted = second === "pair" || second === "two" || tokens[i]!.fold === "both";
      const last = counted
        ? [...done].reverse().find((d) => people(d.mentions, actors).size > 0)
        : done[done.length - 1];
      // (past a sentence since that names one person, "X was sworn in", to the pair before it,
      // when the noun fits them: "the two leaders", or "the two presidents" when both are)
      const noun = tokens[phraseEnd - 1]!.fold;
      const fits = ([a, b]: [string, string]) => [a, b].every((id) => holdsRoleOf(actors.get(id), noun, gazetteer));
      const pair =
        (last ? pairOf(last, actors) : null) ??
        (counted
          ? ([...done]
              .reverse()
              .map((d) => pairOf(d, actors))
              .find((p) => p !== null && fits(p)) ?? null)
          : null);
      const phrase = text.slice(from, to);
      if (pair) for (const id of pair) s.mentions.push({ actorId: id, text: phrase, index: from, via: "title" });
      i = end - 1;
    }
    for (let i = 0; i < tokens.length; i++) {
      const end = partyPairPhraseEnd(tokens, i);
      if (end < 0) continue;
      const from = tokens[i]!.start;
      const to = tokens[end - 1]!.end;
      if (s.mentions.some((m) => m.index < to && from < m.index + m.text.length)) continue;
      // The parties named before it in its own sentence ("talks between Israel and Hamas have
      // stalled, with both sides blaming …"), else in the sentence just before.
      const here: Sentence = { ...s, mentions: s.mentions.filter((m) => m.index < from) };
      const before = done[done.length - 1];
      // (or the pair the sentence before referred to so: "Both sides agreed … The warring sides also …")
      const referred = [...new Set(before?.mentions.filter((m) => m.via === "pair").map((m) => m.actorId))];
      const pair =
        partyPairOf(here, actors, gazetteer) ??
        (before ? partyPairOf(before, actors, gazetteer) : null) ??
        (referred.length ? referred : null);
      if (pair)
        for (const id of pair) s.mentions.push({ actorId: id, text: text.slice(from, to), index: from, via: "pair" });
      i = end - 1;
    }

    for (let i = 0; i + 1 < tokens.length; i++) {
      const which = tokens[i + 1]!.fold;
      if (tokens[i]!.fold !== "the" || (which !== "latter" && which !== "former") || !standsAlone(tokens, i + 2))
        continue;
      // (as a subject only: "rejected the latter" may be a proposal as well as a party)
      const before = tokens[i - 1];
      if (before?.word && !/^(?:and|but|while|whereas)$/.test(before.fold)) continue;
      const from = tokens[i]!.start;
      const to = tokens[i + 1]!.end;
      if (s.mentions.some((m) => m.index < to && from < m.index + m.text.length)) continue;
      // The last two actors named before it, in its own sentence or else the one just before.
      const two = lastTwo(s.mentions.filter((m) => m.index < from)) ?? lastTwo(done[done.length - 1]?.mentions ?? []);
      if (two)
        s.mentions.push({
          actorId: two[which === "latter" ? 1 : 0],
          text: text.slice(from, to),
          index: from,
          via: "pronoun",
        });
    }

    s.mentions.sort((a, b) => a.index - b.index);
    done.push(s);
  });
  return done.map((d) => d.mentions);
}

/**
 * Whether "the latter" or "the former" ends before token `k` as a subject: before a comma, a
 * verb or a relative pronoun ("the latter, who …", "the former said"), not a noun ("the former
 * president") or the sentence's end.
 */
function standsAlone(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (!t.word) return t.fold === ",";
  if (t.cap) return false;
  return (
    /^(?:who|which|whose|also)$/.test(t.fold) ||
    AUXILIARIES.has(t.fold) ||
    REPORTING_VERBS.has(t.fold) ||
    /ed$/.test(t.fold)
  );
}

/** The last two actors a sentence names, in order, when it names two or more. */
function lastTwo(mentions: readonly ActorMention[]): [string, string] | null {
  const ids = [...new Set(mentions.map((m) => m.actorId).reverse())].slice(0, 2);
  return ids.length === 2 ? [ids[1]!, ids[0]!] : null;
}

/** A phrase that may name two parties by number ("both sides", "the two countries", "warring parties"). */
const PAIR_PHRASE = new RegExp(String.raw`\b(?:both|two|warring)\s+(?:${[...PARTY_PAIR_NOUNS].join("|")})\b`, "i");

/**
 * The two sides the story is about: of the pairs of parties some sentence names together, not as
 * go-betweens (brokers), the one whose less-named member the article names most often (a pair of
 * brokers or hosts is named together, but less than the sides), then the pair named together most
 * often, then the first. `sentences` carry the tokens the gazetteer scan gave them.
 */
export function storySides(
  sentences: readonly { tokens: readonly Token[]; caption?: boolean }[],
  mentionsPerSentence: readonly (readonly ActorMention[])[],
  gazetteer: Gazetteer,
  actors: Actors = gazetteer.byId,
): readonly string[] | null {
  // (a photo caption pictures whoever stood there, mediators and hosts too: no side is read from it)
  const told = (k: number) => !sentences[k]!.caption;
  const named = new Map<string, number>();
  mentionsPerSentence.forEach((ms, k) => {
    if (told(k))
      for (const id of new Set(ms.map((m) => m.actorId)))
        if (PARTY_KINDS.test(actors.get(id)?.kind ?? "")) named.set(id, (named.get(id) ?? 0) + 1);
  });
  const counts = new Map<string, { ids: readonly string[]; n: number }>();
  sentences.forEach(({ tokens }, k) => {
    if (!told(k)) return;
    const sentence = { tokens, mentions: [...mentionsPerSentence[k]!], quoted: [] };
    const ids = partyPairOf(sentence, actors, gazetteer) ?? headlinePair(sentence, actors);
    if (ids?.length !== 2 || brokers(tokens, mentionsPerSentence[k]!, ids, gazetteer)) return;
    const key = [...ids].sort().join(" ");
    const seen = counts.get(key);
    counts.set(key, { ids, n: (seen?.n ?? 0) + 1 });
  });
  // (a side is among the three parties the article names most, ties included)
  const third = [...named.values()].sort((a, b) => b - a)[2] ?? 0;
  let pair: readonly string[] | null = null;
  let best = [third, 0];
  for (const { ids, n } of counts.values()) {
    const least = Math.min(...ids.map((id) => named.get(id) ?? 0));
    if (least > best[0]! || (least === best[0] && n > best[1]!)) [pair, best] = [ids, [least, n]];
  }
  return pair;
}

/**
 * "India, Pakistan sign accord": a headline, whether or not the page sets it apart, joins the pair
 * it opens with a comma where prose writes "and", and a verb follows (not a list: "Peru, Chile
 * and Bolivia agree").
 */
function headlinePair(s: Sentence, actors: Actors): readonly string[] | null {
  const [a, b] = s.mentions.filter((m) => PARTY_KINDS.test(actors.get(m.actorId)?.kind ?? ""));
  if (!a || !b || a.actorId === b.actorId) return null;
  const opens = s.tokens.slice(0, tokenAt(s.tokens, a.index)).every((t) => !t.word);
  const after = s.tokens[tokenAt(s.tokens, b.index + b.text.length - 1) + 1];
  const verb = !!after?.word && !after.cap && after.fold !== "and" && after.fold !== "or";
  return opens && verb && joinedBy(s, a, b, ",") ? [a.actorId, b.actorId] : null;
}

/** How far, in words, a word of brokering may stand from a pair to make it go-betweens. */
const BROKERING_REACH = 3;

/**
 * Whether the pair a sentence names together stands beside a word of brokering ("co-hosted by
 * Norway and Kenya", "the Kenyan and Norwegian mediators"): go-betweens, not the sides.
 * (content/roles.json `brokering`)
 */
function brokers(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  ids: readonly string[],
  g: Gazetteer,
): boolean {
  const at = ids.map((id) => mentions.find((m) => m.actorId === id)).filter((m) => m !== undefined);
  if (at.length !== ids.length) return false;
  const from = Math.min(...at.map((m) => tokenAt(tokens, m.index)));
  const to = Math.max(...at.map((m) => tokenAt(tokens, m.index + m.text.length - 1)));
  // ("the Qatari-brokered truce between Israel and Hamas": "between" names the sides)
  if (tokens[from - 1]?.fold === "between") return false;
  return tokens
    .slice(Math.max(0, from - BROKERING_REACH), to + 1 + BROKERING_REACH)
    .some((t) => g.roles.brokering.has(t.fold));
}

/**
 * "Warring sides in the dispute signed a truce", "both sides have pledged to settle
 * disputes": a pair phrase that found no pair in its own sentence or the one before is the
 * story's two sides (storySides), as a reader who has the story in mind takes it. `sentences`
 * carry the tokens the gazetteer scan gave them. Returns every sentence's mentions in text order.
 */
export function resolveStoryPairs(
  sentences: readonly { text: string; tokens: readonly Token[]; caption?: boolean }[],
  mentionsPerSentence: readonly (readonly ActorMention[])[],
  gazetteer: Gazetteer,
  actors: Actors = gazetteer.byId,
): ActorMention[][] {
  const out = mentionsPerSentence.map((m) => [...m]);
  if (!sentences.some((s) => PAIR_PHRASE.test(s.text))) return out;
  const pair = storySides(sentences, out, gazetteer, actors);
  if (!pair) return out;
  sentences.forEach(({ tokens }, k) => {
    for (let i = 0; i < tokens.length; i++) {
      const end = partyPairPhraseEnd(tokens, i);
      if (end < 0) continue;
      const from = tokens[i]!.start;
      const to = tokens[end - 1]!.end;
      const over = (m: ActorMention) => m.index < to && from < m.index + m.text.length;
      // ("… handing the text to the mediator's envoy. From Saturday both sides are to …": a pair taken from the
      // sentence before that holds one side and someone named nowhere earlier in this sentence
      // is a side and a go-between; the phrase means the story's sides)
      const taken = out[k]!.filter((m) => m.via === "pair" && m.index === from).map((m) => m.actorId);
      const stranger = taken.find((id) => !pair!.includes(id));
      const borrowed =
        taken.length === 2 &&
        taken.some((id) => pair!.includes(id)) &&
        !!stranger &&
        !out[k]!.some((m) => m.via !== "pair" && m.index < from && m.actorId === stranger);
      if (borrowed) out[k] = out[k]!.filter((m) => !(m.via === "pair" && m.index === from));
      if (!out[k]!.some(over))
        for (const id of pair!)
          out[k]!.push({ actorId: id, text: sentences[k]!.text.slice(from, to), index: from, via: "pair" });
      i = end - 1;
    }
    out[k]!.sort((a, b) => a.index - b.index);
  });
  return out;
}
