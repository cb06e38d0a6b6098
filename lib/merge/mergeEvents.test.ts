import { describe, expect, it } from "vitest";
import type { SignalEvent } from "../model/schema";
import type { Mention } from "../model/mentions";
import { mergeEvents } from "./mergeEvents";

function mention(article: string, published: string, sentence: string, over: Partial<SignalEvent> = {}): Mention {
  return {
    article,
    published,
    event: {
      id: `${article}-${sentence.length}`,
      aliases: [],
      date: { start: published, end: published, precision: "day", text: "", basis: "publication" },
      type: "ceasefire-signal",
      codes: { cameo: "0356", plover: "AGREE" },
      modality: "asserted",
      actors: [{ id: "putin", role: "subject" }],
      positions: [],
      summary: sentence,
      sources: [{ article, sentence, attribution: "anonymous", speaker: null }],
      ...over,
    },
  };
}

// The two December 2023 reports of one New York Times story, in different translations.
const mind =
  "They say that the truce Moscow is proposing preserves a sovereign Ukraine with Kyiv as its capital, but would leave nearly 20% of Ukrainian territory under Russian control.";
const newsreel =
  "They say the truce proposed by Putin would preserve a sovereign Ukraine with its capital in Kyiv, but allow Russia to control the 20 percent of Ukrainian territory it has already annexed.";

describe("mergeEvents", () => {
  it("merges one event reported by two outlets and keeps the earliest-published id", () => {
    const a = mention("mind", "2023-12-23", mind);
    const b = mention("newsreel", "2023-12-24", newsreel);
    const merged = mergeEvents([b, a]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.id).toBe(a.event.id);
    expect(merged[0]!.aliases).toEqual([b.event.id]);
    expect(merged[0]!.sources.map((s) => s.article)).toEqual(["mind", "newsreel"]);
  });

  it("keeps the more explicit date of the mentions", () => {
    const a = mention("mind", "2023-12-23", mind);
    const explicit = {
      start: "2023-09-01",
      end: "2023-12-24",
      precision: "range",
      text: "since September",
      basis: "relative",
      open: true,
    } as const;
    const b = mention("newsreel", "2023-12-24", newsreel, { date: explicit });
    expect(mergeEvents([a, b])[0]!.date).toEqual(explicit);
  });

  it("does not merge different events, two mentions in one article, or far-apart dates", () => {
    const other =
      "Putin's determination to prevent Ukraine from joining NATO is among the demands that will not be abandoned.";
    expect(
      mergeEvents([
        mention("mind", "2023-12-23", mind),
        mention("newsreel", "2023-12-24", other, { type: "condition" }),
      ]),
    ).toHaveLength(2);
    expect(mergeEvents([mention("mind", "2023-12-23", mind), mention("mind", "2023-12-23", newsreel)])).toHaveLength(2);
    expect(mergeEvents([mention("mind", "2023-12-23", mind), mention("later", "2025-11-27", newsreel)])).toHaveLength(
      2,
    );
  });

  it("does not merge when the named people differ", () => {
    const b = mention("newsreel", "2023-12-24", newsreel, { actors: [{ id: "zelensky", role: "subject" }] });
    expect(mergeEvents([mention("mind", "2023-12-23", mind), b])).toHaveLength(2);
  });
});
