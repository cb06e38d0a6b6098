import type { SignalType } from "../model/schema";
import { CUES } from "./cues";

export interface CueHit {
  type: SignalType;
  weight: number;
  /** where the cue starts in the sentence */
  index: number;
  text: string;
  cameo?: string;
}

export interface TypeScore {
  type: SignalType;
  score: number;
  hits: CueHit[];
}

/** Every cue found in a sentence. */
export function findCues(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    const m = cue.pattern.exec(sentence);
    if (m) hits.push({ type: cue.type, weight: cue.weight, index: m.index, text: m[0], cameo: cue.cameo });
  }
  return hits;
}

/**
 * Scores each type by its strongest cue; a second cue of the same type adds a little, so a
 * sentence saying the same thing twice beats one stray word of another type.
 */
export function scoreTypes(hits: readonly CueHit[]): TypeScore[] {
  const byType = new Map<SignalType, CueHit[]>();
  for (const h of hits) byType.set(h.type, [...(byType.get(h.type) ?? []), h]);
  return [...byType.entries()]
    .map(([type, list]) => {
      const weights = list.map((h) => h.weight).sort((a, b) => b - a);
      return { type, score: weights[0]! + 0.25 * (weights.length - 1), hits: list };
    })
    .sort((a, b) => b.score - a.score || a.hits[0]!.index - b.hits[0]!.index);
}

/** The finest CAMEO code the winning cues support. */
export function cameoFor(score: TypeScore, fallback: string | null): string | null {
  const best = [...score.hits].sort((a, b) => b.weight - a.weight)[0];
  return best?.cameo ?? fallback;
}
