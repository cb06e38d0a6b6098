import type { SentenceAnalysis } from "../clauses/analyseSentence";
import type { Lexicon } from "../signals/lexicon";

/**
 * Nouns of a deal's terms themselves ("under its terms", "under the provisions"), read as written.
 * (The prepositions of terms and the classes of a deal's nouns are the lexicon's `terms`, which
 * the clause classifier reads too.)
 */
const TERM_NOUNS = new Set(["term", "terms", "provision", "provisions", "clause", "text", "arrangement"]);
/** Verbs by which a deal says what its parties are to do ("the accord provides for …"). */
const PROVIDING = new Set([
  "provide",
  "commit",
  "require",
  "stipulate",
  "envisage",
  "envision",
  "oblige",
  "foresee",
  "grant",
]);
/** Kinds of clause that may describe the deal its words name. */
const DESCRIBING = new Set(["participle", "relative"]);
/** How far "Under" may reach for its comma ("Under the deal signed in Nairobi on Sunday,"). */
const UNDER_REACH = 14;

/**
 * "Under the deal, the army will pull back by March", "Under its terms the militia leaves the
 * capital", "The accord provides for a unity government", "The agreement commits the
 * government to cut the army": a clause that tells what a deal sets out states its terms, a
 * proposal made the day the deal was, whatever later days its terms name. Returns the token span
 * of the words that name the deal ("Under the deal signed on Sunday"), whose own date is the
 * deal's, or null when clause `k` states no deal's terms.
 */
export function dealTerms(
  a: SentenceAnalysis,
  k: number,
  lex: Pick<Lexicon, "objectNouns" | "terms">,
): [number, number] | null {
  const names = (i: number) => {
    const t = a.tokens[i]!;
    if (t.pos !== "NOUN") return false;
    const cls = lex.objectNouns.get(t.lemma) ?? lex.objectNouns.get(t.lower);
    return (!!cls && lex.terms.classes.has(cls.name)) || TERM_NOUNS.has(t.lower);
  };
  const under = underPhrase(a, lex.terms.words, names);
  // (not an aside on the deal right after its name: "Under the accord, initialled last week, …")
  const aside = (c: number) => {
    const clause = a.clauses[c]!;
    const first = a.tokens[clause.start];
    const participle = first?.pos === "VERB" && /(?:ed|en)$/.test(first.lower);
    return clause.start === under?.[1] && (DESCRIBING.has(clause.kind) || participle);
  };
  if (under && a.clauses[k]!.start >= under[1] && !aside(k)) return under;
  // (the deal as subject of a verb of providing, in the clause or one after that verb, not one
  // inside the subject that tells of something of its own: "The accord, initialled last week,
  // commits …")
  for (let c: number | null = k; c !== null; c = a.clauses[c]!.parent) {
    const clause = a.clauses[c]!;
    const head = clause.group ? a.tokens[clause.group.head] : undefined;
    if (!clause.subject || !head || !PROVIDING.has(head.lemma) || clause.group!.negated) continue;
    if (c !== k && a.clauses[k]!.start < clause.group!.head) return null;
    const [from, to] = clause.subject;
    const noun = headNoun(a, from, to);
    if (noun >= 0 && names(noun) && /^(?:the|its|this|that)$/.test(a.tokens[from]!.lower)) return [from, to];
  }
  return null;
}

/** The span of a sentence's opening "Under the deal …," (a preposition of `words`) up to its comma, when it names a deal. */
function underPhrase(
  a: SentenceAnalysis,
  words: ReadonlySet<string>,
  names: (i: number) => boolean,
): [number, number] | null {
  let i = 0;
  // ("But under the deal, …")
  if (/^(?:but|and|yet)$/.test(a.tokens[0]?.lower ?? "")) i = 1;
  if (!words.has(a.tokens[i]?.lower ?? "")) return null;
  const next = a.tokens[i + 1]?.lower ?? "";
  if (!/^(?:the|its|this|that|their)$/.test(next)) return null;
  let named = false;
  for (let j = i + 2; j < Math.min(a.tokens.length, i + UNDER_REACH); j++) {
    if (a.tokens[j]!.text === ",") return named ? [i, j + 1] : null;
    if (names(j)) named = true;
  }
  // ("Under its terms the militia leaves …": no comma; the phrase ends on the deal's noun)
  for (let j = i + 2; j < a.tokens.length && /^(?:ADJ|NOUN)$/.test(a.tokens[j]!.pos); j++)
    if (names(j)) return [i, j + 1];
  return null;
}

/** The head of the first noun phrase in [from, to) ("the agreement signed in Doha"), or -1. */
function headNoun(a: SentenceAnalysis, from: number, to: number): number {
  let k = from;
  while (k < to && a.tokens[k]!.pos !== "NOUN") k++;
  while (k + 1 < to && a.tokens[k + 1]!.pos === "NOUN") k++;
  return k < to ? k : -1;
}
