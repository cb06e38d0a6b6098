import type { SentenceAnalysis } from "../clauses/analyseSentence";
import type { DirectionAt } from "../dates/findDates";
import type { Direction } from "../dates/spans";
import type { DateMention } from "../model/mentions";
import type { SignalDraft } from "./sentenceSignals";

/** The token a character offset falls in, or -1. */
export function tokenAt(a: SentenceAnalysis, index: number): number {
  return a.tokens.findIndex((t) => t.start <= index && index < t.end);
}

/** The clause whose tense governs a clause: gerunds and participles borrow their parent's. */
function governing(a: SentenceAnalysis, i: number): number {
  let k = i;
  for (let guard = 0; guard < a.clauses.length; guard++) {
    const c = a.clauses[k]!;
    if (!c.group || !(c.group.gerund || (c.group.participle && !c.subject)) || c.parent === null) return k;
    k = c.parent;
  }
  return k;
}

/**
 * Which way a date phrase points, from the clause it sits in: a past-tense clause looks back, a
 * future, modal or "to"-clause ahead, "until …" ahead; a present-tense or verbless one says
 * nothing, so the phrase takes the instance nearest the publication date. Quotations carry
 * their own tense, so "Next week we will …" inside a quote does not move the reporting verb.
 */
export function directionFrom(a: SentenceAnalysis): DirectionAt {
  return (index) => {
    const k = tokenAt(a, index);
    if (k < 0) return null;
    const before = a.tokens[k - 1]?.lower ?? "";
    if (/^(?:until|till|through|by)$/.test(before)) return "ahead";
    const clause = a.clauses[governing(a, a.clauseOf[k] ?? 0)];
    const g = clause?.group;
    if (!g) return null;
    if (g.infinitive || g.tense === "future" || g.modal) return "ahead" satisfies Direction;
    if (g.tense === "past") return "back";
    return null;
  };
}

/**
 * The date an event states itself: the first dated phrase in its own clause, then in the
 * clauses completing it ("agreed [to meet on Friday]"), then in the clause that reports it
 * ("Peskov said on Tuesday …"). Dates in side clauses belong to those clauses.
 */
export function draftDate(a: SentenceAnalysis, draft: SignalDraft, dates: readonly DateMention[]): DateMention | null {
  const inClause = (clauses: readonly number[]) =>
    dates.find((d) => {
      const k = tokenAt(a, d.index);
      return k >= 0 && clauses.includes(a.clauseOf[k]!) && d.start !== null;
    }) ?? null;
  const own = draft.signal.clause;
  const completions = draft.clauses.filter((i) => {
    const kind = a.clauses[i]!.kind;
    return i !== own && (kind === "infinitive" || kind === "argument" || kind === "complement");
  });
  const frame = draft.frame?.clause;
  return inClause([own]) ?? inClause(completions) ?? (frame !== null && frame !== undefined ? inClause([frame]) : null);
}
