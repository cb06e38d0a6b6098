import type { RolesConfig } from "./actorLexicon";
import { GENERATIONS } from "./lexicon";
import { phraseKey, tokenize, type Token } from "./text";

/**
 * Title words from content/roles.json, compiled for matching: the heads a title ends on
 * ("minister", "prime minister", "secretary of state"), the lower-case words that may stand
 * inside a title before its head ("acting", "deputy"), honorifics and gendered words.
 */
export interface RoleLexicon {
  /** folded first word → head phrases (folded words) starting with it, longest first */
  heads: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** every folded word of every head, for "is this a title word" */
  headWords: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  /** one-word titles that introduce a person by a surname alone ("President Obama") */
  addressTitles: ReadonlySet<string>;
  /** states (alpha-3) whose people are named family name first ("Kim Jong Un") */
  familyNameFirst: ReadonlySet<string>;
  /** states (alpha-3) whose people news names by the given name alone ("Abiy said") */
  givenNameAlone: ReadonlySet<string>;
  /** folded title or honorific phrase → gender */
  genders: ReadonlyMap<string, "male" | "female">;
  /**
   * folded first word → phrases that describe the holder of any of some titles ("head of state":
   * a president, a king), each with those titles' folded words, longest phrase first
   */
  descriptions: ReadonlyMap<string, readonly { words: readonly string[]; heads: readonly (readonly string[])[] }[]>;
  /** office words (folded words each) whose holder speaks for the state the title names */
  stateOffices: readonly (readonly string[])[];
  /** folded words that make two parties named beside them go-betweens ("brokered by X and Y") */
  brokering: ReadonlySet<string>;
}

/** The folded words of a phrase, as title words and names are compared. */
export const folded = (phrase: string) => tokenize(phrase).map((t) => t.fold);

export function compileRoles(config: RolesConfig): RoleLexicon {
  const heads = new Map<string, string[][]>();
  for (const phrase of config.heads) {
    const words = folded(phrase);
    if (!words.length) continue;
    heads.set(words[0]!, [...(heads.get(words[0]!) ?? []), words]);
  }
  for (const list of heads.values()) list.sort((a, b) => b.length - a.length);
  return {
    heads,
    headWords: new Set([...heads.values()].flat(2)),
    // "foreign policy adviser": a modifier phrase contributes each of its words.
    modifiers: new Set(config.modifiers.flatMap(folded)),
    honorifics: new Set(config.honorifics.flatMap(folded)),
    addressTitles: new Set(config.addressTitles.flatMap(folded)),
    familyNameFirst: new Set(config.familyNameFirst),
    givenNameAlone: new Set(config.givenNameAlone),
    genders: new Map(Object.entries(config.genders).map(([k, g]) => [folded(k).join(" "), g])),
    descriptions: compileDescriptions(config.descriptions),
    stateOffices: config.stateOffices.map(folded).filter((w) => w.length),
    brokering: new Set(config.brokering.flatMap(folded)),
  };
}

function compileDescriptions(config: Readonly<Record<string, readonly string[]>>): RoleLexicon["descriptions"] {
  const out = new Map<string, { words: string[]; heads: string[][] }[]>();
  for (const [phrase, heads] of Object.entries(config)) {
    const words = folded(phrase);
    if (!words.length) continue;
    out.set(words[0]!, [...(out.get(words[0]!) ?? []), { words, heads: heads.map(folded) }]);
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

/** The description starting at token `i` ("head of state") and one past it, or null. */
export function descriptionAt(
  tokens: readonly Token[],
  i: number,
  roles: RoleLexicon,
): { end: number; heads: readonly (readonly string[])[] } | null {
  const first = tokens[i];
  if (!first?.word) return null;
  for (const d of roles.descriptions.get(first.fold) ?? [])
    if (wordsAt(tokens, i, d.words)) return { end: i + d.words.length, heads: d.heads };
  return null;
}

/** One past the longest title head starting at token `i` ("Prime Minister", "Secretary of State"), or -1. */
export function headEnd(tokens: readonly Token[], i: number, roles: RoleLexicon): number {
  const first = tokens[i];
  if (!first?.word) return -1;
  for (const words of roles.heads.get(first.fold) ?? []) if (wordsAt(tokens, i, words)) return i + words.length;
  return -1;
}

/** Whether the folded `words` stand at token `i`. */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.fold === w);
}

/**
 * One past a title head written in the plural ("Foreign Ministers", "officials", "Presidents")
 * starting at token `i`, or -1: the last word is the head's with an "s".
 */
export function pluralHeadEnd(tokens: readonly Token[], i: number, roles: RoleLexicon): number {
  const first = tokens[i];
  if (!first?.word) return -1;
  const candidates = [...(roles.heads.get(first.fold) ?? [])];
  // A one-word head is keyed by its singular ("ministers" → "minister").
  if (first.fold.endsWith("s")) candidates.push(...(roles.heads.get(first.fold.slice(0, -1)) ?? []));
  for (const words of candidates) {
    const last = words.length - 1;
    let k = 0;
    while (k < last && tokens[i + k]?.fold === words[k]) k++;
    if (k === last && tokens[i + k]?.fold === `${words[last]}s`) return i + k + 1;
  }
  return -1;
}

/** The folded words of a title, without connectors: what "the defence minister" is compared against. */
export function titleWords(title: string): Set<string> {
  return new Set(folded(title).filter((w) => /^\p{L}/u.test(w) && !CONNECTORS.has(w)));
}

/** Words inside a title that join its parts ("head of the delegation", "envoy for Sudan"). */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "to", "the", "and", "on", "'", "s"]);

/** The gender a title tells ("spokeswoman", "Mr"), if any. */
export function genderOf(words: readonly string[], roles: RoleLexicon): "male" | "female" | undefined {
  for (let i = 0; i < words.length; i++) {
    const two = roles.genders.get(`${words[i]} ${words[i + 1] ?? ""}`.trim());
    const g = two ?? roles.genders.get(words[i]!);
    if (g) return g;
  }
  return undefined;
}

/** "carlito galvez jr ." → "carlito galvez" */
const GENERATION_AT_END = new RegExp(` (?:${[...GENERATIONS].join("|")})(?: \\.)?$`);

/**
 * Whether a person's name ends with these folded words ("al sisi" of "Abdel Fattah al-Sisi"), or
 * begins with them when their state names people family name first ("kim" of "Kim Jong Un").
 */
export function surnameOf(key: string, person: { name: string; country: string | null }, roles: RoleLexicon): boolean {
  const name = phraseKey(person.name).replace(GENERATION_AT_END, "");
  if (name.endsWith(` ${key}`)) return true;
  return familyNameFirst(person, roles) && name.startsWith(`${key} `);
}

/**
 * A given name of two syllables joined by a hyphen, the second in lower case, ends a Korean name
 * as English news writes it ("Ban Ki-moon", "Moon Jae-in"), whatever state the article tells.
 */
const HYPHENATED_GIVEN_NAME = /\s\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Whether a person is named family name first: by their state, or by the form of their given name. */
function familyNameFirst(person: { name: string; country: string | null }, roles: RoleLexicon): boolean {
  return (!!person.country && roles.familyNameFirst.has(person.country)) || HYPHENATED_GIVEN_NAME.test(person.name);
}

/**
 * The words that name a person on their own: the last of their name, and the first as well when
 * their state names people family name first ("Kim" of "Kim Jong Un").
 */
export function surnamesOf(person: { name: string; country: string | null }, roles: RoleLexicon): string[] {
  const parts = tokenize(person.name).filter((t) => t.word && t.cap);
  while (parts.length > 2 && GENERATIONS.has(parts[parts.length - 1]!.fold)) parts.pop();
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1]!.fold;
  return familyNameFirst(person, roles) ? [last, parts[0]!.fold] : [last];
}
