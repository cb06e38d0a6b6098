import type { Mention } from "../model/mentions";
import type { SignalEvent, SignalType } from "../model/schema";
import { partyIds } from "../model/vocabulary";
import { wordSet } from "./wordSet";

/** What merging needs of a mention; the rest of it can stay on disk until the groups are known. */
export interface MergeKey {
  id: string;
  article: string;
  published: string | null;
  type: SignalType;
  /** Without the phrase as written, which is not compared. */
  date: Readonly<SignalEvent["date"]>;
  actors: readonly string[];
  /**
   * the evidence sentence's folded content words (wordSet), numbered and packed into a short
   * string (read with `wordNumbers`): all that merging reads of the sentence
   */
  words: string;
}

/** What a key is made of, as an article's results keep it (and the extraction cache stores it). */
export interface KeySource extends Omit<MergeKey, "words"> {
  /** the sentence's folded content words (wordSet) */
  words: string[];
}

/** The parts of a date merging compares: all but the phrase as written. */
export function keyDate({ start, end, precision, basis, open, carried }: SignalEvent["date"]): SignalEvent["date"] {
  return {
    start,
    end,
    precision,
    text: "",
    basis,
    ...(open === undefined ? {} : { open }),
    ...(carried === undefined ? {} : { carried }),
  };
}

/** What merging needs of a mention. */
export function keySource(m: Mention): KeySource {
  return {
    id: m.event.id,
    article: m.article,
    published: m.published,
    type: m.event.type,
    date: keyDate(m.event.date),
    actors: partyIds(m.event.actors),
    words: [...wordSet(m.event.sources[0]!.sentence)],
  };
}

/** Keys read one at a time, with the fields that order them readable without making the key. */
export interface MergeKeys {
  readonly length: number;
  at(i: number): MergeKey | undefined;
  id(i: number): string;
  article(i: number): string;
  published(i: number): string | null;
}

// A word's number is written as 15-bit digits, low first, each but the last with the top bit set.
function pushDigits(out: number[], n: number): void {
  while (n >= 0x8000) {
    out.push(0x8000 | (n & 0x7fff));
    n = Math.floor(n / 0x8000);
  }
  out.push(n);
}

/** Writes the numbers of packed words into `out` from its start, in order, and says how many there are. */
export function unpackWords(packed: string, out: number[]): number {
  let count = 0;
  for (let i = 0; i < packed.length; i++) {
    let c = packed.charCodeAt(i);
    let n = c & 0x7fff;
    // Only a vocabulary past 0x8000 words has numbers of more than one digit.
    for (let scale = 0x8000; c & 0x8000 && ++i < packed.length; scale *= 0x8000) {
      c = packed.charCodeAt(i);
      n += (c & 0x7fff) * scale;
    }
    if (!(c & 0x8000)) out[count++] = n;
  }
  return count;
}

export function wordNumbers(packed: string): Set<number> {
  const out: number[] = [];
  unpackWords(packed, out);
  return new Set(out);
}

/**
 * The merge keys of one corpus, the only thing about every mention that stays in memory for the
 * whole run: so it is kept in columns (no object per mention), with each distinct article,
 * date and actor list stored once and a sentence's words as numbers packed in a short string.
 * A corpus of 10,000 articles has some 250,000 mentions.
 */
export class MergeKeyTable implements MergeKeys {
  private readonly ids: string[] = [];
  private readonly words: string[] = [];
  private readonly refs: number[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly values = {
    article: new Interned<string>(),
    published: new Interned<string | null>(),
    date: new Interned<SignalEvent["date"]>(),
    actors: new Interned<readonly string[]>(),
    type: new Interned<SignalType>(),
  };

  get length(): number {
    return this.ids.length;
  }

  push(k: KeySource): void {
    const { start, end, precision, basis, open, carried } = k.date;
    const v = this.values;
    const digits: number[] = [];
    for (const w of k.words) {
      let n = this.vocabulary.get(w);
      if (n === undefined) this.vocabulary.set(w, (n = this.vocabulary.size));
      pushDigits(digits, n);
    }
    this.ids.push(k.id);
    this.words.push(String.fromCharCode(...digits));
    this.refs.push(
      v.article.ref(k.article, k.article),
      v.published.ref(k.published ?? "", k.published),
      v.date.ref(`${start}|${end}|${precision}|${basis}|${open ?? ""}|${carried ?? ""}`, k.date),
      v.actors.ref(k.actors.join("|"), k.actors),
      v.type.ref(k.type, k.type),
    );
  }

  at(i: number): MergeKey | undefined {
    if (i < 0 || i >= this.ids.length) return undefined;
    const r = i * FIELDS;
    const v = this.values;
    return {
      id: this.ids[i]!,
      article: v.article.get(this.refs[r]!),
      published: v.published.get(this.refs[r + 1]!),
      date: v.date.get(this.refs[r + 2]!),
      actors: v.actors.get(this.refs[r + 3]!),
      type: v.type.get(this.refs[r + 4]!),
      words: this.words[i]!,
    };
  }

  id(i: number): string {
    return this.ids[i]!;
  }

  article(i: number): string {
    return this.values.article.get(this.refs[i * FIELDS]!);
  }

  published(i: number): string | null {
    return this.values.published.get(this.refs[i * FIELDS + 1]!);
  }

  /** The folded words of key `i`, as written. */
  wordsOf(i: number): string[] {
    const byNumber = [...this.vocabulary.keys()];
    return [...wordNumbers(this.words[i]!)].map((n) => byNumber[n]!);
  }
}

/** Columns of the key table that hold a reference into a list of distinct values. */
const FIELDS = 5;

/** Distinct values by a key (text unless told), numbered in the order first seen. */
export class Interned<T, K = string> {
  private readonly index = new Map<K, number>();
  private readonly list: T[] = [];
  // One article's mentions come one after another and share many values, which one comparison
  // finds faster than the map.
  private lastKey: K | undefined;
  private lastRef = -1;
  ref(key: K, value: T): number {
    if (key === this.lastKey && this.lastRef >= 0) return this.lastRef;
    let n = this.index.get(key);
    if (n === undefined) {
      this.index.set(key, (n = this.list.length));
      this.list.push(value);
    }
    this.lastKey = key;
    return (this.lastRef = n);
  }
  get(n: number): T {
    return this.list[n]!;
  }
  get values(): readonly T[] {
    return this.list;
  }
}
