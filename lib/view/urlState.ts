import type { SignalType } from "../model/schema";
import { SIGNAL_TYPES } from "../model/vocabulary";
import { parseDateBound } from "./dates";

/**
 * The whole view in the URL. Names and formats are public (people share and script these links):
 * actors, types and sources are comma-separated ids as in the event list; from/to accept YYYY,
 * YYYY-MM or YYYY-MM-DD; event is the open event. Ids and choices are read in any case. Unknown
 * or malformed values are dropped with a notice (echoing at most ECHO_LIMIT characters of each),
 * never an error.
 */
export const URL_KEYS = [
  "actors",
  "types",
  "from",
  "to",
  "q",
  "sources",
  "attribution",
  "event",
  "view",
  "lanes",
  "sort",
] as const;
export type UrlKey = (typeof URL_KEYS)[number];
export type RawParams = Partial<Record<UrlKey, string | null>>;

export const SORT_KEYS = ["date", "actor", "type"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ViewState {
  actors: string[];
  types: SignalType[];
  /** as typed (YYYY, YYYY-MM or YYYY-MM-DD), so a shared link keeps the reader's wording */
  from: string | null;
  to: string | null;
  q: string;
  /** publisher keys or article ids */
  sources: string[];
  onRecordOnly: boolean;
  event: string | null;
  view: "timeline" | "table";
  laneOrder: "activity" | "name";
  sort: { key: SortKey; descending: boolean };
}

export const DEFAULT_STATE: ViewState = {
  actors: [],
  types: [],
  from: null,
  to: null,
  q: "",
  sources: [],
  onRecordOnly: false,
  event: null,
  view: "timeline",
  laneOrder: "activity",
  sort: { key: "date", descending: false },
};

/** The ids a link may name, each in lower case mapped to its own spelling. */
export interface Vocabulary {
  actorIds: ReadonlyMap<string, string>;
  /** publisher keys and article ids */
  sourceKeys: ReadonlyMap<string, string>;
  /** canonical event ids and aliases, mapped to the canonical id */
  eventIds: ReadonlyMap<string, string>;
}

const byLowerCase = (ids: Iterable<string>) => new Map([...ids].map((id) => [id.toLowerCase(), id]));

export function buildVocabulary(
  actorIds: Iterable<string>,
  sourceKeys: Iterable<string>,
  events: readonly { id: string; aliases: readonly string[] }[],
): Vocabulary {
  return {
    actorIds: byLowerCase(actorIds),
    sourceKeys: byLowerCase(sourceKeys),
    eventIds: new Map(events.flatMap((e) => [e.id, ...e.aliases].map((id) => [id.toLowerCase(), e.id] as const))),
  };
}

/** Echoed values are cut here: a notice must not carry a 10,000-character parameter into the page. */
export const ECHO_LIMIT = 40;

/** A value from the URL as a notice quotes it, cut to ECHO_LIMIT characters. */
export function echo(value: string): string {
  return value.length <= ECHO_LIMIT ? value : `${value.slice(0, ECHO_LIMIT)}… (${value.length} characters)`;
}

export interface ParsedView {
  state: ViewState;
  notices: string[];
}

const list = (value: string | null | undefined) =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

const LISTED = 5;
const quoteList = (values: string[]) =>
  values
    .slice(0, LISTED)
    .map((v) => `“${echo(v)}”`)
    .join(", ") + (values.length > LISTED ? ` and ${values.length - LISTED} more` : "");

const SIGNAL_TYPE_IDS = byLowerCase(SIGNAL_TYPES);

export function parseViewState(raw: RawParams, vocab: Vocabulary): ParsedView {
  const notices: string[] = [];
  const known = (key: UrlKey, ids: ReadonlyMap<string, string>, what: string): string[] => {
    const good = new Set<string>();
    const bad: string[] = [];
    for (const v of list(raw[key])) {
      const id = ids.get(v.toLowerCase());
      if (id) good.add(id);
      else bad.push(v);
    }
    if (bad.length) notices.push(`Ignored unknown ${what} ${quoteList(bad)} in “${key}”.`);
    return [...good];
  };

  const actors = known("actors", vocab.actorIds, "actor");
  const types = known("types", SIGNAL_TYPE_IDS, "type") as SignalType[];
  const sources = known("sources", vocab.sourceKeys, "source");

  const bound = (key: "from" | "to") => {
    const value = raw[key]?.trim();
    if (!value) return null;
    if (parseDateBound(value, key) === null) {
      notices.push(`Ignored “${key}=${echo(value)}”: dates are YYYY, YYYY-MM or YYYY-MM-DD.`);
      return null;
    }
    return value;
  };
  let from = bound("from");
  let to = bound("to");
  if (from && to && parseDateBound(from, "from")! > parseDateBound(to, "to")!) {
    notices.push(`“from” (${from}) was after “to” (${to}); the two were swapped.`);
    [from, to] = [to, from];
  }

  let event: string | null = null;
  if (raw.event) {
    const canonical = vocab.eventIds.get(raw.event.trim().toLowerCase());
    if (canonical) event = canonical;
    else notices.push(`No event has the id “${echo(raw.event)}”; it may have been merged or removed.`);
  }

  const choice = <T extends string>(key: UrlKey, options: readonly T[], fallback: T): T => {
    const value = raw[key]?.trim().toLowerCase();
    if (!value) return fallback;
    if ((options as readonly string[]).includes(value)) return value as T;
    notices.push(`Ignored “${key}=${echo(raw[key]!)}”: expected ${options.join(" or ")}.`);
    return fallback;
  };

  let sort = DEFAULT_STATE.sort;
  if (raw.sort) {
    const descending = raw.sort.startsWith("-");
    const key = raw.sort.replace(/^-/, "").trim().toLowerCase();
    if ((SORT_KEYS as readonly string[]).includes(key)) sort = { key: key as SortKey, descending };
    else notices.push(`Ignored “sort=${echo(raw.sort)}”: expected date, actor or type (prefix - to reverse).`);
  }

  const attribution = raw.attribution?.trim().toLowerCase();
  if (attribution && attribution !== "on-record")
    notices.push(`Ignored “attribution=${echo(raw.attribution!)}”: the only filter is on-record.`);

  return {
    state: {
      actors,
      types,
      from,
      to,
      q: raw.q?.trim() ?? "",
      sources,
      onRecordOnly: attribution === "on-record",
      event,
      view: choice("view", ["timeline", "table"] as const, "timeline"),
      laneOrder: choice("lanes", ["activity", "name"] as const, "activity"),
      sort,
    },
    notices,
  };
}

/** The URL parameters of a state; null removes a parameter so default views have clean links. */
export function serializeViewState(state: ViewState): Record<UrlKey, string | null> {
  const join = (values: readonly string[]) => (values.length ? values.join(",") : null);
  const sort = `${state.sort.descending ? "-" : ""}${state.sort.key}`;
  return {
    actors: join(state.actors),
    types: join(state.types),
    from: state.from,
    to: state.to,
    q: state.q || null,
    sources: join(state.sources),
    attribution: state.onRecordOnly ? "on-record" : null,
    event: state.event,
    view: state.view === "timeline" ? null : state.view,
    lanes: state.laneOrder === "activity" ? null : state.laneOrder,
    sort: sort === "date" ? null : sort,
  };
}

/**
 * The event parameter as the URL should read: a link to an alias of a merged event, or to an id
 * in another case, is rewritten to the canonical id it opened. Null when it already reads so.
 */
export function canonicalEventParam(raw: RawParams, state: ViewState): string | null {
  return state.event && raw.event !== state.event ? state.event : null;
}

/** True when any filter narrows the events (opening an event or switching view does not). */
export function hasFilters(state: ViewState): boolean {
  return (
    state.actors.length > 0 ||
    state.types.length > 0 ||
    state.from !== null ||
    state.to !== null ||
    state.q !== "" ||
    state.sources.length > 0 ||
    state.onRecordOnly
  );
}
