import { epochDay, parseIsoDay } from "../dates/spans";
import { compareIds } from "../model/compareIds";
import { BASIS_RANK, type Mention } from "../model/mentions";
import type { SignalEvent, SignalType } from "../model/schema";
import { overlapOf, wordSet } from "./wordSet";

// Types that one real event is often filed under by different outlets' wordings.
const FAMILY: Partial<Record<SignalType, string>> = {
  "ceasefire-signal": "offer",
  "negotiation-readiness": "offer",
  proposal: "offer",
  // Terms one side puts forward are read as a proposal by one outlet and a demand by another.
  condition: "offer",
};
const SAME_TYPE_SIMILARITY = 0.4;
const CROSS_TYPE_SIMILARITY = 0.55;
const NEWS_CYCLE_DAYS = 3;
// A mention is compared with a group's first few members only: enough to catch a rewording,
// and it keeps a much-reported event from making merging quadratic.
const COMPARED_MEMBERS = 4;
// Mentions arrive in publication order and one event's reports follow each other closely, so
// a mention is compared with the groups most recently opened in each month it touches only.
const RECENT_GROUPS = 16;
// Two mentions that name the very same dated span ("since September") need less shared wording,
// and may even sit in one article: outlets restate their main signal in the lead and the body.
const SAME_DATE_RELIEF = 0.15;
// Two outlets rarely word one event alike ("the president held a phone call with the chancellor",
// "Monday's call was their first in a year"): the same type on the same day between the
// same parties needs little shared wording, and each party shared lowers the bar further.
const SAME_DAY_RELIEF = 0.1;
const SHARED_ACTOR_RELIEF = 0.1;
// Undated statements a few days apart are one event only when their wording says so.
const NEWS_CYCLE_PENALTY = 0.1;

function sameStatedDate(a: SignalEvent["date"], b: SignalEvent["date"]): boolean {
  return (
    !a.carried &&
    !b.carried &&
    a.basis !== "publication" &&
    b.basis !== "publication" &&
    a.basis !== "unresolved" &&
    a.start === b.start &&
    a.precision === b.precision
  );
}

// A corpus has a few thousand distinct days and compares them hundreds of thousands of times.
const dayNumbers = new Map<string, number>();

/** Days since 1970 of a YYYY-MM-DD date. */
function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    const day = parseIsoDay(iso);
    n = day ? epochDay(day.y, day.m, day.d) : Number.NaN;
    if (dayNumbers.size < 100_000) dayNumbers.set(iso, n);
  }
  return n;
}

function datesCompatible(a: SignalEvent["date"], b: SignalEvent["date"]): boolean {
  if (!a.start || !b.start || !a.end || !b.end) return a.start === b.start;
  if (a.start <= b.end && b.start <= a.end) return true;
  // Undated statements of one news cycle are one event even when two outlets printed them days apart.
  if (a.basis === "publication" || b.basis === "publication") {
    return Math.abs(dayNumber(a.start) - dayNumber(b.start)) <= NEWS_CYCLE_DAYS;
  }
  return false;
}

/**
 * The date to compare a mention by: a date carried from an earlier sentence of the article is
 * only the story's time, as loose as the publication date, so it is compared as that.
 */
function comparable(k: MergeKey): SignalEvent["date"] {
  return k.date.carried && k.published
    ? { start: k.published, end: k.published, precision: "day", text: "", basis: "publication" }
    : k.date;
}

const sameDay = (a: SignalEvent["date"], b: SignalEvent["date"]) => !!a.start && a.start === b.start && a.end === b.end;
const publicationOnly = (a: SignalEvent["date"], b: SignalEvent["date"]) =>
  a.basis === "publication" || b.basis === "publication";
const sharedActors = (x: readonly string[], y: readonly string[]) => x.filter((id) => y.includes(id)).length;

function actorsCompatible(x: readonly string[], y: readonly string[]): boolean {
  if (!x.length || !y.length) return true;
  return x.some((id) => y.includes(id));
}

function spanDays(d: SignalEvent["date"]): number {
  return d.start && d.end ? dayNumber(d.end) - dayNumber(d.start) : Number.POSITIVE_INFINITY;
}

// The most informative date: one the text states (not the publication day), then the
// narrowest ("on Friday" within "the end of February"), then the most direct.
const stated = (d: SignalEvent["date"]) => Number(d.basis === "publication" || d.basis === "unresolved" || !!d.carried);
const dateRank = (a: SignalEvent["date"], b: SignalEvent["date"]) =>
  stated(a) - stated(b) || spanDays(a) - spanDays(b) || BASIS_RANK[a.basis] - BASIS_RANK[b.basis];

/** The date a merged event keeps: the best of its mentions' (the earliest-published first on a tie). */
export function mergedDate<D extends SignalEvent["date"]>(dates: readonly D[]): D {
  return [...dates].sort(dateRank)[0]!;
}

/** One merged event from its mentions' events, the earliest-published first. */
export function mergeGroup(events: readonly SignalEvent[]): SignalEvent {
  const [head, ...rest] = events;
  if (!head) throw new RangeError("a merge group has at least one mention");
  if (!rest.length) return head;
  const actors = new Map(head.actors.map((a) => [a.id, a]));
  for (const m of rest) for (const a of m.actors) if (!actors.has(a.id)) actors.set(a.id, a);
  const positions = new Map<string, SignalEvent["positions"][number]>();
  for (const p of events.flatMap((m) => m.positions)) {
    const key = `${p.actor}|${p.topic}|${p.stanceId ?? p.stance}`;
    if (!positions.has(key)) positions.set(key, p);
  }
  return {
    ...head,
    aliases: [...new Set([...head.aliases, ...rest.flatMap((m) => [m.id, ...m.aliases])])].sort(),
    date: mergedDate(events.map((m) => m.date)),
    actors: [...actors.values()],
    positions: [...positions.values()],
    sources: events.flatMap((m) => m.sources),
  };
}

const MAX_BUCKET_MONTHS = 24;

/** The months a date touches, as bucket keys: mentions are only compared within shared months. */
function monthKeys(family: string, d: SignalEvent["date"]): string[] {
  if (!d.start || !d.end) return [`${family}|undated`];
  let [y, m] = d.start.split("-").map(Number) as [number, number];
  const [ey, em] = d.end.split("-").map(Number) as [number, number];
  // A publication date may merge with one up to NEWS_CYCLE_DAYS earlier, across a month end.
  if (d.basis === "publication") [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const keys: string[] = [];
  while ((y < ey || (y === ey && m <= em)) && keys.length < MAX_BUCKET_MONTHS) {
    keys.push(`${family}|${y}-${m}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return keys;
}

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

/** What merging needs of a mention. */
export function keySource(m: Mention): KeySource {
  const { start, end, precision, basis, open, carried } = m.event.date;
  return {
    id: m.event.id,
    article: m.article,
    published: m.published,
    type: m.event.type,
    date: {
      start,
      end,
      precision,
      text: "",
      basis,
      ...(open === undefined ? {} : { open }),
      ...(carried === undefined ? {} : { carried }),
    },
    actors: m.event.actors.map((a) => a.id),
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

/** Calls `visit` with each number of packed words, in order. */
function eachWordNumber(packed: string, visit: (n: number) => void): void {
  let n = 0;
  let scale = 1;
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    n += (c & 0x7fff) * scale;
    if (c & 0x8000) scale *= 0x8000;
    else {
      visit(n);
      n = 0;
      scale = 1;
    }
  }
}

export function wordNumbers(packed: string): Set<number> {
  const out = new Set<number>();
  eachWordNumber(packed, (n) => out.add(n));
  return out;
}

/** The overlap (wordSet.ts) of packed words with a set of word numbers, without unpacking them. */
function packedOverlap(packed: string, words: ReadonlySet<number>): number {
  let size = 0;
  let shared = 0;
  eachWordNumber(packed, (n) => {
    size++;
    if (words.has(n)) shared++;
  });
  return overlapOf(shared, size, words.size);
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

/** Distinct values by a text key, numbered in the order first seen. */
class Interned<T> {
  private readonly index = new Map<string, number>();
  private readonly list: T[] = [];
  ref(key: string, value: T): number {
    let n = this.index.get(key);
    if (n === undefined) {
      this.index.set(key, (n = this.list.length));
      this.list.push(value);
    }
    return n;
  }
  get(n: number): T {
    return this.list[n]!;
  }
}

/**
 * Groups mentions of one real event in different articles (same or kindred type, overlapping
 * dates, shared actors, similar wording). Returns groups of indexes into `keys`, each ordered
 * earliest-published first, so the first keeps its id and the others become aliases. Mentions
 * are only compared within a type family, with the groups recently opened in the months their
 * dates touch, and with a group's first few members, so the cost grows linearly.
 */
export function groupMentions(keys: MergeKeys): number[][] {
  const sorted = Array.from({ length: keys.length }, (_, i) => i).sort(
    (a, b) =>
      compareIds(keys.published(a) ?? "9999", keys.published(b) ?? "9999") ||
      compareIds(keys.article(a), keys.article(b)) ||
      compareIds(keys.id(a), keys.id(b)),
  );
  // A group holds its head's key and its first members' words packed, as the keys do: an
  // object or a set for every mention would cost more memory than the corpus's keys themselves.
  const groups: {
    members: number[];
    head: Pick<Prepared, "key" | "date">;
    words: string[];
    articles: string[];
  }[] = [];
  const buckets = new Map<string, number[]>();
  // Which mention last looked at a group, so a group met in several months is scored once.
  const seenBy: number[] = [];

  interface Prepared {
    i: number;
    key: MergeKey;
    date: SignalEvent["date"];
    words: Set<number>;
    months: string[];
  }
  const candidatesOf = (p: Prepared): number[] => {
    const out: number[] = [];
    for (const k of p.months) {
      const list = buckets.get(k) ?? [];
      for (let c = list.length - 1; c >= Math.max(0, list.length - RECENT_GROUPS); c--) {
        const gi = list[c]!;
        if (seenBy[gi] === p.i) continue;
        seenBy[gi] = p.i;
        out.push(gi);
      }
    }
    return out;
  };
  /** How far a mention clears the bar for joining a group, or null when it does not. */
  const margin = (gi: number, p: Prepared): number | null => {
    const m = p.key;
    const g = groups[gi]!;
    const head = g.head.key;
    const sameDate = sameStatedDate(head.date, m.date) && head.type === m.type;
    const sameArticle = g.articles.includes(m.article);
    if (sameArticle && !sameDate) return null;
    const [hd, md] = [g.head.date, p.date];
    if (!actorsCompatible(head.actors, m.actors) || !datesCompatible(hd, md)) return null;
    // Within one article only a restated lead merges, on its wording alone.
    const threshold = sameArticle
      ? SAME_TYPE_SIMILARITY
      : (head.type === m.type ? SAME_TYPE_SIMILARITY : CROSS_TYPE_SIMILARITY) -
        (sameDate ? SAME_DATE_RELIEF : 0) -
        (sameDay(hd, md) ? SAME_DAY_RELIEF : NEWS_CYCLE_PENALTY * Number(publicationOnly(hd, md))) -
        SHARED_ACTOR_RELIEF * Math.min(2, sharedActors(head.actors, m.actors));
    let score = 0;
    for (const w of g.words) score = Math.max(score, packedOverlap(w, p.words));
    return score >= threshold ? score - threshold : null;
  };
  const join = (gi: number, p: Prepared) => {
    const g = groups[gi]!;
    g.members.push(p.i);
    if (g.words.length < COMPARED_MEMBERS) g.words.push(p.key.words);
    if (!g.articles.includes(p.key.article)) g.articles.push(p.key.article);
  };
  const open = (p: Prepared) => {
    for (const k of p.months) {
      const list = buckets.get(k);
      if (list) list.push(groups.length);
      else buckets.set(k, [groups.length]);
    }
    groups.push({
      members: [p.i],
      head: { key: p.key, date: p.date },
      words: [p.key.words],
      articles: [p.key.article],
    });
  };

  // One article at a time: each of its mentions may join at most one group of other articles,
  // and each such group takes at most one of its mentions, the pairs that agree best first, so
  // a stray sentence of the article cannot take the place of the one that reports the event.
  for (let b = 0; b < sorted.length;) {
    let e = b;
    while (e < sorted.length && keys.article(sorted[e]!) === keys.article(sorted[b]!)) e++;
    const batch: Prepared[] = sorted.slice(b, e).map((i) => {
      const key = keys.at(i)!;
      const date = comparable(key);
      return { i, key, date, words: wordNumbers(key.words), months: monthKeys(FAMILY[key.type] ?? key.type, date) };
    });
    const pairs: { p: Prepared; gi: number; margin: number }[] = [];
    for (const p of batch)
      for (const gi of candidatesOf(p)) {
        const clears = margin(gi, p);
        if (clears !== null) pairs.push({ p, gi, margin: clears });
      }
    pairs.sort((x, y) => y.margin - x.margin || x.p.i - y.p.i);
    const placed = new Set<number>();
    const taken = new Set<number>();
    for (const { p, gi } of pairs) {
      if (placed.has(p.i) || taken.has(gi)) continue;
      join(gi, p);
      placed.add(p.i);
      taken.add(gi);
    }
    // The groups this article is in by now: those it joined and those it opens below.
    const openedHere: number[] = [...taken];
    for (const p of batch) {
      if (placed.has(p.i)) continue;
      // A restated lead joins the group its article opened a moment ago.
      const best = openedHere
        .map((gi) => ({ gi, clears: margin(gi, p) }))
        .filter((x): x is { gi: number; clears: number } => x.clears !== null)
        .sort((x, y) => y.clears - x.clears)[0];
      if (best) join(best.gi, p);
      else {
        openedHere.push(groups.length);
        open(p);
      }
    }
    b = e;
  }
  return groups.map((g) => g.members);
}

/** Merges mentions held in memory; extractCorpus does the same with mentions held as text or on disk. */
export function mergeEvents(mentions: readonly Mention[]): SignalEvent[] {
  const keys = new MergeKeyTable();
  for (const m of mentions) keys.push(keySource(m));
  return groupMentions(keys).map((g) => mergeGroup(g.map((i) => mentions[i]!.event)));
}
