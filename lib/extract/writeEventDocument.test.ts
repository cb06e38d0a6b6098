import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleSources } from "../load/articleSources";
import { extractCorpus, readCorpus, type CorpusRun } from "./extractCorpus";
import { readExtractionContext } from "./extractionContext";
import { eventText, SchemaBreach, writeEventDocument } from "./writeEventDocument";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));
const seeds = () => readArticleSources(path.join(root, "content/articles"));

function written(run: CorpusRun): string {
  const parts: Buffer[] = [];
  writeEventDocument(run, (piece) => parts.push(Buffer.from(piece)));
  return Buffer.concat(parts).toString("utf8");
}

describe("writeEventDocument", () => {
  it("writes, event by event, exactly the text of the whole document", () => {
    const { document } = extractCorpus(seeds(), ctx, { generatedFrom: "content/articles" });
    const text = written(readCorpus(seeds(), ctx, { generatedFrom: "content/articles" }));
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(document);
  });

  it("writes a corpus without events as an empty list", () => {
    const text = written(readCorpus([], ctx));
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, articles: [], actors: [], events: [] });
    expect(text).toBe(`${JSON.stringify({ schemaVersion: 1, articles: [], actors: [], events: [] }, null, 2)}\n`);
  });

  it("stops at an event that breaks the schema, naming where", () => {
    const { document } = extractCorpus(seeds(), ctx);
    const event = document.events[0]!;
    expect(eventText(event, ["events", "0"])).toBe(JSON.stringify(event, null, 2).replace(/\n/g, "\n    "));
    let error: unknown;
    try {
      eventText({ ...event, date: { ...event.date, start: "24 May" } }, ["events", "7"]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SchemaBreach);
    expect((error as SchemaBreach).at).toBe("events.7.date.start");
    expect((error as Error).message).toMatch(/expected YYYY-MM-DD/);
  });
});
