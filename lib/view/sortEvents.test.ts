import { describe, expect, it } from "vitest";
import { generateEventDocument } from "../bench/generateEventDocument";
import { SIGNAL_STYLES } from "./signalTypes";
import { sortEvents } from "./sortEvents";
import { decodeViewData, encodeViewData } from "./viewData";

const data = decodeViewData(encodeViewData(generateEventDocument({ events: 300, actors: 12, seed: 4 })));
const names = new Map(data.actors.map((a) => [a.id, a.name]));
const name = (id: string) => names.get(id) ?? id;

describe("sortEvents", () => {
  it("sorts by date either way, undated events last", () => {
    for (const descending of [false, true]) {
      const sorted = sortEvents(data.events, "date", descending, name);
      const dated = sorted.filter((e) => e.start !== null);
      expect(sorted.slice(dated.length).every((e) => e.start === null)).toBe(true);
      for (let i = 1; i < dated.length; i++)
        expect((dated[i]!.start! - dated[i - 1]!.start!) * (descending ? -1 : 1)).toBeGreaterThanOrEqual(0);
    }
  });
  it("sorts by first actor name and by type label", () => {
    const byActor = sortEvents(data.events, "actor", false, name).map((e) => name(e.actors[0]!.id));
    expect(byActor).toEqual([...byActor].sort((a, b) => a.localeCompare(b)));
    const byType = sortEvents(data.events, "type", true, name).map((e) => SIGNAL_STYLES[e.type].label);
    expect(byType).toEqual([...byType].sort((a, b) => b.localeCompare(a)));
  });
});
