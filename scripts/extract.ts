// npm run extract [-- --in DIR --out FILE] [--check] [--no-cache]
// Reads a folder of articles, extracts the normalised event document and writes it atomically.
// One bad article never stops the others; the exit code is non-zero only when input was unusable.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readCorpus, type CorpusRun } from "../lib/extract/extractCorpus";
import { readExtractionContext } from "../lib/extract/extractionContext";
import { fileCache } from "../lib/extract/fileCache";
import { keepHeapNearLiveSize } from "../lib/extract/leanHeap";
import { SchemaBreach, writeEventDocument } from "../lib/extract/writeEventDocument";
import { writeEventFile } from "../lib/extract/writeEventFile";
import { readArticleSources } from "../lib/load/articleSources";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const root = path.resolve(import.meta.dirname, "..");
const inDir = path.resolve(option("--in", path.join(root, "content/articles")));
const outFile = path.resolve(option("--out", path.join(root, "content/events.json")));
const check = args.includes("--check");
const cacheDir = args.includes("--no-cache") ? undefined : path.join(root, ".extract-cache");

function fail(message: string, code = 1): never {
  console.error(`extract: ${message}`);
  process.exit(code);
}

if (!existsSync(inDir)) fail(`${path.relative(process.cwd(), inDir) || inDir}: no such folder`);

let context: ReturnType<typeof readExtractionContext>;
try {
  context = readExtractionContext(path.join(root, "content"));
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

keepHeapNearLiveSize();
const started = performance.now();
const shownOut = path.relative(process.cwd(), outFile) || outFile;
let run: CorpusRun;
try {
  run = readCorpus(readArticleSources(inDir, undefined, { stamps: !!cacheDir }), context.ctx, {
    ...(cacheDir ? { cache: fileCache(cacheDir) } : {}),
    contextHash: context.hash,
    generatedFrom: path.relative(root, inDir).split(path.sep).join("/") || ".",
  });
} catch (err) {
  if (err instanceof SchemaBreach) fail(`internal error: ${err.message}`, 2);
  fail(err instanceof Error ? err.message : String(err));
}
const { report } = run;

// The document is written one event at a time, so a large corpus is never one string in memory.
let written: ReturnType<typeof writeEventDocument>;
try {
  if (check) {
    const parts: Buffer[] = [];
    written = writeEventDocument(run, (piece) => parts.push(Buffer.from(piece)));
    const current = existsSync(outFile) ? readFileSync(outFile) : Buffer.alloc(0);
    if (!current.equals(Buffer.concat(parts)))
      fail(
        `${shownOut} is out of date with ${path.relative(process.cwd(), inDir)}: run \`npm run extract\` and commit the result`,
      );
    console.log(`extract --check: ${shownOut} is up to date (${written.events} events).`);
    process.exit(0);
  }
  written = writeEventFile(run, outFile, cacheDir);
} catch (err) {
  if (err instanceof SchemaBreach) fail(`internal error: ${err.message}`, 2);
  fail(`cannot write ${shownOut}: ${err instanceof Error ? err.message : String(err)}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `extract: ${report.articles} articles → ${written!.events} events (${written!.mentions} mentions merged), ` +
    `${report.warnings.length} warnings, ${report.unknownActors.length} unknown names, ${report.fromCache} from cache, ${seconds}s → ${shownOut}`,
);
for (const w of report.warnings) console.log(`  warning: ${w.article}: ${w.message}`);
if (report.unknownActors.length) {
  console.log("  unknown names (add to content/actors.json if they are actors):");
  for (const u of report.unknownActors.slice(0, 15))
    console.log(`    ${u.name} (${u.mentions}×): "${u.sentences[0]!.slice(0, 100)}"`);
}
if (report.problems.length) {
  for (const p of report.problems) console.error(`  ✗ ${p.message}`);
  fail(
    `${report.problems.length} article${report.problems.length === 1 ? " was" : "s were"} unusable and left out; the others were written.`,
  );
}
