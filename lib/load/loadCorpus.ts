import { ArticleProblem } from "./articleProblem";
import { readArticleSources } from "./articleSources";
import { parseArticle, type LoadedArticle } from "./parseArticle";

export interface CorpusLoad {
  articles: LoadedArticle[];
  problems: ArticleProblem[];
}

/**
 * Loads every article in a folder. One unreadable article becomes a problem naming its file;
 * the others still load. Files are read in name order so that output is stable.
 */
export function loadCorpus(dir: string, displayRoot = process.cwd()): CorpusLoad {
  const articles: LoadedArticle[] = [];
  const problems: ArticleProblem[] = [];
  for (const source of readArticleSources(dir, displayRoot)) {
    if (source instanceof ArticleProblem) {
      problems.push(source);
      continue;
    }
    try {
      articles.push(parseArticle(source.file, source.text));
    } catch (err) {
      problems.push(
        err instanceof ArticleProblem
          ? err
          : new ArticleProblem(source.file, null, err instanceof Error ? err.message : String(err)),
      );
    }
  }
  return { articles, problems };
}
