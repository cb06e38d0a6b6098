import type { SignalType } from "../model/schema";
import { SIGNAL_TYPES } from "../model/vocabulary";
import { parseDateBound } from "./dates";

/**
 * The whole view in the URL. Names and formats are public (people share and script these links):
 * actors, types and sources are comma-separated ids as in the event list; from/to accept YYYY,
 * YYYY-MM or YYYY-MM-DD; event is the open event. Unknown or malformed values are dropped with a
 * notice, never an error.
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

export interface Vocabulary {
  actorIds: ReadonlySet<string>;
  sourceKeys: ReadonlySet<string>;
  /** canonical event ids and aliases, mapped to the canonical id */
  eventIds: ReadonlyMap<string, string>;
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

const quoteList = (values: string[]) => values.map((v) => `“${v}”`).join(", ");

export function parseViewState(raw: RawParams, vocab: Vocabulary): ParsedView {
  const notices: string[] = [];
  const known = <T extends string>(key: UrlKey, values: string[], ok: (v: string) => v is T, what: string): T[] => {
    const good = [...new Set(values.filter(ok))];
    const bad = values.filter((v) => !ok(v));
    if (bad.length) notices.push(`Ignored unknown ${what} ${quoteList(bad)} in “${key}”.`);
    return good;
  };

  const actors = known("actors", list(raw.actors), (v): v is string => vocab.actorIds.has(v), "actor");
  const types = known("types", list(raw.types), (v): v is SignalType => SIGNAL_TYPES.includes(v as SignalType), "type");
  const sources = known("sources", list(raw.sources), (v): v is string => vocab.sourceKeys.has(v), "source");

  const bound = (key: "from" | "to") => {
    const value = raw[key]?.trim();
    if (!value) return null;
    if (parseDateBound(value, key) === null) {
      notices.push(`Ignored “${key}=${value}”: dates are YYYY, YYYY-MM or YYYY-MM-DD.`);
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
    const canonical = vocab.eventIds.get(raw.event);
    if (canonical) event = canonical;
    else notices.push(`No event has the id “${raw.event}”; it may have been merged or removed.`);
  }

  const choice = <T extends string>(key: UrlKey, options: readonly T[], fallback: T): T => {
    const value = raw[key];
    if (!value) return fallback;
    if ((options as readonly string[]).includes(value)) return value as T;
    notices.push(`Ignored “${key}=${value}”: expected ${options.join(" or ")}.`);
    return fallback;
  };

  let sort = DEFAULT_STATE.sort;
  if (raw.sort) {
    const descending = raw.sort.startsWith("-");
    const key = raw.sort.replace(/^-/, "");
    if ((SORT_KEYS as readonly string[]).includes(key)) sort = { key: key as SortKey, descending };
    else notices.push(`Ignored “sort=${raw.sort}”: expected date, actor or type (prefix - to reverse).`);
  }

  const attribution = raw.attribution;
  if (attribution && attribution !== "on-record")
    notices.push(`Ignored “attribution=${attribution}”: the only filter is on-record.`);

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
