// npm run bench:extract — extraction speed, growth and memory on generated corpora of 1,000 and
// 10,000 articles, and the time to re-extract after one article changes (content-hash cache).
// Each measurement runs in its own Node process so peak memory is that run's alone; the
// 1,000-article ones are repeated and their median reported, with every run beside it.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readCorpus } from "../../lib/extract/extractCorpus";
import { readExtractionContext } from "../../lib/extract/extractionContext";
import { fileCache } from "../../lib/extract/fileCache";
import { keepHeapNearLiveSize } from "../../lib/extract/leanHeap";
import { readArticleSources } from "../../lib/load/articleSources";
import { loadCorpus } from "../../lib/load/loadCorpus";
import { writeAtomically } from "../../lib/extract/writeAtomically";
import { writeEventFile } from "../../lib/extract/writeEventFile";
import { generateArticles } from "./generateArticles";

const root = path.resolve(import.meta.dirname, "../..");
// Each run is the bundle `npm run extract` runs (scripts/run-bundled.mjs says why).
const RUNNER = path.join(root, "scripts/run-bundled.mjs");
const [mode, dir, cacheDir] = process.argv.slice(2);

interface RunResult {
  articles: number;
  events: number;
  seconds: number;
  /**
   * processor time of the run, user and system, on every thread: the extraction is one thread,
   * but V8 compiles and collects garbage on helper threads beside it, which a second core runs
   * in parallel
   */
  cpuSeconds: number;
  fromCache: number;
  peakRssMb: number;
}

/**
 * One extraction of a folder, in this process, as `npm run extract` does it, end to end: results
 * go through a cache folder (empty for a cold run, kept from the previous run for a warm one)
 * and the document is written to a file beside the corpus.
 */
function runOnce(folder: string, cache: string): RunResult {
  keepHeapNearLiveSize();
  const { ctx, hash } = readExtractionContext(path.join(root, "content"));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const run = readCorpus(readArticleSources(folder, undefined, { stamps: true }), ctx, {
    cache: fileCache(cache),
    contextHash: hash,
  });
  const { events } = writeEventFile(run, `${folder}.events.json`, cache);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    articles: run.report.articles,
    events,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    fromCache: run.report.fromCache,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function child(folder: string, cache: string): RunResult {
  // With this process's Node options: `npm run bench:extract` gives the ones `npm run extract` runs with.
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, RUNNER, import.meta.filename, "once", folder, cache],
    {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    },
  );
  return JSON.parse(out.trim().split("\n").pop()!) as RunResult;
}

const REPEATS = 3;

/** The run of median wall time. */
function median(runs: readonly RunResult[]): RunResult {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[runs.length >> 1]!;
}

const runsNote = (runs: readonly RunResult[]) =>
  runs.length > 1 ? ` [median of ${runs.length} runs: ${runs.map((r) => r.seconds.toFixed(2)).join(", ")} s]` : "";

function describeRun(r: RunResult): string {
  return (
    `${r.seconds.toFixed(2)} s, ${(r.articles / r.seconds).toFixed(0)} articles/s, ${r.events} events, peak RSS ${r.peakRssMb.toFixed(0)} MB; ` +
    `processor time ${r.cpuSeconds.toFixed(2)} s on all threads (${(r.articles / r.cpuSeconds).toFixed(0)} articles per processor second)`
  );
}

if (mode === "once") {
  console.log(JSON.stringify(runOnce(dir!, cacheDir!)));
} else {
  const work = mkdtempSync(path.join(tmpdir(), "signals-bench-"));
  const { articles: seeds } = loadCorpus(path.join(root, "content/articles"));
  const rows: string[] = [];
  const results: Record<string, unknown> = {};
  try {
    // The 1,000-article measurements are taken REPEATS times and the median reported (with every
    // run beside it): on a shared virtual machine one run can be half again as slow as the next.
    // Each repeat is a cold run into its own cache, then one article changed and a re-extract.
    const folder = path.join(work, "corpus-1000");
    generateArticles(seeds, 1000, folder);
    const one = path.join(folder, `00000-${seeds[0]!.id}.md`);
    const original = readFileSync(one);
    // As a user's files would be: older than the few seconds within which a file is always read
    // in full (readArticleSources, SETTLED_MS), so that a re-extract may trust their stamps.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2500);
    const colds: RunResult[] = [];
    const warms: RunResult[] = [];
    for (let r = 0; r < REPEATS; r++) {
      const cache = path.join(work, `cache-1000-${r}`);
      colds.push(child(folder, cache));
      appendFileSync(one, "\nPutin said on Tuesday that Russia is ready for a ceasefire.\n");
      warms.push(child(folder, cache));
      writeFileSync(one, original);
    }
    const small = median(colds);
    results["cold-1000"] = { ...small, runs: colds };
    rows.push(`1000 articles, cold: ${describeRun(small)}${runsNote(colds)}`);

    const largeFolder = path.join(work, "corpus-10000");
    generateArticles(seeds, 10000, largeFolder);
    const large = child(largeFolder, path.join(work, "cache-10000"));
    results["cold-10000"] = large;
    rows.push(`10000 articles, cold: ${describeRun(large)}`);
    rows.push(
      `growth: ${(large.seconds / large.articles / (small.seconds / small.articles)).toFixed(2)}× time per article at 10,000 vs 1,000 (1.00 = linear)`,
    );

    const warm = median(warms);
    results["reextract-one-change-1000"] = { ...warm, runs: warms };
    rows.push(
      `re-extract 1,000 articles after one changed: ${warm.seconds.toFixed(2)} s (${warm.fromCache} from cache; processor time ${warm.cpuSeconds.toFixed(2)} s)${runsNote(warms)}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(rows.join("\n"));
  const outFile = path.join(root, "bench-results", "extract.json");
  writeAtomically(
    outFile,
    `${JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2)}\n`,
  );
  writeFileSync(path.join(root, "bench-results", "extract.txt"), `${rows.join("\n")}\n`);
  console.log(`wrote ${path.relative(process.cwd(), outFile)}`);
}
