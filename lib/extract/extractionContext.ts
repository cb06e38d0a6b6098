import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadGazetteer } from "../actors/gazetteer";
import { loadVocabulary } from "../positions/vocabulary";
import { loadLexicon } from "../signals/lexicon";
import type { ExtractionContext } from "./extractArticle";

const ROOT = path.resolve(import.meta.dirname, "../..");
// What runs for one article (cached per article): parsing, extracting, preparing the result as
// the cache stores it, and reading the context; and merging a group, whose text a later run
// copies from the document it wrote (writeEventFile) for as long as its members' keys hold.
const ENTRY_POINTS = [
  "lib/load/parseArticle.ts",
  "lib/extract/extractArticle.ts",
  "lib/extract/prepareArticle.ts",
  "lib/merge/mergeEvents.ts",
  "lib/actors/gazetteer.ts",
  "lib/positions/vocabulary.ts",
  "lib/signals/lexicon.ts",
];
// `import … from "x"`, `export … from "x"` and `import "x"`; type-only ones are erased at run time.
const IMPORT = /^\s*(?:import|export)\s+(type\s)?(?:[^"';]*?\sfrom\s*)?["']([^"']+)["']/gm;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), base].find((f) => existsSync(f)) ?? null;
}

/** The source files the entry points reach through relative and `@/` imports, sorted. */
export function extractionSources(entries: readonly string[] = ENTRY_POINTS): string[] {
  const seen = new Set<string>();
  const stack = entries.map((e) => path.join(ROOT, e));
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const [, typeOnly, specifier] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = typeOnly ? null : resolveImport(file, specifier!);
      if (target) stack.push(target);
    }
  }
  return [...seen].map((f) => path.relative(ROOT, f).split(path.sep).join("/")).sort();
}

/** Reads the gazetteer, position vocabulary and trigger lexicon from a content folder, with a hash of all that shapes extraction. */
export function readExtractionContext(contentDir: string): { ctx: ExtractionContext; hash: string } {
  const actorsFile = path.join(contentDir, "actors.json");
  const vocabularyFile = path.join(contentDir, "positions.json");
  const actorsText = readFileSync(actorsFile, "utf8");
  const vocabularyText = readFileSync(vocabularyFile, "utf8");
  const lexiconFile = path.join(contentDir, "triggers.json");
  const lexiconText = readFileSync(lexiconFile, "utf8");
  const hash = createHash("sha256").update(actorsText).update(vocabularyText).update(lexiconText);
  for (const file of extractionSources())
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(ROOT, file)));
  return {
    ctx: {
      gazetteer: loadGazetteer(JSON.parse(actorsText), actorsFile),
      vocabulary: loadVocabulary(JSON.parse(vocabularyText), vocabularyFile),
      lexicon: loadLexicon(JSON.parse(lexiconText), lexiconFile),
    },
    hash: hash.digest("hex"),
  };
}
