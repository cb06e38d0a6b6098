import { describe, expect, it } from "vitest";
import path from "node:path";
import { parseArticle } from "../load/parseArticle";
import { extractArticle } from "./extractArticle";
import { readExtractionContext } from "./extractionContext";
import { decodePrepared, encodePrepared, prepareArticle } from "./prepareArticle";
import { SchemaBreach } from "./writeEventDocument";

const { ctx } = readExtractionContext(path.resolve(import.meta.dirname, "../../content"));
// Invented wire copy.
const text = `---
publisher: "Wire"
url: "https://wire.example/truce"
published: 2025-06-14
---
Truce talks resume

Sudan's army chief Abdel Fattah al-Burhan said on Friday that the army was ready for a ceasefire if the RSF withdrew from cities, and the RSF rejected the offer.
`;

describe("prepareArticle", () => {
  const result = extractArticle(parseArticle("2025-06-14-wire-truce.md", text), ctx);

  it("keeps of each mention its merge key and its event as the document prints it, and every actor referred to", () => {
    const prepared = prepareArticle(result);
    expect(prepared.mentions).toHaveLength(result.mentions.length);
    prepared.mentions.forEach((m, i) => {
      const event = result.mentions[i]!.event;
      expect(JSON.parse(Buffer.from(m.text).toString("utf8"))).toEqual(event);
      expect(m.key).toMatchObject({ id: event.id, type: event.type, article: result.article.id });
      expect(m.key.words).toContain("ceasefire");
      expect(m.sources).toBe(1);
    });
    expect(prepared.actorIds).toEqual(
      expect.arrayContaining(result.mentions.flatMap((m) => m.event.actors.map((a) => a.id))),
    );
    // What the cache stores reads back as it was, and a torn entry reads as none.
    const stored = Buffer.concat(encodePrepared(prepared));
    expect(decodePrepared(stored)).toEqual(prepared);
    const wordless = { ...prepared, mentions: prepared.mentions.map((m) => ({ ...m, key: { ...m.key, words: [] } })) };
    expect(decodePrepared(Buffer.concat(encodePrepared(wordless)))).toEqual(wordless);
    expect(decodePrepared(stored.subarray(0, stored.length - 1))).toBeNull();
    expect(decodePrepared(Buffer.from("not a cache entry"))).toBeNull();
    // Read from the first line alone, the texts are wherever `textAt` says.
    const firstLine = stored.subarray(0, stored.indexOf(10) + 1);
    const located = decodePrepared(firstLine, stored.length, (offset, length) => ({ file: "pack", offset, length }));
    let offset = firstLine.length;
    const expected = prepared.mentions.map((m) => {
      const text = { file: "pack", offset, length: m.text.length };
      offset += m.text.length;
      return text;
    });
    expect(located?.mentions.map((m) => m.text)).toEqual(expected);
  });

  it("stops at a mention that breaks the schema, naming the article and the mention", () => {
    const broken = { ...result, mentions: result.mentions.map((m) => ({ ...m, event: { ...m.event, sources: [] } })) };
    expect(() => prepareArticle(broken)).toThrow(SchemaBreach);
    expect(() => prepareArticle(broken)).toThrow(/2025-06-14-wire-truce\.mention 0\.sources/);
  });
});
