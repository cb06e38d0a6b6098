// npm run extract [-- --in DIR --out FILE] [--check] [--no-cache]
// Reads a folder of articles, extracts the normalised event document and writes it atomically.
// One bad article never stops the others; the exit code is non-zero only when input was unusable.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractCorpus } from "../lib/extract/extractCorpus";
import { readExtractionContext } from "../lib/extract/extractionContext";
import { fileCache } from "../lib/extract/fileCache";
import { writeAtomically } from "../lib/extract/writeAtomically";
import { readArticleSources } from "../lib/load/articleSources";
import { eventDocumentSchema } from "../lib/model/schema";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const root = path.resolve(import.meta.dirname, "..");
const inDir = path.resolve(option("--in", path.join(root, "content/articles")));
const outFile = path.resolve(option("--out", path.join(root, "content/events.json")));
const check = args.includes("--check");

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

const started = performance.now();
// Without the cache, a corpus too large to keep in memory spills to a scratch folder, made only then.
const noCache = args.includes("--no-cache");
let scratch: string | undefined;
let extracted: ReturnType<typeof extractCorpus>;
try {
  extracted = extractCorpus(readArticleSources(inDir), context.ctx, {
    ...(noCache
      ? { spill: () => fileCache((scratch = mkdtempSync(path.join(tmpdir(), "signals-extract-")))) }
      : { cache: fileCache(path.join(root, ".extract-cache")) }),
    contextHash: context.hash,
    generatedFrom: path.relative(root, inDir).split(path.sep).join("/") || ".",
  });
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
const { document, report } = extracted;

const parsed = eventDocumentSchema.safeParse(document);
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  fail(`internal error: the extracted document breaks the schema at ${issue.path.join(".")}: ${issue.message}`, 2);
}
const text = `${JSON.stringify(document, null, 2)}\n`;
const shownOut = path.relative(process.cwd(), outFile) || outFile;

if (check) {
  const current = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
  if (current !== text)
    fail(
      `${shownOut} is out of date with ${path.relative(process.cwd(), inDir)}: run \`npm run extract\` and commit the result`,
    );
  console.log(`extract --check: ${shownOut} is up to date (${document.events.length} events).`);
  process.exit(0);
}

try {
  writeAtomically(outFile, text);
} catch (err) {
  fail(`cannot write ${shownOut}: ${err instanceof Error ? err.message : String(err)}`);
}
const mentions = document.events.reduce((n, e) => n + e.sources.length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `extract: ${report.articles} articles → ${document.events.length} events (${mentions} mentions merged), ` +
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
