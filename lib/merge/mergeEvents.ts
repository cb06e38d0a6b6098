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

/**
 * What a mention's date is compared by: a date carried from an earlier sentence of the article is
 * only the story's time, as loose as the publication date, so it is compared as that (given as
 * the publication day, see `publicationDate`).
 */
function comparedBy(k: MergeKey): SignalEvent["date"] | string {
  return k.date.carried && k.published ? k.published : k.date;
}

const publicationDate = (day: string): SignalEvent["date"] => ({
  start: day,
  end: day,
  precision: "day",
  text: "",
  basis: "publication",
});

// What DateColumns.flags records of a date.
const BOUNDED = 1; // a start and an end
const STARTS = 2; // a start
const PUBLICATION = 4; // the publication date stands in for one the text does not give
const STATED = 8; // a date of the mention's own sentence, neither the publication date nor carried
const UNRESOLVED = 16;

/**
 * The distinct comparable dates of a corpus, with what comparing two of them reads as numbers in
 * columns: a corpus has a few thousand distinct dates and compares them hundreds of thousands of
 * times, which as strings and objects took a good part of grouping's time.
 */
class DateColumns {
  /** ranks in code-unit order, the order ISO days compare in as strings; -1 for none */
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly precision: Int32Array;
  private readonly flags: Uint8Array;
  /** days since 1970 of the start of a date with both ends */
  private readonly days: Float64Array;
  /** the months each date touches (monthsOf), numbered from 0 to monthCount */
  readonly months: readonly (readonly number[])[];
  readonly monthCount: number;

  constructor(dates: readonly SignalEvent["date"][]) {
    const given = new Set<string>();
    dates.forEach((d) => {
      if (d.start !== null) given.add(d.start);
      if (d.end !== null) given.add(d.end);
    });
    const rank = new Map([...given].sort(compareIds).map((day, r) => [day, r]));
    const precisions = new Interned<string>();
    this.start = new Int32Array(dates.length);
    this.end = new Int32Array(dates.length);
    this.precision = new Int32Array(dates.length);
    this.flags = new Uint8Array(dates.length);
    this.days = new Float64Array(dates.length);
    dates.forEach((d, c) => {
      this.start[c] = d.start === null ? -1 : rank.get(d.start)!;
      this.end[c] = d.end === null ? -1 : rank.get(d.end)!;
      this.precision[c] = precisions.ref(d.precision, d.precision);
      this.flags[c] =
        (d.start && d.end ? BOUNDED : 0) |
        (d.start ? STARTS : 0) |
        (d.basis === "publication" ? PUBLICATION : d.carried ? 0 : STATED) |
        (d.basis === "unresolved" ? UNRESOLVED : 0);
      this.days[c] = d.start && d.end ? dayNumber(d.start) : Number.NaN;
    });
    const months = new Interned<string>();
    this.months = dates.map((d) => monthsOf(d).map((month) => months.ref(month, month)));
    this.monthCount = months.values.length;
  }

  /** Whether a mention's sentence states the date itself (rather than carrying it or giving none). */
  stated(a: number): boolean {
    return (this.flags[a]! & STATED) !== 0;
  }

  /** Whether the sentences of two mentions (a the group's head) state the very same date. */
  sameStated(a: number, b: number): boolean {
    const f = this.flags;
    return (
      (f[a]! & (STATED | UNRESOLVED)) === STATED &&
      (f[b]! & STATED) !== 0 &&
      this.start[a] === this.start[b] &&
      this.precision[a] === this.precision[b]
    );
  }

  compatible(a: number, b: number): boolean {
    const { start, end, flags } = this;
    if (!(flags[a]! & flags[b]! & BOUNDED)) return start[a] === start[b];
    if (start[a]! <= end[b]! && start[b]! <= end[a]!) return true;
    // Undated statements of one news cycle are one event even when two outlets printed them days apart.
    if (this.publicationOnly(a, b)) return Math.abs(this.days[a]! - this.days[b]!) <= NEWS_CYCLE_DAYS;
    return false;
  }

  sameDay(a: number, b: number): boolean {
    return (this.flags[a]! & STARTS) !== 0 && this.start[a] === this.start[b] && this.end[a] === this.end[b];
  }

  publicationOnly(a: number, b: number): boolean {
    return ((this.flags[a]! | this.flags[b]!) & PUBLICATION) !== 0;
  }
}

/** How many of the actors (numbered) of `x` `y` names too. */
function sharedActors(x: readonly number[], y: readonly number[]): number {
  let shared = 0;
  for (let a = 0; a < x.length; a++)
    for (let b = 0; b < y.length; b++)
      if (x[a] === y[b]) {
        shared++;
        break;
      }
  return shared;
}

function actorsCompatible(x: readonly number[], y: readonly number[]): boolean {
  return !x.length || !y.length || sharedActors(x, y) > 0;
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

/**
 * The months a date touches ("2024-3"), or "undated": mentions are only compared within a type
 * family's shared months.
 */
function monthsOf(d: SignalEvent["date"]): string[] {
  if (!d.start || !d.end) return ["undated"];
  const start = d.start.split("-").map(Number);
  const end = d.end.split("-").map(Number);
  let y = start[0]!;
  let m = start[1]!;
  // A publication date may merge with one up to NEWS_CYCLE_DAYS earlier, across a month end.
  if (d.basis === "publication") {
    if (m === 1) y--;
    m = m === 1 ? 12 : m - 1;
  }
  const months: string[] = [];
  while ((y < end[0]! || (y === end[0]! && m <= end[1]!)) && months.length < MAX_BUCKET_MONTHS) {
    months.push(`${y}-${m}`);
    if (m === 12) y++;
    m = m === 12 ? 1 : m + 1;
  }
  return months;
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

/** Writes the numbers of packed words into `out` from its start, in order, and says how many there are. */
function unpackWords(packed: string, out: number[]): number {
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
 * One mention's word numbers, marked in an array indexed by word number so that counting the
 * words a packed sentence shares with them reads no set; one is reused from mention to mention.
 */
class MarkedWords {
  private marks = new Uint32Array(1024);
  private mark = 0;
  private size = 0;
  private owner = -1;
  // Reused for every sentence unpacked.
  private readonly numbers: number[] = [];

  /** Marks the words (packed) of mention `i`, unless they are the ones marked already. */
  load(i: number, packed: string): void {
    if (i === this.owner) return;
    this.owner = i;
    const mark = ++this.mark;
    const count = unpackWords(packed, this.numbers);
    this.size = 0;
    for (let w = 0; w < count; w++) {
      const n = this.numbers[w]!;
      if (n >= this.marks.length) this.grow(n);
      if (this.marks[n] !== mark) {
        this.marks[n] = mark;
        this.size++;
      }
    }
  }

  /** The overlap (wordSet.ts) of packed words with the marked ones. */
  overlap(packed: string): number {
    const { marks, mark, numbers } = this;
    const count = unpackWords(packed, numbers);
    let shared = 0;
    for (let w = 0; w < count; w++) if (numbers[w]! < marks.length && marks[numbers[w]!] === mark) shared++;
    return overlapOf(shared, count, this.size);
  }

  private grow(n: number): void {
    const marks = new Uint32Array(Math.max(n + 1, this.marks.length * 2));
    marks.set(this.marks);
    this.marks = marks;
  }
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
class Interned<T, K = string> {
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

/**
 * What grouping reads of every mention, in columns indexed by mention, with each distinct
 * article, date, type and actor list read from the keys once: a mention is compared some twenty
 * times, and numbers compare at a fraction of the cost of the keys' strings and objects.
 */
class MentionColumns {
  /** numbers of the articles */
  readonly article: Int32Array;
  /** numbers of the distinct pairs of publication date and article, by which mentions are ordered */
  readonly run: Int32Array;
  /** the first mention of each run */
  readonly runFirsts: readonly number[];
  readonly type: Int32Array;
  /** numbers of the type families (FAMILY) by type number */
  readonly familyOf: readonly number[];
  /** numbers into `dates` of the comparable dates */
  readonly date: Int32Array;
  readonly dates: DateColumns;
  /** numbers into `actorLists` */
  readonly actors: Int32Array;
  /** each distinct actor list with its actors numbered */
  readonly actorLists: readonly (readonly number[])[];
  readonly words: string[];

  constructor(keys: MergeKeys) {
    const n = keys.length;
    const articles = new Interned<string>();
    const published = new Interned<string>();
    const runs = new Interned<number, number>();
    const types = new Interned<SignalType>();
    const dates = new Interned<SignalEvent["date"] | string, SignalEvent["date"] | string>();
    const actorLists = new Interned<readonly string[], readonly string[]>();
    this.article = new Int32Array(n);
    this.run = new Int32Array(n);
    this.type = new Int32Array(n);
    this.date = new Int32Array(n);
    this.actors = new Int32Array(n);
    this.words = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const k = keys.at(i)!;
      const article = (this.article[i] = articles.ref(k.article, k.article));
      const day = k.published ?? "9999";
      this.run[i] = runs.ref(published.ref(day, day) * n + article, i);
      this.type[i] = types.ref(k.type, k.type);
      const date = comparedBy(k);
      this.date[i] = dates.ref(date, date);
      this.actors[i] = actorLists.ref(k.actors, k.actors);
      this.words[i] = k.words;
    }
    this.runFirsts = runs.values;
    const families = new Interned<string>();
    this.familyOf = types.values.map((t) => families.ref(FAMILY[t] ?? t, FAMILY[t] ?? t));
    this.dates = new DateColumns(dates.values.map((d) => (typeof d === "string" ? publicationDate(d) : d)));
    const actorNumbers = new Interned<string>();
    this.actorLists = actorLists.values.map((list) => list.map((id) => actorNumbers.ref(id, id)));
  }
}

/**
 * Mention indexes earliest-published first, then by article and id, ties in index order. Only
 * the distinct pairs of publication date and article (runs, one per article as a rule) are
 * sorted by comparing texts; mentions follow their runs' order in a counting sort, and only one
 * run's few mentions are left to compare by id.
 */
function publicationOrder(keys: MergeKeys, m: MentionColumns): Int32Array {
  const firsts = m.runFirsts;
  const published = (run: number) => keys.published(firsts[run]!) ?? "9999";
  const rank = new Int32Array(firsts.length);
  firsts
    .map((_, run) => run)
    .sort(
      (a, b) =>
        compareIds(published(a), published(b)) || compareIds(keys.article(firsts[a]!), keys.article(firsts[b]!)),
    )
    .forEach((run, r) => (rank[run] = r));
  // Where each run starts in the order.
  const starts = new Int32Array(firsts.length + 1);
  for (let i = 0; i < m.run.length; i++) starts[rank[m.run[i]!]! + 1]!++;
  for (let r = 1; r < starts.length; r++) starts[r]! += starts[r - 1]!;
  const order = new Int32Array(m.run.length);
  for (let i = 0; i < m.run.length; i++) order[starts[rank[m.run[i]!]!]!++] = i;
  // Each run's mentions now lie from where the run before ends to starts[r].
  let b = 0;
  for (let r = 0; r < firsts.length; r++) {
    const e = starts[r]!;
    if (e - b > 1) order.subarray(b, e).sort((x, y) => compareIds(keys.id(x), keys.id(y)) || x - y);
    b = e;
  }
  return order;
}

/**
 * Groups of mentions in columns indexed by group, each group's members a chain through `next`
 * from its head: most groups have one member, and an object or arrays for each, made and carried
 * through collections while grouping, took a good part of grouping's time. The lists of members
 * are made once, at the end.
 */
class Groups {
  count = 0;
  /** each group's first member, which the group is compared by */
  readonly head: Int32Array;
  readonly last: Int32Array;
  private readonly size: Int32Array;
  /** indexed by mention: the member after it in its group, or -1 */
  readonly next: Int32Array;

  constructor(mentions: number) {
    this.head = new Int32Array(mentions);
    this.last = new Int32Array(mentions);
    this.size = new Int32Array(mentions);
    this.next = new Int32Array(mentions);
  }

  /** Opens a group of mention `i`, numbered on from the last one opened. */
  open(i: number): void {
    const g = this.count++;
    this.head[g] = this.last[g] = i;
    this.size[g] = 1;
    this.next[i] = -1;
  }

  join(g: number, i: number): void {
    this.next[this.last[g]!] = i;
    this.next[i] = -1;
    this.last[g] = i;
    this.size[g]!++;
  }

  /** The groups as lists of members, in the order they were opened and joined. */
  lists(): number[][] {
    const lists = new Array<number[]>(this.count);
    for (let g = 0; g < this.count; g++) {
      const members = new Array<number>(this.size[g]!);
      for (let i = this.head[g]!, k = 0; i >= 0; i = this.next[i]!) members[k++] = i;
      lists[g] = members;
    }
    return lists;
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
  const m = new MentionColumns(keys);
  const { article, type, familyOf, date, dates, actors, actorLists, words } = m;
  const sorted = publicationOrder(keys, m);
  // All that a comparison reads of a group is read from its members' columns, its head's above all.
  const groups = new Groups(keys.length);
  // The groups opened in each month of a type family, oldest first.
  const buckets: number[][] = [];
  const bucket = (i: number, month: number) => familyOf[type[i]!]! * dates.monthCount + month;
  // Which mention last looked at a group, so a group met in several months is scored once.
  const seenBy = new Int32Array(keys.length).fill(-1);
  const marked = new MarkedWords();
  // Whether the article of the batch at hand was met in an earlier batch too: its mentions were
  // published on different dates.
  const articleSeen = new Uint8Array(keys.length);
  let revisited = false;

  /** Whether group `gi` has a member from the article of mention `i`. */
  const hasArticleOf = (gi: number, i: number): boolean => {
    // Only the batch's article joins groups while its batch is placed, so a group that has it
    // ends with it, unless the article was met in an earlier batch too.
    if (article[groups.last[gi]!] === article[i]) return true;
    if (!revisited) return false;
    for (let x = groups.head[gi]!; x >= 0; x = groups.next[x]!) if (article[x] === article[i]) return true;
    return false;
  };
  /** How far a mention clears the bar for joining a group, or null when it does not. */
  const margin = (gi: number, i: number): number | null => {
    const head = groups.head[gi]!;
    const hd = date[head]!;
    const md = date[i]!;
    const sameType = type[head] === type[i];
    const sameDate = sameType && dates.sameStated(hd, md);
    const sameArticle = hasArticleOf(gi, i);
    if (sameArticle && !sameDate) return null;
    const ha = actorLists[actors[head]!]!;
    const ma = actorLists[actors[i]!]!;
    if (!actorsCompatible(ha, ma) || !dates.compatible(hd, md)) return null;
    // Within one article only a restated lead merges, on its wording alone.
    const threshold = sameArticle
      ? SAME_TYPE_SIMILARITY
      : (sameType ? SAME_TYPE_SIMILARITY : CROSS_TYPE_SIMILARITY) -
        (sameDate ? SAME_DATE_RELIEF : 0) -
        (dates.sameDay(hd, md) ? SAME_DAY_RELIEF : NEWS_CYCLE_PENALTY * Number(dates.publicationOnly(hd, md))) -
        SHARED_ACTOR_RELIEF * Math.min(2, sharedActors(ha, ma));
    marked.load(i, words[i]!);
    let score = 0;
    for (let x = head, c = 0; x >= 0 && c < COMPARED_MEMBERS; x = groups.next[x]!, c++)
      score = Math.max(score, marked.overlap(words[x]!));
    return score >= threshold ? score - threshold : null;
  };
  /**
   * The group among `candidates`, all of which have the article of mention `i`, that it joins as a
   * restated lead: the first that fits best, or -1.
   */
  const restatedLeadGroup = (i: number, candidates: readonly number[]): number => {
    // Within one article only a mention restating a date its sentence states merges.
    if (!dates.stated(date[i]!)) return -1;
    let best = -1;
    let bestClears = 0;
    for (let c = 0; c < candidates.length; c++) {
      const gi = candidates[c]!;
      const clears = margin(gi, i);
      if (clears !== null && (best < 0 || clears > bestClears)) {
        best = gi;
        bestClears = clears;
      }
    }
    return best;
  };
  const open = (i: number) => {
    const months = dates.months[date[i]!]!;
    for (let k = 0; k < months.length; k++) (buckets[bucket(i, months[k]!)] ??= []).push(groups.count);
    groups.open(i);
  };
  // The mentions placed in a group of another article, and the batch (by its start + 1) that
  // last placed one of its mentions in each group.
  const placed = new Uint8Array(keys.length);
  const takenIn = new Int32Array(keys.length);
  // The groups the batch's article is in by now: those it joined and those it opened.
  const openedHere: number[] = [];

  /** Places the mentions sorted[b..e), one article's. */
  const placeBatch = (b: number, e: number) => {
    revisited = articleSeen[article[sorted[b]!]!] === 1;
    articleSeen[article[sorted[b]!]!] = 1;
    const pairs: { i: number; gi: number; margin: number }[] = [];
    for (let s = b; s < e; s++) {
      const i = sorted[s]!;
      const months = dates.months[date[i]!]!;
      for (let k = 0; k < months.length; k++) {
        // The groups most recently opened in the month, newest first.
        const list = buckets[bucket(i, months[k]!)];
        if (!list) continue;
        for (let c = list.length - 1; c >= Math.max(0, list.length - RECENT_GROUPS); c--) {
          const gi = list[c]!;
          if (seenBy[gi] === i) continue;
          seenBy[gi] = i;
          const clears = margin(gi, i);
          if (clears !== null) pairs.push({ i, gi, margin: clears });
        }
      }
    }
    pairs.sort((x, y) => y.margin - x.margin || x.i - y.i);
    openedHere.length = 0;
    for (let p = 0; p < pairs.length; p++) {
      const { i, gi } = pairs[p]!;
      if (placed[i] || takenIn[gi] === b + 1) continue;
      groups.join(gi, i);
      placed[i] = 1;
      takenIn[gi] = b + 1;
      openedHere.push(gi);
    }
    for (let s = b; s < e; s++) {
      const i = sorted[s]!;
      if (placed[i]) continue;
      const best = restatedLeadGroup(i, openedHere);
      if (best >= 0) groups.join(best, i);
      else {
        openedHere.push(groups.count);
        open(i);
      }
    }
  };

  // One article at a time: each of its mentions may join at most one group of other articles,
  // and each such group takes at most one of its mentions, the pairs that agree best first, so
  // a stray sentence of the article cannot take the place of the one that reports the event.
  for (let b = 0; b < sorted.length;) {
    let e = b;
    while (e < sorted.length && article[sorted[e]!] === article[sorted[b]!]) e++;
    placeBatch(b, e);
    b = e;
  }
  return groups.lists();
}

/** Merges mentions held in memory; extractCorpus does the same with mentions held as text or on disk. */
export function mergeEvents(mentions: readonly Mention[]): SignalEvent[] {
  const keys = new MergeKeyTable();
  for (const m of mentions) keys.push(keySource(m));
  return groupMentions(keys).map((g) => mergeGroup(g.map((i) => mentions[i]!.event)));
}
