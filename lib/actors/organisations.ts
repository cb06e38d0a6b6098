import type { OrganisationsConfig } from "./actorLexicon";
import type { Gazetteer } from "./gazetteer";
import { UNKNOWN_ROLE } from "./discoveredActors";
import { misspeltSurname } from "./fuzzyNames";
import {
  AGENT_NOUNS,
  AGENT_VERBS,
  AUXILIARIES,
  LEADING_CONJUNCTIONS,
  MEDIA_WORDS,
  MEMBER_NOUNS,
  NON_PERSON_WORDS,
  NOT_NAME_WORDS,
  OUTLET_VERBS,
  PLACE_PREPOSITIONS,
  INTERACTION_NOUNS,
  PRONOUN_GENDER,
  RANK_WORDS,
  RELATIVE_WORDS,
  REPORTING_VERBS,
} from "./lexicon";
import { agentPhraseEnd, hyphenJoined } from "./match";
import { headEnd } from "./roles";
import { rawActor, type ArticleWords, type SentenceView } from "./sentenceView";
import { phraseKey, type Token } from "./text";

/**
 * Organisations and armed groups the gazetteer does not list, found when the article treats a
 * capitalised name or acronym as an agent: the subject of a verb of saying or doing ("Hamas
 * said", "the RSF had assured"), the body its members belong to ("Mossad officials"), the agent
 * of a passive ("kidnapped by Hamas") or a party "between Israel and Hamas". A name the article
 * also uses as a place ("in Gaza"), an outlet ("Reuters reported", content/organisations.json),
 * a word it writes in lower case, or a sentence's first word (or the first after its dateline)
 * seen nowhere else is not one.
 *
 * A single word that is not an acronym may be a person's surname ("Dagalo said"), so it needs
 * more: a sign of being a body ("the", members, an apposition such as "an Islamic militant
 * group"), or being a party beside a state ("between Israel and Hamas", "the Israel-Hamas
 * war"), or acting more than once with "it"/"its" pointing back to it or as the other side
 * ("kidnapped by Hamas", "against Hamas") — and never "he" or "she" after it, nor the name of a
 * person the article or the gazetteer knows. A single word that speaks ("Okafor said",
 * "…, Okafor added.") and is then "he" or "she", with nothing of a body, is a person whose
 * introduction the article does not carry.
 */

export interface OrganisationLexicon {
  /** phrase keys of outlets ("associated press") */
  outlets: ReadonlySet<string>;
  outletNouns: ReadonlySet<string>;
  groupWords: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
}

/**
 * The index of a sentence's first word, or of the first word after its dateline ("LUSAKA, May 5
 * -- Provincial leaders …"), which is capitalised for opening the story, not for being a name.
 */
function openingWord(s: SentenceView): number {
  const first = s.tokens.findIndex((t) => t.word);
  // (the first word after a dash, when all before it are capitalised words and numbers: a
  // place, a date, an agency)
  for (let k = first + 1; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (!t.word) continue;
    if (/[-–—]\s*$/.test(s.text.slice(s.tokens[k - 1]!.end, t.start))) return k;
    if (!t.cap && !/^\d/.test(t.text)) return first;
  }
  return first;
}

export function compileOrganisations(config: OrganisationsConfig): OrganisationLexicon {
  const keys = (list: readonly string[]) => new Set(list.map(phraseKey));
  return {
    outlets: keys(config.outlets),
    outletNouns: keys(config.outletNouns),
    groupWords: keys(config.groupWords),
    organisationWords: keys(config.organisationWords),
  };
}

/** Whether a word says its name is a body: a group's ("Front") or an organisation's ("Commission"). */
export const isBodyWord = (lex: OrganisationLexicon, fold: string) =>
  lex.groupWords.has(fold) || lex.organisationWords.has(fold);

export interface FoundOrganisation {
  name: string;
  /** other names: the acronym of a spelt-out name and the reverse */
  aliases: string[];
  /** "person": a lone surname that speaks and is then "he" or "she" */
  kind: "organization" | "group" | "person";
  gender?: "male" | "female";
  role: string;
  /** phrase keys of every name, for matching */
  keys: string[];
}

interface Evidence {
  agent: boolean;
  /** how many times it acts */
  agents: number;
  /** a party beside a state ("between Israel and Hamas", "the Israel-Hamas war"), or a body
   * acting in a relative clause ("Hezbollah, which said …") */
  party: boolean;
  /** "it"/"its" after it, before any other name: a body */
  anaphora: boolean;
  /** the other side: "kidnapped by Hamas", "against Hamas" */
  opposed: boolean;
  /** "he"/"she" after it, before any other name: a person, and which */
  personal: "male" | "female" | null;
  /** ", who …" after it */
  human: boolean;
  /** the subject of a verb of saying ("Okafor said", "said Okafor") */
  speech: boolean;
  body: boolean;
  place: boolean;
  outlet: boolean;
  midSentence: boolean;
  group: boolean;
  apposition: string | null;
}

interface Candidate {
  key: string;
  name: string;
  acronym: boolean;
  words: number;
  evidence: Evidence;
}

// "RSF", "TPLF", "M23": capitals, perhaps with digits after the first letter.
const isAcronym = (t: Token) => t.word && t.upper && /^\p{L}[\p{L}\p{N}]{1,5}$/u.test(t.fold) && !t.text.includes(".");

/**
 * Whether the token after `k` continues an acronym across a hyphen: "K-21", "SPLM-N",
 * "FARC-EP". Tokens drop hyphens, so the parts would otherwise be a lone capital and a number.
 * Only capitals and digits join; "Israel-Hamas" stays two names.
 */
function acronymPart(s: SentenceView, k: number): boolean {
  const a = s.tokens[k];
  const b = s.tokens[k + 1];
  if (!a?.upper || !b?.word || s.rawAt[k + 1] || !hyphenJoined(s.text, s.tokens, k)) return false;
  return b.upper || /^\p{N}+$/u.test(b.text);
}

/** A run of hyphen-joined capitals and digits short enough to be one acronym ("K-21"). */
const isAcronymRun = (s: SentenceView, from: number, to: number) =>
  to - from > 1 &&
  s.tokens.slice(from, to - 1).every((_, n) => acronymPart(s, from + n)) &&
  s.tokens
    .slice(from, to)
    .map((t) => t.fold)
    .join("").length <= 8;

/** Nouns that head the name of a document: an agreement, a declaration, a plan. */
const DOCUMENT_WORDS = new Set(
  "agreement accord declaration treaty protocol convention charter memorandum communique pact plan formula roadmap framework resolution initiative deal act".split(
    " ",
  ),
);
const isDocument = (fold: string) => DOCUMENT_WORDS.has(fold) || DOCUMENT_WORDS.has(fold.replace(/s$/, ""));

/** A word that could only be generic in an organisation's name ("Foreign Ministry", "the Cabinet"). */
function generic(fold: string, g: Gazetteer, words: ArticleWords): boolean {
  return (
    NOT_NAME_WORDS.has(fold) ||
    NON_PERSON_WORDS.has(fold) ||
    AGENT_NOUNS.has(fold) ||
    g.roles.headWords.has(fold) ||
    g.roles.modifiers.has(fold) ||
    g.roles.honorifics.has(fold) ||
    g.demonyms.has(fold) ||
    g.ambiguous.demonyms.has(fold) ||
    // "Russians", "Ukrainians": a people, not a body
    (fold.endsWith("s") && (g.demonyms.has(fold.slice(0, -1)) || g.ambiguous.demonyms.has(fold.slice(0, -1)))) ||
    g.placeWords.has(fold) ||
    words.lower.has(fold)
  );
}

/** Capitalised runs not already a gazetteer phrase or a person: [start, end) token ranges. */
function runs(s: SentenceView, taken: ReadonlySet<number>, lex: OrganisationLexicon, g: Gazetteer): [number, number][] {
  const out: [number, number][] = [];
  const free = (i: number) => !!s.tokens[i]?.word && s.tokens[i]!.cap && !s.rawAt[i] && !taken.has(i);
  const stateNamed = (k: number) => {
    const id = s.rawAt[k]?.start === k ? rawActor(s.rawAt[k]) : null;
    return !!id && g.byId.get(id)?.kind === "state";
  };
  const bodyWord = (from: number, to: number) => s.tokens.slice(from, to).some((t) => isBodyWord(lex, t.fold));
  let i = 0;
  while (i < s.tokens.length) {
    if (!free(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (free(j)) j++;
      else if (acronymPart(s, j - 1)) j++;
      else if (["of", "for"].includes(s.tokens[j]?.fold ?? "") && free(j + 1)) j += 2;
      else if (["of", "for"].includes(s.tokens[j]?.fold ?? "") && s.tokens[j + 1]?.fold === "the" && free(j + 2))
        j += 3;
      // "Patriotic Movement of Arcadia", "Front for the Liberation of Arcadia": a body named for
      // the state it fights in or for holds the state's name.
      else if (["of", "for"].includes(s.tokens[j]?.fold ?? "") && stateNamed(j + 1) && bodyWord(i, j))
        j = s.rawAt[j + 1]!.end;
      // "Forces of Liberty and Reform", "Front for Justice and Renewal": a name that names what it
      // is for or of may join two words; a bare "A and B" is two names.
      else if (
        s.tokens[j]?.fold === "and" &&
        free(j + 1) &&
        !free(j + 2) &&
        s.tokens.slice(i, j).some((t) => t.fold === "of" || t.fold === "for")
      )
        j += 2;
      else break;
    }
    // "Tigray forces", "Kachin rebels": a place's fighters in lower case are a group of their own;
    // "the Tigray government", "the Puntland regional government" a body of its own.
    const next = s.tokens[j];
    // (A sentence's opening "The" is capitalised too: "The Tigray government said".)
    const one = j === i + 1 || (j === i + 2 && s.tokens[i]!.fold === "the");
    if (one && !isAcronym(s.tokens[j - 1]!) && next?.word && !next.cap && !taken.has(j)) {
      if (FIGHTERS.has(next.fold) || GOVERNING.has(next.fold)) j++;
      else if (next.fold === "regional" && s.tokens[j + 1]?.fold === "government") j += 2;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Fighters that a place's name before them makes an armed group ("Tigray forces"). */
/** What a body is, said between its name and a member ("the M23 rebel leader", "the FLA militia commander"). */
const KIND_BEFORE_MEMBER = new Set(["rebel", "guerrilla", "militia", "armed", "insurgent", "militant"]);

export const FIGHTERS = new Set(["forces", "rebels", "militia", "militias", "militants", "insurgents"]);
/** Bodies that govern, which a place's name before them makes a government of its own ("the Tigray government"). */
const GOVERNING = new Set(["government", "administration", "authorities"]);

/** "freed", "freeing", "release": a verb whose subject acts, in any form the lexicons list or its -ing form. */
function isAgentVerb(fold: string): boolean {
  if (AGENT_VERBS.has(fold) || REPORTING_VERBS.has(fold)) return true;
  if (!fold.endsWith("ing") || fold.length < 6) return false;
  const stem = fold.slice(0, -3);
  const undoubled = stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
  return AGENT_VERBS.has(stem) || AGENT_VERBS.has(`${stem}e`) || AGENT_VERBS.has(undoubled);
}

const isName = (s: SentenceView, k: number) => {
  const t = s.tokens[k]!;
  return !!s.rawAt[k] || (t.word && t.cap && !NOT_NAME_WORDS.has(t.fold));
};

/**
 * The first third-person pronoun after a name, before any other name or quotation ("Hamas is to
 * free 50 of the hostages it is holding"); failing that, when nothing else is named after it, a
 * "he" or "she" opening the next sentence ("…, Okafor added. He also urged …"), when `next`
 * is given.
 */
function pronounAfter(s: SentenceView, end: number, next: SentenceView | undefined): string | null {
  const { tokens } = s;
  for (let k = end; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.fold === '"' || isName(s, k) || k > end + 30) return null;
    if (t.word && (PRONOUN_GENDER.has(t.fold) || t.fold === "it" || t.fold === "its")) return t.fold;
  }
  const words = next?.tokens.filter((t) => t.word) ?? [];
  const first = words[0] && LEADING_CONJUNCTIONS.has(words[0].fold) ? words[1] : words[0];
  return first?.cap && PRONOUN_GENDER.has(first.fold) ? first.fold : null;
}

/** "the Afghan Taliban", "the Lebanese Hezbollah": a state's demonym between "the" and the name. */
const demonymAfterThe = (s: SentenceView, start: number, g: Gazetteer) =>
  g.demonyms.has(s.tokens[start - 1]?.fold ?? "") && s.tokens[start - 2]?.fold === "the";

/** Adverb particles of phrasal verbs before "by": "carried out by". */
const PARTICLES = new Set(["out", "up", "off"]);

/** Skips auxiliaries and adverbs after a name ("had", "is to", "also") to reach its verb. */
function verbAfter(tokens: readonly Token[], end: number): Token | undefined {
  let j = end;
  while (j < end + 4 && tokens[j]?.word && AUXILIARIES.has(tokens[j]!.fold)) j++;
  const t = tokens[j];
  return t?.word && !t.cap ? t : undefined;
}

function evidenceAt(
  s: SentenceView,
  start: number,
  nameEnd: number,
  g: Gazetteer,
  lex: OrganisationLexicon,
  firstWord: number,
  next: SentenceView | undefined,
): Evidence {
  const { tokens } = s;
  // "The Mountain Liberation Front (MLF) said …": what follows a name is read past the acronym
  // in brackets after it, and what follows that acronym past its closing bracket.
  const bracketed =
    tokens[nameEnd]?.fold === "(" && tokens[nameEnd + 2]?.fold === ")" && isAcronym(tokens[nameEnd + 1]!);
  const insideBrackets = tokens[start - 1]?.fold === "(" && tokens[nameEnd]?.fold === ")";
  const end = bracketed ? nameEnd + 3 : insideBrackets ? nameEnd + 1 : nameEnd;
  const before = tokens[start - 1];
  const after = tokens[end];
  const possessive = after?.fold === "'" && tokens[end + 1]?.fold === "s" ? end + 2 : end;
  // ("the M23 rebel leader": a word of what the body is may stand before its member)
  const member = tokens[KIND_BEFORE_MEMBER.has(tokens[possessive]?.fold ?? "") ? possessive + 1 : possessive];
  const verb = verbAfter(tokens, end);
  const isMember =
    !!member?.word && !member.cap && (MEMBER_NOUNS.has(member.fold) || headEnd(tokens, possessive, g.roles) > 0);
  const prep = before?.fold === "the" ? tokens[start - 2] : before;
  // The word before the name and its "the": "between … and (the) RSF", "by (the) RSF".
  const lead = before?.fold === "the" ? start - 2 : start - 1;
  const otherSide = (k: number) => {
    const id = rawActor(s.rawAt[k]);
    return id ? (g.byId.get(id)?.kind ?? null) : null;
  };
  // "between Israel and Hamas", "between the Malian army and the FLA": the other party ends
  // right before "and"; "between Hamas and Israel": it starts right after.
  const otherStart = lead > 0 ? (s.rawAt[lead - 1]?.start ?? lead - 1) : -1;
  const betweenBack = tokens[otherStart - 1]?.fold === "the" ? otherStart - 2 : otherStart - 1;
  const ahead = tokens[end + 1]?.fold === "the" ? end + 2 : end + 1;
  let betweenAt = -1;
  let partner: string | null = null;
  if (tokens[lead]?.fold === "and" && tokens[betweenBack]?.fold === "between") {
    betweenAt = betweenBack;
    partner = otherSide(lead - 1);
  } else if (tokens[lead]?.fold === "between" && after?.fold === "and") {
    betweenAt = lead;
    partner = otherSide(ahead);
  }
  const between = !!partner;
  // "a truce deal between Ethiopia and the TPLF": dealings between a state and a body.
  const dealings = INTERACTION_NOUNS.has(tokens[betweenAt - 1]?.fold ?? "");
  // "the Israel-Hamas war", "a Hamas-Israel truce": hyphened to a state before dealings.
  const stateBefore = hyphenJoined(s.text, tokens, start - 1) && otherSide(start - 1) === "state";
  const stateAfter = hyphenJoined(s.text, tokens, end - 1) && otherSide(end) === "state";
  const dealingsAt = stateAfter ? s.rawAt[end]!.end : end;
  // "kidnapped by Hamas", "carried out by the militia": the agent of a passive.
  const particle = PARTICLES.has(tokens[lead - 1]?.fold ?? "") ? lead - 2 : lead - 1;
  const byAgent = tokens[lead]?.fold === "by" && /(?:ed|en)$/.test(tokens[particle]?.fold ?? "");
  // "Hezbollah, which said it …" is a body; "Dagalo, who leads …" a person.
  const relative = after?.fold === "," ? tokens[end + 1]?.fold : undefined;
  const which = relative === "which";
  // Not a passive ("Bakhmut, which was captured"): that is done to it.
  const passive = ["is", "was", "are", "were"].includes(tokens[end + 2]?.fold ?? "");
  const whichVerb = which && !passive ? verbAfter(tokens, end + 2) : undefined;
  const whichActs = !!whichVerb && isAgentVerb(whichVerb.fold);
  const party =
    whichActs ||
    (between && dealings && partner !== "person") ||
    ((stateBefore || stateAfter) && agentPhraseEnd(tokens, dealingsAt, INTERACTION_NOUNS) > 0);
  // '"…," said Dagalo': a reporting verb after a quotation or a comma, then the name.
  const saidBefore =
    !!before?.word && REPORTING_VERBS.has(before.fold) && [",", '"'].includes(tokens[start - 2]?.fold ?? "");
  // "According to KFOR, 25 soldiers were injured": an acronym cited as the source speaks as one
  // that "said" does (an outlet cited so is no actor: outlets are never candidates).
  const cited =
    end === start + 1 && isAcronym(tokens[start]!) && before?.fold === "to" && tokens[start - 2]?.fold === "according";
  const speech = (!!verb && REPORTING_VERBS.has(verb.fold)) || saidBefore;
  const pronoun = pronounAfter(s, possessive, speech ? next : undefined);
  let apposition: string | null = null;
  let group = false;
  // "The Coastal Front, the main rebel group, signed …": the verb after an apposition closes.
  let verbPastApposition: Token | undefined;
  if (after?.fold === ",") {
    for (let k = end + 1; k < Math.min(tokens.length, end + 8); k++) {
      const t = tokens[k]!;
      // (", which the militia took last spring": a relative clause is no apposition)
      if (!t.word || RELATIVE_WORDS.has(t.fold)) break;
      const isGroup = lex.groupWords.has(t.fold);
      if (isBodyWord(lex, t.fold)) {
        const from = ["a", "an", "the"].includes(tokens[end + 1]!.fold) ? end + 2 : end + 1;
        apposition = s.text.slice(tokens[from]!.start, t.end);
        group = isGroup;
        // (an apposition may run long: ", the group blamed for the raid on the garrison in
        // the first week of May last year, said")
        let close = k + 1;
        while (close < k + 30 && tokens[close] && tokens[close]!.fold !== ",") close++;
        if (tokens[close]?.fold === ",") verbPastApposition = verbAfter(tokens, close + 1);
        break;
      }
    }
  }
  // "the opposition KDR alliance", "the PMR party": an acronym followed by a noun of what it is
  // names a body by its form, as "Tigray forces" does.
  const kindAfter =
    end === start + 1 && isAcronym(tokens[start]!) && !!after?.word && !after.cap && isBodyWord(lex, after.fold);
  const acts = (v: Token | undefined) => !!v && isAgentVerb(v.fold);
  const agent =
    acts(verb) ||
    acts(verbPastApposition) ||
    whichActs ||
    isMember ||
    between ||
    byAgent ||
    saidBefore ||
    cited ||
    party ||
    kindAfter;
  return {
    agent,
    agents: agent ? 1 : 0,
    party,
    anaphora: which || pronoun === "it" || pronoun === "its",
    opposed: byAgent || tokens[lead]?.fold === "against",
    human: relative === "who",
    personal: (pronoun && PRONOUN_GENDER.get(pronoun)) || null,
    speech,
    body: before?.fold === "the" || demonymAfterThe(s, start, g) || isMember || !!apposition || kindAfter,
    place: !!prep?.word && PLACE_PREPOSITIONS.has(prep.fold),
    outlet:
      (!!verb && OUTLET_VERBS.has(verb.fold)) ||
      (!!before?.word && lex.outletNouns.has(before.fold)) ||
      (!!after?.word && lex.outletNouns.has(after.fold)),
    midSentence: start > firstWord,
    // ("ZPLF commanders", "K19 fighters": a body whose members fight is an armed group)
    group: group || (isMember && FIGHTING_MEMBERS.has(member!.fold)),
    apposition,
  };
}

/** Members that make the body they belong to an armed group. */
const FIGHTING_MEMBERS = new Set([
  "fighters",
  "militants",
  "rebels",
  "insurgents",
  "guerrillas",
  "commander",
  "commanders",
]);

const merge = (a: Evidence, b: Evidence): Evidence => ({
  agent: a.agent || b.agent,
  agents: a.agents + b.agents,
  party: a.party || b.party,
  anaphora: a.anaphora || b.anaphora,
  opposed: a.opposed || b.opposed,
  personal: a.personal ?? b.personal,
  human: a.human || b.human,
  speech: a.speech || b.speech,
  body: a.body || b.body,
  place: a.place || b.place,
  outlet: a.outlet || b.outlet,
  midSentence: a.midSentence || b.midSentence,
  group: a.group || b.group,
  apposition: a.apposition ?? b.apposition,
});

/**
 * Whether an acronym's letters are the initials of a name's capitalised words in some order, with
 * at most one word left over, and the name's first word among them ("Popular Front for the
 * Renewal of Arcadia" for "FPRA"; not "Ghana Chief of Naval Staff" for "CNS", which starts later).
 */
function reordered(acronym: string, name: readonly Token[]): boolean {
  const initials = name.filter((t) => t.cap && t.fold !== "the").map((t) => t.fold[0]!);
  if (!acronym.includes(initials[0] ?? "")) return false;
  for (const letter of acronym) {
    const at = initials.indexOf(letter);
    if (at < 0) return false;
    initials.splice(at, 1);
  }
  return initials.length <= 1;
}

/** "Rapid Support Forces (RSF)": a spelt-out name and its acronym are one organisation. */
function acronymPairs(
  s: SentenceView,
  taken: ReadonlySet<number>,
  g: Gazetteer,
): { long: string; short: string; role: boolean }[] {
  const out: { long: string; short: string; role: boolean }[] = [];
  s.tokens.forEach((t, i) => {
    const acr = s.tokens[i + 1];
    if (t.fold !== "(" || !acr || !isAcronym(acr) || s.tokens[i + 2]?.fold !== ")") return;
    let k = i - 1;
    while (k >= 0 && s.tokens[k]!.word && (s.tokens[k]!.cap || ["of", "for", "the", "and"].includes(s.tokens[k]!.fold)))
      k--;
    // "the Ghana Chief of Naval Staff Operations (CNSO)": the name starts at the
    // capital the acronym starts with.
    let from = k + 1;
    // ("The Ogaden … Front (ONLF)": nor at an article that opens the sentence.)
    while (
      from < i &&
      (!s.tokens[from]!.cap || s.tokens[from]!.fold[0] !== acr.fold[0] || s.tokens[from]!.fold === "the")
    )
      from++;
    // "Patriotic Movement of Arcadia (MPA)": an acronym of the name in its own language has the
    // name's initials in another order; the name then starts at its first capital.
    let first = k + 1;
    while (first < i && (!s.tokens[first]!.cap || s.tokens[first]!.fold === "the")) first++;
    const inOrder = !(first < from && reordered(acr.fold, s.tokens.slice(first, i)));
    if (!inOrder) from = first;
    if (from >= i || taken.has(from)) return;
    const capitals = s.tokens.slice(from, i).filter((w) => w.cap);
    if (inOrder && capitals[0]!.fold[0] !== acr.fold[0]) return;
    const long = s.text.slice(s.tokens[from]!.start, s.tokens[i - 1]!.end);
    const role = s.tokens.slice(from, i).some((_, n) => headEnd(s.tokens, from + n, g.roles) > 0);
    out.push({ long, short: acr.text, role });
  });
  return out;
}

/** Whether the gazetteer has these words as one actor's name or alias. */
function gazetteerName(g: Gazetteer, name: string): boolean {
  const words = phraseKey(name).split(" ");
  return (g.index.get(words[0]!) ?? []).some(
    (p) => p.kind === "name" && p.tokens.length === words.length && p.tokens.every((t, i) => t.fold === words[i]),
  );
}

/**
 * The organisations an article names as agents, with every name they go by in it. `taken`
 * holds, per sentence, the tokens already read as people.
 */
export function findOrganisations(
  sentences: readonly SentenceView[],
  g: Gazetteer,
  words: ArticleWords,
  taken: readonly ReadonlySet<number>[],
  /** folded words of the names of people the article introduced */
  personWords: ReadonlySet<string> = new Set(),
): FoundOrganisation[] {
  const lex = g.organisations;
  const candidates = new Map<string, Candidate>();
  const pairs: { long: string; short: string; role: boolean }[] = [];
  sentences.forEach((s, n) => {
    if (s.headline) return;
    const used = taken[n] ?? new Set<number>();
    pairs.push(...acronymPairs(s, used, g));
    const firstWord = openingWord(s);
    for (const [runStart, end] of runs(s, used, lex, g)) {
      let start = runStart;
      while (
        start < end &&
        (NOT_NAME_WORDS.has(s.tokens[start]!.fold) ||
          (start < end - 1 && RANK_WORDS.has(s.tokens[start]!.fold)) ||
          // "the Afghan Taliban" is the Taliban; "Sudanese Armed Forces" keeps its demonym.
          (start === end - 2 && g.demonyms.has(s.tokens[start]!.fold)))
      )
        start++;
      if (start >= end) continue;
      const tokens = s.tokens.slice(start, end).filter((t) => t.word);
      const acronym = (tokens.length === 1 && isAcronym(tokens[0]!)) || isAcronymRun(s, start, end);
      // "Iranian FM called for …", "the PM said": a title's abbreviation is a person's title.
      if (acronym && g.roles.headWords.has(tokens[0]!.fold)) continue;
      const orgWord = tokens.some(
        (t) => NON_PERSON_WORDS.has(t.fold) || isBodyWord(lex, t.fold) || (!t.cap && GOVERNING.has(t.fold)),
      );
      // "the Panmunjom Declaration", "the Agreement for General Cessation of Hostilities": a
      // document is what parties sign, never a party.
      if (isDocument(tokens[0]!.fold) || isDocument(tokens[tokens.length - 1]!.fold)) continue;
      // A run of two or more plain names is a person ("Cyril Ramaphosa"), read elsewhere.
      if (tokens.length > 1 && !orgWord && !acronym) continue;
      // ("the Lima Group", "the Minsk Group": a body named for a city is a name, though each word
      // alone is generic)
      const namedForPlace =
        tokens.length === 2 &&
        tokens.every((t) => t.cap) &&
        g.placeWords.has(tokens[0]!.fold) &&
        isBodyWord(lex, tokens[1]!.fold);
      if (!acronym && !namedForPlace && !tokens.some((t) => !generic(t.fold, g, words) && t.fold.length > 1)) continue;
      const name = s.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
      const key = s.tokens
        .slice(start, end)
        .map((t) => t.fold)
        .join(" ");
      const ev = evidenceAt(s, start, end, g, lex, firstWord, sentences[n + 1]);
      const known = candidates.get(key);
      if (known) known.evidence = merge(known.evidence, ev);
      else candidates.set(key, { key, name, acronym, words: tokens.length, evidence: ev });
    }
  });

  // "Al Jazeera Arabic", "BBC Persian": an outlet's name opening a longer one is that outlet's edition.
  const outletName = (key: string) => {
    const parts = key.split(" ");
    return parts.some((_, k) => lex.outlets.has(parts.slice(0, k + 1).join(" ")));
  };
  const roleAcronyms = new Set(pairs.filter((p) => p.role).map((p) => phraseKey(p.short)));
  const partner = new Map<string, string>();
  for (const p of pairs)
    if (!p.role) {
      partner.set(phraseKey(p.short), p.long);
      partner.set(phraseKey(p.long), p.short);
    }

  // A lone word that is somebody's name is theirs: the article's people, the gazetteer's, and
  // near-misses of the gazetteer's.
  const personName = (c: Candidate) =>
    c.words === 1 && (personWords.has(c.key) || g.personNameWords.has(c.key) || !!misspeltSurname(c.key, g.fuzzy));
  const accepted = (c: Candidate | undefined): boolean => {
    if (!c || roleAcronyms.has(c.key) || outletName(c.key) || words.places.has(c.key)) return false;
    // "Rador Radio", "Press TV", "the Kyiv Post": a name of the news media is an outlet's.
    if (c.words > 1 && c.key.split(" ").some((w) => MEDIA_WORDS.has(w))) return false;
    const e = c.evidence;
    // ("the government and Maoist rebels have observed a truce": a name with its fighters is a
    // group by its form, whatever verb it takes)
    const fighters = c.words === 2 && FIGHTERS.has(c.key.split(" ")[1]!);
    // ("X, the largest rebel group": an apposition that makes it a group makes it a party)
    if (e.place || e.outlet || !(e.agent || fighters || e.group)) return false;
    // (a sentence's first word may be any word's capital; a name that ends on what it is,
    // "Human Rights Watch said", is a body's wherever it stands)
    if (!c.acronym && !e.midSentence && !(c.words > 1 && isBodyWord(lex, c.key.split(" ").at(-1)!))) return false;
    if (c.acronym || c.words > 1 || e.body) return true;
    if (e.personal || e.human || personName(c)) return false;
    return e.party || (e.agents >= 2 && (e.anaphora || e.opposed));
  };
  // "…, Okafor added. He also urged …": a lone word that speaks and is then a person.
  const lonePerson = (c: Candidate): boolean => {
    const e = c.evidence;
    if (c.acronym || c.words > 1 || outletName(c.key) || words.places.has(c.key) || personName(c)) return false;
    if (e.place || e.outlet || e.body || e.group || e.party || e.anaphora || !e.midSentence) return false;
    return e.speech && !!e.personal && !NON_PERSON_WORDS.has(c.key);
  };

  const out = new Map<string, FoundOrganisation>();
  for (const c of candidates.values()) {
    const otherName = partner.get(c.key);
    const other = otherName ? candidates.get(phraseKey(otherName)) : undefined;
    if (!otherName && lonePerson(c)) {
      out.set(c.key, {
        name: c.name,
        aliases: [],
        kind: "person",
        gender: c.evidence.personal!,
        role: UNKNOWN_ROLE,
        keys: [c.key],
      });
      continue;
    }
    if (!accepted(c) && !(other && accepted(other))) continue;
    const long = c.acronym && otherName ? otherName : c.name;
    const short = c.acronym ? c.name : otherName;
    const id = phraseKey(long);
    // "the Rapid Support Force (RSF)": a name spelt another way than the gazetteer's,
    // whose acronym the gazetteer knows, is that actor, not a new one.
    if (out.has(id) || (short && gazetteerName(g, short))) continue;
    const e = other ? merge(c.evidence, other.evidence) : c.evidence;
    const group =
      e.group ||
      phraseKey(long)
        .split(" ")
        .some((w) => lex.groupWords.has(w));
    out.set(id, {
      name: long,
      aliases: short && short !== long ? [short] : [],
      kind: group ? "group" : "organization",
      role: e.apposition ?? (group ? "armed or political group" : "organisation"),
      keys: [phraseKey(long), ...(short ? [phraseKey(short)] : [])],
    });
  }
  return [...out.values()];
}
