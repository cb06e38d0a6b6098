import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "./loadCorpus";

const seeds = path.join(import.meta.dirname, "../../content/articles");

describe("loadCorpus", () => {
  it("loads the committed corpus without problems", () => {
    const { articles, problems } = loadCorpus(seeds);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toHaveLength(5);
  });

  it("keeps loading the other articles when one is malformed, and names it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "signals-corpus-"));
    for (const f of readdirSync(seeds)) copyFileSync(path.join(seeds, f), path.join(dir, f));
    writeFileSync(path.join(dir, "2025-01-01-broken.md"), '---\ntitle: "unclosed\npublisher: x\n---\nBody.\n');
    writeFileSync(path.join(dir, "notes.json"), "{}");
    const { articles, problems } = loadCorpus(dir, dir);
    expect(articles).toHaveLength(5);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^2025-01-01-broken\.md: front matter: is not valid YAML/);
  });
});
