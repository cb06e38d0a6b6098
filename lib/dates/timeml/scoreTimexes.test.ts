import { describe, expect, it } from "vitest";
import type { Timex, TimexType } from "../timex";
import { countMatches, matchTimexes, scoreJson } from "./scoreTimexes";

const t = (start: number, end: number, value: string, type: TimexType = "DATE"): Timex => ({
  start,
  end,
  text: "x".repeat(end - start),
  type,
  value,
});

describe("matchTimexes", () => {
  it("pairs overlapping timexes one to one, the largest overlap first", () => {
    const gold = [t(0, 10, "1998-02-13"), t(20, 30, "P3Y", "DURATION")];
    // The long system span overlaps both gold timexes; it takes the one it overlaps most.
    const system = [t(5, 28, "P3Y", "DURATION"), t(0, 4, "1998-02-13")];
    const m = matchTimexes("doc", gold, system);
    expect(m.pairs.map((p) => [p.gold.start, p.system.start])).toEqual([
      [0, 0],
      [20, 5],
    ]);
    expect(m.missed).toEqual([]);
    expect(m.spurious).toEqual([]);
  });

  it("leaves a gold timex missed and a system timex spurious when nothing overlaps", () => {
    const m = matchTimexes("doc", [t(0, 5, "1998")], [t(5, 9, "1999")]);
    expect(m.pairs).toEqual([]);
    expect(m.missed).toHaveLength(1);
    expect(m.spurious).toHaveLength(1);
  });
});

describe("scoring", () => {
  // Gold: four timexes. System: one exact with the right value, one overlapping with a wrong
  // value, one exact DURATION, one spurious; one gold DATE missed.
  const gold = [t(0, 7, "1998-02-13"), t(10, 20, "1998-W07"), t(30, 40, "P3Y", "DURATION"), t(50, 55, "1998")];
  const system = [t(0, 7, "1998-02-13"), t(12, 20, "1998-02"), t(30, 40, "P3Y", "DURATION"), t(60, 64, "1999")];
  const matches = [matchTimexes("doc", gold, system)];

  it("counts matches per type on each side", () => {
    const counts = countMatches(matches);
    expect(counts.all).toEqual({
      gold: 4,
      system: 4,
      goldMatched: 3,
      systemMatched: 3,
      goldStrict: 2,
      systemStrict: 2,
      valueCorrect: 2,
    });
    expect(counts.DURATION).toMatchObject({ gold: 1, system: 1, goldMatched: 1, valueCorrect: 1 });
    expect(counts.SET).toMatchObject({ gold: 0, system: 0 });
  });

  it("gives TempEval-3's figures as percentages, value F1 = value accuracy × relaxed F1", () => {
    const all = scoreJson(matches).all;
    expect(all).toEqual({
      precision: 75,
      recall: 75,
      relaxedF1: 75,
      strictF1: 50,
      valueAccuracy: 66.67,
      valueF1: 50,
    });
    expect(Object.keys(scoreJson(matches))).toEqual(["all", "DATE", "TIME", "DURATION", "SET"]);
    expect(scoreJson(matches).TIME.relaxedF1).toBe(0);
  });
});
