import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ArticleExtraction } from "./extractArticle";
import type { ExtractionCache } from "./extractCorpus";

/** Article results on disk, one JSON file per content hash; a corrupt entry is just a miss. */
export function fileCache(dir: string): ExtractionCache {
  mkdirSync(dir, { recursive: true });
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(path.join(dir, `${key}.json`), "utf8")) as ArticleExtraction;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const file = path.join(dir, `${key}.json`);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    },
  };
}
