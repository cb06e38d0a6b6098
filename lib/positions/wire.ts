import { cellKey, type EntryLike, type PositionHistory } from "./history";

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

type WireEntry = [stance: number, stanceId: number, shiftFrom: number[] | 0, points: EntryLike["points"]];

export interface PositionsWire {
  actors: ActorHead[];
  topics: TopicHead[];
  stances: string[];
  stanceIds: string[];
  /** [actor index, topic index, entries] */
  cells: [number, number, WireEntry[]][];
}

export interface PositionsData {
  actors: ActorHead[];
  topics: TopicHead[];
  cells: Record<string, EntryLike[]>;
}

export function encodePositions(history: PositionHistory, actors: ActorHead[], topics: TopicHead[]): PositionsWire {
  const stances: string[] = [];
  const stanceIndex = new Map<string, number>();
  const stanceIds: string[] = [];
  const idIndex = new Map<string, number>();
  const intern = (table: string[], index: Map<string, number>, value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      index.set(value, (i = table.length));
      table.push(value);
    }
    return i;
  };
  const cells: PositionsWire["cells"] = [];
  actors.forEach((actor, a) => {
    topics.forEach((topic, t) => {
      const entries = history.cells[cellKey(actor.id, topic.id)];
      if (!entries) return;
      cells.push([
        a,
        t,
        entries.map((e) => [
          intern(stances, stanceIndex, e.stance),
          e.stanceId === null ? -1 : intern(stanceIds, idIndex, e.stanceId),
          e.shiftFrom ? e.shiftFrom.map((s) => intern(stances, stanceIndex, s)) : 0,
          e.points,
        ]),
      ]);
    });
  });
  return { actors, topics, stances, stanceIds, cells };
}

export function decodePositions(wire: PositionsWire): PositionsData {
  const cells: Record<string, EntryLike[]> = {};
  for (const [a, t, entries] of wire.cells) {
    cells[cellKey(wire.actors[a]!.id, wire.topics[t]!.id)] = entries.map(([stance, stanceId, shiftFrom, points]) => ({
      stance: wire.stances[stance]!,
      stanceId: stanceId < 0 ? null : wire.stanceIds[stanceId]!,
      shiftFrom: shiftFrom === 0 ? null : shiftFrom.map((s) => wire.stances[s]!),
      firstDate: points[0]![0],
      points,
    }));
  }
  return { actors: wire.actors, topics: wire.topics, cells };
}
