import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { compareIds } from "../model/compareIds";
import { ArticleProblem } from "./articleProblem";
import { articleIdFromFile } from "./parseArticle";

/** An article file's name (as shown to the user) and its text, not yet parsed. */
export interface ArticleSource {
  file: string;
  /** the file's text (read from disk when first asked: a problem naming the file if it cannot be) */
  readonly text: string;
  /**
   * What tells this version of the file from any other without reading it (size, times, inode),
   * when asked for and the file has not changed in the last few seconds: see `readArticleSources`
   */
  stamp?: string;
}

/**
 * A file changed this recently may change again within the resolution of its timestamps while
 * keeping its size, so it gets no stamp and is always read (git's "racy clean" files).
 */
const SETTLED_MS = 2000;

/** An article file whose text is read once, when first asked for. */
class ArticleFile implements ArticleSource {
  private read: string | undefined;

  constructor(
    readonly file: string,
    private readonly full: string,
    readonly stamp?: string,
  ) {}

  get text(): string {
    try {
      return (this.read ??= readFileSync(this.full, "utf8"));
    } catch (err) {
      throw new ArticleProblem(this.file, null, `cannot be read (${err instanceof Error ? err.message : String(err)})`);
    }
  }
}

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

/**
 * A folder's article files, one at a time, in name order, so a large corpus is never held in
 * memory whole; each file's text is read when first asked for. A file whose id clashes with an
 * earlier file's comes out as a problem naming it. With `stamps`, each file that has not changed
 * for a few seconds carries a stamp of its size, times and inode: a run that has seen the same
 * stamp can reuse what it made of the file without reading it, as git's index does.
 */
export function* readArticleSources(
  dir: string,
  displayRoot = process.cwd(),
  options: { stamps?: boolean } = {},
): Generator<ArticleSource | ArticleProblem> {
  // The entries' types come with the listing: a stat per file costs a system call each.
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => ARTICLE_FILE.test(e.name) && !e.name.startsWith("."))
    .sort((a, b) => compareIds(a.name, b.name));
  const seen = new Map<string, string>();
  const now = Date.now();
  for (const entry of entries) {
    const name = entry.name;
    const full = path.join(dir, name);
    const shown = path.relative(displayRoot, full) || name;
    let stamp: string | undefined;
    try {
      const stat = options.stamps || entry.isSymbolicLink() ? statSync(full) : null;
      if (!(entry.isFile() || (entry.isSymbolicLink() && stat!.isFile()))) continue;
      if (stat && now - Math.max(stat.mtimeMs, stat.ctimeMs) > SETTLED_MS)
        stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${stat.dev}`;
    } catch (err) {
      yield new ArticleProblem(shown, null, `cannot be read (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    const id = articleIdFromFile(shown);
    const clash = seen.get(id);
    if (clash) {
      yield new ArticleProblem(shown, null, `has the same id "${id}" as ${clash}: rename one of them`);
      continue;
    }
    seen.set(id, shown);
    yield new ArticleFile(shown, full, options.stamps ? stamp : undefined);
  }
}
