import { describe, expect, it } from "vitest";
import { extractionSources } from "./extractionContext";

describe("extractionSources", () => {
  const sources = extractionSources();

  it("follows imports from the per-article entry points, sorted", () => {
    expect(sources).toContain("lib/extract/extractArticle.ts");
    expect(sources).toContain("lib/load/parseArticle.ts");
    expect(sources).toContain("lib/dates/spans.ts");
    // The cached form of a result: a change to merge keys or to how events are written is a new cache.
    expect(sources).toContain("lib/merge/wordSet.ts");
    expect(sources).toContain("lib/extract/writeEventDocument.ts");
    // A merged event's text, which a later run copies from the document it wrote.
    expect(sources).toContain("lib/merge/mergeEvents.ts");
    expect(sources).toEqual([...sources].sort());
  });

  it("leaves out modules no article extraction runs", () => {
    for (const file of ["lib/positions/history.ts", "lib/extract/extractCorpus.ts", "lib/model/jsonSchema.ts"])
      expect(sources).not.toContain(file);
  });
});
