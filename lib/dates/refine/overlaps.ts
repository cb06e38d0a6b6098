import type { Found } from "../found";

/** Longest phrase wins an overlap; on a tie the earlier source (rules before chrono) does. */
export function settleOverlaps(found: Found[]): Found[] {
  const ranked = found.map((f, order) => ({ f, order }));
  ranked.sort((a, b) => b.f.length - a.f.length || a.order - b.order);
  const kept: Found[] = [];
  for (const { f } of ranked) {
    if (kept.every((k) => f.index + f.length <= k.index || k.index + k.length <= f.index)) kept.push(f);
  }
  return kept.sort((a, b) => a.index - b.index);
}
