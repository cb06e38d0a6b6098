import type { Actor, ArticleMeta, SignalEvent, Source } from "../model/schema";
import { namesSpeaker } from "../view/attribution";
import { firstReported, formatNormalisedDate, reportedLabel } from "../view/dates";

/**
 * Position histories: per actor and topic, the stances an actor is reported to hold, in the order
 * they were reported, with their evidence and whether each rests on the actor's own words.
 * Everything here is plain data so that the page can send it to the browser as it is.
 */

/** Who vouches for a stance, seen from the actor who holds it. */
export const BASES = ["on-record", "third-party", "anonymous", "outlet"] as const;
export type AttributionBasis = (typeof BASES)[number];
const BASIS_BIT: Record<AttributionBasis, number> = { "on-record": 1, "third-party": 2, anonymous: 4, outlet: 8 };

export function basesOf(mask: number): AttributionBasis[] {
  return BASES.filter((b) => (mask & BASIS_BIT[b]) !== 0);
}

export interface EvidenceRef {
  event: string;
  article: string;
  /** index into the event's sources, so the page can show that source's sentence */
  source: number;
  /** the event's date: `date` is the day it counts from (see stanceDate), `dateLabel` its words */
  date: string;
  dateLabel: string;
  basis: AttributionBasis;
  speaker: string | null;
}

export interface StanceEntry {
  /** the stance id, or "text:" and the lower-cased stance when no normalised stance matched */
  key: string;
  stanceId: string | null;
  stance: string;
  /** the days the stance was first and last reported as held (see stanceDate) */
  firstDate: string;
  lastDate: string;
  /** the same dates in words, at the precision the sources give ("2022", "Sep–Nov 2022"); the first and last points' */
  firstLabel: string;
  lastLabel: string;
  /** the earlier stances this one conflicts with, when it is a shift; otherwise null */
  shiftFrom: string[] | null;
  /**
   * Per distinct evidence day, ascending: the day, how many distinct articles back the stance up
   * to that day, which attribution bases they use (a bit mask, see basesOf) and the latest
   * date's words. Enough to answer "as of" questions without the evidence list.
   */
  points: StancePoint[];
  evidence: EvidenceRef[];
}

export interface PositionHistory {
  /** by cellKey(actor, topic); entries in order */
  cells: Record<string, StanceEntry[]>;
  /** actors with at least one position, most positions first */
  actors: string[];
  topics: string[];
  /** positions left out because neither the event nor its articles carry a date */
  undated: number;
}

export type StancePoint = [day: string, sources: number, basisMask: number, label: string];

export const cellKey = (actor: string, topic: string) => `${actor}:${topic}`;

export function splitCellKey(key: string): { actor: string; topic: string } | null {
  const i = key.indexOf(":");
  if (i <= 0 || i === key.length - 1) return null;
  return { actor: key.slice(0, i), topic: key.slice(i + 1) };
}

export interface HistoryOptions {
  articles?: readonly ArticleMeta[];
  actors?: readonly Actor[];
  /** stances (by key) an actor can hold together on a topic; see stanceCompatibility */
  compatible?: (topic: string, a: string, b: string) => boolean;
}

/**
 * Whether a source that quotes `speaker` on record is the holder's own voice: the holder itself, a
 * state's own officials (Peskov or Putin for Russia), or a spokesperson for a person of the same
 * country (Peskov for Putin). Anyone else on record describing the holder is a third party.
 */
function speaksFor(speaker: string, holder: string, actors: ReadonlyMap<string, Actor>): boolean {
  if (speaker === holder) return true;
  const s = actors.get(speaker);
  const h = actors.get(holder);
  if (!s || !h || !s.country || s.country !== h.country) return false;
  if (h.kind === "state") return true;
  return h.kind === "person" && /spokes|press secretary/i.test(s.role ?? "");
}

export function basisOf(source: Source, holder: string, actors: ReadonlyMap<string, Actor>): AttributionBasis {
  switch (source.attribution) {
    case "anonymous":
      return "anonymous";
    case "outlet":
      return "outlet";
    case "analyst":
      return "third-party";
    case "on-record":
      return source.speaker === null || speaksFor(source.speaker, holder, actors) ? "on-record" : "third-party";
  }
}

interface Observation {
  key: string;
  stanceId: string | null;
  stance: string;
  date: string;
  label: string;
  published: string;
  event: SignalEvent;
}

/**
 * When an event shows a stance held: the day it counts from, and its date in words at its
 * precision. The day is the last of the event's span, so that "as of" a day includes a stance
 * only once every day it may have been stated on has begun: a stance dated "2022" counts from
 * 31 December 2022, never from 1 January. A date the text does not give counts from the day it
 * was reported. Null when neither the event nor its articles carry a date.
 */
export function stanceDate(event: SignalEvent, reported: string | null): { day: string; label: string } | null {
  const { date } = event;
  if (date.basis === "publication" || date.start === null)
    return reported ? { day: reported, label: reportedLabel(reported) } : null;
  return { day: date.end ?? date.start, label: formatNormalisedDate(date) };
}

const stanceKey = (stanceId: string | undefined, stance: string) =>
  stanceId ?? `text:${stance.trim().toLowerCase().replace(/\s+/g, " ")}`;

function compareObservations(a: Observation, b: Observation): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.published !== b.published) return a.published < b.published ? -1 : 1;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

function newEntry(o: Observation, shiftFrom: string[] | null): StanceEntry {
  return {
    key: o.key,
    stanceId: o.stanceId,
    stance: o.stance,
    firstDate: o.date,
    lastDate: o.date,
    firstLabel: o.label,
    lastLabel: o.label,
    shiftFrom,
    points: [],
    evidence: [],
  };
}

/** Adds an observation's sources; `seen` holds the entry's distinct articles so far. */
function addEvidence(
  entry: StanceEntry,
  o: Observation,
  holder: string,
  seen: Set<string>,
  actors: ReadonlyMap<string, Actor>,
) {
  const last = entry.points[entry.points.length - 1];
  let mask = last ? last[2] : 0;
  o.event.sources.forEach((source, i) => {
    const basis = basisOf(source, holder, actors);
    mask |= BASIS_BIT[basis];
    seen.add(source.article);
    entry.evidence.push({
      event: o.event.id,
      article: source.article,
      source: i,
      date: o.date,
      dateLabel: o.label,
      basis,
      // The actor an anonymous or outlet source is about is not its speaker.
      speaker: namesSpeaker(source.attribution) ? source.speaker : null,
    });
  });
  // Observations that count from the same day share a point, which keeps the first one's words.
  if (last && last[0] === o.date) {
    last[1] = seen.size;
    last[2] = mask;
  } else {
    entry.points.push([o.date, seen.size, mask, o.label]);
    entry.lastDate = o.date;
    entry.lastLabel = o.label;
  }
}

/**
 * Orders each actor × topic's observations by the day they count from (see stanceDate; ties by
 * first publication) and walks
 * them once. A stance reported again continues its entry, so several sources wording it
 * differently become one entry with several sources. A stance not reported at the previous date
 * opens a new entry, marked as a shift when it conflicts with (is neither equal nor compatible
 * with) a stance reported then; stances first reported on the same date are concurrent, not a
 * shift from each other.
 */
export function buildHistory(events: readonly SignalEvent[], options: HistoryOptions = {}): PositionHistory {
  const published = new Map((options.articles ?? []).map((a) => [a.id, a.published]));
  const actors = new Map((options.actors ?? []).map((a) => [a.id, a]));
  const compatible = options.compatible ?? ((_topic: string, a: string, b: string) => a === b);
  const groups = new Map<string, Observation[]>();
  let undated = 0;
  for (const event of events) {
    if (event.positions.length === 0) continue;
    const firstPublished = firstReported(event.sources, (s) => published.get(s.article));
    const date = stanceDate(event, firstPublished);
    for (const position of event.positions) {
      if (date === null) {
        undated++;
        continue;
      }
      const key = cellKey(position.actor, position.topic);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({
        key: stanceKey(position.stanceId, position.stance),
        stanceId: position.stanceId ?? null,
        stance: position.stance,
        date: date.day,
        label: date.label,
        published: firstPublished ?? date.day,
        event,
      });
    }
  }

  const cells: Record<string, StanceEntry[]> = {};
  const perActor = new Map<string, number>();
  const topics = new Set<string>();
  for (const [key, observations] of groups) {
    const { actor, topic } = splitCellKey(key)!;
    observations.sort(compareObservations);
    const entries: StanceEntry[] = [];
    const articlesOf = new Map<StanceEntry, Set<string>>();
    // tail: entries reported at the latest date seen; previous: those reported at the date before.
    let tail: StanceEntry[] = [];
    let previous: StanceEntry[] = [];
    // The normalised stances of the latest earlier date that had any: a bare clause in between
    // neither hides nor makes a shift.
    let before: StanceEntry[] = [];
    let tailDate: string | null = null;
    for (const o of observations) {
      if (o.date !== tailDate) {
        if (tail.length > 0) previous = tail;
        const normalised = tail.filter((e) => e.stanceId !== null);
        if (normalised.length > 0) before = normalised;
        tail = [];
        tailDate = o.date;
      }
      let entry = tail.find((e) => e.key === o.key);
      if (!entry) {
        // A stance reported at the date before continues; one last seen earlier returns as new.
        entry = previous.find((e) => e.key === o.key);
        if (!entry) {
          // A stance read as a bare clause may or may not differ in substance: never call it a shift.
          const conflicts = o.stanceId === null ? [] : before.filter((e) => !compatible(topic, e.key, o.key));
          entry = newEntry(o, conflicts.length > 0 ? conflicts.map((e) => e.stance) : null);
          entries.push(entry);
          articlesOf.set(entry, new Set());
        }
        tail.push(entry);
      }
      addEvidence(entry, o, actor, articlesOf.get(entry)!, actors);
    }
    cells[key] = entries;
    perActor.set(actor, (perActor.get(actor) ?? 0) + observations.length);
    topics.add(topic);
  }
  const actorOrder = [...perActor].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  return { cells, actors: actorOrder, topics: [...topics].sort(), undated };
}

/** The last index whose value is <= target, or -1; `at` reads the sorted value at an index. */
function lastAtOrBefore(length: number, at: (i: number) => string, target: string): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) <= target) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface StripItem {
  stance: string;
  stanceId: string | null;
  firstLabel: string;
  shift: boolean;
}

export interface MatrixCell {
  actor: string;
  topic: string;
  stance: string;
  stanceId: string | null;
  /** the days the stance was first and last reported as held, as of the chosen date (see stanceDate) */
  since: string;
  date: string;
  /** the same in words, at the precision the sources give */
  sinceLabel: string;
  dateLabel: string;
  /** distinct articles backing the stance as of the chosen date */
  sources: number;
  bases: AttributionBasis[];
  /** true when at least one source is the actor (or its own spokesperson) on record */
  onRecord: boolean;
  shiftFrom: string[] | null;
  /** the latest few entries first reported by the chosen date, oldest first */
  strip: StripItem[];
  /** entries in the history as of the chosen date */
  entries: number;
}

export type EntryLike = Pick<StanceEntry, "stance" | "stanceId" | "firstDate" | "firstLabel" | "shiftFrom" | "points">;

/**
 * Each cell's latest stance as of a day (YYYY-MM-DD; null for all time): of the stances reported
 * by then, the one reported most recently (ties: the one first reported later). A stance that
 * goes on being reported after another was first reported is still the latest. Binary searches
 * over the entries and their points keep it at O(cells × entries × log points), so moving the
 * date slider never walks the evidence.
 */
export function matrixAsOf(
  cells: Readonly<Record<string, readonly EntryLike[]>>,
  asOf: string | null,
  options: { keys?: Iterable<string>; stripLength?: number } = {},
): Map<string, MatrixCell> {
  const stripLength = options.stripLength ?? 5;
  const out = new Map<string, MatrixCell>();
  for (const key of options.keys ?? Object.keys(cells)) {
    const entries = cells[key];
    const split = splitCellKey(key);
    if (!entries || entries.length === 0 || !split) continue;
    // Entries are in order of their first point: those reported by the day are a prefix.
    const started =
      asOf === null ? entries.length : lastAtOrBefore(entries.length, (i) => entries[i]!.firstDate, asOf) + 1;
    if (started === 0) continue;
    let entry = entries[0]!;
    let point = entry.points[0]!;
    for (let i = 0; i < started; i++) {
      const e = entries[i]!;
      const last = e.points.length - 1;
      // Only an entry still reported after the day needs a search for its point on the day.
      const p = asOf === null || e.points[last]![0] <= asOf ? last : lastAtOrBefore(last, (j) => e.points[j]![0], asOf);
      if (e.points[p]![0] >= point[0]) [entry, point] = [e, e.points[p]!];
    }
    const [date, sources, mask, dateLabel] = point;
    const bases = basesOf(mask);
    out.set(key, {
      ...split,
      stance: entry.stance,
      stanceId: entry.stanceId,
      since: entry.firstDate,
      date,
      sinceLabel: entry.firstLabel,
      dateLabel,
      sources,
      bases,
      onRecord: bases.includes("on-record"),
      shiftFrom: entry.shiftFrom,
      strip: entries.slice(Math.max(0, started - stripLength), started).map((e) => ({
        stance: e.stance,
        stanceId: e.stanceId,
        firstLabel: e.firstLabel,
        shift: e.shiftFrom !== null,
      })),
      entries: started,
    });
  }
  return out;
}
