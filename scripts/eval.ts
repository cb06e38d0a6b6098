// npm run eval [-- --articles DIR] [--events FILE] [--gold FILE] [--verbose] [--json]
// Extracts a folder of articles in memory (default: content/articles; no cache, nothing written),
// or reads an existing event document with --events, and scores it against a gold file
// (default: the seed gold set). Prints one line per article, then the totals.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseEventDocument } from "../lib/corpus/readEvents";
import { parseGold, type GoldFile } from "../lib/eval/gold";
import { formatScore, scoreDocument, scoreJson } from "../lib/eval/score";
import type { EventDocument } from "../lib/model/schema";

function fail(message: string, code = 2): never {
  console.error(`eval: ${message}`);
  process.exit(code);
}

const root = path.resolve(import.meta.dirname, "..");
/** A file as the user finds it: relative to here when it lies below, else its full path. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : file;
}

let options;
try {
  options = parseArgs({
    options: {
      articles: { type: "string" },
      events: { type: "string" },
      gold: { type: "string" },
      verbose: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  }).values;
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
if (options.articles && options.events)
  fail("give --articles (extract and score) or --events (score a document), not both");

/** Reads a file the user named, or stops with its name. */
function readNamed(file: string, what: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) fail(`${shown(file)}: no such ${what} file`);
  return readFileSync(file, "utf8");
}

/**
 * Extracts a folder in memory as `npm run extract` would, without its cache or any file written.
 * The extractor is loaded only here: scoring an existing document needs none of it.
 */
async function extractFolder(dir: string): Promise<{ document: EventDocument; unusable: string[] }> {
  const [{ extractCorpus }, { readExtractionContext }, { readArticleSources }] = await Promise.all([
    import("../lib/extract/extractCorpus"),
    import("../lib/extract/extractionContext"),
    import("../lib/load/articleSources"),
  ]);
  const { ctx } = readExtractionContext(path.join(root, "content"));
  const { document, report } = extractCorpus(readArticleSources(dir), ctx);
  return { document, unusable: report.problems.map((p) => p.message) };
}

const goldFile = path.resolve(options.gold ?? path.join(root, "lib/eval/fixtures/seeds.gold.json"));
let gold: GoldFile;
let doc: EventDocument;
let unusable: string[] = [];
try {
  gold = parseGold(shown(goldFile), readNamed(goldFile, "gold"));
  if (options.events) {
    const eventsFile = path.resolve(options.events);
    doc = parseEventDocument(shown(eventsFile), readNamed(eventsFile, "event"));
  } else {
    const dir = path.resolve(options.articles ?? path.join(root, "content/articles"));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${shown(dir)}: no such folder`);
    ({ document: doc, unusable } = await extractFolder(dir));
  }
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

const score = scoreDocument(gold, doc);
console.log(options.json ? scoreJson(score, options.verbose) : formatScore(score, options.verbose));
// An unusable article is scored as missing its events; the run still fails, as extract's does.
for (const message of unusable) console.error(`eval: left out: ${message}`);
if (unusable.length) process.exit(1);
