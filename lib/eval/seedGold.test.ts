import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../extract/extractCorpus";
import { readExtractionContext } from "../extract/extractionContext";
import { readArticleSources } from "../load/articleSources";
import { eventDocumentJsonSchema } from "../model/jsonSchema";
import { eventDocumentSchema } from "../model/schema";
import { parseGold } from "./gold";
import { formatScore, scoreDocument } from "./score";

const root = path.resolve(import.meta.dirname, "../..");
const goldFile = path.join(import.meta.dirname, "fixtures/seeds.gold.json");
const gold = parseGold(goldFile, readFileSync(goldFile, "utf8"));
const { ctx } = readExtractionContext(path.join(root, "content"));
const sources = [...readArticleSources(path.join(root, "content/articles"))];
const { document } = extractCorpus(sources, ctx);
const score = scoreDocument(gold, document);

describe("extraction of the seed corpus against the hand-annotated gold set", () => {
  it("finds every required event", () => {
    const missing = score.lines.filter((l) => l.required && l.status === "missing").map((l) => l.anchor);
    expect(missing).toEqual([]);
  });

  it("gets at least 95% of required events strictly right (date in window, actors, type)", () => {
    expect(score.strict / score.required, formatScore(score, true)).toBeGreaterThanOrEqual(0.95);
  });

  // Issue 10: who each annotated claim rests on (on record with its speaker, anonymous, the
  // outlet, an analyst) is read right for every seed gold event the extractor finds.
  it("attributes every found seed gold event as annotated (attribution accuracy 100%)", () => {
    const wrong = score.lines
      .filter((l) => l.attribution && !l.attribution.ok)
      .map((l) => `${l.anchor}: ${l.attribution!.got} (want ${l.attribution!.want})`);
    expect(wrong).toEqual([]);
    expect(score.attributionChecked).toBeGreaterThan(0);
    expect(score.attributionCorrect).toBe(score.attributionChecked);
  });

  it("merges every group of mentions of one real event", () => {
    expect(score.mergedGroups).toBe(score.mergeGroups);
  });

  // The seed gold annotates only each article's key events, while the extractor reports every
  // signal it reads; the 70% target for spurious events is measured on the dev corpus (docs/extraction.md).
  it("puts at least half of its events on annotated sentences", () => {
    expect(score.eventsOnAnnotatedSentences / score.events).toBeGreaterThanOrEqual(0.5);
  });
});

describe("the seed gold set", () => {
  it("names only gazetteer actors as speakers and holders, and only known topics", () => {
    const actors = new Set(
      (JSON.parse(readFileSync(path.join(root, "content/actors.json"), "utf8")) as { id: string }[]).map((a) => a.id),
    );
    const topics = new Set(
      (
        JSON.parse(readFileSync(path.join(root, "content/positions.json"), "utf8")) as { topics: { id: string }[] }
      ).topics.map((t) => t.id),
    );
    const entries = Object.values(gold.articles).flatMap((a) => a.events);
    const unknown = entries.flatMap((g) => [
      ...(g.speaker && !actors.has(g.speaker) ? [`speaker ${g.speaker}`] : []),
      ...(g.positions ?? []).flatMap((p) => [
        ...(actors.has(p.holder) ? [] : [`holder ${p.holder}`]),
        ...(topics.has(p.topic) ? [] : [`topic ${p.topic}`]),
      ]),
    ]);
    expect(unknown).toEqual([]);
    // Every entry is annotated, so the seed figures for attribution and positions cover the whole set.
    expect(entries.filter((g) => !g.attribution || !g.positions).map((g) => g.anchor)).toEqual([]);
  });
});

describe("the event document", () => {
  it("is valid by the zod schema and by the committed JSON Schema", () => {
    expect(eventDocumentSchema.safeParse(document).success).toBe(true);
    const committed = JSON.parse(readFileSync(path.join(root, "docs/events.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(committed);
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const onDisk = JSON.parse(readFileSync(path.join(root, "content/events.json"), "utf8"));
    expect(validate(onDisk), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("has a committed JSON Schema that matches the zod schema (run `npm run schema`)", () => {
    expect(JSON.parse(readFileSync(path.join(root, "docs/events.schema.json"), "utf8"))).toEqual(
      eventDocumentJsonSchema(),
    );
  });

  it("rejects a document that breaks the contract", () => {
    const validate = new Ajv2020({ strict: false }).compile(eventDocumentJsonSchema());
    const broken = structuredClone(document);
    (broken.events[0] as { type: string }).type = "gossip";
    expect(validate(broken)).toBe(false);
  });

  it("gives every event a unique, URL-safe id, and aliases never collide with ids", () => {
    const ids = document.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = document.events.flatMap((e) => e.aliases);
    expect(aliases.filter((a) => ids.includes(a))).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("keeps ids when another article is added and when run again", () => {
    const again = extractCorpus(sources, ctx).document;
    expect(again.events.map((e) => e.id)).toEqual(document.events.map((e) => e.id));
    const fewer = extractCorpus(sources.slice(1), ctx).document;
    const known = new Set(document.events.flatMap((e) => [e.id, ...e.aliases]));
    for (const e of fewer.events) expect(known.has(e.id)).toBe(true);
  });
});
