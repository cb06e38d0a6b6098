import { describe, expect, it } from "vitest";
import { parsePositionsState, positionsHref, serializePositionsState } from "./urlState";

const vocab = {
  actorIds: new Set(["putin", "zelensky", "united-states"]),
  topicIds: new Set(["territory", "legitimacy"]),
};

describe("the positions URL", () => {
  it("reads actors, topics, asof and cell, and writes them back the same", () => {
    const raw = { actors: "putin,zelensky", topics: "legitimacy", asof: "2024-05", cell: "putin:legitimacy" };
    const { state, notices } = parsePositionsState(raw, vocab);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      actors: ["putin", "zelensky"],
      topics: ["legitimacy"],
      asof: "2024-05",
      asofDay: "2024-05-31",
      cell: { actor: "putin", topic: "legitimacy" },
    });
    expect(serializePositionsState(state)).toEqual(raw);
  });

  it("resolves a year or a day to the last day it covers", () => {
    expect(parsePositionsState({ asof: "2023" }, vocab).state.asofDay).toBe("2023-12-31");
    expect(parsePositionsState({ asof: "2024-02" }, vocab).state.asofDay).toBe("2024-02-29");
    expect(parsePositionsState({ asof: "2025-02-06" }, vocab).state.asofDay).toBe("2025-02-06");
  });

  it("drops unknown and malformed values with a notice naming them, and tolerates case, spaces and repeats", () => {
    const { state, notices } = parsePositionsState(
      { actors: " Putin , nobody,putin", topics: "territory,weather", asof: "2024-13", cell: "putin-legitimacy" },
      vocab,
    );
    expect(state).toEqual({ actors: ["putin"], topics: ["territory"], asof: null, asofDay: null, cell: null });
    expect(notices.map((n) => n.param)).toEqual(["actors", "topics", "asof", "cell"]);
    expect(notices[0]!.message).toContain("“nobody”");
    expect(notices[2]!.message).toContain("“2024-13” is not a date");
  });

  it("writes empty filters as absent parameters", () => {
    expect(serializePositionsState({ actors: [], topics: [], asof: null, cell: null })).toEqual({
      actors: null,
      topics: null,
      asof: null,
      cell: null,
    });
  });

  it("links to one cell's history", () => {
    expect(positionsHref({ actor: "putin", topic: "legitimacy" })).toBe("/positions?cell=putin:legitimacy");
    expect(positionsHref({ actor: "putin", topic: "territory" }, { asof: "2024" })).toBe(
      "/positions?cell=putin:territory&asof=2024",
    );
  });
});
