import { epochDay, parseIsoDay } from "../dates/spans";
import { compareIds } from "../model/compareIds";
import { BASIS_RANK, type Mention } from "../model/mentions";
import type { SignalEvent, SignalType } from "../model/schema";
import { overlap, wordSet } from "./wordSet";

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

/** Days since 1970 of a YYYY-MM-DD date. */
function dayNumber(iso: string): number {
  const day = parseIsoDay(iso);
  return day ? epochDay(day.y, day.m, day.d) : Number.NaN;
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

/**
 * Builds one merged event from its mentions as they arrive, in any order: it keeps only what
 * the merged event needs (the first mention whole; of the others their sources, actors,
 * positions, ids and dates), so a corpus's mentions need not all be in memory at once.
 */
export class MergedEventBuilder {
  private head: SignalEvent | null = null;
  private readonly sources: SignalEvent["sources"][];
  private readonly others: {
    id: string;
    aliases: string[];
    actors: SignalEvent["actors"];
    positions: SignalEvent["positions"];
    date: SignalEvent["date"];
  }[] = [];

  constructor(size: number) {
    this.sources = new Array(size);
  }

  /** `rank` is the mention's place in its group, 0 for the earliest-published. */
  add(rank: number, event: SignalEvent): void {
    this.sources[rank] = event.sources;
    if (rank === 0) this.head = event;
    else
      this.others[rank - 1] = {
        id: event.id,
        aliases: event.aliases,
        actors: event.actors,
        positions: event.positions,
        date: event.date,
      };
  }

  build(): SignalEvent {
    const head = this.head!;
    const rest = this.others.filter(Boolean);
    if (!rest.length) return head;
    const actors = new Map(head.actors.map((a) => [a.id, a]));
    for (const m of rest) for (const a of m.actors) if (!actors.has(a.id)) actors.set(a.id, a);
    const positions = new Map<string, SignalEvent["positions"][number]>();
    for (const p of [...head.positions, ...rest.flatMap((m) => m.positions)]) {
      const key = `${p.actor}|${p.topic}|${p.stanceId ?? p.stance}`;
      if (!positions.has(key)) positions.set(key, p);
    }
    return {
      ...head,
      aliases: [...new Set([...head.aliases, ...rest.flatMap((m) => [m.id, ...m.aliases])])].sort(),
      date: [head.date, ...rest.map((m) => m.date)].sort(dateRank)[0]!,
      actors: [...actors.values()],
      positions: [...positions.values()],
      sources: this.sources.flat(),
    };
  }
}

/** One merged event from its mentions, the earliest-published first. */
export function mergeGroup(group: readonly Mention[]): SignalEvent {
  const builder = new MergedEventBuilder(group.length);
  group.forEach((m, rank) => builder.add(rank, m.event));
  return builder.build();
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
  /** Without the phrase as written, which is not compared; shared by keys with the same date. */
  date: Readonly<SignalEvent["date"]>;
  /** Shared by keys with the same actors. */
  actors: readonly string[];
  /**
   * The evidence sentence's folded content words, space-separated: all that merging reads of
   * it. A fresh string, so that a corpus's keys never keep its articles' texts alive (a slice
   * of a string holds the whole of it).
   */
  words: string;
}

/**
 * Makes the merge keys of one corpus. A corpus of 10,000 articles has some 200,000 mentions but
 * only a few thousand distinct dates and actor lists, so keys share them rather than each
 * holding a copy: the keys are what stays in memory for the whole run.
 */
export function mergeKeyMaker(): (m: Mention) => MergeKey {
  const dates = new Map<string, SignalEvent["date"]>();
  const actorLists = new Map<string, readonly string[]>();
  return (m) => {
    const { start, end, precision, basis, open, carried } = m.event.date;
    const dateId = `${start}|${end}|${precision}|${basis}|${open ?? ""}|${carried ?? ""}`;
    let date = dates.get(dateId);
    if (!date) dates.set(dateId, (date = { start, end, precision, text: "", basis, open, carried }));
    const ids = m.event.actors.map((a) => a.id);
    const actorsId = ids.join("|");
    let actors = actorLists.get(actorsId);
    if (!actors) actorLists.set(actorsId, (actors = ids));
    return {
      id: m.event.id,
      article: m.article,
      published: m.published,
      type: m.event.type,
      date,
      actors,
      words: [...wordSet(m.event.sources[0]!.sentence)].join(" "),
    };
  };
}

const order = (a: MergeKey, b: MergeKey) =>
  compareIds(a.published ?? "9999", b.published ?? "9999") ||
  compareIds(a.article, b.article) ||
  compareIds(a.id, b.id);

/**
 * Groups mentions of one real event in different articles (same or kindred type, overlapping
 * dates, shared actors, similar wording). Returns groups of indexes into `keys`, each ordered
 * earliest-published first, so the first keeps its id and the others become aliases. Mentions
 * are only compared within a type family, with the groups recently opened in the months their
 * dates touch, and with a group's first few members, so the cost grows linearly.
 */
export function groupMentions(keys: readonly MergeKey[]): number[][] {
  const sorted = keys.map((_, i) => i).sort((a, b) => order(keys[a]!, keys[b]!));
  const groups: { members: number[]; words: Set<string>[]; articles: Set<string> }[] = [];
  const buckets = new Map<string, number[]>();
  // Which mention last looked at a group, so a group met in several months is scored once.
  const seenBy: number[] = [];

  interface Prepared {
    i: number;
    words: Set<string>;
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
    const m = keys[p.i]!;
    const g = groups[gi]!;
    const head = keys[g.members[0]!]!;
    const sameDate = sameStatedDate(head.date, m.date) && head.type === m.type;
    const sameArticle = g.articles.has(m.article);
    if (sameArticle && !sameDate) return null;
    const [hd, md] = [comparable(head), comparable(m)];
    if (!actorsCompatible(head.actors, m.actors) || !datesCompatible(hd, md)) return null;
    // Within one article only a restated lead merges, on its wording alone.
    const threshold = sameArticle
      ? SAME_TYPE_SIMILARITY
      : (head.type === m.type ? SAME_TYPE_SIMILARITY : CROSS_TYPE_SIMILARITY) -
        (sameDate ? SAME_DATE_RELIEF : 0) -
        (sameDay(hd, md) ? SAME_DAY_RELIEF : NEWS_CYCLE_PENALTY * Number(publicationOnly(hd, md))) -
        SHARED_ACTOR_RELIEF * Math.min(2, sharedActors(head.actors, m.actors));
    const score = Math.max(...g.words.map((w) => overlap(w, p.words)));
    return score >= threshold ? score - threshold : null;
  };
  const join = (gi: number, p: Prepared) => {
    const g = groups[gi]!;
    g.members.push(p.i);
    if (g.words.length < COMPARED_MEMBERS) g.words.push(p.words);
    g.articles.add(keys[p.i]!.article);
  };
  const open = (p: Prepared) => {
    for (const k of p.months) {
      const list = buckets.get(k);
      if (list) list.push(groups.length);
      else buckets.set(k, [groups.length]);
    }
    groups.push({ members: [p.i], words: [p.words], articles: new Set([keys[p.i]!.article]) });
  };

  // One article at a time: each of its mentions may join at most one group of other articles,
  // and each such group takes at most one of its mentions, the pairs that agree best first, so
  // a stray sentence of the article cannot take the place of the one that reports the event.
  for (let b = 0; b < sorted.length;) {
    let e = b;
    while (e < sorted.length && keys[sorted[e]!]!.article === keys[sorted[b]!]!.article) e++;
    const batch: Prepared[] = sorted.slice(b, e).map((i) => {
      const m = keys[i]!;
      return {
        i,
        words: new Set(m.words ? m.words.split(" ") : []),
        months: monthKeys(FAMILY[m.type] ?? m.type, comparable(m)),
      };
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

/** Merges mentions held in memory; extractCorpus does the same with mentions spilled to disk. */
export function mergeEvents(mentions: readonly Mention[]): SignalEvent[] {
  return groupMentions(mentions.map(mergeKeyMaker())).map((g) =>
    g.length === 1 ? mentions[g[0]!]!.event : mergeGroup(g.map((i) => mentions[i]!)),
  );
}
