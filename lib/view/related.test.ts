import { describe, expect, it } from "vitest";
import { generateEventDocument } from "../bench/generateEventDocument";
import { relatedEvents } from "./related";
import { decodeViewData, encodeViewData } from "./viewData";

const { events } = decodeViewData(encodeViewData(generateEventDocument({ events: 500, actors: 10, seed: 11 })));

describe("relatedEvents", () => {
  it("returns nearby events that share an actor, most shared actors first", () => {
    const event = events.find((e) => e.actors.length > 1 && e.start !== null)!;
    const related = relatedEvents(event, events, 6, 120);
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain(event);
    const ids = new Set(event.actors.map((a) => a.id));
    const shared = related.map((r) => r.actors.filter((a) => ids.has(a.id)).length);
    for (const r of related) {
      expect(shared[related.indexOf(r)]).toBeGreaterThan(0);
      expect(Math.max(0, r.start! - event.end!, event.start! - r.end!)).toBeLessThanOrEqual(120);
    }
    expect([...shared].sort((a, b) => b - a)).toEqual(shared);
  });
  it("has nothing for an undated event", () => {
    const undated = events.find((e) => e.start === null)!;
    expect(relatedEvents(undated, events)).toEqual([]);
  });
});
