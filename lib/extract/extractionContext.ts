import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadGazetteer } from "../actors/gazetteer";
import { loadVocabulary } from "../positions/vocabulary";
import type { ExtractionContext } from "./extractArticle";

const LIB = path.resolve(import.meta.dirname, "..");
// Every stage whose code shapes an article's result; a change to any of them invalidates the cache.
const STAGES = [
  "load",
  "clean",
  "sentences",
  "dates",
  "actors",
  "signals",
  "attribution",
  "positions",
  "extract",
  "model",
];

function hashSources(hash: ReturnType<typeof createHash>) {
  for (const stage of STAGES) {
    const dir = path.join(LIB, stage);
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))
        .sort();
    } catch {
      continue;
    }
    for (const n of names) hash.update(n).update(readFileSync(path.join(dir, n)));
  }
}

/** Reads the gazetteer and position vocabulary from a content folder, with a hash of all that shapes extraction. */
export function readExtractionContext(contentDir: string): { ctx: ExtractionContext; hash: string } {
  const actorsFile = path.join(contentDir, "actors.json");
  const vocabularyFile = path.join(contentDir, "positions.json");
  const actorsText = readFileSync(actorsFile, "utf8");
  const vocabularyText = readFileSync(vocabularyFile, "utf8");
  const hash = createHash("sha256").update(actorsText).update(vocabularyText);
  hashSources(hash);
  return {
    ctx: {
      gazetteer: loadGazetteer(JSON.parse(actorsText), actorsFile),
      vocabulary: loadVocabulary(JSON.parse(vocabularyText), vocabularyFile),
    },
    hash: hash.digest("hex"),
  };
}
