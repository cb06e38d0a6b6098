import type { SentenceAnalysis } from "../clauses/analyseSentence";
import type { Lexicon } from "../signals/lexicon";
import type { SignalDraft } from "./sentenceSignals";

/** What "the" may point back to: a deal, a truce or talks the story has told of. */
const TOLD_OF = new Set(["deal", "truce", "talks"]);

/**
 * The class of the noun an event rests on when "the", "this" or "that" points back to one the
 * story told of before ("The agreement was reached during the eighth round", "The truce would
 * come into force once …"), or null. Such an event is between the parties of that one.
 */
export function pointsBack(a: SentenceAnalysis, draft: SignalDraft, lex: Pick<Lexicon, "objectNouns">): string | null {
  const told = toldOfNoun(a, draft, lex);
  if (!told) return null;
  let k = told.at - 1;
  while (a.tokens[k]?.pos === "ADJ" || a.tokens[k]?.pos === "NOUN") k--;
  return pointing(a.tokens[k]) && !ownPhrase(a, told.at) && !aside(a) ? told.cls : null;
}

/**
 * Whether the deal, truce or talks a clause tells of are another story's: after "Meanwhile," or
 * "Separately,", or a noun that names its own topic or partner ("talks over public sector pay",
 * "talks with hospital managers").
 */
export function tellsAnotherStory(a: SentenceAnalysis, draft: SignalDraft, lex: Pick<Lexicon, "objectNouns">): boolean {
  if (aside(a)) return true;
  const told = toldOfNoun(a, draft, lex);
  return told !== null && ownPhrase(a, told.at);
}

const aside = (a: SentenceAnalysis) => /^(?:meanwhile|separately|elsewhere)$/.test(a.tokens[0]?.lower ?? "");

const ownPhrase = (a: SentenceAnalysis, noun: number) =>
  /^(?:over|about|with|between|among|regarding|concerning)$/.test(a.tokens[noun + 1]?.lower ?? "");

/** The first noun of a deal, a truce or talks an event rests on: the trigger itself, else one its clause names. */
function toldOfNoun(
  a: SentenceAnalysis,
  draft: SignalDraft,
  lex: Pick<Lexicon, "objectNouns">,
): { at: number; cls: string } | null {
  const clause = a.clauses[draft.signal.clause]!;
  // (the trigger itself, else a noun its clause names: "The agreement was reached")
  const at = a.tokens[draft.signal.trigger]?.pos === "NOUN" ? [draft.signal.trigger] : range(clause.start, clause.end);
  for (const i of at) {
    const t = a.tokens[i]!;
    const cls =
      t.pos === "NOUN" ? (lex.objectNouns.get(t.lemma)?.name ?? lex.objectNouns.get(t.lower)?.name) : undefined;
    if (cls && TOLD_OF.has(cls)) return { at: i, cls };
  }
  return null;
}

/** Nouns of an act of saying or deciding that "the" may point back to ("the announcement", "the statement"). */
const ACTS = new Set(["announcement", "statement", "declaration", "decision", "remarks", "speech", "address"]);

/**
 * Whether a clause speaks of the act just told by "the", "this" or "that" and a noun of saying or
 * deciding ("The announcement was made on Tuesday", "the envoy made the announcement in Geneva on
 * Tuesday"): a day it states is the day of that act. A noun with its own "of" phrase or clause of
 * content ("the decision to recall the envoys") is another act.
 */
export function speaksOfTheAct(a: SentenceAnalysis, clause: number): boolean {
  const c = a.clauses[clause]!;
  for (let i = c.start; i < c.end; i++) {
    const t = a.tokens[i]!;
    if (t.pos !== "NOUN" || !ACTS.has(t.lower)) continue;
    const next = a.tokens[i + 1]?.lower ?? "";
    if (pointing(a.tokens[i - 1]) && !/^(?:of|to|that|on|about)$/.test(next)) return true;
  }
  return false;
}

/** Occasions of saying that "in the same …" or "in that …" points back to, besides meetings. */
const OCCASIONS = new Set([...ACTS, "interview", "briefing"]);

/**
 * Whether the sentence, before the draft's trigger, places it "after the signing", "after the
 * meeting" or "after this summit", or in the occasion just told ("In the same address, he
 * said …", "at that meeting"): a meeting or an act named by "the", "this" or "that" and no day
 * is the one just told, so what follows it, or is said in it, is of that day. "After the war" is
 * no such act.
 */
export function followsTheAct(a: SentenceAnalysis, draft: SignalDraft, lex: Pick<Lexicon, "objectNouns">): boolean {
  for (let i = 0; i < draft.signal.trigger - 2; i++) {
    const word = a.tokens[i]!.lower;
    const after = word === "after" && pointing(a.tokens[i + 1]);
    const within =
      /^(?:in|at|during)$/.test(word) &&
      (/^(?:this|that)$/.test(a.tokens[i + 1]?.lower ?? "") ||
        (a.tokens[i + 1]?.lower === "the" && a.tokens[i + 2]?.lower === "same"));
    if (!after && !within) continue;
    let k = i + 2;
    while (a.tokens[k]?.pos === "ADJ") k++;
    const t = a.tokens[k];
    if (t?.pos !== "NOUN") continue;
    const cls = lex.objectNouns.get(t.lemma)?.name ?? lex.objectNouns.get(t.lower)?.name;
    if (cls === "talks") return true;
    if (after ? cls === undefined && /[a-z]ing$/.test(t.lower) : OCCASIONS.has(t.lower)) return true;
  }
  return false;
}

/** A determiner that points back to something the story told of: "the", "this", "that". */
const pointing = (t: { pos: string; lower: string } | undefined) =>
  t?.pos === "DET" && /^(?:the|this|that)$/.test(t.lower);

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** The classes an event tells of, for what "the" may later point back to: an agreement is a deal. */
export function toldOf(draft: SignalDraft): string[] {
  const classes = draft.signal.classes.filter((c) => TOLD_OF.has(c));
  return draft.signal.cameo === "05" && !classes.includes("deal") ? [...classes, "deal"] : classes;
}
