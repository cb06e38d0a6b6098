import type { SignalType, Source } from "../model/schema";
import { describeDate, parseDateBound } from "./dates";
import { compileQuery, foldText, termMatches, type ActorNames, type SearchTerm } from "./search";
import { DEFAULT_STATE, type ViewState } from "./urlState";
import type { EventDetail, ViewData, ViewEvent } from "./viewData";

export function publisherKey(publisher: string): string {
  return (
    publisher
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "unknown-publisher"
  );
}

export interface Publisher {
  key: string;
  name: string;
  articleIds: string[];
}

/** Publishers in name order; a source filter value is a publisher key or an article id. */
export function publishersOf(data: Pick<ViewData, "articles">): Publisher[] {
  const byKey = new Map<string, Publisher>();
  for (const a of data.articles) {
    const name = a.publisher || "Unknown publisher";
    const key = publisherKey(name);
    const p = byKey.get(key) ?? { key, name, articleIds: [] };
    p.articleIds.push(a.id);
    byKey.set(key, p);
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A source the "On record only" filter keeps: one whose speaker is named and on the record. */
export const isOnRecord = (s: Pick<Source, "attribution">) => s.attribution === "on-record";

/** The sources a view shows: all of them, or with "On record only" only the on-record ones. */
export function shownSources<S extends Pick<Source, "attribution">>(sources: readonly S[], onRecordOnly: boolean): S[] {
  return onRecordOnly ? sources.filter(isOnRecord) : [...sources];
}

// Evidence arrives in buckets and the texts are rebuilt as each one lands: an event whose
// evidence did not change keeps its text. One cache for all sources, one for on-record only.
const texts = [false, true].map(() => new WeakMap<ViewEvent, { detail: EventDetail | undefined; text: string }>());

/**
 * Text the free-text search looks in, folded (see foldText): the summary and the date phrase as
 * written always; the evidence sentences and quotes once their details are loaded, with
 * `onRecordOnly` only those of on-record sources, so that a match never rests on a source the
 * filter leaves out.
 */
export function searchText(e: ViewEvent, detail: EventDetail | undefined, onRecordOnly = false): string {
  const cache = texts[Number(onRecordOnly)]!;
  const known = cache.get(e);
  if (known && known.detail === detail) return known.text;
  const parts = [e.summary, describeDate(e.date).asWritten ?? ""];
  if (detail)
    for (const s of shownSources(detail.sources, onRecordOnly))
      parts.push(s.sentence, s.quote ?? "", s.attributionText ?? "");
  // Each text folded on its own and kept apart by a mark no query folds to, so that a quoted
  // phrase matches within one sentence, never across the end of one and the start of the next.
  const text = parts
    .filter(Boolean)
    .map((part) => foldText(part))
    .join("|");
  cache.set(e, { detail, text });
  return text;
}

/** The search text of an event, for all its sources or the on-record ones (see searchText). */
export type EventText = (e: ViewEvent, onRecordOnly: boolean) => string;

/** A filter compiled once per state change, then applied to every event. */
export interface CompiledFilter {
  actors: Set<string> | null;
  types: Set<SignalType> | null;
  from: number | null;
  to: number | null;
  terms: SearchTerm[];
  articles: Set<string> | null;
  onRecordOnly: boolean;
}

export function compileFilter(state: ViewState, publishers: Publisher[], actorNames: ActorNames): CompiledFilter {
  let articles: Set<string> | null = null;
  if (state.sources.length) {
    articles = new Set();
    for (const key of state.sources) {
      const publisher = publishers.find((p) => p.key === key);
      if (publisher) for (const id of publisher.articleIds) articles.add(id);
      else articles.add(key);
    }
  }
  return {
    actors: state.actors.length ? new Set(state.actors) : null,
    types: state.types.length ? new Set(state.types) : null,
    from: state.from ? parseDateBound(state.from, "from") : null,
    to: state.to ? parseDateBound(state.to, "to") : null,
    terms: compileQuery(state.q, actorNames),
    articles,
    onRecordOnly: state.onRecordOnly,
  };
}

export type FilterFacet = "actors" | "types" | "dates" | "q" | "sources" | "attribution";

/**
 * Does the event pass every filter except `skip`? Facet counts skip their own facet, so each
 * option says how many events choosing it would show. An undated event cannot satisfy a date
 * range and is hidden by one. "On record only" holds source by source: an event passes the
 * source filter only through an on-record source from a chosen publisher, and the search only
 * through its summary or on-record evidence.
 */
export function matches(e: ViewEvent, f: CompiledFilter, text: EventText, skip: FilterFacet | null = null): boolean {
  if (skip !== "types" && f.types && !f.types.has(e.type)) return false;
  if (skip !== "actors" && f.actors && !e.actors.some((a) => f.actors!.has(a.id))) return false;
  if (skip !== "dates" && (f.from !== null || f.to !== null)) {
    if (e.start === null || e.end === null) return false;
    // Overlap, not containment: "since March" belongs to a filter for April.
    if (f.from !== null && e.end < f.from) return false;
    if (f.to !== null && e.start > f.to) return false;
  }
  const onRecord = skip !== "attribution" && f.onRecordOnly;
  const articles = skip !== "sources" ? f.articles : null;
  if (
    (onRecord || articles) &&
    !e.sources.some((s) => (!onRecord || isOnRecord(s)) && (!articles || articles.has(s.article)))
  )
    return false;
  if (skip !== "q" && f.terms.length) {
    const t = text(e, onRecord);
    if (!f.terms.every((term) => termMatches(term, t, e.actors))) return false;
  }
  return true;
}

export function filterEvents(events: readonly ViewEvent[], f: CompiledFilter, text: EventText) {
  return events.filter((e) => matches(e, f, text));
}

export interface Facets {
  actors: Map<string, number>;
  types: Map<SignalType, number>;
  sources: Map<string, number>;
}

/** Counts for every option of the three list filters in one pass over the events. */
export function facetCounts(
  events: readonly ViewEvent[],
  f: CompiledFilter,
  text: EventText,
  publishers: Publisher[],
): Facets {
  const publisherOf = new Map<string, string>();
  for (const p of publishers) for (const id of p.articleIds) publisherOf.set(id, p.key);
  const facets: Facets = { actors: new Map(), types: new Map(), sources: new Map() };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const e of events) {
    if (matches(e, f, text, "actors")) for (const a of new Set(e.actors.map((a) => a.id))) bump(facets.actors, a);
    if (matches(e, f, text, "types")) bump(facets.types, e.type);
    if (matches(e, f, text, "sources")) {
      const keys = new Set(e.sources.map((s) => publisherOf.get(s.article)).filter((k) => k !== undefined));
      for (const k of keys) bump(facets.sources, k);
    }
  }
  return facets;
}

const FACET_LABEL: Record<FilterFacet, string> = {
  actors: "the actor filter",
  types: "the signal-type filter",
  dates: "the date range",
  q: "the search text",
  sources: "the source filter",
  attribution: "“on record only”",
};

const FACET_RESET: Record<FilterFacet, Partial<ViewState>> = {
  actors: { actors: DEFAULT_STATE.actors },
  types: { types: DEFAULT_STATE.types },
  dates: { from: null, to: null },
  q: { q: "" },
  sources: { sources: DEFAULT_STATE.sources },
  attribution: { onRecordOnly: false },
};

export interface Relaxation {
  facet: FilterFacet;
  label: string;
  /** how many events would show with this one filter removed */
  count: number;
  reset: Partial<ViewState>;
}

/** When nothing matches: which single filter to drop, the most rewarding first. */
export function relaxations(
  events: readonly ViewEvent[],
  state: ViewState,
  f: CompiledFilter,
  text: EventText,
): Relaxation[] {
  const active: FilterFacet[] = [];
  if (state.actors.length) active.push("actors");
  if (state.types.length) active.push("types");
  if (state.from || state.to) active.push("dates");
  if (state.q) active.push("q");
  if (state.sources.length) active.push("sources");
  if (state.onRecordOnly) active.push("attribution");
  return active
    .map((facet) => ({
      facet,
      label: FACET_LABEL[facet],
      count: events.reduce((n, e) => n + (matches(e, f, text, facet) ? 1 : 0), 0),
      reset: FACET_RESET[facet],
    }))
    .sort((a, b) => b.count - a.count);
}
