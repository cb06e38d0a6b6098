import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleSources } from "../load/articleSources";
import type { ArticleExtraction } from "./extractArticle";
import { extractCorpus, type ExtractionCache } from "./extractCorpus";
import { readExtractionContext } from "./extractionContext";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));

/** A cache in memory that counts its reads and writes and, like a file, hands back copies. */
function countingCache() {
  const map = new Map<string, string>();
  const counts = { gets: 0, sets: 0 };
  const cache: ExtractionCache = {
    get(key) {
      counts.gets++;
      const text = map.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as ArticleExtraction);
    },
    set(key, value) {
      counts.sets++;
      map.set(key, JSON.stringify(value));
    },
  };
  return { cache, counts };
}

// Past the results kept in memory (17 here), the rest are read back one at a time.
const keepInMemory = 17;
const large = Array.from({ length: 20 }, (_, i) => ({
  file: `a${String(i).padStart(4, "0")}.md`,
  text: `---\npublisher: "X"\nurl: "https://x.org/${i}"\npublished: 2025-01-${String((i % 28) + 1).padStart(2, "0")}\n---\nTalks ${i}\n\nPutin said on Tuesday that Russia is ready for a ceasefire.\n`,
}));

describe("extractCorpus", () => {
  const inMemory = extractCorpus(large, ctx);

  it("spills only the results past those kept in memory, and only when asked to", () => {
    const { cache, counts } = countingCache();
    let asked = 0;
    const spilled = extractCorpus(large, ctx, { spill: () => (asked++, cache), keepInMemory });
    expect(asked).toBe(1);
    expect(counts).toEqual({ sets: 3, gets: 3 });
    expect(spilled).toEqual(inMemory);
    expect(inMemory.document.events.length).toBeGreaterThan(0);

    const small = extractCorpus(readArticleSources(path.join(root, "content/articles")), ctx, {
      spill: () => (asked++, cache),
      keepInMemory,
    });
    expect(small.document.articles).toHaveLength(5);
    expect(asked).toBe(1);
  });

  it("writes every result to a cache but reads back only those past the ones kept in memory", () => {
    const { cache, counts } = countingCache();
    const cold = extractCorpus(large, ctx, { cache, spill: () => expect.unreachable(), keepInMemory });
    expect(counts).toEqual({ sets: 20, gets: 20 + 3 });
    expect(cold).toEqual(inMemory);

    const warm = extractCorpus(large, ctx, { cache, keepInMemory });
    expect(warm.report.fromCache).toBe(20);
    expect(warm.document).toEqual(inMemory.document);
  });
});

describe("the unknown-name report", () => {
  it("counts every mention but keeps only a few example sentences, whatever the corpus size", () => {
    const articles = Array.from({ length: 6 }, (_, i) => ({
      file: `u${i}.md`,
      text: `---\npublisher: "X"\nurl: "https://x.org/u${i}"\npublished: 2025-02-0${i + 1}\n---\nTalks\n\nPutin met Bertrand Quillfeather in Moscow on Monday, and Bertrand Quillfeather said the talks would go on.\n`,
    }));
    const { report } = extractCorpus(articles, ctx);
    const entry = report.unknownActors.find((u) => u.name.includes("Quillfeather"));
    expect(entry?.articles).toHaveLength(6);
    expect(entry?.mentions).toBeGreaterThanOrEqual(6);
    expect(entry?.sentences).toHaveLength(3);
  });
});
