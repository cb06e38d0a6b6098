import type { OrganisationsConfig } from "./actorLexicon";
import type { Gazetteer } from "./gazetteer";
import {
  AGENT_NOUNS,
  AGENT_VERBS,
  AUXILIARIES,
  MEMBER_NOUNS,
  NON_PERSON_WORDS,
  NOT_NAME_WORDS,
  OUTLET_VERBS,
  PLACE_PREPOSITIONS,
} from "./lexicon";
import { headEnd } from "./roles";
import { rawActor, type ArticleWords, type SentenceView } from "./sentenceView";
import { phraseKey, type Token } from "./text";

/**
 * Organisations and armed groups the gazetteer does not list, found when the article treats a
 * capitalised name or acronym as an agent: the subject of a verb of saying or doing ("Hamas
 * said", "the RSF had assured"), the body its members belong to ("Mossad officials"), the agent
 * of a passive ("kidnapped by Hamas") or a party "between Israel and Hamas". A name the article
 * also uses as a place ("in Gaza"), an outlet ("Reuters reported", content/organisations.json),
 * a word it writes in lower case, or a sentence's first word seen nowhere else is not one. A
 * single word that is not an acronym also needs a sign of being a body ("the", members, an
 * apposition such as "an Islamic militant group"), since "Dagalo said" may be a person.
 */

export interface OrganisationLexicon {
  /** phrase keys of outlets ("associated press") */
  outlets: ReadonlySet<string>;
  outletNouns: ReadonlySet<string>;
  groupWords: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
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

export interface FoundOrganisation {
  name: string;
  /** other names: the acronym of a spelt-out name and the reverse */
  aliases: string[];
  kind: "organization" | "group";
  role: string;
  /** phrase keys of every name, for matching */
  keys: string[];
}

interface Evidence {
  agent: boolean;
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

const isAcronym = (t: Token) => t.word && t.upper && /^\p{L}{2,6}$/u.test(t.fold) && !t.text.includes(".");

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
    g.placeWords.has(fold) ||
    words.lower.has(fold)
  );
}

/** Capitalised runs not already a gazetteer phrase or a person: [start, end) token ranges. */
function runs(s: SentenceView, taken: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  const free = (i: number) => !!s.tokens[i]?.word && s.tokens[i]!.cap && !s.rawAt[i] && !taken.has(i);
  let i = 0;
  while (i < s.tokens.length) {
    if (!free(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (free(j)) j++;
      else if (["of", "for"].includes(s.tokens[j]?.fold ?? "") && free(j + 1)) j += 2;
      else if (["of", "for"].includes(s.tokens[j]?.fold ?? "") && s.tokens[j + 1]?.fold === "the" && free(j + 2))
        j += 3;
      else break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

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
  end: number,
  g: Gazetteer,
  lex: OrganisationLexicon,
  firstWord: number,
): Evidence {
  const { tokens } = s;
  const before = tokens[start - 1];
  const after = tokens[end];
  const possessive = after?.fold === "'" && tokens[end + 1]?.fold === "s" ? end + 2 : end;
  const member = tokens[possessive];
  const verb = verbAfter(tokens, end);
  const isMember =
    !!member?.word && !member.cap && (MEMBER_NOUNS.has(member.fold) || headEnd(tokens, possessive, g.roles) > 0);
  const prep = before?.fold === "the" ? tokens[start - 2] : before;
  const between =
    (before?.fold === "and" && tokens[start - 3]?.fold === "between" && !!rawActor(s.rawAt[start - 2])) ||
    (before?.fold === "between" && after?.fold === "and" && !!rawActor(s.rawAt[end + 1]));
  const byAgent = before?.fold === "by" && /(?:ed|en)$/.test(tokens[start - 2]?.fold ?? "");
  let apposition: string | null = null;
  let group = false;
  if (after?.fold === ",") {
    for (let k = end + 1; k < Math.min(tokens.length, end + 8); k++) {
      const t = tokens[k]!;
      if (!t.word) break;
      const isGroup = lex.groupWords.has(t.fold);
      if (isGroup || lex.organisationWords.has(t.fold)) {
        const from = ["a", "an", "the"].includes(tokens[end + 1]!.fold) ? end + 2 : end + 1;
        apposition = s.text.slice(tokens[from]!.start, t.end);
        group = isGroup;
        break;
      }
    }
  }
  return {
    agent: (!!verb && AGENT_VERBS.has(verb.fold)) || isMember || between || byAgent,
    body: before?.fold === "the" || isMember || !!apposition,
    place: !!prep?.word && PLACE_PREPOSITIONS.has(prep.fold),
    outlet:
      (!!verb && OUTLET_VERBS.has(verb.fold)) ||
      (!!before?.word && lex.outletNouns.has(before.fold)) ||
      (!!after?.word && lex.outletNouns.has(after.fold)),
    midSentence: start > firstWord,
    group,
    apposition,
  };
}

const merge = (a: Evidence, b: Evidence): Evidence => ({
  agent: a.agent || b.agent,
  body: a.body || b.body,
  place: a.place || b.place,
  outlet: a.outlet || b.outlet,
  midSentence: a.midSentence || b.midSentence,
  group: a.group || b.group,
  apposition: a.apposition ?? b.apposition,
});

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
    // "the Pakistan Director General of Military Operations (DGMO)": the name starts at the
    // capital the acronym starts with.
    let from = k + 1;
    while (from < i && (!s.tokens[from]!.cap || s.tokens[from]!.fold[0] !== acr.fold[0])) from++;
    if (from >= i || taken.has(from)) return;
    const capitals = s.tokens.slice(from, i).filter((w) => w.cap);
    if (capitals[0]!.fold[0] !== acr.fold[0]) return;
    const long = s.text.slice(s.tokens[from]!.start, s.tokens[i - 1]!.end);
    const role = s.tokens.slice(from, i).some((_, n) => headEnd(s.tokens, from + n, g.roles) > 0);
    out.push({ long, short: acr.text, role });
  });
  return out;
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
): FoundOrganisation[] {
  const lex = g.organisations;
  const candidates = new Map<string, Candidate>();
  const pairs: { long: string; short: string; role: boolean }[] = [];
  sentences.forEach((s, n) => {
    if (s.headline) return;
    const used = taken[n] ?? new Set<number>();
    pairs.push(...acronymPairs(s, used, g));
    const firstWord = s.tokens.findIndex((t) => t.word);
    for (const [runStart, end] of runs(s, used)) {
      let start = runStart;
      while (start < end && NOT_NAME_WORDS.has(s.tokens[start]!.fold)) start++;
      if (start >= end) continue;
      const tokens = s.tokens.slice(start, end).filter((t) => t.word);
      const acronym = tokens.length === 1 && isAcronym(tokens[0]!);
      const orgWord = tokens.some(
        (t) => NON_PERSON_WORDS.has(t.fold) || lex.groupWords.has(t.fold) || lex.organisationWords.has(t.fold),
      );
      // A run of two or more plain names is a person ("Cyril Ramaphosa"), read elsewhere.
      if (tokens.length > 1 && !orgWord) continue;
      if (!acronym && !tokens.some((t) => !generic(t.fold, g, words) && t.fold.length > 1)) continue;
      const name = s.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
      const key = s.tokens
        .slice(start, end)
        .map((t) => t.fold)
        .join(" ");
      const ev = evidenceAt(s, start, end, g, lex, firstWord);
      const known = candidates.get(key);
      if (known) known.evidence = merge(known.evidence, ev);
      else candidates.set(key, { key, name, acronym, words: tokens.length, evidence: ev });
    }
  });

  const roleAcronyms = new Set(pairs.filter((p) => p.role).map((p) => phraseKey(p.short)));
  const partner = new Map<string, string>();
  for (const p of pairs)
    if (!p.role) {
      partner.set(phraseKey(p.short), p.long);
      partner.set(phraseKey(p.long), p.short);
    }

  const accepted = (c: Candidate | undefined): boolean => {
    if (!c || roleAcronyms.has(c.key) || lex.outlets.has(c.key) || words.places.has(c.key)) return false;
    const e = c.evidence;
    if (e.place || e.outlet || !e.agent) return false;
    if (!c.acronym && !e.midSentence) return false;
    return c.acronym || c.words > 1 || e.body;
  };

  const out = new Map<string, FoundOrganisation>();
  for (const c of candidates.values()) {
    const otherName = partner.get(c.key);
    const other = otherName ? candidates.get(phraseKey(otherName)) : undefined;
    if (!accepted(c) && !(other && accepted(other))) continue;
    const long = c.acronym && otherName ? otherName : c.name;
    const short = c.acronym ? c.name : otherName;
    const id = phraseKey(long);
    if (out.has(id)) continue;
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
