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
  it("relates no events through an actor one of them only names", () => {
    const event = events.find((e) => e.start !== null)!;
    const only = (roleOf: (id: string) => "subject" | "mentioned") => (e: (typeof events)[number]) => ({
      ...e,
      actors: [{ id: "bystander", role: roleOf(e.id) }],
    });
    const near = events.filter((e) => e.start !== null && Math.abs(e.start - event.start!) < 30 && e !== event);
    expect(near.length).toBeGreaterThan(0);
    const acting = only(() => "subject");
    expect(relatedEvents(acting(event), near.map(acting)).length).toBeGreaterThan(0);
    const named = only((id) => (id === event.id ? "subject" : "mentioned"));
    expect(relatedEvents(named(event), near.map(named))).toEqual([]);
  });
  it("has nothing for an undated event", () => {
    const undated = events.find((e) => e.start === null)!;
    expect(relatedEvents(undated, events)).toEqual([]);
  });
});
