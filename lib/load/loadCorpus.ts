import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ArticleProblem } from "./articleProblem";
import { parseArticle, type LoadedArticle } from "./parseArticle";

export interface CorpusLoad {
  articles: LoadedArticle[];
  problems: ArticleProblem[];
}

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

/**
 * Loads every article in a folder. One unreadable article becomes a problem naming its file;
 * the others still load. Files are read in name order so that output is stable.
 */
export function loadCorpus(dir: string, displayRoot = process.cwd()): CorpusLoad {
  const articles: LoadedArticle[] = [];
  const problems: ArticleProblem[] = [];
  const names = readdirSync(dir)
    .filter((n) => ARTICLE_FILE.test(n) && !n.startsWith("."))
    .sort();
  const seen = new Map<string, string>();
  for (const name of names) {
    const full = path.join(dir, name);
    const shown = path.relative(displayRoot, full) || name;
    try {
      if (!statSync(full).isFile()) continue;
      const article = parseArticle(shown, readFileSync(full, "utf8"));
      const clash = seen.get(article.id);
      if (clash)
        throw new ArticleProblem(shown, null, `has the same id "${article.id}" as ${clash}: rename one of them`);
      seen.set(article.id, shown);
      articles.push(article);
    } catch (err) {
      problems.push(
        err instanceof ArticleProblem
          ? err
          : new ArticleProblem(shown, null, err instanceof Error ? err.message : String(err)),
      );
    }
  }
  return { articles, problems };
}
