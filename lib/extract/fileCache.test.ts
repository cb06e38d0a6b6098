import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fileCache } from "./fileCache";
import type { FreshMention, PreparedArticle } from "./prepareArticle";

/** An article as read from the cache, its texts read from where they are pointed at. */
const readBack = (p: PreparedArticle | undefined) =>
  p && {
    ...p,
    mentions: p.mentions.map((m) => ({
      ...m,
      text: Buffer.isBuffer(m.text)
        ? m.text
        : readFileSync(m.text.file).subarray(m.text.offset, m.text.offset + m.text.length),
    })),
  };

const article = (id: string, filler = 0): PreparedArticle<FreshMention> => ({
  article: {
    id,
    title: id,
    publisher: "Wire",
    url: `https://wire.example/${id}`,
    published: "2025-06-14",
    language: "en",
    warnings: [],
  },
  unknownActors: [],
  discoveredActors: [],
  actorIds: ["sudan"],
  mentions: [
    {
      key: {
        id: `${id}-e`,
        article: id,
        published: "2025-06-14",
        type: "talks",
        date: { start: null, end: null, precision: "day", text: "", basis: "unresolved" },
        actors: [],
        words: ["truce"],
      },
      text: Buffer.from(`{ "id": "${id}-e", "note": "Khartoum — “talks”${"x".repeat(filler)}" }`, "utf8"),
      sources: 1,
    },
  ],
});

describe("fileCache", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps a run's results in one pack, indexed when the run closes it", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-cache-"));
    // An earlier version's entry, one file per article.
    writeFileSync(path.join(dir, `${"ab12".repeat(10)}.json`), "{}");
    const first = fileCache(dir);
    // What a run sets is given back pointed at in the pack, readable once the run closes the cache.
    const given = ["a", "b", "c"].map((id) => first.set(id, article(id)) ?? undefined);
    expect(readBack(first.get("b"))).toEqual(article("b"));
    first.close();
    expect(given.map(readBack)).toEqual(["a", "b", "c"].map((id) => article(id)));
    expect(readdirSync(dir).filter((n) => n.endsWith(".bin"))).toHaveLength(1);
    expect(readdirSync(dir).filter((n) => n.endsWith(".json"))).toEqual(["index.json"]);

    const second = fileCache(dir);
    expect(readBack(second.get("a"))).toEqual(article("a"));
    expect(readBack(second.get("c"))).toEqual(article("c"));
    expect(second.get("missing")).toBeUndefined();
    second.close();
  });

  it("keeps the stamps a run saw for the next one, drops the ones it did not, and reads a torn stamp file as empty", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-cache-"));
    const first = fileCache(dir);
    first.stamp!("ctx|a.md|1", "key-a");
    first.stamp!("ctx|b.md|1", "key-b");
    first.close();
    const second = fileCache(dir);
    expect([second.keyOf!("ctx|a.md|1"), second.keyOf!("ctx|b.md|1"), second.keyOf!("ctx|c.md|1")]).toEqual([
      "key-a",
      "key-b",
      undefined,
    ]);
    // b.md changed: a new stamp replaces its old one.
    second.stamp!("ctx|a.md|1", "key-a");
    second.stamp!("ctx|b.md|2", "key-b2");
    second.close();
    expect(JSON.parse(readFileSync(path.join(dir, "stamps.json"), "utf8"))).toEqual({
      "ctx|a.md|1": "key-a",
      "ctx|b.md|2": "key-b2",
    });
    writeFileSync(path.join(dir, "stamps.json"), '{"ctx');
    expect(fileCache(dir).keyOf!("ctx|a.md|1")).toBeUndefined();
    // Stamps that cannot be written only cost the next run its reading: the run itself goes on.
    rmSync(path.join(dir, "stamps.json"));
    mkdirSync(path.join(dir, "stamps.json"));
    const third = fileCache(dir);
    third.stamp!("ctx|a.md|1", "key-a");
    expect(() => third.close()).not.toThrow();
  });

  it("loses nothing indexed when a run stops before closing, and reads a torn or foreign index as empty", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-cache-"));
    const done = fileCache(dir);
    done.set("a", article("a"));
    done.close();
    const interrupted = fileCache(dir);
    interrupted.set("b", article("b"));
    // never closed
    const after = fileCache(dir);
    expect(readBack(after.get("a"))).toEqual(article("a"));
    expect(after.get("b")).toBeUndefined();

    const index = readFileSync(path.join(dir, "index.json"), "utf8");
    const pack = (JSON.parse(index) as Record<string, [string]>).a![0];
    // An entry of an earlier version (no length of its first line), and a pack cut short.
    writeFileSync(path.join(dir, "index.json"), index.replace(/,\d+\]/, "]"));
    expect(fileCache(dir).get("a")).toBeUndefined();
    writeFileSync(path.join(dir, "index.json"), index);
    expect(fileCache(dir).get("a")).toBeDefined();
    truncateSync(path.join(dir, pack), 40);
    expect(fileCache(dir).get("a")).toBeUndefined();

    writeFileSync(path.join(dir, "index.json"), '{"a": ["../../etc/passwd", 0, 10]');
    expect(fileCache(dir).get("a")).toBeUndefined();
    writeFileSync(path.join(dir, "index.json"), '{"a": ["../../etc/passwd", 0, 10, 5]}');
    expect(fileCache(dir).get("a")).toBeUndefined();
  });

  it("rewrites the packs with only the live entries once most of what they hold was replaced", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-cache-"));
    for (let run = 0; run < 4; run++) {
      const cache = fileCache(dir);
      // The same keys each run, as when the extractor changes: every earlier entry is dead.
      for (const id of ["a", "b", "c"]) cache.set(id, article(id, 200_000 + run));
      cache.close();
    }
    const packs = readdirSync(dir).filter((n) => n.endsWith(".bin"));
    expect(packs.length).toBeLessThanOrEqual(2);
    const cache = fileCache(dir);
    expect(readBack(cache.get("b"))).toEqual(article("b", 200_003));
    cache.close();
  });
});
