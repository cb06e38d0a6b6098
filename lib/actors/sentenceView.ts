import type { Gazetteer } from "./gazetteer";
import { ARTICLE_PARTICLES, GENERATIONS, NAME_PARTICLES, NOT_NAME_WORDS, pastParticles } from "./lexicon";
import type { RawMatch } from "./match";
import type { Token } from "./text";

/**
 * One sentence as the article-level actor stages read it: its tokens, the gazetteer phrases
 * found in it, and for each token the phrase covering it.
 */
export interface SentenceView {
  text: string;
  paragraph: number;
  tokens: readonly Token[];
  raws: readonly RawMatch[];
  /** token index → the gazetteer phrase covering it */
  rawAt: readonly (RawMatch | undefined)[];
  headline: boolean;
}

/** What the whole article says about its words, gathered once before any sentence is judged. */
export interface ArticleWords {
  /** folded words the article also writes in lower case: ordinary words, not names */
  lower: ReadonlySet<string>;
  /** folded capitalised words written after "in", "at", "near" …: places */
  places: ReadonlySet<string>;
  /** folded capitalised word → how often it is written capitalised */
  capitalised: ReadonlyMap<string, number>;
  /** state ids the article names unambiguously (name, capital, demonym) */
  states: ReadonlySet<string>;
}

export function rawIndex(tokens: readonly Token[], raws: readonly RawMatch[]): (RawMatch | undefined)[] {
  const at: (RawMatch | undefined)[] = new Array(tokens.length);
  for (const r of raws) for (let i = r.start; i < r.end; i++) at[i] = r;
  return at;
}

/** The gazetteer actor a phrase names, when it names one directly (not a title). */
export function rawActor(raw: RawMatch | undefined): string | null {
  if (!raw) return null;
  if ("stateId" in raw.match) return raw.match.stateId;
  return raw.match.pattern.kind === "name" ? raw.match.pattern.actorId : null;
}

/** Whether a gazetteer match is a title ("Hamas leader"), which names no one by itself. */
export const isTitle = (raw: RawMatch): boolean => "pattern" in raw.match && raw.match.pattern.kind === "title";

export const isInitial = (tokens: readonly Token[], i: number) =>
  !!tokens[i]?.word && tokens[i]!.cap && tokens[i]!.text.length === 1;

const COMPOUND_PREPOSITIONS = new Set(["in", "of", "at", "on", "for", "to", "by"]);

/**
 * A word that can be part of a person's or organisation's name: capitalised, not already a
 * gazetteer phrase, not a calendar word, sentence opener, demonym or title word, and not a word
 * the article also writes in lower case.
 */
export function isNameWord(s: SentenceView, i: number, g: Gazetteer, words: ArticleWords): boolean {
  const t = s.tokens[i];
  if (!t?.word || !t.cap || s.rawAt[i] || !/^\p{L}/u.test(t.fold)) return false;
  if (t.upper && t.text.length > 1) return false;
  // "Chairperson-in-Office", "Commander-in-Chief": the end of a compound title, not a name.
  const before = s.tokens[i - 1];
  if (before && s.text[t.start - 1] === "-" && before.end === t.start - 1 && COMPOUND_PREPOSITIONS.has(before.fold))
    return false;
  const f = t.fold;
  return (
    !NOT_NAME_WORDS.has(f) &&
    !g.roles.headWords.has(f) &&
    !g.roles.modifiers.has(f) &&
    !g.roles.honorifics.has(f) &&
    !g.demonyms.has(f) &&
    !g.ambiguous.demonyms.has(f) &&
    !words.lower.has(f)
  );
}

/** English compounds a name may open ("Wagner-linked", "Kremlin-run", "Putin-era"): no syllable of a name. */
const COMPOUND_ENDS = new Set([
  "run",
  "era",
  "like",
  "style",
  "type",
  "free",
  "born",
  "wide",
  "made",
  "held",
  "led",
  "proof",
]);

/** Whether token `i` is a short lower-case word written right after a name word and a hyphen. */
function hyphenedSyllable(s: SentenceView, i: number): boolean {
  const t = s.tokens[i];
  const before = s.tokens[i - 1];
  if (!t?.word || t.cap || !before || before.end !== t.start - 1 || s.text[before.end] !== "-") return false;
  return /^\p{Ll}{1,6}$/u.test(t.text) && !t.text.endsWith("ed") && !COMPOUND_ENDS.has(t.text);
}

/** Whether token `k` is a gazetteer person's one-word name, on its own ("Mubarak"). */
function knownSurnameAt(s: SentenceView, k: number, g: Gazetteer): boolean {
  const raw = s.rawAt[k];
  if (!raw || raw.start !== k || raw.coreEnd !== k + 1 || !("pattern" in raw.match)) return false;
  const pattern = raw.match.pattern;
  return pattern.kind === "name" && g.byId.get(pattern.actorId)?.kind === "person";
}

/**
 * One past the run of name words starting at `i` ("Olivier Nduhungirehe", "Mohammed bin Salman",
 * "Ana de la Vega", "S Jaishankar"), or `i` when there is none. Particles join name words;
 * an initial needs a name word after it.
 */
export function nameRunEnd(s: SentenceView, i: number, g: Gazetteer, words: ArticleWords): number {
  let j = i;
  let names = 0;
  while (j < s.tokens.length && names < 5) {
    const t = s.tokens[j]!;
    if (isInitial(s.tokens, j) && !s.rawAt[j]) {
      const k = s.tokens[j + 1]?.fold === "." && s.tokens[j + 1]!.start === t.end ? j + 2 : j + 1;
      if (!isNameWord(s, k, g, words) && !isInitial(s.tokens, k)) break;
      j = k;
      continue;
    }
    if (isNameWord(s, j, g, words)) {
      j++;
      names++;
      continue;
    }
    // "Paul Okafor III", "John Smith JR": a generational suffix in capitals, which is no name word,
    // closes a name of two words or more ("Jr." is a name word, and roles.ts reads it as no surname).
    if (names >= 2 && t.upper && GENERATIONS.has(t.fold)) {
      j++;
      break;
    }
    // "Moon Jae-in", "Ban Ki-moon": a lower-case syllable hyphened to a name word is part of it.
    if (names && hyphenedSyllable(s, j)) {
      j++;
      continue;
    }
    // "al-Burhan", "el-Sisi": an article hyphenated to a name word may open the name too.
    const glued =
      ARTICLE_PARTICLES.has(t.fold) &&
      s.tokens[j + 1]?.start === t.end + 1 &&
      /^[-\u2010\u2011]$/.test(s.text[t.end] ?? "");
    // ("Ahmad Awad bin Mubarak": after the particle, a known person's one-word surname is this name's)
    if (names > 0 && NAME_PARTICLES.has(t.fold) && !isNameWord(s, j + 1, g, words) && knownSurnameAt(s, j + 1, g)) {
      j += 2;
      names++;
      continue;
    }
    // "Idriss Abbas Mahamat": a known person's one-word surname between name words is this name's.
    if (names > 0 && knownSurnameAt(s, j, g) && isNameWord(s, j + 1, g, words)) {
      j++;
      names++;
      continue;
    }
    const past = pastParticles(s.tokens, j);
    if ((names || glued) && past > j && isNameWord(s, past, g, words)) {
      j = past;
      continue;
    }
    break;
  }
  return names ? j : i;
}
