import { describe, expect, it } from "vitest";
import {
  DEFAULT_STATE,
  ECHO_LIMIT,
  buildVocabulary,
  canonicalEventParam,
  parseViewState,
  serializeViewState,
  type RawParams,
} from "./urlState";

const vocab = buildVocabulary(
  ["putin", "zelensky"],
  ["reuters", "2025-02-06-espreso"],
  [{ id: "ev-1", aliases: ["ev-1-old"] }],
);

describe("parseViewState", () => {
  it("reads ids and choices in any case", () => {
    const { state, notices } = parseViewState(
      { actors: "PUTIN,Zelensky", types: "Talks", sources: "Reuters", view: "TABLE", sort: "-Actor", event: "EV-1" },
      vocab,
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      actors: ["putin", "zelensky"],
      types: ["talks"],
      sources: ["reuters"],
      view: "table",
      sort: { key: "actor", descending: true },
      event: "ev-1",
    });
  });

  it("echoes at most a few dozen characters of an unknown value", () => {
    const long = "x".repeat(10_000);
    const { notices } = parseViewState({ actors: long, from: long, event: long, view: long }, vocab);
    expect(notices).toHaveLength(4);
    for (const n of notices) {
      expect(n.length).toBeLessThan(ECHO_LIMIT + 120);
      expect(n).toContain("(10000 characters)");
    }
    const many = parseViewState({ actors: Array.from({ length: 30 }, (_, i) => `nobody${i}`).join(",") }, vocab);
    expect(many.notices[0]).toContain("and 25 more");
  });

  it("says how to write an alias or another case of an event id canonically", () => {
    for (const event of ["ev-1-old", "EV-1"]) {
      const { state } = parseViewState({ event }, vocab);
      expect(canonicalEventParam({ event }, state)).toBe("ev-1");
    }
    expect(canonicalEventParam({ event: "ev-1" }, parseViewState({ event: "ev-1" }, vocab).state)).toBeNull();
  });

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
