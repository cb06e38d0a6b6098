import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fileCache } from "./fileCache";
import type { PreparedArticle } from "./prepareArticle";

const article = (id: string, filler = 0): PreparedArticle => ({
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
    for (const id of ["a", "b", "c"]) first.set(id, article(id));
    expect(first.get("b")).toEqual(article("b"));
    first.close();
    expect(readdirSync(dir).filter((n) => n.endsWith(".bin"))).toHaveLength(1);
    expect(readdirSync(dir).filter((n) => n.endsWith(".json"))).toEqual(["index.json"]);

    const second = fileCache(dir);
    expect(second.get("a")).toEqual(article("a"));
    expect(second.get("c")).toEqual(article("c"));
    expect(second.get("missing")).toBeUndefined();
    second.close();
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
    expect(after.get("a")).toEqual(article("a"));
    expect(after.get("b")).toBeUndefined();

    writeFileSync(path.join(dir, "index.json"), '{"a": ["../../etc/passwd", 0, 10]');
    expect(fileCache(dir).get("a")).toBeUndefined();
    writeFileSync(path.join(dir, "index.json"), '{"a": ["../../etc/passwd", 0, 10]}');
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
    expect(cache.get("b")).toEqual(article("b", 200_003));
    cache.close();
  });
});
