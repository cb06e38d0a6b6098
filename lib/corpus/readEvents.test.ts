import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateEventDocument } from "../bench/generateEventDocument";
import { parseEventDocument, readEvents } from "./readEvents";

const dir = mkdtempSync(path.join(tmpdir(), "signals-events-"));
const saved = process.env.SIGNALS_EVENTS;
afterEach(() => {
  if (saved === undefined) delete process.env.SIGNALS_EVENTS;
  else process.env.SIGNALS_EVENTS = saved;
});

describe("readEvents", () => {
  it("reads the document SIGNALS_EVENTS points at", () => {
    const file = path.join(dir, "ok.json");
    writeFileSync(file, JSON.stringify(generateEventDocument({ events: 20, actors: 4 })));
    process.env.SIGNALS_EVENTS = file;
    expect(readEvents().events).toHaveLength(20);
  });

  it("names the file and the path of the first problem", () => {
    const doc = generateEventDocument({ events: 5, actors: 3 });
    (doc.events[3]!.date as { precision: string }).precision = "fortnight";
    expect(() => parseEventDocument("content/events.json", JSON.stringify(doc))).toThrow(
      /^content\/events\.json: events\[3\]\.date\.precision: /,
    );
  });

  it("says when the file is missing or not JSON", () => {
    process.env.SIGNALS_EVENTS = path.join(dir, "absent.json");
    expect(() => readEvents()).toThrow(/absent\.json: is missing/);
    expect(() => parseEventDocument("x.json", "{")).toThrow(/^x\.json: is not valid JSON/);
  });
});
