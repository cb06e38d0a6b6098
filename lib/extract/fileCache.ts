import { readFileSync } from "node:fs";
import path from "node:path";
import type { ExtractionCache } from "./extractCorpus";
import { decodePrepared, encodePrepared } from "./prepareArticle";
import { writeAtomically } from "./writeAtomically";

/** Article results on disk, one file per content hash; a corrupt entry is just a miss. */
export function fileCache(dir: string): ExtractionCache {
  return {
    get(key) {
      try {
        return decodePrepared(readFileSync(path.join(dir, `${key}.bin`))) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      writeAtomically(path.join(dir, `${key}.bin`), encodePrepared(value));
    },
  };
}
