import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleProblem } from "./articleProblem";
import { readArticleSources } from "./articleSources";

describe("readArticleSources", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads article files in name order, a link to one too, and skips folders, hidden and other files", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-sources-"));
    const folder = path.join(dir, "articles");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "b.md"), "B");
    writeFileSync(path.join(folder, "a.txt"), "A");
    writeFileSync(path.join(folder, ".hidden.md"), "H");
    writeFileSync(path.join(folder, "notes.json"), "{}");
    mkdirSync(path.join(folder, "c.md"));
    writeFileSync(path.join(dir, "elsewhere.md"), "L");
    symlinkSync(path.join(dir, "elsewhere.md"), path.join(folder, "d.md"));
    symlinkSync(path.join(dir, "articles"), path.join(folder, "e.md"));
    const read = [...readArticleSources(folder, folder)];
    expect(read.filter((r) => r instanceof ArticleProblem)).toEqual([]);
    expect(read.map((r) => ("text" in r ? [r.file, r.text] : null))).toEqual([
      ["a.txt", "A"],
      ["b.md", "B"],
      ["d.md", "L"],
    ]);
  });
});
