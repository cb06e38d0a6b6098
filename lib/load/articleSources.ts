import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { compareIds } from "../model/compareIds";
import { ArticleProblem } from "./articleProblem";
import { articleIdFromFile } from "./parseArticle";

/** An article file's name (as shown to the user) and its text, not yet parsed. */
export interface ArticleSource {
  file: string;
  text: string;
}

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

/**
 * Reads a folder's article files one at a time, in name order, so a large corpus is never
 * held in memory whole. A file that cannot be read, or whose id clashes with an earlier
 * file's, comes out as a problem naming it.
 */
export function* readArticleSources(
  dir: string,
  displayRoot = process.cwd(),
): Generator<ArticleSource | ArticleProblem> {
  // The entries' types come with the listing: a stat per file costs a system call each.
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => ARTICLE_FILE.test(e.name) && !e.name.startsWith("."))
    .sort((a, b) => compareIds(a.name, b.name));
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const name = entry.name;
    const full = path.join(dir, name);
    const shown = path.relative(displayRoot, full) || name;
    try {
      if (!(entry.isFile() || (entry.isSymbolicLink() && statSync(full).isFile()))) continue;
      const id = articleIdFromFile(shown);
      const clash = seen.get(id);
      if (clash) {
        yield new ArticleProblem(shown, null, `has the same id "${id}" as ${clash}: rename one of them`);
        continue;
      }
      seen.set(id, shown);
      yield { file: shown, text: readFileSync(full, "utf8") };
    } catch (err) {
      yield new ArticleProblem(shown, null, `cannot be read (${err instanceof Error ? err.message : String(err)})`);
    }
  }
}
