import type { ArticleMeta, Source } from "../model/schema";
import { shownSources } from "./filter";

export interface ArticleEvents {
  article: ArticleMeta;
  /** events read from the article that the view shows */
  shown: number;
  /** all events read from it */
  total: number;
}

type Sourced = { sources: readonly Pick<Source, "article" | "attribution">[] };

const countByArticle = (events: readonly Sourced[], onRecordOnly: boolean) => {
  const counts = new Map<string, number>();
  for (const e of events)
    for (const id of new Set(shownSources(e.sources, onRecordOnly).map((s) => s.article)))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
};

/** The articles newest first with how many events each has: built once per event list. */
export interface ArticleIndex {
  articles: readonly ArticleMeta[];
  totals: ReadonlyMap<string, number>;
}

export function indexArticles(articles: readonly ArticleMeta[], all: readonly Sourced[]): ArticleIndex {
  const key = (a: ArticleMeta) => a.published ?? "";
  // Plain comparisons: thousands of ISO dates and ids need no locale.
  const sorted = [...articles].sort((a, b) =>
    key(a) !== key(b) ? (key(a) < key(b) ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return { articles: sorted, totals: countByArticle(all, false) };
}

/**
 * The corpus's articles, newest first, with how many of their events there are and how many the
 * filtered view shows. With "On record only" an event counts for an article only through an
 * on-record source from it, as the filter lets it through.
 */
export function articleEvents(index: ArticleIndex, shown: readonly Sourced[], onRecordOnly: boolean): ArticleEvents[] {
  const shownCounts = countByArticle(shown, onRecordOnly);
  return index.articles.map((article) => ({
    article,
    shown: shownCounts.get(article.id) ?? 0,
    total: index.totals.get(article.id) ?? 0,
  }));
}

/** The newest publication day in the corpus: what the data is as of. */
export function dataAsOf(articles: readonly Pick<ArticleMeta, "published">[]): string | null {
  let newest: string | null = null;
  for (const a of articles) if (a.published && (newest === null || a.published > newest)) newest = a.published;
  return newest;
}
