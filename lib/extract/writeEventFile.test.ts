import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readArticleSources } from "../load/articleSources";
import { readCorpus, type CorpusOptions } from "./extractCorpus";
import { readExtractionContext } from "./extractionContext";
import { fileCache } from "./fileCache";
import { writeEventDocument, type PlacedEvent } from "./writeEventDocument";
import { writeEventFile } from "./writeEventFile";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx, hash } = readExtractionContext(path.join(root, "content"));
const seeds = [...readArticleSources(path.join(root, "content/articles"))].filter((s) => "text" in s);
/** The seeds with one article's last paragraph followed by another statement. */
const changed = seeds.map((s, i) =>
  i === 2 ? { ...s, text: `${s.text}\nPutin said on Tuesday that Russia is ready for a ceasefire.\n` } : s,
);

/** The document as it is written without anything kept from before. */
function fresh(sources: typeof seeds): string {
  const parts: Buffer[] = [];
  writeEventDocument(readCorpus(sources, ctx), (piece) => parts.push(Buffer.from(piece)));
  return Buffer.concat(parts).toString("utf8");
}

describe("writeEventDocument with a previous document", () => {
  it("copies the events found there, those that followed each other in one piece", () => {
    const parts: Buffer[] = [];
    const placed: PlacedEvent[] = [];
    writeEventDocument(readCorpus(seeds, ctx), (piece) => parts.push(Buffer.from(piece)), { placed });
    const before = Buffer.concat(parts);
    const byIdentity = new Map(placed.map(([id, offset, length], index) => [id, [index, offset, length] as const]));
    expect(
      placed.map(([, offset, length]) => before.toString("utf8", offset, offset + length).startsWith("{")),
    ).toEqual(placed.map(() => true));

    const copies: [number, number][] = [];
    const again: Buffer[] = [];
    const result = writeEventDocument(readCorpus(seeds, ctx), (piece) => again.push(Buffer.from(piece)), {
      previous: {
        find: (identity) => byIdentity.get(identity),
        copy: (offset, length) => {
          copies.push([offset, length]);
          again.push(before.subarray(offset, offset + length));
        },
      },
    });
    expect(Buffer.concat(again).equals(before)).toBe(true);
    expect(result.copied).toBe(placed.length);
    expect(copies).toHaveLength(1);
  });
});

describe("writeEventFile", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const options = (cache: string): CorpusOptions => ({ cache: fileCache(cache), contextHash: hash });

  it("copies from the file it wrote last the events an article's change left alone, and writes the same document", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-eventfile-"));
    const [file, cache] = [path.join(dir, "events.json"), path.join(dir, "cache")];
    const cold = writeEventFile(readCorpus(seeds, ctx, options(cache)), file, cache);
    expect(cold.copied).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(fresh(seeds));
    expect(readdirSync(cache).filter((n) => n.startsWith("layout-"))).toHaveLength(1);

    const warm = writeEventFile(readCorpus(changed, ctx, options(cache)), file, cache);
    expect(readFileSync(file, "utf8")).toBe(fresh(changed));
    expect(warm.copied).toBeGreaterThan(warm.events / 2);
    expect(warm.copied).toBeLessThan(warm.events);
  });

  it("copies nothing from a file changed since it was written, and still writes the right document", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-eventfile-"));
    const [file, cache] = [path.join(dir, "events.json"), path.join(dir, "cache")];
    writeEventFile(readCorpus(seeds, ctx, options(cache)), file, cache);
    appendFileSync(file, " ");
    const warm = writeEventFile(readCorpus(seeds, ctx, options(cache)), file, cache);
    expect(warm.copied).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(fresh(seeds));
  });

  it("writes without a layout when given no folder for one", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-eventfile-"));
    const file = path.join(dir, "events.json");
    expect(writeEventFile(readCorpus(seeds, ctx), file).copied).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(fresh(seeds));
    expect(readdirSync(dir)).toEqual(["events.json"]);
  });
});
