import type { EventDate } from "../model/schema";
import { BASIS_RANK, type DateMention } from "../model/mentions";

export function toEventDate(m: DateMention): EventDate {
  const { start, end, precision, text, basis, open } = m;
  return open ? { start, end, precision, text, basis, open } : { start, end, precision, text, basis };
}

/**
 * "A year ago, in the fall of 2022": two phrases side by side name one time; keep the more
 * explicit one. Returns the mentions with such appositions folded.
 */
export function foldAppositions(sentence: string, mentions: readonly DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.index - b.index);
  const out: DateMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = sentence.slice(prev.index + prev.text.length, m.index);
      if (/^[\s,(–—-]*(?:in|on|during|or|that is)?[\s,]*$/i.test(gap)) {
        if (BASIS_RANK[m.basis] < BASIS_RANK[prev.basis]) out[out.length - 1] = m;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

const CLAUSE_BREAK = /[,;:–—]/g;
const CLAUSE_PENALTY = 50;

/**
 * The date mention nearest a cue: an event's time is usually said next to its verb, and in the
 * same clause, so each comma or dash between them counts as a long way.
 */
export function nearestMention(mentions: readonly DateMention[], cueIndex: number, sentence = ""): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    const [from, to] = m.index >= cueIndex ? [cueIndex, m.index] : [m.index + m.text.length, cueIndex];
    const breaks = sentence.slice(from, to).match(CLAUSE_BREAK)?.length ?? 0;
    const distance = to - from + breaks * CLAUSE_PENALTY;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
