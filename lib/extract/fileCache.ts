import { readFileSync } from "node:fs";
import path from "node:path";
import type { ArticleExtraction } from "./extractArticle";
import type { ExtractionCache } from "./extractCorpus";
import { writeAtomically } from "./writeAtomically";

/** Article results on disk, one JSON file per content hash; a corrupt entry is just a miss. */
export function fileCache(dir: string): ExtractionCache {
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(path.join(dir, `${key}.json`), "utf8")) as ArticleExtraction;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      writeAtomically(path.join(dir, `${key}.json`), JSON.stringify(value));
    },
  };
}
