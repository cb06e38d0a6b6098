import { distance } from "fastest-levenshtein";
import type { GazetteerActor } from "./gazetteer";
import { tokenize } from "./text";

/**
 * Near-miss spellings of people's names ("Zelinsky", "Poutin", "Volodymir"): scraped copy and
 * hurried translation misspell names, and a misspelt name is still that person. A word matches
 * a known name when the edit distance is small for its length and only one person is that close.
 */

export interface FuzzyName {
  /** folded word of the name ("zelensky") */
  word: string;
  actorId: string;
}

export interface FuzzyIndex {
  /** first letter → surnames (last words of a person's names and one-word aliases) */
  surnames: ReadonlyMap<string, readonly FuzzyName[]>;
  /** person id → folded given names ("volodymyr") */
  givenNames: ReadonlyMap<string, ReadonlySet<string>>;
  /** every person's given names: a word that is one ("Mohamed") misspells no surname ("Mohamud") */
  anyGiven: ReadonlySet<string>;
}

/** The shortest name worth correcting: "Xi" and "Li" are one letter apart and different people. */
const MIN_LETTERS = 4;
/**
 * The shortest word corrected: among short names one letter makes another name ("Hamas" and
 * "Hamad", "Medina" and "Modi"), so only names of six letters or more are near-missed.
 */
const MIN_CORRECTED = 6;

/** Edit distance allowed for a word of this length: none for short words, one up to seven letters, then two. */
export const allowedDistance = (letters: number) => (letters < MIN_CORRECTED ? 0 : letters <= 7 ? 1 : 2);

const letters = (fold: string) => /^\p{L}+$/u.test(fold);

/**
 * Edits between two spellings, two letters swapped counting as one ("Mahaud" for "Mahuad"): the
 * slip a hurried hand makes most.
 */
function editsBetween(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = at;
  return at.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!] ? 1 : d;
}

export function buildFuzzyIndex(actors: readonly GazetteerActor[]): FuzzyIndex {
  const surnames = new Map<string, FuzzyName[]>();
  const seen = new Set<string>();
  const givenNames = new Map<string, Set<string>>();
  for (const a of actors) {
    if (a.kind !== "person") continue;
    const given = new Set<string>();
    for (const name of [a.name, ...a.aliases]) {
      const words = tokenize(name).filter((t) => t.word && t.cap && letters(t.fold));
      const last = words[words.length - 1];
      if (last && last.fold.length >= MIN_LETTERS && !seen.has(`${last.fold} ${a.id}`)) {
        seen.add(`${last.fold} ${a.id}`);
        const first = last.fold[0]!;
        surnames.set(first, [...(surnames.get(first) ?? []), { word: last.fold, actorId: a.id }]);
      }
      if (words.length >= 2 && words[0]!.fold.length >= MIN_LETTERS) given.add(words[0]!.fold);
    }
    givenNames.set(a.id, given);
  }
  return { surnames, givenNames, anyGiven: new Set([...givenNames.values()].flatMap((g) => [...g])) };
}

/**
 * The one name among `names` within the allowed distance of `word` (folded), or null when none
 * or several people are that close, or when `word` is itself one of the names. Misspellings keep the first letter ("Zelinsky", "Poutin"),
 * so only names with the same first letter are compared.
 */
export function nearestName(word: string, names: readonly FuzzyName[]): string | null {
  const limit = allowedDistance(word.length);
  if (!limit) return null;
  let found: string | null = null;
  for (const n of names) {
    if (Math.abs(n.word.length - word.length) > limit || n.word[0] !== word[0]) continue;
    // A word that is someone's name as written is that name, not a misspelling of another.
    if (n.word === word) return null;
    if (editsBetween(n.word, word) > limit) continue;
    if (found !== null && found !== n.actorId) return null;
    found = n.actorId;
  }
  return found;
}

/** Whether `word` is one of the person's given names, spelt exactly or nearly ("Volodymir"). */
export function isGivenName(word: string, actorId: string, index: FuzzyIndex): boolean {
  const given = index.givenNames.get(actorId);
  if (!given?.size) return false;
  const limit = allowedDistance(word.length);
  for (const g of given) if (g === word || (limit && g[0] === word[0] && editsBetween(g, word) <= limit)) return true;
  return false;
}

// News vocabulary repeats, so each capitalised word is looked up once; the bound keeps memory flat.
const MEMO_LIMIT = 20_000;
const memos = new WeakMap<FuzzyIndex, Map<string, string | null>>();

/** The person whose surname `word` (folded) misspells, by the gazetteer's names. */
export function misspeltSurname(word: string, index: FuzzyIndex): string | null {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = new Map()));
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const found = index.anyGiven.has(word) ? null : nearestName(word, index.surnames.get(word[0] ?? "") ?? []);
  memo.set(word, found);
  return found;
}
