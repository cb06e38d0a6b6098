import { formatIso, reportedLabel } from "../view/dates";
import {
  basesOf,
  cellKey,
  matrixAsOf,
  type EntryLike,
  type MatrixCell,
  type PositionHistory,
  type StancePoint,
} from "./history";

/**
 * What the /positions page sends to the browser: the matrix's rows, columns and every entry's
 * dated counts, without evidence sentences (those are fetched per cell). Positional arrays and
 * interned stance labels keep 10,000 events' worth of history small; dates stay ISO strings,
 * because converting ten thousand day numbers back costs the browser more than parsing them.
 */
export interface ActorHead {
  id: string;
  name: string;
  role?: string;
  country?: string | null;
}
export interface TopicHead {
  id: string;
  label: string;
  description: string;
}

/**
 * A date's words on the wire: most are the day itself ("23 Dec 2023", SAME_DAY) or the day it was
 * reported ("reported 23 Dec 2023", REPORTED), which the browser writes from the day; only the
 * others ("2022", "Sep–Nov 2022") are sent, as an index into `dateLabels`.
 */
type LabelCode = number;
const SAME_DAY = -1;
const REPORTED = -2;

/** A point of an entry's history (see StancePoint); its label code is left out when it is SAME_DAY. */
type WirePoint = [day: string, sources: number, basisMask: number, label?: LabelCode];
type WireEntry = [stance: number, stanceId: number, shiftFrom: number[] | 0, points: WirePoint[]];

/**
 * A cell as the matrix shows it at the latest date, computed on the server so that the first
 * render does no history work: stance and stance id (indices), first and last date, distinct
 * articles, basis mask, the stances it shifted from (or 0), and the strip as indices into the
 * cell's entries (oldest first; a shift is known from the entry).
 */
type WireLatest = [
  stance: number,
  stanceId: number,
  since: string,
  date: string,
  sinceLabel: LabelCode,
  dateLabel: LabelCode,
  sources: number,
  basisMask: number,
  shiftFrom: number[] | 0,
  strip: number[],
];

export interface PositionsWire {
  actors: ActorHead[];
  topics: TopicHead[];
  stances: string[];
  stanceIds: string[];
  /** dates in words at their precision ("2022", "Sep–Nov 2022") that are not a day's, interned */
  dateLabels: string[];
  /** [actor index, topic index, entries, the latest view] */
  cells: [number, number, WireEntry[], WireLatest][];
  /** per actor and per topic (same order as actors and topics): cells with a stance */
  actorCounts: number[];
  topicCounts: number[];
  /** every day some stance was first reported, ascending (for the unfiltered matrix) */
  changeDates: string[];
}

export interface PositionsData {
  actors: ActorHead[];
  topics: TopicHead[];
  /** the matrix at the latest date, every cell, from the server's precomputation */
  latest: Map<string, MatrixCell>;
  /** each cell's entries, decoded on first use (an as-of date, the change dates of a filter) */
  cells(): Record<string, EntryLike[]>;
  actorCounts: ReadonlyMap<string, number>;
  topicCounts: ReadonlyMap<string, number>;
  changeDates: readonly string[];
}

const STRIP = 5;

export function encodePositions(history: PositionHistory, actors: ActorHead[], topics: TopicHead[]): PositionsWire {
  const stances: string[] = [];
  const stanceIndex = new Map<string, number>();
  const stanceIds: string[] = [];
  const idIndex = new Map<string, number>();
  const dateLabels: string[] = [];
  const labelIndex = new Map<string, number>();
  const labelCode = (day: string, label: string): LabelCode =>
    label === formatIso(day)
      ? SAME_DAY
      : label === reportedLabel(day)
        ? REPORTED
        : intern(dateLabels, labelIndex, label);
  const intern = (table: string[], index: Map<string, number>, value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      index.set(value, (i = table.length));
      table.push(value);
    }
    return i;
  };
  const cells: PositionsWire["cells"] = [];
  const actorCounts = actors.map(() => 0);
  const topicCounts = topics.map(() => 0);
  const changeDates = new Set<string>();
  actors.forEach((actor, a) => {
    topics.forEach((topic, t) => {
      const key = cellKey(actor.id, topic.id);
      const entries = history.cells[key];
      if (!entries || entries.length === 0) return;
      const view = matrixAsOf({ [key]: entries }, null, { stripLength: STRIP }).get(key)!;
      const mask = entries[entries.length - 1]!.points.at(-1)![2];
      const first = Math.max(0, entries.length - STRIP);
      actorCounts[a]!++;
      topicCounts[t]!++;
      for (const e of entries) changeDates.add(e.firstDate);
      cells.push([
        a,
        t,
        entries.map((e) => [
          intern(stances, stanceIndex, e.stance),
          e.stanceId === null ? -1 : intern(stanceIds, idIndex, e.stanceId),
          e.shiftFrom ? e.shiftFrom.map((s) => intern(stances, stanceIndex, s)) : 0,
          e.points.map(([day, sources, mask, label]): WirePoint => {
            const code = labelCode(day, label);
            return code === SAME_DAY ? [day, sources, mask] : [day, sources, mask, code];
          }),
        ]),
        [
          intern(stances, stanceIndex, view.stance),
          view.stanceId === null ? -1 : intern(stanceIds, idIndex, view.stanceId),
          view.since,
          view.date,
          labelCode(view.since, view.sinceLabel),
          labelCode(view.date, view.dateLabel),
          view.sources,
          mask,
          view.shiftFrom ? view.shiftFrom.map((s) => intern(stances, stanceIndex, s)) : 0,
          view.strip.map((_, i) => first + i),
        ],
      ]);
    });
  });
  return {
    actors,
    topics,
    stances,
    stanceIds,
    dateLabels,
    cells,
    actorCounts,
    topicCounts,
    changeDates: [...changeDates].sort(),
  };
}

/**
 * Turns the wire into what the view reads. The latest matrix is built from the server's
 * precomputed views (no history work); the entries are decoded only when first asked for.
 */
export function decodePositions(wire: PositionsWire): PositionsData {
  const latest = new Map<string, MatrixCell>();
  for (const [a, t, entries, view] of wire.cells) {
    const actor = wire.actors[a]!.id;
    const topic = wire.topics[t]!.id;
    const [stance, stanceId, since, date, sinceLabel, dateLabel, sources, mask, shiftFrom, strip] = view;
    const bases = basesOf(mask);
    latest.set(cellKey(actor, topic), {
      actor,
      topic,
      stance: wire.stances[stance]!,
      stanceId: stanceId < 0 ? null : wire.stanceIds[stanceId]!,
      since,
      date,
      sinceLabel: labelOf(wire, since, sinceLabel),
      dateLabel: labelOf(wire, date, dateLabel),
      sources,
      bases,
      onRecord: bases.includes("on-record"),
      shiftFrom: shiftFrom === 0 ? null : shiftFrom.map((s) => wire.stances[s]!),
      strip: strip.map((i) => {
        const [s, id, from, points] = entries[i]!;
        return {
          stance: wire.stances[s]!,
          stanceId: id < 0 ? null : wire.stanceIds[id]!,
          firstLabel: labelOf(wire, points[0]![0], points[0]![3]),
          shift: from !== 0,
        };
      }),
      entries: entries.length,
    });
  }
  let cells: Record<string, EntryLike[]> | null = null;
  return {
    actors: wire.actors,
    topics: wire.topics,
    latest,
    cells: () => (cells ??= decodeEntries(wire)),
    actorCounts: new Map(wire.actors.map((a, i) => [a.id, wire.actorCounts[i]!])),
    topicCounts: new Map(wire.topics.map((t, i) => [t.id, wire.topicCounts[i]!])),
    changeDates: wire.changeDates,
  };
}

function labelOf(wire: PositionsWire, day: string, code: LabelCode = SAME_DAY): string {
  return code === SAME_DAY ? formatIso(day) : code === REPORTED ? reportedLabel(day) : wire.dateLabels[code]!;
}

function decodeEntries(wire: PositionsWire): Record<string, EntryLike[]> {
  const cells: Record<string, EntryLike[]> = {};
  for (const [a, t, entries] of wire.cells) {
    cells[cellKey(wire.actors[a]!.id, wire.topics[t]!.id)] = entries.map(([stance, stanceId, shiftFrom, points]) => ({
      stance: wire.stances[stance]!,
      stanceId: stanceId < 0 ? null : wire.stanceIds[stanceId]!,
      shiftFrom: shiftFrom === 0 ? null : shiftFrom.map((s) => wire.stances[s]!),
      firstDate: points[0]![0],
      firstLabel: labelOf(wire, points[0]![0], points[0]![3]),
      points: points.map(([day, sources, mask, label]): StancePoint => [day, sources, mask, labelOf(wire, day, label)]),
    }));
  }
  return cells;
}
