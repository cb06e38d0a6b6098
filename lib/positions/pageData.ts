import type { Actor, ArticleMeta, EventDocument, SignalEvent } from "../model/schema";
import { partyIds } from "../model/vocabulary";
import {
  basesOf,
  buildHistory,
  cellKey,
  type AttributionBasis,
  type PositionHistory,
  type StanceEntry,
} from "./history";
import { readVocabulary, stanceCompatibility, type PositionVocabulary } from "./vocabulary";
import { namesSpeaker } from "../view/attribution";
import type { ActorHead, TopicHead } from "./wire";

/**
 * What the positions and actor pages read from an event document, computed once per document:
 * a static build renders every actor page and every cell's history from the same one.
 */
export interface PositionsIndex {
  history: PositionHistory;
  /** matrix rows: actors with positions, most active first */
  rows: ActorHead[];
  /** matrix columns: vocabulary topics with positions, in vocabulary order, then any others */
  columns: TopicHead[];
  actors: Map<string, Actor>;
  articles: Map<string, ArticleMeta>;
  events: Map<string, SignalEvent>;
  /** every actor's events, in date order */
  eventsOf: Map<string, SignalEvent[]>;
}

let vocabulary: PositionVocabulary | null = null;
const indexes = new WeakMap<EventDocument, PositionsIndex>();

export function actorHead(id: string, actors: ReadonlyMap<string, Actor>): ActorHead {
  const actor = actors.get(id);
  return actor ? { id, name: actor.name, role: actor.role, country: actor.country ?? null } : { id, name: id };
}

const eventDate = (e: SignalEvent) => e.date.start ?? "9999";

export function positionsIndex(doc: EventDocument): PositionsIndex {
  const cached = indexes.get(doc);
  if (cached) return cached;
  vocabulary ??= readVocabulary();
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const history = buildHistory(doc.events, {
    articles: doc.articles,
    actors: doc.actors,
    compatible: stanceCompatibility(vocabulary),
  });
  const present = new Set(history.topics);
  const columns: TopicHead[] = vocabulary.topics
    .filter((t) => present.has(t.id))
    .map((t) => ({ id: t.id, label: t.label, description: t.description }));
  const known = new Set(columns.map((t) => t.id));
  // A topic the extractor wrote that the vocabulary lacks still gets its column.
  for (const id of history.topics) if (!known.has(id)) columns.push({ id, label: id, description: "" });
  const eventsOf = new Map<string, SignalEvent[]>();
  for (const event of doc.events) {
    for (const id of new Set(event.actors.map((a) => a.id))) {
      let list = eventsOf.get(id);
      if (!list) eventsOf.set(id, (list = []));
      list.push(event);
    }
  }
  for (const list of eventsOf.values())
    list.sort((a, b) => (eventDate(a) < eventDate(b) ? -1 : eventDate(a) > eventDate(b) ? 1 : 0));
  const index: PositionsIndex = {
    history,
    rows: history.actors.map((id) => actorHead(id, actors)),
    columns,
    actors,
    articles: new Map(doc.articles.map((a) => [a.id, a])),
    events: new Map(doc.events.map((e) => [e.id, e])),
    eventsOf,
  };
  indexes.set(doc, index);
  return index;
}

export interface EvidenceView {
  event: string;
  summary: string;
  date: string;
  /** the event's date in words, at its precision */
  dateLabel: string;
  sentence: string;
  quote: string | null;
  basis: AttributionBasis;
  attributionText: string | null;
  speaker: ActorHead | null;
  article: { id: string; title: string; publisher: string; published: string | null; url: string };
}

export interface EntryView {
  stance: string;
  stanceId: string | null;
  firstDate: string;
  lastDate: string;
  firstLabel: string;
  lastLabel: string;
  shiftFrom: string[] | null;
  sources: number;
  bases: AttributionBasis[];
  evidence: EvidenceView[];
}

export interface CellHistoryDetail {
  actor: ActorHead;
  topic: TopicHead;
  entries: EntryView[];
}

function entryView(entry: StanceEntry, index: PositionsIndex): EntryView {
  const last = entry.points[entry.points.length - 1]!;
  return {
    stance: entry.stance,
    stanceId: entry.stanceId,
    firstDate: entry.firstDate,
    lastDate: entry.lastDate,
    firstLabel: entry.firstLabel,
    lastLabel: entry.lastLabel,
    shiftFrom: entry.shiftFrom,
    sources: last[1],
    bases: basesOf(last[2]),
    evidence: entry.evidence.map((ref) => {
      const event = index.events.get(ref.event)!;
      const source = event.sources[ref.source]!;
      const article = index.articles.get(ref.article);
      return {
        event: ref.event,
        summary: event.summary,
        date: ref.date,
        dateLabel: ref.dateLabel,
        sentence: source.sentence,
        quote: source.quote ?? null,
        basis: ref.basis,
        attributionText: source.attributionText ?? null,
        speaker: ref.speaker ? actorHead(ref.speaker, index.actors) : null,
        article: {
          id: ref.article,
          title: article?.title ?? ref.article,
          publisher: article?.publisher ?? "",
          published: article?.published ?? null,
          url: article?.url ?? "",
        },
      };
    }),
  };
}

export function cellHistory(doc: EventDocument, actor: string, topic: string): CellHistoryDetail | null {
  const index = positionsIndex(doc);
  const entries = index.history.cells[cellKey(actor, topic)];
  const column = index.columns.find((t) => t.id === topic);
  if (!entries || !column) return null;
  return { actor: actorHead(actor, index.actors), topic: column, entries: entries.map((e) => entryView(e, index)) };
}

export interface ActorProfile {
  actor: Actor;
  events: SignalEvent[];
  counterparts: { actor: ActorHead; events: number }[];
  /** articles that quote the actor on record, newest first, with the sentences */
  quotedIn: { article: ArticleMeta; sentences: string[] }[];
  positions: { topic: TopicHead; entries: EntryView[] }[];
}

const COUNTERPARTS = 12;

export function actorProfile(doc: EventDocument, id: string): ActorProfile | null {
  const index = positionsIndex(doc);
  const actor = index.actors.get(id);
  if (!actor) return null;
  const events = index.eventsOf.get(id) ?? [];
  const shared = new Map<string, number>();
  const quoted = new Map<string, string[]>();
  for (const event of events) {
    // Those it interacts with take part in an event beside it; an actor only named in the
    // sentence ("mentioned") interacts with no one there.
    const parties = new Set(partyIds(event.actors));
    if (parties.has(id)) for (const other of parties) if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
    for (const source of event.sources) {
      // An anonymous or outlet source "about" the actor does not quote them.
      if (source.speaker !== id || !namesSpeaker(source.attribution)) continue;
      const sentences = quoted.get(source.article) ?? [];
      if (!sentences.includes(source.sentence)) sentences.push(source.sentence);
      quoted.set(source.article, sentences);
    }
  }
  const counterparts = [...shared]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, COUNTERPARTS)
    .map(([other, count]) => ({ actor: actorHead(other, index.actors), events: count }));
  const quotedIn = [...quoted]
    .flatMap(([articleId, sentences]) => {
      const article = index.articles.get(articleId);
      return article ? [{ article, sentences }] : [];
    })
    .sort((a, b) => ((a.article.published ?? "") < (b.article.published ?? "") ? 1 : -1));
  const positions = index.columns.flatMap((topic) => {
    const entries = index.history.cells[cellKey(id, topic.id)];
    return entries ? [{ topic, entries: entries.map((e) => entryView(e, index)) }] : [];
  });
  return { actor, events, counterparts, quotedIn, positions };
}
