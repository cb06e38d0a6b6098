import path from "node:path";
import { loadCorpus, type CorpusLoad } from "../load/loadCorpus";

/** The committed corpus the dashboard shows out of the box. */
export const CONTENT_DIR = path.join(process.cwd(), "content");
export const ARTICLES_DIR = path.join(CONTENT_DIR, "articles");

export function readCorpus(): CorpusLoad {
  return loadCorpus(ARTICLES_DIR);
}
