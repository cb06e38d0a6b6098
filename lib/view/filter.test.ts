import { describe, expect, it } from "vitest";
import { generateEventDocument } from "../bench/generateEventDocument";
import {
  compileFilter as compile,
  facetCounts,
  filterEvents,
  publishersOf,
  relaxations,
  searchText,
  shownSources,
  type EventText,
} from "./filter";
import { indexActorNames } from "./search";
import { DEFAULT_STATE, type ViewState } from "./urlState";
import { decodeViewData, encodeViewData, type ViewData } from "./viewData";

const data = decodeViewData(encodeViewData(generateEventDocument({ events: 600, actors: 15, seed: 7 })));
const publishers = publishersOf(data);
const names = indexActorNames(data.actors);
const compileFilter = (state: ViewState, p: typeof publishers) => compile(state, p, names);
const text: EventText = (e, onRecordOnly) => searchText(e, data.details![e.id], onRecordOnly);
const run = (patch: Partial<ViewState>) =>
  filterEvents(data.events, compileFilter({ ...DEFAULT_STATE, ...patch }, publishers), text);

describe("filterEvents", () => {
  it("shows everything without filters", () => {
    expect(run({})).toHaveLength(600);
  });

  it("keeps events with any of the chosen actors, in any role", () => {
    const shown = run({ actors: ["putin", "trump"] });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((e) => e.actors.some((a) => a.id === "putin" || a.id === "trump"))).toBe(true);
    const expected = data.events.filter((e) => e.actors.some((a) => ["putin", "trump"].includes(a.id)));
    expect(shown).toHaveLength(expected.length);
  });

  it("combines filters with AND", () => {
    const shown = run({ actors: ["putin"], types: ["talks"] });
    expect(shown.every((e) => e.type === "talks" && e.actors.some((a) => a.id === "putin"))).toBe(true);
    expect(shown.length).toBeLessThan(run({ actors: ["putin"] }).length);
  });

  it("keeps spans that overlap the date range and hides undated events", () => {
    const shown = run({ from: "2020-03", to: "2020-03" });
    const from = Date.UTC(2020, 2, 1) / 86_400_000;
    const to = Date.UTC(2020, 2, 31) / 86_400_000;
    expect(shown.length).toBeGreaterThan(0);
    for (const e of shown) {
      expect(e.start).not.toBeNull();
      expect(e.start! <= to && e.end! >= from).toBe(true);
    }
    expect(shown.some((e) => e.start! < from)).toBe(true);
  });

  it("searches evidence sentences, not only summaries", () => {
    const withAnalysts = run({ q: "analysts at" });
    expect(withAnalysts.length).toBeGreaterThan(0);
    expect(withAnalysts.every((e) => !e.summary.toLowerCase().includes("analysts at"))).toBe(true);
  });

  it("filters by publisher key or by article id, and by on-record attribution", () => {
    const reuters = publishers.find((p) => p.name === "Reuters")!;
    const byPublisher = run({ sources: [reuters.key] });
    expect(byPublisher.every((e) => e.sources.some((s) => reuters.articleIds.includes(s.article)))).toBe(true);
    const oneArticle = byPublisher[0]!.sources.find((s) => reuters.articleIds.includes(s.article))!.article;
    expect(run({ sources: [oneArticle] }).length).toBeGreaterThan(0);
    const onRecord = run({ onRecordOnly: true });
    expect(onRecord.length).toBeLessThan(600);
    expect(onRecord.every((e) => e.sources.some((s) => s.attribution === "on-record"))).toBe(true);
  });
});

describe("on record only", () => {
  // One event with an on-record source and an anonymous one, from two publishers.
  const mixed: ViewData["events"][number] = {
    ...data.events[0]!,
    id: "mixed",
    summary: "Talks were held",
    sources: [
      { article: data.articles[0]!.id, attribution: "on-record" },
      { article: data.articles[1]!.id, attribution: "anonymous" },
    ],
  };
  const detail = {
    codes: { cameo: null, plover: null },
    positions: [],
    sources: [
      { ...mixed.sources[0]!, sentence: "The minister said talks were held.", speaker: null },
      { ...mixed.sources[1]!, sentence: "Three sources familiar with the discussions said so.", speaker: null },
    ],
  };
  const mixedText: EventText = (e, onRecordOnly) => searchText(e, detail, onRecordOnly);
  const shown = (patch: Partial<ViewState>) =>
    filterEvents([mixed], compileFilter({ ...DEFAULT_STATE, ...patch }, publishersOf(data)), mixedText).length;

  it("searches only the on-record evidence", () => {
    expect(shown({ q: "sources familiar" })).toBe(1);
    expect(shown({ q: "sources familiar", onRecordOnly: true })).toBe(0);
    expect(shown({ q: "minister", onRecordOnly: true })).toBe(1);
  });

  it("matches a quoted phrase within one sentence, never across two", () => {
    expect(shown({ q: '"talks were held"' })).toBe(1);
    expect(shown({ q: '"held three sources"' })).toBe(0);
    expect(shown({ q: "held three" })).toBe(1);
  });

  it("lets a publisher's events through only by their on-record sources", () => {
    const second = publishersOf(data).find((p) => p.articleIds.includes(data.articles[1]!.id))!;
    const first = publishersOf(data).find((p) => p.articleIds.includes(data.articles[0]!.id))!;
    expect(shown({ sources: [second.key] })).toBe(1);
    if (second.key !== first.key) expect(shown({ sources: [second.key], onRecordOnly: true })).toBe(0);
    expect(shown({ sources: [first.key], onRecordOnly: true })).toBe(1);
  });

  it("shows only the on-record sources of an event", () => {
    expect(shownSources(detail.sources, true).map((s) => s.attribution)).toEqual(["on-record"]);
    expect(shownSources(detail.sources, false)).toHaveLength(2);
  });
});

describe("facetCounts", () => {
  it("counts each actor as if it were the only actor chosen", () => {
    const state = { ...DEFAULT_STATE, actors: ["putin"], types: ["threat" as const] };
    const facets = facetCounts(data.events, compileFilter(state, publishers), text, publishers);
    expect(facets.actors.get("zelensky")).toBe(run({ actors: ["zelensky"], types: ["threat"] }).length);
    expect(facets.types.get("talks")).toBe(run({ actors: ["putin"], types: ["talks"] }).length);
  });
});

describe("relaxations", () => {
  it("names the filters to drop when nothing matches, most rewarding first", () => {
    const state = { ...DEFAULT_STATE, q: "no such phrase anywhere", types: ["talks" as const] };
    const f = compileFilter(state, publishers);
    expect(filterEvents(data.events, f, text)).toHaveLength(0);
    const advice = relaxations(data.events, state, f, text);
    expect(advice.map((r) => r.facet)).toEqual(["q", "types"]);
    expect(advice[0]!.count).toBe(run({ types: ["talks"] }).length);
    expect(advice[1]!.count).toBe(0);
  });
});
