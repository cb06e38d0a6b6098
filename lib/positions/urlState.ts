import { dayToIso, parseDateBound } from "../view/dates";
import { echo } from "../view/urlState";
import { splitCellKey } from "./history";

/**
 * The positions view in the URL. Names and formats are public, like the timeline's: actors and
 * topics are comma-separated ids, asof is YYYY, YYYY-MM or YYYY-MM-DD (the matrix as of the last
 * day of what was written), cell is actor:topic, the open history. Unknown or malformed values are
 * dropped with a notice, never an error.
 */
export const POSITIONS_URL_KEYS = ["actors", "topics", "asof", "cell"] as const;
export type PositionsUrlKey = (typeof POSITIONS_URL_KEYS)[number];
export type PositionsRawParams = Partial<Record<PositionsUrlKey, string | null>>;

export interface PositionsState {
  actors: string[];
  topics: string[];
  /** as typed, so a shared link keeps the reader's wording */
  asof: string | null;
  /** the day asof resolves to (the last day of a year or month) */
  asofDay: string | null;
  cell: { actor: string; topic: string } | null;
}

export interface PositionsNotice {
  param: PositionsUrlKey;
  message: string;
}

export interface PositionsVocabulary {
  actorIds: ReadonlySet<string>;
  topicIds: ReadonlySet<string>;
}

function ids(
  raw: string | null | undefined,
  known: ReadonlySet<string>,
  param: PositionsUrlKey,
  noun: string,
  notices: PositionsNotice[],
): string[] {
  if (!raw) return [];
  const out: string[] = [];
  for (const part of raw.split(",")) {
    const id = part.trim().toLowerCase();
    if (!id || out.includes(id)) continue;
    if (known.has(id)) out.push(id);
    else notices.push({ param, message: `Unknown ${noun} “${echo(part.trim())}” in the link was ignored.` });
  }
  return out;
}

export function parsePositionsState(
  raw: PositionsRawParams,
  vocab: PositionsVocabulary,
): { state: PositionsState; notices: PositionsNotice[] } {
  const notices: PositionsNotice[] = [];
  const actors = ids(raw.actors, vocab.actorIds, "actors", "actor", notices);
  const topics = ids(raw.topics, vocab.topicIds, "topics", "topic", notices);
  let asof: string | null = null;
  let asofDay: string | null = null;
  const typed = raw.asof?.trim();
  if (typed) {
    const day = parseDateBound(typed, "to");
    if (day === null) {
      notices.push({
        param: "asof",
        message: `“${echo(typed)}” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD): showing the latest stances.`,
      });
    } else {
      asof = typed;
      asofDay = dayToIso(day);
    }
  }
  let cell: PositionsState["cell"] = null;
  const rawCell = raw.cell?.trim().toLowerCase();
  if (rawCell) {
    const split = splitCellKey(rawCell);
    if (split && vocab.actorIds.has(split.actor) && vocab.topicIds.has(split.topic)) cell = split;
    else notices.push({ param: "cell", message: `No position history “${echo(raw.cell!.trim())}”: use actor:topic.` });
  }
  return { state: { actors, topics, asof, asofDay, cell }, notices };
}

export function serializePositionsState(
  state: Omit<PositionsState, "asofDay">,
): Record<PositionsUrlKey, string | null> {
  return {
    actors: state.actors.length ? state.actors.join(",") : null,
    topics: state.topics.length ? state.topics.join(",") : null,
    asof: state.asof,
    cell: state.cell ? `${state.cell.actor}:${state.cell.topic}` : null,
  };
}

/** The URL of a position history, for links from actor pages and elsewhere. */
export function positionsHref(cell: { actor: string; topic: string }, extra: { asof?: string | null } = {}): string {
  const params = new URLSearchParams();
  params.set("cell", `${cell.actor}:${cell.topic}`);
  if (extra.asof) params.set("asof", extra.asof);
  return `/positions?${params.toString().replace(/%3A/g, ":")}`;
}
