import type { Token } from "../language/tagSentence";

/**
 * Whether a straight double quote at `at` opens a quotation: cleaning has made every double
 * quote straight ("), so the side the words are on tells ('said: "We will sign", she said'
 * opens before "We" and closes after "sign"). Where both sides are words or both are not, it
 * toggles.
 */
function opens(sentence: string, at: number, depth: number): boolean {
  const before = sentence[at - 1] ?? " ";
  const after = sentence[at + 1] ?? " ";
  const wordAfter = /[\p{L}\p{N}'‘(\[]/u.test(after);
  const wordBefore = /[\p{L}\p{N}.,!?;:…)\]'’-]/u.test(before) && !/[\s(\[]/.test(before);
  if (wordAfter && !wordBefore) return true;
  if (wordBefore && !wordAfter) return false;
  return depth === 0;
}

/** The quotation depth after each double quote of a sentence, starting at `depth`. */
function depthAfter(sentence: string, depth: number): number {
  let d = depth;
  for (let i = sentence.indexOf('"'); i >= 0; i = sentence.indexOf('"', i + 1))
    d = opens(sentence, i, d) ? d + 1 : Math.max(0, d - 1);
  return d;
}

/**
 * Which tokens sit inside quotation marks. Double quotes open or close by the side their words
 * are on, so a quotation nested in another ('"They keep telling us: "We will sign". They want …,"
 * said an official') is followed to its end. Single quotes count as quotation marks only where
 * they come in pairs that open before a word and close after one ('five-day truce'), since most
 * single quotes are apostrophes. `startsInside` is true when a quotation opened in an earlier
 * sentence of the paragraph is still open. The marks themselves count as outside.
 */
export function quotedTokens(tokens: readonly Token[], sentence: string, startsInside = false): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let depth = startsInside ? 1 : 0;
  let single = false;
  const singles = singleQuotePairs(tokens, sentence);
  tokens.forEach((t, i) => {
    if (t.text === '"') {
      depth = opens(sentence, t.start, depth) ? depth + 1 : Math.max(0, depth - 1);
      return;
    }
    if (singles.has(i)) {
      single = !single;
      return;
    }
    out[i] = depth > 0 || single;
  });
  return out;
}

/** Whether the paragraph's quotation is still open after this sentence. */
export function endsInsideQuote(sentence: string, startsInside: boolean): boolean {
  return depthAfter(sentence, startsInside ? 1 : 0) > 0;
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
  if (marks.length % 2 !== 0) return new Set();
  // "the 'Vostok' group": a pair around one to three capitalised words names something, it
  // quotes nobody.
  const quoting: number[] = [];
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const inside = tokens.slice(marks[k]! + 1, marks[k + 1]!);
    const name = inside.length > 0 && inside.length <= 3 && inside.every((t) => /^\p{Lu}/u.test(t.text));
    if (!name) quoting.push(marks[k]!, marks[k + 1]!);
  }
  return new Set(quoting);
}
