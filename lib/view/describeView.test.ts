import { describe, expect, it } from "vitest";
import { describeFilters } from "./describeView";
import { DEFAULT_STATE } from "./urlState";

const names = {
  actor: (id: string) => ({ putin: "Vladimir Putin" })[id] ?? id,
  source: (k: string) => k.toUpperCase(),
};

describe("describeFilters", () => {
  it("says when nothing is filtered", () => {
    expect(describeFilters(DEFAULT_STATE, names)).toBe("All events, no filters");
  });
  it("names every filter in words", () => {
    expect(
      describeFilters(
        {
          ...DEFAULT_STATE,
          actors: ["putin"],
          types: ["talks", "ceasefire-signal"],
          from: "2023",
          to: "2024-06",
          sources: ["reuters"],
          q: "front line",
          onRecordOnly: true,
        },
        names,
      ),
    ).toBe(
      "Filters: actors: Vladimir Putin; types: Talks, Ceasefire signal; dates 2023 to 2024-06; sources: REUTERS; search “front line”; on-record sources only",
    );
    expect(describeFilters({ ...DEFAULT_STATE, to: "2022" }, names)).toBe("Filters: until 2022");
  });
});
