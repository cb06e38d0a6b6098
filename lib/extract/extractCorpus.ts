import { createHash } from "node:crypto";
import { ArticleProblem } from "../load/articleProblem";
import type { ArticleSource } from "../load/articleSources";
import { parseArticle } from "../load/parseArticle";
import { mergeEvents } from "../merge/mergeEvents";
import type { Actor, EventDocument } from "../model/schema";
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
  unknownActors: { name: string; articles: string[]; sentences: string[] }[];
  fromCache: number;
}

/** Keyed on the file's raw text, so a cached article is not even parsed again. */
export function articleCacheKey(source: ArticleSource, contextHash: string): string {
  return createHash("sha256")
    .update(contextHash)
    .update("\0")
    .update(source.file)
    .update("\0")
    .update(source.text)
    .digest("hex");
}

const byDateThenId = (a: EventDocument["events"][number], b: EventDocument["events"][number]) =>
  (a.date.start ?? "9999").localeCompare(b.date.start ?? "9999") || a.id.localeCompare(b.id);

/**
 * Extracts every article (read lazily, so a large corpus is never in memory whole), merges mentions of one event across articles and assembles the
 * normalised document. `contextHash` must change whenever the extractor, gazetteer or
 * vocabulary change, so that cached article results are never stale.
 */
export function extractCorpus(
  sources: Iterable<ArticleSource | ArticleProblem>,
  ctx: ExtractionContext,
  options: { cache?: ExtractionCache; contextHash?: string; generatedFrom?: string } = {},
): { document: EventDocument; report: CorpusReport } {
  let fromCache = 0;
  const results: ArticleExtraction[] = [];
  const problems: ArticleProblem[] = [];
  for (const source of sources) {
    if (source instanceof ArticleProblem) {
      problems.push(source);
      continue;
    }
    const key = options.cache && options.contextHash ? articleCacheKey(source, options.contextHash) : null;
    const cached = key ? options.cache!.get(key) : undefined;
    if (cached) {
      fromCache++;
      results.push(cached);
      continue;
    }
    try {
      const result = extractArticle(parseArticle(source.file, source.text), ctx);
      if (key) options.cache!.set(key, result);
      results.push(result);
    } catch (err) {
      problems.push(
        err instanceof ArticleProblem
          ? err
          : new ArticleProblem(source.file, null, err instanceof Error ? err.message : String(err)),
      );
    }
  }

  const events = mergeEvents(results.flatMap((r) => r.mentions)).sort(byDateThenId);
  const used = new Set(
    events.flatMap((e) => [
      ...e.actors.map((a) => a.id),
      ...e.positions.map((p) => p.actor),
      ...e.sources.flatMap((s) => (s.speaker ? [s.speaker] : [])),
    ]),
  );
  const actors: Actor[] = [...used]
    .map((id) => ctx.gazetteer.byId.get(id))
    .filter((a): a is NonNullable<typeof a> => !!a)
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      country: a.country ?? null,
      role: a.role,
      aliases: a.aliases,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const unknown = new Map<string, { articles: Set<string>; sentences: string[] }>();
  for (const r of results) {
    for (const u of r.unknownActors) {
      const entry = unknown.get(u.name) ?? { articles: new Set<string>(), sentences: [] };
      entry.articles.add(r.article.id);
      entry.sentences.push(...u.sentences);
      unknown.set(u.name, entry);
    }
  }

  return {
    document: {
      schemaVersion: 1,
      ...(options.generatedFrom ? { generatedFrom: options.generatedFrom } : {}),
      articles: results
        .map((r) => r.article)
        .sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.id.localeCompare(b.id)),
      actors,
      events,
    },
    report: {
      problems,
      articles: results.length,
      warnings: results.flatMap((r) => r.article.warnings.map((message) => ({ article: r.article.id, message }))),
      unknownActors: [...unknown.entries()]
        .map(([name, e]) => ({ name, articles: [...e.articles].sort(), sentences: e.sentences }))
        .sort((a, b) => b.sentences.length - a.sentences.length || a.name.localeCompare(b.name)),
      fromCache,
    },
  };
}
