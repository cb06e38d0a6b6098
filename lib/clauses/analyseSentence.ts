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
  /** per clause: the clauses that hang on it, in order */
  children: number[][];
}

/** Every clause that hangs on `root`, directly or not, in sentence order. */
export function descendants(a: SentenceAnalysis, root: number): number[] {
  const out: number[] = [];
  const stack = [...a.children[root]!];
  while (stack.length) {
    const k = stack.pop()!;
    if (out.includes(k)) continue;
    out.push(k);
    stack.push(...a.children[k]!);
  }
  return out.sort((x, y) => x - y);
}

/** Whether clause `k` has one of `words` as an adverb. */
export function hasAdverb(a: SentenceAnalysis, k: number, words: ReadonlySet<string>): boolean {
  const c = a.clauses[k]!;
  return a.tokens.slice(c.start, c.end).some((t) => t.pos === "ADV" && words.has(t.lower));
}

/**
 * Whether clause `k`'s verb has nothing after it in its clause but adverbs or a conjunction
 * ("were ambushed and …"): a bare verb that shares all that follows the verb joined to it.
 */
export function bareVerb(a: SentenceAnalysis, k: number): boolean {
  const c = a.clauses[k]!;
  return !!c.group && a.tokens.slice(c.group.end, c.end).every((t) => t.pos === "ADV" || t.pos === "CCONJ");
}

// Asked of every clause the signal stage reads; worked out once per sentence.
const questionStarts = new WeakMap<SentenceAnalysis, number>();

/** Where the question a sentence ends on starts: after its last colon or semicolon; past the end for none. */
export function questionStart(a: SentenceAnalysis): number {
  let start = questionStarts.get(a);
  if (start === undefined) {
    start = a.tokens.length;
    if (/\?[\s"'”’)]*$/.test(a.text)) {
      start = 0;
      for (let k = a.tokens.length - 1; k >= 0; k--)
        if (/^[:;]$/.test(a.tokens[k]!.text)) {
          start = k + 1;
          break;
        }
    }
    questionStarts.set(a, start);
  }
  return start;
}

/** The token a character offset of the sentence falls in, or -1. */
export function tokenAtChar(a: SentenceAnalysis, index: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = a.tokens[mid]!;
    if (index < t.start) hi = mid - 1;
    else if (index >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function analyseSentence(
  text: string,
  opts: { startsInsideQuote?: boolean; reporting?: ReadonlySet<string>; reportingThat?: ReadonlySet<string> } = {},
): SentenceAnalysis {
  const tokens = tagSentence(text);
  const quoted = quotedTokens(tokens, text, opts.startsInsideQuote ?? false);
  const clauses = segmentClauses(
    tokens,
    quoted,
    verbGroups(tokens),
    opts.reporting ?? REPORTING_LIKE,
    opts.reportingThat,
  );
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
  const children = clauses.map(() => [] as number[]);
  clauses.forEach((c, i) => {
    if (c.parent !== null && c.parent !== i) children[c.parent]!.push(i);
  });
  return { text, tokens, quoted, clauses, clauseOf, children };
}
