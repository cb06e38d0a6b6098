import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticle, type LoadedArticle } from "../load/parseArticle";

/** The committed articles, read the way the loader reads them: tests use real scraped bodies. */
const dir = path.join(import.meta.dirname, "../../content/articles");

export const articleFiles = readdirSync(dir).filter((f) => f.endsWith(".md"));

export function article(fileStart: string): LoadedArticle {
  const file = articleFiles.find((f) => f.includes(fileStart));
  if (!file) throw new Error(`no article matching ${fileStart}`);
  return parseArticle(file, readFileSync(path.join(dir, file), "utf8"));
}
