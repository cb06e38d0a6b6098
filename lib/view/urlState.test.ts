import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, parseViewState, serializeViewState, type RawParams } from "./urlState";

const vocab = {
  actorIds: new Set(["putin", "zelensky"]),
  sourceKeys: new Set(["reuters", "2025-02-06-espreso"]),
  eventIds: new Map([
    ["ev-1", "ev-1"],
    ["ev-1-old", "ev-1"],
  ]),
};

describe("parseViewState", () => {
  it("reads every documented parameter", () => {
    const { state, notices } = parseViewState(
      {
        actors: "putin,zelensky",
        types: "talks,threat",
        from: "2023",
        to: "2024-06",
        q: " ceasefire ",
        sources: "reuters",
        attribution: "on-record",
        event: "ev-1",
        view: "table",
        lanes: "name",
        sort: "-actor",
      },
      vocab,
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      actors: ["putin", "zelensky"],
      types: ["talks", "threat"],
      from: "2023",
      to: "2024-06",
      q: "ceasefire",
      sources: ["reuters"],
      onRecordOnly: true,
      event: "ev-1",
      view: "table",
      laneOrder: "name",
      sort: { key: "actor", descending: true },
    });
  });

  it("drops unknown and malformed values with a notice for each", () => {
    const { state, notices } = parseViewState(
      { actors: "putin,nobody", types: "talks,gossip", from: "2023-13", view: "grid", sort: "size", event: "gone" },
      vocab,
    );
    expect(state.actors).toEqual(["putin"]);
    expect(state.types).toEqual(["talks"]);
    expect(state.from).toBeNull();
    expect(state.view).toBe("timeline");
    expect(state.event).toBeNull();
    expect(notices).toHaveLength(6);
    for (const named of ["“nobody”", "“gossip”", "from=2023-13", "view=grid", "sort=size", "“gone”"])
      expect(notices.some((n) => n.includes(named))).toBe(true);
  });

  it("resolves an alias event id to the canonical one", () => {
    expect(parseViewState({ event: "ev-1-old" }, vocab).state.event).toBe("ev-1");
  });

  it("swaps a reversed date range and says so", () => {
    const { state, notices } = parseViewState({ from: "2025", to: "2023-05" }, vocab);
    expect([state.from, state.to]).toEqual(["2023-05", "2025"]);
    expect(notices[0]).toMatch(/swapped/);
  });

  it("gives the default view for an empty URL", () => {
    expect(parseViewState({}, vocab)).toEqual({ state: DEFAULT_STATE, notices: [] });
  });
});

describe("serializeViewState", () => {
  it("leaves the default view with no parameters", () => {
    expect(Object.values(serializeViewState(DEFAULT_STATE)).every((v) => v === null)).toBe(true);
  });
  it("round-trips through parse", () => {
    const raw: RawParams = {
      actors: "zelensky",
      types: "proposal",
      from: "2024-02-03",
      q: "grain deal",
      sort: "-date",
    };
    const { state } = parseViewState(raw, vocab);
    const back = serializeViewState(state);
    expect(parseViewState(back, vocab).state).toEqual(state);
    expect(back).toMatchObject({ actors: "zelensky", types: "proposal", from: "2024-02-03", sort: "-date" });
  });
});
