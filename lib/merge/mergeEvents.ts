import { BASIS_RANK, type Mention } from "../model/mentions";
import type { SignalEvent } from "../model/schema";
import { takesPart } from "../model/vocabulary";
import { dayNumber } from "./dayNumber";
import { groupMentions } from "./groupMentions";
import { keySource, MergeKeyTable } from "./mergeKeys";

function spanDays(d: SignalEvent["date"]): number {
  return d.start && d.end ? dayNumber(d.end) - dayNumber(d.start) : Number.POSITIVE_INFINITY;
}

// The most informative date: one the text states (not the publication day), then the
// narrowest ("on Friday" within "the end of February"), then the one more reports give (two
// outlets' "on Tuesday" over a third's "on November 27"), then the most direct.
const stated = (d: SignalEvent["date"]) => Number(d.basis === "publication" || d.basis === "unresolved" || !!d.carried);
const dayKey = (d: SignalEvent["date"]) => `${d.start}|${d.end}`;
const dateRank = (support: ReadonlyMap<string, number>) => (a: SignalEvent["date"], b: SignalEvent["date"]) =>
  stated(a) - stated(b) ||
  spanDays(a) - spanDays(b) ||
  (support.get(dayKey(b)) ?? 0) - (support.get(dayKey(a)) ?? 0) ||
  BASIS_RANK[a.basis] - BASIS_RANK[b.basis];

/** A mention's date and the day its article came out. */
export interface DatedReport<D extends SignalEvent["date"]> {
  date: D;
  published: string | null;
}

const isDay = (d: SignalEvent["date"]) => !!d.start && d.start === d.end;
/** Whether a report dates the event after its article came out: it foresees it. */
const foresees = (r: DatedReport<SignalEvent["date"]>) => !!r.published && !!r.date.start && r.date.start > r.published;

/**
 * The date a merged event keeps: the best of its mentions' (the earliest-published first on a
 * tie). A span that a report foresaw ("the envoys will meet again next week") gives way to a
 * day within it that a report after the fact gives ("the talks held today have ended"): the
 * later report knows when it happened.
 */
export function mergedDate<D extends SignalEvent["date"]>(reports: readonly DatedReport<D>[]): D {
  const support = new Map<string, number>();
  for (const r of reports) support.set(dayKey(r.date), (support.get(dayKey(r.date)) ?? 0) + 1);
  const rank = dateRank(support);
  const ranked = [...reports].sort((a, b) => rank(a.date, b.date));
  const best = ranked[0]!;
  if (!foresees(best) || isDay(best.date)) return best.date;
  const within = ranked.find(
    (r) => isDay(r.date) && !foresees(r) && r.date.start! >= best.date.start! && r.date.end! <= (best.date.end ?? ""),
  );
  return (within ?? best).date;
}

/**
 * One merged event from its mentions' events, the earliest-published first, with the days their
 * articles came out (in the same order).
 */
export function mergeGroup(events: readonly SignalEvent[], published: readonly (string | null)[] = []): SignalEvent {
  const [head, ...rest] = events;
  if (!head) throw new RangeError("a merge group has at least one mention");
  if (!rest.length) return head;
  const actors = new Map(head.actors.map((a) => [a.id, a]));
  // (an actor one report only names and another has acting takes the acting role)
  for (const m of rest)
    for (const a of m.actors) if (!actors.has(a.id) || !takesPart(actors.get(a.id)!.role)) actors.set(a.id, a);
  const positions = new Map<string, SignalEvent["positions"][number]>();
  for (const p of events.flatMap((m) => m.positions)) {
    const key = `${p.actor}|${p.topic}|${p.stanceId ?? p.stance}`;
    if (!positions.has(key)) positions.set(key, p);
  }
  return {
    ...head,
    aliases: [...new Set([...head.aliases, ...rest.flatMap((m) => [m.id, ...m.aliases])])].sort(),
    date: mergedDate(events.map((m, i) => ({ date: m.date, published: published[i] ?? null }))),
    actors: [...actors.values()],
    positions: [...positions.values()],
    sources: events.flatMap((m) => m.sources),
  };
}

/**
 * Merges mentions held in memory; extractCorpus does the same with mentions held as text or on
 * disk. `partyOf` gives the state a person acts for (groupMentions).
 */
export function mergeEvents(mentions: readonly Mention[], partyOf?: (id: string) => string | undefined): SignalEvent[] {
  const keys = new MergeKeyTable();
  for (const m of mentions) keys.push(keySource(m));
  return groupMentions(keys, partyOf).map((g) =>
    mergeGroup(
      g.map((i) => mentions[i]!.event),
      g.map((i) => mentions[i]!.published),
    ),
  );
}
