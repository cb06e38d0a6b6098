import { hash } from "node:crypto";
import { stateOfPerson } from "../actors/gazetteer";
import { ArticleProblem } from "../load/articleProblem";
import type { ArticleSource } from "../load/articleSources";
import { parseArticle } from "../load/parseArticle";
import { groupMentions } from "../merge/groupMentions";
import { mergedDate, mergeGroup } from "../merge/mergeEvents";
import { MergeKeyTable } from "../merge/mergeKeys";
import { compareIds } from "../model/compareIds";
import type { Actor, ArticleMeta, EventDocument, SignalEvent } from "../model/schema";
import { extractArticle, type ExtractionContext } from "./extractArticle";
import { MentionStore } from "./mentionStore";
import { prepareArticle, type FreshMention, type PreparedArticle } from "./prepareArticle";
import { eventText, SchemaBreach } from "./writeEventDocument";

/** Per-article results keyed by a hash of the article text and everything that shapes extraction. */
export interface ExtractionCache {
  get(key: string): PreparedArticle | undefined;
  /**
   * Keeps an article's results; may give them back as kept (texts pointed at where the cache
   * holds them), for the run to hold them once
   */
  set(key: string, value: PreparedArticle<FreshMention>): PreparedArticle | void;
  /** called once every article has been read: what was set must be kept by then */
  close?(): void;
  /** the key of the article whose source had this stamp (ArticleSource.stamp) when last read */
  keyOf?(stamp: string): string | undefined;
  /** notes the key of the article whose source has this stamp, for the next run */
  stamp?(stamp: string, key: string): void;
}

export interface CorpusReport {
  problems: ArticleProblem[];
  articles: number;
  warnings: { article: string; message: string }[];
  /** Names no actor was found for, most mentioned first, with a few example sentences each. */
  unknownActors: { name: string; articles: string[]; mentions: number; sentences: string[] }[];
  fromCache: number;
}

/** Keyed on the file's raw text, so a cached article is not even parsed again. */
export function articleCacheKey(source: ArticleSource, contextHash: string): string {
  return hash("sha1", `${contextHash}\0${source.file}\0${source.text}`, "hex");
}

/** Example sentences kept for each unknown name: enough to judge it by, whatever the corpus size. */
const UNKNOWN_EXAMPLES = 3;

/** The fields of an actor the event document carries (gazetteer entries hold more: titles, spans). */
function documentActor(a: Actor): Actor {
  return { id: a.id, name: a.name, kind: a.kind, country: a.country ?? null, role: a.role, aliases: a.aliases };
}

export interface CorpusOptions {
  cache?: ExtractionCache;
  /** `contextHash` must change whenever the extractor, gazetteer or vocabulary change. */
  contextHash?: string;
  generatedFrom?: string;
  /** where mention text past the memory budget is spilled (see MentionStore) */
  mentions?: ConstructorParameters<typeof MentionStore>[0];
}

/** One merged event of a corpus run, as `eachEvent` gives it. */
export interface RunEvent {
  /** how many sources it lists: a merged event lists every source of its members (mergeGroup) */
  sources: number;
  /**
   * The mentions it merges, each as its article's cache key and its place in the article: its
   * text is a function of these alone, so an event of an earlier run with the same identity
   * has the same text.
   */
  identity(): string;
  /** its text as the document prints it (eventText), read or merged when asked; valid until the next event */
  text(): Uint8Array;
}

/** A corpus read and its mentions grouped: the document's head, and its events one at a time. */
export interface CorpusRun {
  head: Omit<EventDocument, "events">;
  report: CorpusReport;
  /** how many merged events `eachEvent` gives */
  events: number;
  /** Gives the merged events in the document's order (by date, then id), once; then frees the mentions. */
  eachEvent(visit: (event: RunEvent) => void): void;
}

/**
 * Extracts every article (read lazily, so a large corpus is never in memory whole) and groups
 * the mentions of one event across articles. What stays in memory through the run is each
 * mention's merge key; the mentions themselves wait as text, on disk past a budget, until their
 * group is assembled, so memory stays flat however large the corpus.
 */
export function readCorpus(
  sources: Iterable<ArticleSource | ArticleProblem>,
  ctx: ExtractionContext,
  options: CorpusOptions = {},
): CorpusRun {
  const { cache } = options;
  const contextHash = options.contextHash ?? "";
  let fromCache = 0;
  const store = new MentionStore(options.mentions);
  const articles: ArticleMeta[] = [];
  let keys = new MergeKeyTable();
  const sourceCounts: number[] = [];
  // Each mention's article (by its cache key) and place in it: what names an event across runs.
  const articleKeys: string[] = [];
  const mentionArticle: number[] = [];
  const mentionPlace: number[] = [];
  const used = new Set<string>();
  const problems: ArticleProblem[] = [];
  const unknown = new Map<string, { articles: Set<string>; mentions: number; sentences: string[] }>();
  // Actors articles introduced (titled people, organisations), merged by id across articles.
  const discovered = new Map<string, Actor>();
  try {
    for (const source of sources) {
      if (source instanceof ArticleProblem) {
        problems.push(source);
        continue;
      }
      // A stamp names one version of one file, read with this context: the key it had then is its key now.
      const stamp = source.stamp === undefined ? undefined : `${contextHash}\0${source.file}\0${source.stamp}`;
      const known = stamp === undefined ? undefined : cache?.keyOf?.(stamp);
      let result = known === undefined ? undefined : cache?.get(known);
      let key: string;
      if (known !== undefined && result) key = known;
      else {
        try {
          key = articleCacheKey(source, contextHash);
        } catch (err) {
          if (!(err instanceof ArticleProblem)) throw err;
          problems.push(err);
          continue;
        }
        result = cache?.get(key);
      }
      if (stamp !== undefined) cache?.stamp?.(stamp, key);
      if (result) fromCache++;
      else {
        let fresh: PreparedArticle<FreshMention>;
        try {
          fresh = prepareArticle(extractArticle(parseArticle(source.file, source.text), ctx));
        } catch (err) {
          if (err instanceof SchemaBreach) throw err;
          problems.push(
            err instanceof ArticleProblem
              ? err
              : new ArticleProblem(source.file, null, err instanceof Error ? err.message : String(err)),
          );
          continue;
        }
        result = cache?.set(key, fresh) ?? fresh;
      }
      articles.push(result.article);
      result.mentions.forEach((m, place) => {
        keys.push(m.key);
        store.add(m.text);
        sourceCounts.push(m.sources);
        mentionArticle.push(articleKeys.length);
        mentionPlace.push(place);
      });
      articleKeys.push(key);
      for (const id of result.actorIds) used.add(id);
      for (const a of result.discoveredActors ?? []) {
        const known = discovered.get(a.id);
        if (known) known.aliases = [...new Set([...known.aliases, ...a.aliases])];
        else discovered.set(a.id, documentActor(a));
      }
      for (const u of result.unknownActors) {
        const entry = unknown.get(u.name) ?? { articles: new Set<string>(), mentions: 0, sentences: [] };
        entry.articles.add(result.article.id);
        entry.mentions += u.sentences.length;
        // A copy: a slice would keep the whole article's text alive.
        for (const s of u.sentences.slice(0, UNKNOWN_EXAMPLES - entry.sentences.length))
          entry.sentences.push(JSON.parse(JSON.stringify(s)) as string);
        unknown.set(u.name, entry);
      }
    }
  } catch (err) {
    store.close();
    throw err;
  } finally {
    cache?.close?.();
  }

  // The document's order, known from the keys alone: a group's date is the best of its members'
  // and its id its earliest-published member's.
  const partyOf = (id: string) => stateOfPerson(ctx.gazetteer, ctx.gazetteer.byId.get(id) ?? discovered.get(id));
  const groups = groupMentions(keys, partyOf)
    .map((members) => {
      const memberKeys = members.map((i) => keys.at(i)!);
      const published = memberKeys.map((k) => k.published);
      return { members, published, start: mergedDate(memberKeys).start, id: memberKeys[0]!.id };
    })
    .sort((a, b) => compareIds(a.start ?? "9999", b.start ?? "9999") || compareIds(a.id, b.id));
  keys = new MergeKeyTable();
  const actors: Actor[] = [...used]
    .map((id) => ctx.gazetteer.byId.get(id) ?? discovered.get(id))
    .filter((a): a is NonNullable<typeof a> => !!a)
    .map(documentActor)
    .sort((a, b) => compareIds(a.id, b.id));

  let given = false;
  return {
    head: {
      schemaVersion: 1,
      ...(options.generatedFrom ? { generatedFrom: options.generatedFrom } : {}),
      articles: articles.sort((a, b) => compareIds(a.published ?? "", b.published ?? "") || compareIds(a.id, b.id)),
      actors,
    },
    report: {
      problems,
      articles: articles.length,
      warnings: articles.flatMap((a) => a.warnings.map((message) => ({ article: a.id, message }))),
      unknownActors: [...unknown.entries()]
        .map(([name, e]) => ({ name, articles: [...e.articles].sort(), mentions: e.mentions, sentences: e.sentences }))
        .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
      fromCache,
    },
    events: groups.length,
    eachEvent(visit) {
      if (given) throw new Error("a corpus run's events can be read once");
      given = true;
      const identity = (i: number) => `${articleKeys[mentionArticle[i]!]!}/${mentionPlace[i]!}`;
      try {
        groups.forEach(({ members, published }, k) => {
          const single = members.length === 1;
          visit({
            sources: members.reduce((n, i) => n + sourceCounts[i]!, 0),
            identity: () => (single ? identity(members[0]!) : members.map(identity).join(" ")),
            text: () => {
              if (single) return store.get(members[0]!);
              const merged = mergeGroup(
                members.map((i) => JSON.parse(store.get(i).toString("utf8")) as SignalEvent),
                published,
              );
              return Buffer.from(eventText(merged, ["events", String(k)]), "utf8");
            },
          });
        });
      } finally {
        store.close();
      }
    },
  };
}

/** The whole normalised document in memory: for a corpus of a few thousand articles at most. */
export function extractCorpus(
  sources: Iterable<ArticleSource | ArticleProblem>,
  ctx: ExtractionContext,
  options: CorpusOptions = {},
): { document: EventDocument; report: CorpusReport } {
  const run = readCorpus(sources, ctx, options);
  const events: SignalEvent[] = [];
  const utf8 = new TextDecoder();
  run.eachEvent((event) => events.push(JSON.parse(utf8.decode(event.text())) as SignalEvent));
  return { document: { ...run.head, events }, report: run.report };
}
