import type {
  Actor,
  ArticleMeta,
  EventDate,
  EventDocument,
  Position,
  SignalEvent,
  SignalType,
  Source,
} from "../model/schema";
import { firstReported, isoToDay } from "./dates";
import {
  ACTOR_ROLES,
  ATTRIBUTIONS,
  DATE_BASES as BASES,
  MODALITIES,
  PRECISIONS,
  SIGNAL_TYPES,
} from "../model/vocabulary";

/**
 * What the dashboard needs of an event to draw, filter and list it. Evidence sentences,
 * positions and codes are "details": embedded for a small corpus, fetched on demand for a
 * large one so the first load stays small.
 */
export interface ViewEvent {
  id: string;
  aliases: string[];
  /** day numbers (see dates.ts); null when the date could not be resolved */
  start: number | null;
  end: number | null;
  date: EventDate;
  /** the day its first article was published (YYYY-MM-DD), what an undated event is dated by */
  reported: string | null;
  type: SignalType;
  modality: SignalEvent["modality"];
  actors: SignalEvent["actors"];
  summary: string;
  /** per source: its article id and attribution, enough to filter by publisher and on-record */
  sources: Pick<Source, "article" | "attribution">[];
}

export interface EventDetail {
  codes: SignalEvent["codes"];
  positions: Position[];
  sources: Source[];
}

export interface ViewData {
  actors: Actor[];
  articles: ArticleMeta[];
  events: ViewEvent[];
  /** all details when small enough to embed; otherwise null and loaded per bucket */
  details: Record<string, EventDetail> | null;
  detailBuckets: number;
}

/** Above this many events, details move out of the first load into bucket files. */
export const EMBED_DETAILS_LIMIT = 2000;
const EVENTS_PER_BUCKET = 250;

export function detailBucketCount(eventCount: number): number {
  return eventCount > EMBED_DETAILS_LIMIT ? Math.ceil(eventCount / EVENTS_PER_BUCKET) : 0;
}

/** FNV-1a: stable across builds and browsers, so the client finds the bucket the build wrote. */
export function detailBucket(id: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

// The wire format is positional: 10,000 events repeat the same dozen keys, and indices into
// small vocabularies replace repeated strings (types, actor ids, article ids).
type WireEvent = [
  id: string,
  aliases: string[],
  start: string | null,
  end: string | null,
  precision: number,
  open: 0 | 1,
  text: string,
  basis: number,
  type: number,
  modality: number,
  actors: number[],
  roles: number[],
  summary: string,
  sourceArticles: number[],
  attributions: number[],
];
export interface WireData {
  actors: Actor[];
  articles: ViewData["articles"];
  events: WireEvent[];
  details: Record<string, EventDetail> | null;
  detailBuckets: number;
}

export function toEventDetail(e: SignalEvent): EventDetail {
  return { codes: e.codes, positions: e.positions, sources: e.sources };
}

export function encodeViewData(doc: EventDocument): WireData {
  const actorIndex = new Map(doc.actors.map((a, i) => [a.id, i]));
  const articleIndex = new Map(doc.articles.map((a, i) => [a.id, i]));
  const buckets = detailBucketCount(doc.events.length);
  const index = (map: Map<string, number>, key: string, what: string, event: string) => {
    const i = map.get(key);
    if (i === undefined) throw new Error(`event ${event} refers to unknown ${what} "${key}"`);
    return i;
  };
  return {
    actors: doc.actors,
    articles: doc.articles,
    events: doc.events.map((e) => [
      e.id,
      e.aliases,
      e.date.start,
      e.date.end,
      PRECISIONS.indexOf(e.date.precision),
      e.date.open ? 1 : 0,
      e.date.text,
      BASES.indexOf(e.date.basis),
      SIGNAL_TYPES.indexOf(e.type),
      MODALITIES.indexOf(e.modality),
      e.actors.map((a) => index(actorIndex, a.id, "actor", e.id)),
      e.actors.map((a) => ACTOR_ROLES.indexOf(a.role)),
      e.summary,
      e.sources.map((s) => index(articleIndex, s.article, "article", e.id)),
      e.sources.map((s) => ATTRIBUTIONS.indexOf(s.attribution)),
    ]),
    details: buckets ? null : Object.fromEntries(doc.events.map((e) => [e.id, toEventDetail(e)])),
    detailBuckets: buckets,
  };
}

export function decodeViewData(wire: WireData): ViewData {
  const published = (article: number) => wire.articles[article]!.published;
  const events = wire.events.map(
    ([id, aliases, start, end, precision, open, text, basis, type, modality, actors, roles, summary, arts, attrs]) => {
      const date: EventDate = { start, end, precision: PRECISIONS[precision]!, text, basis: BASES[basis]! };
      if (open) date.open = true;
      const startDay = start ? isoToDay(start) : null;
      return {
        id,
        aliases,
        start: startDay,
        end: end ? isoToDay(end) : startDay,
        date,
        reported: firstReported(arts, published),
        type: SIGNAL_TYPES[type]!,
        modality: MODALITIES[modality]!,
        actors: actors.map((a, i) => ({ id: wire.actors[a]!.id, role: ACTOR_ROLES[roles[i]!]! })),
        summary,
        sources: arts.map((a, i) => ({ article: wire.articles[a]!.id, attribution: ATTRIBUTIONS[attrs[i]!]! })),
      } satisfies ViewEvent;
    },
  );
  return {
    actors: wire.actors,
    articles: wire.articles,
    events,
    details: wire.details,
    detailBuckets: wire.detailBuckets,
  };
}

/** Back to the event model, for exports: the detail supplies what the view left out. */
export function toSignalEvent(e: ViewEvent, detail: EventDetail): SignalEvent {
  return {
    id: e.id,
    aliases: e.aliases,
    date: e.date,
    type: e.type,
    codes: detail.codes,
    modality: e.modality,
    actors: e.actors,
    positions: detail.positions,
    summary: e.summary,
    sources: detail.sources,
  };
}

/** The bucket files of a large corpus: each maps event id to its detail. */
export function detailBucketContents(doc: EventDocument, bucket: number): Record<string, EventDetail> {
  const buckets = detailBucketCount(doc.events.length);
  return Object.fromEntries(
    doc.events.filter((e) => detailBucket(e.id, buckets) === bucket).map((e) => [e.id, toEventDetail(e)]),
  );
}
