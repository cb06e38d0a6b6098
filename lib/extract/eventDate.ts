import type { EventDate } from "../model/schema";
import { BASIS_RANK, type DateMention } from "../model/mentions";

export function toEventDate(m: DateMention): EventDate {
  const { start, end, precision, text, basis, open } = m;
  return open ? { start, end, precision, text, basis, open } : { start, end, precision, text, basis };
}

const DAY_MS = 86_400_000;

/**
 * Whether two spans lie close enough to name one time ("Two years ago, in the spring of 2019"): within a
 * month, or within the shorter span's own length; "which crossed the border in March, on Sunday
 * left the talks" names two.
 */
function near(a: DateMention, b: DateMention): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return true;
  const length = (d: DateMention) => Date.parse(d.end!) - Date.parse(d.start!) + DAY_MS;
  const gap = Math.max(Date.parse(a.start) - Date.parse(b.end), Date.parse(b.start) - Date.parse(a.end));
  return gap <= Math.max(31 * DAY_MS, Math.min(length(a), length(b)));
}

/**
 * "Two years ago, in the spring of 2021": two phrases side by side name one time; keep the more
 * explicit one. Returns the mentions with such appositions folded.
 */
export function foldAppositions(sentence: string, mentions: readonly DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.index - b.index);
  const out: DateMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = sentence.slice(prev.index + prev.text.length, m.index);
      if (/^[\s,(–—-]*(?:in|on|during|or|that is)?[\s,]*$/i.test(gap) && near(prev, m)) {
        if (BASIS_RANK[m.basis] < BASIS_RANK[prev.basis]) out[out.length - 1] = m;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
