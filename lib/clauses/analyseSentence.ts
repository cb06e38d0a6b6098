import { tagSentence, type Token } from "../language/tagSentence";
import { quotedTokens } from "./quotes";
import { REPORTING_LIKE, segmentClauses, type Clause } from "./segment";
import { verbGroups } from "./verbGroups";

/** A sentence after the language pass and clause analysis. */
export interface SentenceAnalysis {
  text: string;
  tokens: Token[];
  /** per token: inside quotation marks */
  quoted: boolean[];
  clauses: Clause[];
  /** per token: the clause it belongs to (a subject written apart belongs to its clause) */
  clauseOf: number[];
}

export function analyseSentence(
  text: string,
  opts: { startsInsideQuote?: boolean; reporting?: ReadonlySet<string> } = {},
): SentenceAnalysis {
  const tokens = tagSentence(text);
  const quoted = quotedTokens(tokens, text, opts.startsInsideQuote ?? false);
  const clauses = segmentClauses(tokens, quoted, verbGroups(tokens), opts.reporting ?? REPORTING_LIKE);
  const clauseOf = new Array<number>(tokens.length).fill(-1);
  clauses.forEach((c, i) => {
    for (let k = c.start; k < c.end; k++) clauseOf[k] = i;
  });
  // A subject written apart belongs to the first clause that has it ("Kiev lost …, but
  // mobilized only …" shares it with the second).
  const bySubject = new Array<boolean>(tokens.length).fill(false);
  clauses.forEach((c, i) => {
    if (!c.subject) return;
    for (let k = c.subject[0]; k < c.subject[1]; k++) {
      if (bySubject[k]) continue;
      clauseOf[k] = i;
      bySubject[k] = true;
    }
  });
  const main = Math.max(
    0,
    clauses.findIndex((c) => c.kind === "main"),
  );
  for (let k = 0; k < clauseOf.length; k++) if (clauseOf[k] === -1) clauseOf[k] = main;
  return { text, tokens, quoted, clauses, clauseOf };
}
