import { createHash } from "node:crypto";
import { ArticleProblem } from "../load/articleProblem";
import type { ArticleSource } from "../load/articleSources";
import { parseArticle } from "../load/parseArticle";
import { groupMentions, MergedEventBuilder, mergeKeyMaker, type MergeKey } from "../merge/mergeEvents";
import { compareIds } from "../model/compareIds";
import type { Actor, ArticleMeta, EventDocument } from "../model/schema";
import { extractArticle, type ArticleExtraction, type ExtractionContext } from "./extractArticle";

/** Per-article results keyed by a hash of the article text and everything that shapes extraction. */
export interface ExtractionCache {
  get(key: string): ArticleExtraction | undefined;
  set(key: string, value: ArticleExtraction): void;
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
  return createHash("sha1")
    .update(contextHash)
    .update("\0")
    .update(source.file)
    .update("\0")
    .update(source.text)
    .digest("hex");
}

/**
 * Article results held in memory until events are assembled; the rest are read back one at a
 * time. Each holds its article's text, so a few hundred are what a large corpus can afford.
 */
const KEEP_IN_MEMORY = 1000;
/** Example sentences kept for each unknown name: enough to judge it by, whatever the corpus size. */
const UNKNOWN_EXAMPLES = 3;

/** The fields of an actor the event document carries (gazetteer entries hold more: titles, spans). */
function documentActor(a: Actor): Actor {
  return { id: a.id, name: a.name, kind: a.kind, country: a.country ?? null, role: a.role, aliases: a.aliases };
}

const byDateThenId = (a: EventDocument["events"][number], b: EventDocument["events"][number]) =>
  compareIds(a.date.start ?? "9999", b.date.start ?? "9999") || compareIds(a.id, b.id);

/**
 * Extracts every article (read lazily, so a large corpus is never in memory whole), merges mentions of one event across articles and assembles the
 * normalised document. `contextHash` must change whenever the extractor, gazetteer or
 * vocabulary change, so that cached article results are never stale.
 */
export function extractCorpus(
  sources: Iterable<ArticleSource | ArticleProblem>,
  ctx: ExtractionContext,
  options: {
    cache?: ExtractionCache;
    /** Without a cache, where results past those kept in memory go; asked for only then. */
    spill?: () => ExtractionCache;
    contextHash?: string;
    generatedFrom?: string;
    /** How many results stay in memory when the rest can be read back (KEEP_IN_MEMORY). */
    keepInMemory?: number;
  } = {},
): { document: EventDocument; report: CorpusReport } {
  const { cache, keepInMemory = KEEP_IN_MEMORY } = options;
  const contextHash = options.contextHash ?? "";
  let fromCache = 0;
  const stored: string[] = [];
  // The first KEEP_IN_MEMORY results stay at hand; each later one is read back when events are
  // assembled, from the cache or else the spill store, so memory stays flat however large the
  // corpus. With neither, every result stays in memory.
  const kept: ArticleExtraction[] = [];
  const readsBack = !!(cache ?? options.spill);
  let spill: ExtractionCache | undefined;
  const articles: ArticleMeta[] = [];
  const keys: MergeKey[] = [];
  const mergeKey = mergeKeyMaker();
  const problems: ArticleProblem[] = [];
  const unknown = new Map<string, { articles: Set<string>; mentions: number; sentences: string[] }>();
  // Actors articles introduced (titled people, organisations), merged by id across articles.
  const discovered = new Map<string, Actor>();
  for (const source of sources) {
    if (source instanceof ArticleProblem) {
      problems.push(source);
      continue;
    }
    const key = articleCacheKey(source, contextHash);
    let result = cache?.get(key);
    if (result) fromCache++;
    else {
      try {
        result = extractArticle(parseArticle(source.file, source.text), ctx);
      } catch (err) {
        problems.push(
          err instanceof ArticleProblem
            ? err
            : new ArticleProblem(source.file, null, err instanceof Error ? err.message : String(err)),
        );
        continue;
      }
      cache?.set(key, result);
    }
    stored.push(key);
    if (kept.length < keepInMemory || !readsBack) kept.push(result);
    else if (!cache) (spill ??= options.spill!()).set(key, result);
    articles.push(result.article);
    keys.push(...result.mentions.map(mergeKey));
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

  const groups = groupMentions(keys);
  const place = new Map<number, { builder: MergedEventBuilder; rank: number }>();
  const builders = groups.map((g) => {
    const builder = new MergedEventBuilder(g.length);
    g.forEach((k, rank) => place.set(k, { builder, rank }));
    return builder;
  });
  let k = 0;
  for (const [i, key] of stored.entries()) {
    for (const m of (kept[i] ?? (cache ?? spill)!.get(key)!).mentions) {
      const { builder, rank } = place.get(k++)!;
      builder.add(rank, m.event);
    }
  }
  const events = builders.map((b) => b.build()).sort(byDateThenId);
  const used = new Set(
    events.flatMap((e) => [
      ...e.actors.map((a) => a.id),
      ...e.positions.map((p) => p.actor),
      ...e.sources.flatMap((s) => (s.speaker ? [s.speaker] : [])),
    ]),
  );
  const actors: Actor[] = [...used]
    .map((id) => ctx.gazetteer.byId.get(id) ?? discovered.get(id))
    .filter((a): a is NonNullable<typeof a> => !!a)
    .map(documentActor)
    .sort((a, b) => compareIds(a.id, b.id));

  return {
    document: {
      schemaVersion: 1,
      ...(options.generatedFrom ? { generatedFrom: options.generatedFrom } : {}),
      articles: articles.sort((a, b) => compareIds(a.published ?? "", b.published ?? "") || compareIds(a.id, b.id)),
      actors,
      events,
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
  };
}
