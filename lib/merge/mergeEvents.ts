import type { SignalEvent, SignalType } from "../model/schema";
import { overlap, wordSet } from "./wordSet";

/** One event as read from one sentence of one article, before mentions are merged. */
export interface Mention {
  event: SignalEvent;
  article: string;
  /** publication date of the article, for "earliest-published mention keeps the id" */
  published: string | null;
}

// Types that one real event is often filed under by different outlets' wordings.
const FAMILY: Partial<Record<SignalType, string>> = {
  "ceasefire-signal": "offer",
  "negotiation-readiness": "offer",
  proposal: "offer",
};
const SAME_TYPE_SIMILARITY = 0.4;
const CROSS_TYPE_SIMILARITY = 0.55;
const NEWS_CYCLE_DAYS = 10;
// A mention is compared with a group's first few members only: enough to catch a rewording,
// and it keeps a much-reported event from making merging quadratic.
const COMPARED_MEMBERS = 4;
// Two mentions that name the very same dated span ("since September") need less shared wording,
// and may even sit in one article: outlets restate their main signal in the lead and the body.
const SAME_DATE_RELIEF = 0.15;

function sameStatedDate(a: SignalEvent["date"], b: SignalEvent["date"]): boolean {
  return (
    a.basis !== "publication" &&
    b.basis !== "publication" &&
    a.basis !== "unresolved" &&
    a.start === b.start &&
    a.precision === b.precision
  );
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function datesCompatible(a: SignalEvent["date"], b: SignalEvent["date"]): boolean {
  if (!a.start || !b.start || !a.end || !b.end) return a.start === b.start;
  if (a.start <= b.end && b.start <= a.end) return true;
  // Undated statements of one news cycle are one event even when two outlets printed them days apart.
  if (a.basis === "publication" || b.basis === "publication") {
    return Math.abs(dayNumber(a.start) - dayNumber(b.start)) <= NEWS_CYCLE_DAYS;
  }
  return false;
}

function personActors(e: SignalEvent): Set<string> {
  return new Set(e.actors.map((a) => a.id));
}

function actorsCompatible(a: SignalEvent, b: SignalEvent): boolean {
  const x = personActors(a);
  const y = personActors(b);
  if (!x.size || !y.size) return true;
  for (const id of x) if (y.has(id)) return true;
  return false;
}

const BASIS_RANK: Record<SignalEvent["date"]["basis"], number> = {
  explicit: 0,
  relative: 1,
  publication: 2,
  unresolved: 3,
};

function spanDays(d: SignalEvent["date"]): number {
  return d.start && d.end ? dayNumber(d.end) - dayNumber(d.start) : Number.POSITIVE_INFINITY;
}

/** The most informative date of a merged event: explicit before relative before publication, then the narrowest. */
function bestDate(mentions: readonly Mention[]): SignalEvent["date"] {
  return [...mentions]
    .map((m) => m.event.date)
    .sort((a, b) => BASIS_RANK[a.basis] - BASIS_RANK[b.basis] || spanDays(a) - spanDays(b))[0]!;
}

function mergeGroup(group: Mention[]): SignalEvent {
  const [first, ...rest] = group;
  const head = first!.event;
  const actors = new Map(head.actors.map((a) => [a.id, a]));
  for (const m of rest) for (const a of m.event.actors) if (!actors.has(a.id)) actors.set(a.id, a);
  const positions = new Map<string, SignalEvent["positions"][number]>();
  for (const m of group)
    for (const p of m.event.positions) {
      const key = `${p.actor}|${p.topic}|${p.stanceId ?? p.stance}`;
      if (!positions.has(key)) positions.set(key, p);
    }
  return {
    ...head,
    aliases: [...new Set([...head.aliases, ...rest.flatMap((m) => [m.event.id, ...m.event.aliases])])].sort(),
    date: bestDate(group),
    actors: [...actors.values()],
    positions: [...positions.values()],
    sources: group.flatMap((m) => m.event.sources),
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

const order = (a: Mention, b: Mention) =>
  (a.published ?? "9999").localeCompare(b.published ?? "9999") ||
  a.article.localeCompare(b.article) ||
  a.event.id.localeCompare(b.event.id);

/**
 * Merges mentions of one real event in different articles (same or kindred type, overlapping
 * dates, shared actors, similar wording) into one event with several sources. The merged event
 * keeps the id of its earliest-published mention; the others become aliases. Mentions are only
 * compared within a type family and the months their dates touch, so the cost stays near linear in the number of mentions.
 */
export function mergeEvents(mentions: readonly Mention[]): SignalEvent[] {
  const sorted = [...mentions].sort(order);
  const groups: { members: Mention[]; words: Set<string>[]; articles: Set<string> }[] = [];
  const buckets = new Map<string, number[]>();
  for (const m of sorted) {
    const family = FAMILY[m.event.type] ?? m.event.type;
    const words = wordSet(m.event.sources[0]!.sentence);
    const keys = monthKeys(family, m.event.date);
    const candidates = new Set(keys.flatMap((k) => buckets.get(k) ?? []));
    let best = -1;
    let bestScore = 0;
    for (const gi of candidates) {
      const g = groups[gi]!;
      const head = g.members[0]!.event;
      const sameDate = sameStatedDate(head.date, m.event.date) && head.type === m.event.type;
      if (g.articles.has(m.article) && !sameDate) continue;
      const threshold =
        (head.type === m.event.type ? SAME_TYPE_SIMILARITY : CROSS_TYPE_SIMILARITY) - (sameDate ? SAME_DATE_RELIEF : 0);
      if (!datesCompatible(head.date, m.event.date) || !actorsCompatible(head, m.event)) continue;
      const score = Math.max(...g.words.slice(0, COMPARED_MEMBERS).map((w) => overlap(w, words)));
      if (score >= threshold && score > bestScore) {
        best = gi;
        bestScore = score;
      }
    }
    if (best >= 0) {
      const g = groups[best]!;
      g.members.push(m);
      g.words.push(words);
      g.articles.add(m.article);
    } else {
      for (const k of keys) {
        const list = buckets.get(k);
        if (list) list.push(groups.length);
        else buckets.set(k, [groups.length]);
      }
      groups.push({ members: [m], words: [words], articles: new Set([m.article]) });
    }
  }
  return groups.map((g) => (g.members.length === 1 ? g.members[0]!.event : mergeGroup(g.members)));
}
