import { describe, expect, it } from "vitest";
import { ATTRIBUTIONS, MODALITIES, PRECISIONS, SIGNAL_TYPES, eventDocumentSchema } from "../model/schema";
import vocabulary from "../../content/positions.json";
import { generateEventDocument } from "./generateEventDocument";

describe("generateEventDocument", () => {
  const doc = generateEventDocument({ events: 3000, actors: 60, seed: 42 });

  it("is valid against the event-document schema, with unique ids and resolvable references", () => {
    expect(eventDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.actors).toHaveLength(60);
    const ids = doc.events.flatMap((e) => [e.id, ...e.aliases]);
    expect(new Set(ids).size).toBe(ids.length);
    const actors = new Set(doc.actors.map((a) => a.id));
    const articles = new Set(doc.articles.map((a) => a.id));
    for (const e of doc.events) {
      expect(e.actors.every((a) => actors.has(a.id))).toBe(true);
      expect(e.sources.every((s) => articles.has(s.article))).toBe(true);
    }
  });

  it("covers every type, precision, modality and attribution, plus open spans and several sources", () => {
    expect(new Set(doc.events.map((e) => e.type))).toEqual(new Set(SIGNAL_TYPES));
    expect(new Set(doc.events.map((e) => e.date.precision))).toEqual(new Set(PRECISIONS));
    expect(new Set(doc.events.map((e) => e.modality))).toEqual(new Set(MODALITIES));
    expect(new Set(doc.events.flatMap((e) => e.sources.map((s) => s.attribution)))).toEqual(new Set(ATTRIBUTIONS));
    expect(doc.events.some((e) => e.date.open)).toBe(true);
    expect(doc.events.some((e) => e.sources.length >= 3)).toBe(true);
    expect(doc.events.some((e) => e.positions.length > 0)).toBe(true);
    const years = doc.events.filter((e) => e.date.start).map((e) => Number(e.date.start!.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThanOrEqual(2014);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2026);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateEventDocument({ events: 50, actors: 8, seed: 1 })).toEqual(
      generateEventDocument({ events: 50, actors: 8, seed: 1 }),
    );
    expect(generateEventDocument({ events: 50, actors: 8, seed: 2 })).not.toEqual(
      generateEventDocument({ events: 50, actors: 8, seed: 1 }),
    );
  });

  it("claims positions on all 15 vocabulary topics with the vocabulary's stance ids", () => {
    const big = generateEventDocument({ events: 10_000, actors: 60, seed: 20_260 });
    const positions = big.events.flatMap((e) => e.positions);
    const topics = new Set(positions.map((p) => p.topic));
    expect(topics).toEqual(new Set(vocabulary.topics.map((t) => t.id)));
    expect(topics.size).toBe(15);
    const stanceIds = new Map(vocabulary.topics.map((t) => [t.id, new Set(t.stances.map((s) => s.id))]));
    const normalised = positions.filter((p) => p.stanceId !== undefined);
    expect(normalised.length).toBeGreaterThan(positions.length * 0.9);
    for (const p of normalised) expect(stanceIds.get(p.topic)!.has(p.stanceId!)).toBe(true);
    // Every actor holds some stance, so the matrix has 60 rows.
    expect(new Set(positions.map((p) => p.actor)).size).toBe(60);
  });
});
