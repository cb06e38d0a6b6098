import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
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

  it("stamps a file only when asked and only once it has settled, and reads each text when first asked for", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-sources-"));
    writeFileSync(path.join(dir, "old.md"), "Old");
    writeFileSync(path.join(dir, "new.md"), "New");
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, "old.md"), past, past);
    // ctime cannot be set back, so a settled file here is one whose change is older than now by the margin.
    const later = Date.now() + 10_000;
    const realNow = Date.now;
    Date.now = () => later;
    try {
      const [n, o] = [...readArticleSources(dir, dir, { stamps: true })] as {
        file: string;
        stamp?: string;
        text: string;
      }[];
      expect([n!.file, o!.file]).toEqual(["new.md", "old.md"]);
      expect(o!.stamp).toMatch(/^3:/);
      expect(n!.stamp).toMatch(/^3:/);
      expect(o!.stamp).not.toBe(n!.stamp);
    } finally {
      Date.now = realNow;
    }
    // Written just now: no stamp, since a change within the timestamps' resolution would not show.
    const fresh = [...readArticleSources(dir, dir, { stamps: true })] as { stamp?: string }[];
    expect(fresh.map((f) => f.stamp)).toEqual([undefined, undefined]);
    expect([...readArticleSources(dir, dir)].map((f) => ("stamp" in f ? f.stamp : null))).toEqual([
      undefined,
      undefined,
    ]);

    const [first] = [...readArticleSources(dir, dir)] as { text: string }[];
    rmSync(path.join(dir, "new.md"));
    // Listed, then gone before it was read: a problem naming the file when its text is asked for.
    expect(() => first!.text).toThrow(/^new\.md: cannot be read \(ENOENT/);
  });
});
