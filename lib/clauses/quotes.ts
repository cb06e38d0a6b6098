import type { Token } from "../language/tagSentence";

/**
 * Which tokens sit inside quotation marks. Cleaning has made every double quote straight ("),
 * so a double quote toggles; single quotes count as quotation marks only where they come in
 * pairs that open before a word and close after one ('five-day truce'), since most single
 * quotes are apostrophes. `startsInside` is true when a quotation opened in an earlier sentence
 * of the paragraph is still open. The marks themselves count as outside.
 */
export function quotedTokens(tokens: readonly Token[], sentence: string, startsInside = false): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let inside = startsInside;
  let single = false;
  const singles = singleQuotePairs(tokens, sentence);
  tokens.forEach((t, i) => {
    if (t.text === '"') {
      inside = !inside;
      return;
    }
    if (singles.has(i)) {
      single = !single;
      return;
    }
    out[i] = inside || single;
  });
  return out;
}

/** Whether the paragraph's quotation is still open after this sentence. */
export function endsInsideQuote(sentence: string, startsInside: boolean): boolean {
  let count = 0;
  for (const ch of sentence) if (ch === '"') count++;
  return count % 2 === 1 ? !startsInside : startsInside;
}

function singleQuotePairs(tokens: readonly Token[], sentence: string): Set<number> {
  const marks: number[] = [];
  tokens.forEach((t, i) => {
    if (t.text !== "'" && t.text !== "’" && t.text !== "‘") return;
    const before = sentence[t.start - 1] ?? " ";
    const after = sentence[t.end] ?? " ";
    const opens = /[\s(:"—–-]/.test(before) && /\w/.test(after);
    const closes = /[\w.,!?]/.test(before) && /[\s.,;:!?)"—–-]|$/.test(after);
    if (opens || closes) marks.push(i);
  });
  return new Set(marks.length % 2 === 0 ? marks : []);
}
