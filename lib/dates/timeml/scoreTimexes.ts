/**
 * TempEval-3's entity scoring of temporal expressions, re-implemented (UzZaman et al. 2013,
 * evaluate_entities.py). A system timex and a gold timex match when their characters overlap
 * (relaxed) — each timex matches at most one other, the largest overlaps paired first — and
 * match strictly when their extents are identical. Precision is matched system timexes over
 * all system timexes, recall matched gold timexes over all gold ones; value accuracy is the share
 * of matched gold timexes whose partner has the same value, and value F1 = value accuracy ×
 * relaxed F1, as the official scorer computes its attribute F1.
 */
import { TIMEX_TYPES, type Timex, type TimexType } from "../timex";

export interface Pair {
  gold: Timex;
  system: Timex;
}

export interface DocumentMatch {
  name: string;
  pairs: Pair[];
  /** gold timexes no system timex overlaps */
  missed: Timex[];
  /** system timexes that overlap no gold timex */
  spurious: Timex[];
}

/** Pairs overlapping timexes one to one, the largest overlap first, then the nearest starts. */
export function matchTimexes(name: string, gold: readonly Timex[], system: readonly Timex[]): DocumentMatch {
  const candidates: { g: number; s: number; overlap: number; offset: number }[] = [];
  gold.forEach((g, gi) => {
    system.forEach((s, si) => {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > 0) candidates.push({ g: gi, s: si, overlap, offset: Math.abs(g.start - s.start) });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.offset - b.offset || a.g - b.g || a.s - b.s);
  const goldTaken = new Set<number>();
  const systemTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.g) || systemTaken.has(c.s)) continue;
    goldTaken.add(c.g);
    systemTaken.add(c.s);
    pairs.push({ gold: gold[c.g]!, system: system[c.s]! });
  }
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  return {
    name,
    pairs,
    missed: gold.filter((_, i) => !goldTaken.has(i)),
    spurious: system.filter((_, i) => !systemTaken.has(i)),
  };
}

/** Raw counts for one timex type (or all). */
export interface Counts {
  gold: number;
  system: number;
  /** matched gold timexes of this type (recall side) */
  goldMatched: number;
  /** matched system timexes of this type (precision side) */
  systemMatched: number;
  goldStrict: number;
  systemStrict: number;
  /** matched gold timexes whose partner has the gold value */
  valueCorrect: number;
}

/** The figures the issue and TempEval-3 report, as percentages. */
export interface Figures {
  relaxedF1: number;
  strictF1: number;
  valueF1: number;
  valueAccuracy: number;
  precision: number;
  recall: number;
}

export type Category = "all" | TimexType;
export const CATEGORIES: readonly Category[] = ["all", ...TIMEX_TYPES];

const zero = (): Counts => ({
  gold: 0,
  system: 0,
  goldMatched: 0,
  systemMatched: 0,
  goldStrict: 0,
  systemStrict: 0,
  valueCorrect: 0,
});

const isStrict = (p: Pair) => p.gold.start === p.system.start && p.gold.end === p.system.end;

/**
 * Counts per type: a gold timex counts under its gold type, a system timex under the type the
 * system gave it, so a DATE read as a DURATION is a DATE found (recall) and a DURATION proposed
 * (precision). "all" ignores types, as TempEval-3 does.
 */
export function countMatches(matches: readonly DocumentMatch[]): Record<Category, Counts> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, zero()])) as Record<Category, Counts>;
  const bump = (type: TimexType, key: keyof Counts) => {
    counts.all[key]++;
    counts[type][key]++;
  };
  for (const m of matches) {
    for (const p of m.pairs) {
      bump(p.gold.type, "gold");
      bump(p.system.type, "system");
      bump(p.gold.type, "goldMatched");
      bump(p.system.type, "systemMatched");
      if (isStrict(p)) {
        bump(p.gold.type, "goldStrict");
        bump(p.system.type, "systemStrict");
      }
      if (p.gold.value === p.system.value) bump(p.gold.type, "valueCorrect");
    }
    for (const g of m.missed) bump(g.type, "gold");
    for (const s of m.spurious) bump(s.type, "system");
  }
  return counts;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const percent = (x: number) => Math.round(x * 10000) / 100;

export function figuresOf(c: Counts): Figures {
  const precision = ratio(c.systemMatched, c.system);
  const recall = ratio(c.goldMatched, c.gold);
  const relaxedF1 = f1(precision, recall);
  const valueAccuracy = ratio(c.valueCorrect, c.goldMatched);
  return {
    relaxedF1: percent(relaxedF1),
    strictF1: percent(f1(ratio(c.systemStrict, c.system), ratio(c.goldStrict, c.gold))),
    valueF1: percent(valueAccuracy * relaxedF1),
    valueAccuracy: percent(valueAccuracy),
    precision: percent(precision),
    recall: percent(recall),
  };
}

/** The JSON shape of `npm run eval:timex -- --json`: figures for all timexes and per type. */
export function scoreJson(matches: readonly DocumentMatch[]): Record<Category, Figures> {
  const counts = countMatches(matches);
  return Object.fromEntries(CATEGORIES.map((c) => [c, figuresOf(counts[c])])) as Record<Category, Figures>;
}
