import { REPORTING } from "./attribute";

export interface ClaimAndTail {
  /** what is claimed: the quotation, or the whole sentence when no attribution follows it */
  claim: string;
  /** the attribution after a closing quote (`said a senior official who met … this fall.`) */
  tail: string | null;
  tailStart: number;
}

const TAIL = new RegExp(String.raw`^\s*[,.]?\s*(?:(?:[\w.'-]+\s+){0,5}?${REPORTING}\b|according to\b)`, "i");

/**
 * Splits `"…," said X who met Y this fall.` into the quoted claim and its attribution, so that
 * words in the attribution ("met", "officials") are not read as the signal itself.
 */
export function splitAttributionTail(sentence: string): ClaimAndTail {
  for (let i = sentence.length - 1; i > 0; i--) {
    if (sentence[i] !== '"') continue;
    const rest = sentence.slice(i + 1);
    if (rest.trim() && TAIL.test(rest))
      return {
        claim: sentence.slice(0, i + 1),
        tail: rest.trim(),
        tailStart: i + 1 + (rest.length - rest.trimStart().length),
      };
    break;
  }
  return { claim: sentence, tail: null, tailStart: sentence.length };
}
