import { compareIds } from "../model/compareIds";
import type { SignalEvent, SignalType } from "../model/schema";
import { dayNumber } from "./dayNumber";
import { Interned, type MergeKey, type MergeKeys } from "./mergeKeys";

// Types whose groups share one list of recently opened groups in grouping (groupMentions): kindred
// types that outlets file one real event under. Only mentions of one type merge; the shared list
// only sets how many recent groups a mention is compared with (a list per type compared more, and
// lost a fully right event on the seeds and on dev).
const FAMILY: Partial<Record<SignalType, string>> = {
  "ceasefire-signal": "offer",
  "negotiation-readiness": "offer",
  proposal: "offer",
  // Terms one side puts forward are read as a proposal by one outlet and a demand by another.
  condition: "offer",
};
const NEWS_CYCLE_DAYS = 3;

/**
 * What a mention's date is compared by: a date carried from an earlier sentence of the article is
 * only the story's time, as loose as the publication date, so it is compared as that (given as
 * the publication day and the day carried, "published|carried", see `carriedDate`).
 */
function comparedBy(k: MergeKey): SignalEvent["date"] | string {
  const { start, end, carried } = k.date;
  return carried && k.published ? `${k.published}|${start && start === end ? start : ""}` : k.date;
}

/** A compared date: a carried one keeps the one day it carried ("on Saturday") as `day`. */
type ComparedDate = SignalEvent["date"] & { day?: string };

const carriedDate = (compared: string): ComparedDate => {
  const [published, day] = compared.split("|");
  return { ...publicationDate(published!), carried: true, ...(day ? { day } : {}) };
};

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
const WIDE = 32; // a span of more than a month ("since April", "this year")
const CARRIED = 64; // the publication date stands in for a date carried from an earlier sentence
const WIDE_DAYS = 31;

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
  /** days since 1970 of the one day a carried date carried, or of a stated day; NaN for none */
  private readonly told: Float64Array;
  /** the months each date touches (monthsOf), numbered from 0 to monthCount */
  readonly months: readonly (readonly number[])[];
  readonly monthCount: number;

  constructor(dates: readonly ComparedDate[]) {
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
    this.told = new Float64Array(dates.length).fill(Number.NaN);
    dates.forEach((d, c) => {
      this.start[c] = d.start === null ? -1 : rank.get(d.start)!;
      this.end[c] = d.end === null ? -1 : rank.get(d.end)!;
      this.precision[c] = precisions.ref(d.precision, d.precision);
      this.flags[c] =
        (d.start && d.end ? BOUNDED : 0) |
        (d.start ? STARTS : 0) |
        (d.basis === "publication" ? PUBLICATION : d.carried ? 0 : STATED) |
        (d.basis === "unresolved" ? UNRESOLVED : 0) |
        (d.start && d.end && dayNumber(d.end) - dayNumber(d.start) > WIDE_DAYS ? WIDE : 0) |
        (d.carried ? CARRIED : 0);
      this.days[c] = d.start && d.end ? dayNumber(d.start) : Number.NaN;
      if (d.day) this.told[c] = dayNumber(d.day);
      else if (this.flags[c]! & STATED && d.start && d.start === d.end) this.told[c] = this.days[c]!;
    });
    const months = new Interned<string>();
    this.months = dates.map((d) => monthsOf(d).map((month) => months.ref(month, month)));
    this.monthCount = months.values.length;
  }

  /** Whether a mention's sentence states the date itself (rather than carrying it or giving none). */
  stated(a: number): boolean {
    return (this.flags[a]! & STATED) !== 0;
  }

  /** Whether a mention's sentence gives no date at all (a headline), so that the publication day stands in. */
  undated(a: number): boolean {
    return (this.flags[a]! & (PUBLICATION | CARRIED)) === PUBLICATION;
  }

  /**
   * Whether an undated mention (a) stands on the very day another mention's sentence (b) states:
   * as the publication date is the day a lead says "today".
   */
  undatedOnStatedDay(a: number, b: number): boolean {
    return this.undated(a) && this.stated(b) && this.sameDay(a, b);
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
    const { start, end, flags, told } = this;
    // The days the story told, carried from an earlier sentence ("on Saturday … the envoy said she
    // had phoned both ministers") or stated, are those events' days even where the publication day
    // stands in for them: two of them days apart are two events.
    if (((flags[a]! | flags[b]!) & CARRIED) !== 0 && Math.abs(told[a]! - told[b]!) > 1) return false;
    if (!(flags[a]! & flags[b]! & BOUNDED)) return start[a] === start[b];
    if (start[a]! <= end[b]! && start[b]! <= end[a]!) return true;
    // Undated statements of one news cycle are one event even when two outlets printed them days
    // apart; but a report dated by its publication alone tells of nothing that happened later
    // than it was published ("the accord frees 30 detainees", printed on the 12th, is not "twelve
    // were freed on Friday", the 14th). What it expects ("the rebels are expected to free ten
    // detainees") is kept apart from what came of it on a later day, as an event of its own. Nor
    // does it tell of a day two or more before it came out: news writes that day ("met on
    // Saturday"), and an undated lead is the day's news or the night's, so a stated meeting of the
    // 26th is not "the leaders met in the capital" printed on the 28th.
    if (!this.publicationOnly(a, b)) return false;
    // (A day's grace, for time zones: late Monday in Washington is Tuesday in Tehran.)
    const apart = (x: number, y: number) =>
      (flags[x]! & PUBLICATION) !== 0 && !(flags[y]! & PUBLICATION) && Math.abs(this.days[y]! - this.days[x]!) > 1;
    return !apart(a, b) && !apart(b, a) && Math.abs(this.days[a]! - this.days[b]!) <= NEWS_CYCLE_DAYS;
  }

  /**
   * Whether one of two dates spans months and the other is not that span: "talks hosted since
   * April" overlaps any day of the summer, which says little about their being one event.
   */
  looselyOverlapping(a: number, b: number): boolean {
    return (
      ((this.flags[a]! | this.flags[b]!) & WIDE) !== 0 &&
      (this.start[a] !== this.start[b] || this.end[a] !== this.end[b])
    );
  }

  /** The rank of the one day a mention's sentence states itself, or -1 ("on Friday", not "in March"). */
  statedDay(a: number): number {
    return (this.flags[a]! & STATED) !== 0 && this.start[a]! >= 0 && this.start[a] === this.end[a]
      ? this.start[a]!
      : -1;
  }

  sameDay(a: number, b: number): boolean {
    return (this.flags[a]! & STARTS) !== 0 && this.start[a] === this.start[b] && this.end[a] === this.end[b];
  }

  publicationOnly(a: number, b: number): boolean {
    return ((this.flags[a]! | this.flags[b]!) & PUBLICATION) !== 0;
  }
}

/**
 * How many parties (`px`, `py`: the actor lists with people replaced by their states) two
 * mentions share that one of them names outright (`x`, `y`): a state both act for counts only
 * when a report names it, so two leaders of rival armed groups of one country share none.
 */
export function sharedParties(
  x: readonly number[],
  y: readonly number[],
  px: readonly number[],
  py: readonly number[],
): number {
  let shared = 0;
  for (const p of px) if (py.includes(p) && (x.includes(p) || y.includes(p))) shared++;
  return shared;
}

/** How many of the actors (numbered) of `x` `y` names too. */
export function sharedActors(x: readonly number[], y: readonly number[]): number {
  let shared = 0;
  for (let a = 0; a < x.length; a++)
    for (let b = 0; b < y.length; b++)
      if (x[a] === y[b]) {
        shared++;
        break;
      }
  return shared;
}

export function actorsCompatible(x: readonly number[], y: readonly number[]): boolean {
  return !x.length || !y.length || sharedActors(x, y) > 0;
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

/**
 * What grouping reads of every mention, in columns indexed by mention, with each distinct
 * article, date, type and actor list read from the keys once: a mention is compared some twenty
 * times, and numbers compare at a fraction of the cost of the keys' strings and objects.
 */
export class MentionColumns {
  /** numbers of the articles */
  readonly article: Int32Array;
  /** numbers of the distinct pairs of publication date and article, by which mentions are ordered */
  readonly run: Int32Array;
  /** the first mention of each run */
  readonly runFirsts: readonly number[];
  readonly type: Int32Array;
  /** the types by number */
  readonly typeNames: readonly SignalType[];
  /** numbers of the type families (FAMILY) by type number */
  readonly familyOf: readonly number[];
  /** numbers into `dates` of the comparable dates */
  readonly date: Int32Array;
  readonly dates: DateColumns;
  /** numbers into `actorLists` */
  readonly actors: Int32Array;
  /** each distinct actor list with its actors numbered */
  readonly actorLists: readonly (readonly number[])[];
  /** the same lists with each person replaced by the state they act for (partyOf), once each */
  readonly partyLists: readonly (readonly number[])[];
  readonly words: string[];

  /**
   * `partyOf` gives the state a person acts for: "the envoy Li Hui met Zelensky" and "China's
   * envoy met Ukraine's president" name the same two parties.
   */
  constructor(keys: MergeKeys, partyOf: (id: string) => string | undefined = () => undefined) {
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
    this.typeNames = types.values;
    const families = new Interned<string>();
    this.familyOf = types.values.map((t) => families.ref(FAMILY[t] ?? t, FAMILY[t] ?? t));
    this.dates = new DateColumns(dates.values.map((d) => (typeof d === "string" ? carriedDate(d) : d)));
    const actorNumbers = new Interned<string>();
    this.actorLists = actorLists.values.map((list) => list.map((id) => actorNumbers.ref(id, id)));
    this.partyLists = actorLists.values.map((list) => [
      ...new Set(
        list.map((id) => {
          const party = partyOf(id) ?? id;
          return actorNumbers.ref(party, party);
        }),
      ),
    ]);
  }
}

/**
 * Mention indexes earliest-published first, then by article and id, ties in index order. Only
 * the distinct pairs of publication date and article (runs, one per article as a rule) are
 * sorted by comparing texts; mentions follow their runs' order in a counting sort, and only one
 * run's few mentions are left to compare by id.
 */
export function publicationOrder(keys: MergeKeys, m: MentionColumns): Int32Array {
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
