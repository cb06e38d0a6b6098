import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleProblem } from "../load/articleProblem";
import { readArticleSources } from "../load/articleSources";
import { decodePrepared, encodePrepared } from "./prepareArticle";
import { compareIds } from "../model/compareIds";
import { extractCorpus, readCorpus, type ExtractionCache } from "./extractCorpus";
import { readExtractionContext } from "./extractionContext";
import { fileCache } from "./fileCache";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));

/** A cache in memory that counts its reads and writes and, like the file cache, hands back copies. */
function countingCache() {
  const map = new Map<string, Buffer>();
  const counts = { gets: 0, sets: 0 };
  const cache: ExtractionCache = {
    get(key) {
      counts.gets++;
      const bytes = map.get(key);
      return bytes === undefined ? undefined : (decodePrepared(Buffer.from(bytes)) ?? undefined);
    },
    set(key, value) {
      counts.sets++;
      map.set(key, Buffer.concat(encodePrepared(value)));
    },
  };
  return { cache, counts };
}

const large = Array.from({ length: 20 }, (_, i) => ({
  file: `a${String(i).padStart(4, "0")}.md`,
  text: `---\npublisher: "X"\nurl: "https://x.org/${i}"\npublished: 2025-01-${String((i % 28) + 1).padStart(2, "0")}\n---\nTalks ${i}\n\nPutin said on Tuesday that Russia is ready for a ceasefire.\n`,
}));

describe("extractCorpus", () => {
  const inMemory = extractCorpus(large, ctx);

  it("gives the same document when the mentions wait on disk, and removes the scratch folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "signals-test-"));
    try {
      const spilled = extractCorpus(large, ctx, { mentions: { budget: 2000, dir } });
      expect(inMemory.document.events.length).toBeGreaterThan(0);
      expect(spilled).toEqual(inMemory);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes every result to a cache, and a second run reads them all back to the same document", () => {
    const { cache, counts } = countingCache();
    const cold = extractCorpus(large, ctx, { cache });
    expect(counts).toEqual({ sets: 20, gets: 20 });
    expect(cold).toEqual(inMemory);

    const warm = extractCorpus(large, ctx, { cache });
    expect(counts).toEqual({ sets: 20, gets: 40 });
    expect(warm.report.fromCache).toBe(20);
    expect(warm.document).toEqual(inMemory.document);
  });

  it("gives the same document with a file cache, whose texts it reads from the cache's pack, cold and warm", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "signals-test-"));
    try {
      const cold = extractCorpus(large, ctx, { cache: fileCache(dir) });
      expect(cold).toEqual(inMemory);
      // One article changed: the others' texts are read where the first run left them.
      const changed = large.map((a, i) => (i === 7 ? { ...a, text: a.text.replace("Tuesday", "Wednesday") } : a));
      const warm = extractCorpus(changed, ctx, { cache: fileCache(dir) });
      expect(warm.report.fromCache).toBe(19);
      expect(warm.document).toEqual(extractCorpus(changed, ctx).document);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reuses the key a file's stamp had in the last run without reading the file, and reads it when the stamp or context changed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "signals-test-"));
    const reads: string[] = [];
    // Sources as readArticleSources gives them with stamps: the text is read when asked for.
    const stamped = (articles: typeof large, stampOf: (i: number) => string) =>
      articles.map((a, i) => ({
        file: a.file,
        stamp: stampOf(i),
        get text() {
          reads.push(a.file);
          return a.text;
        },
      }));
    try {
      const first = extractCorpus(
        stamped(large, () => "s1"),
        ctx,
        { cache: fileCache(dir), contextHash: "c1" },
      );
      expect(new Set(reads).size).toBe(20);
      expect(first.document).toEqual(inMemory.document);

      reads.length = 0;
      const changed = large.map((a, i) => (i === 7 ? { ...a, text: a.text.replace("Tuesday", "Wednesday") } : a));
      const second = extractCorpus(
        stamped(changed, (i) => (i === 7 ? "s2" : "s1")),
        ctx,
        { cache: fileCache(dir), contextHash: "c1" },
      );
      // Only the file whose stamp changed is read (twice: for its key, then to extract it).
      expect([...new Set(reads)]).toEqual([large[7]!.file]);
      expect(second.report.fromCache).toBe(19);
      expect(second.document).toEqual(extractCorpus(changed, ctx).document);

      // Another extractor or gazetteer (context) trusts no stamp.
      reads.length = 0;
      extractCorpus(
        stamped(changed, (i) => (i === 7 ? "s2" : "s1")),
        ctx,
        { cache: fileCache(dir), contextHash: "c2" },
      );
      expect(new Set(reads).size).toBe(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a file that cannot be read as a problem naming it, and goes on", () => {
    const sources = [
      large[0]!,
      {
        file: "gone.md",
        get text(): string {
          throw new ArticleProblem("gone.md", null, "cannot be read (ENOENT)");
        },
      },
      large[1]!,
    ];
    const { document, report } = extractCorpus(sources, ctx);
    expect(report.problems.map((p) => p.message)).toEqual(["gone.md: cannot be read (ENOENT)"]);
    expect(report.articles).toBe(2);
    expect(document.articles).toHaveLength(2);
  });

  it("orders the merged events by date, then id, as the document promises", () => {
    const events = extractCorpus(readArticleSources(path.join(root, "content/articles")), ctx).document.events;
    const order = events.map((e) => `${e.date.start ?? "9999"} ${e.id}`);
    expect(order).toEqual([...order].sort(compareIds));
  });

  it("gives a run's events once", () => {
    const run = readCorpus(large.slice(0, 2), ctx);
    run.eachEvent(() => {});
    expect(() => run.eachEvent(() => {})).toThrow(/once/);
  });
});

describe("the unknown-name report", () => {
  it("counts every mention but keeps only a few example sentences, whatever the corpus size", () => {
    const articles = Array.from({ length: 6 }, (_, i) => ({
      file: `u${i}.md`,
      text: `---\npublisher: "X"\nurl: "https://x.org/u${i}"\npublished: 2025-02-0${i + 1}\n---\nTalks\n\nPutin met Bertrand Quillfeather in Moscow on Monday, and the talks went on.\n`,
    }));
    const { report } = extractCorpus(articles, ctx);
    const entry = report.unknownActors.find((u) => u.name.includes("Quillfeather"));
    expect(entry?.articles).toHaveLength(6);
    expect(entry?.mentions).toBeGreaterThanOrEqual(6);
    expect(entry?.sentences).toHaveLength(3);
  });
});
