import type { SentenceAnalysis } from "../clauses/analyseSentence";
import type { DirectionAt } from "../dates/findDates";
import type { Direction } from "../dates/spans";
import type { Frame } from "../clauses/frames";
import type { DateMention } from "../model/mentions";
import type { SignalDraft } from "./sentenceSignals";

/** The token a character offset falls in, or -1. */
export function tokenAt(a: SentenceAnalysis, index: number): number {
  return a.tokens.findIndex((t) => t.start <= index && index < t.end);
}

/** Verbs whose "to"-clause is still to come ("agreed to meet on Friday", "plans to leave on Sunday"). */
const FORWARD = new Set([
  "agree",
  "plan",
  "intend",
  "expect",
  "schedule",
  "set",
  "promise",
  "pledge",
  "vow",
  "decide",
  "aim",
  "seek",
  "want",
  "hope",
  "urge",
  "ask",
  "invite",
  "call",
  "threaten",
  "offer",
  "propose",
  "prepare",
  "order",
  "instruct",
  "wish",
  "try",
  "need",
]);

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
    if (g.infinitive) {
      // "agreed to meet", "plans to leave" look ahead; "appeared to be" keeps its verb's tense.
      const parent = clause.parent !== null ? a.clauses[clause.parent]!.group : null;
      const verb = parent ? a.tokens[parent.head]!.lemma : null;
      if (!parent || (verb !== null && FORWARD.has(verb)) || parent.tense === "future" || parent.modal) return "ahead";
      return parent.tense === "past" ? "back" : null;
    }
    if (g.tense === "future" || g.modal) return "ahead" satisfies Direction;
    if (g.tense === "past") return "back";
    return null;
  };
}

const inClauses = (a: SentenceAnalysis, dates: readonly DateMention[], clauses: readonly number[]) =>
  dates.filter((d) => {
    const k = tokenAt(a, d.index);
    return k >= 0 && clauses.includes(a.clauseOf[k]!) && d.start !== null;
  });

/** The clause a coordinated clause continues ("Peskov reiterated …, but stated that …"). */
function coordinatedWith(a: SentenceAnalysis, i: number): number | null {
  const c = a.clauses[i]!;
  if (!c.coordinated) return null;
  for (let k = i - 1; k >= 0; k--) {
    const x = a.clauses[k]!;
    if (x.parent === c.parent && x.kind === c.kind) return k;
  }
  return null;
}

/** The clauses an event clause hangs on, nearest first, up to a side clause, with the clauses they continue. */
function ancestors(a: SentenceAnalysis, i: number | null | undefined): number[] {
  const out: number[] = [];
  const add = (x: number | null) => {
    if (x === null || out.includes(x)) return;
    out.push(x);
    add(coordinatedWith(a, x));
  };
  if (i === null || i === undefined) return out;
  add(coordinatedWith(a, i));
  let k = a.clauses[i]!.parent;
  while (k !== null && !out.includes(k)) {
    const c = a.clauses[k]!;
    if (c.kind === "condition" || c.kind === "adverbial") break;
    add(k);
    k = c.parent;
  }
  return out;
}

/**
 * A clause that names two days for one kind of event ("met Zelensky on June 16, then Putin on
 * June 17") states two events; it gives both days, else none.
 */
function successiveDays(a: SentenceAnalysis, own: readonly DateMention[]): DateMention[] {
  const days = own.filter((d) => d.precision === "day" && d.basis === "explicit");
  if (days.length < 2 || new Set(days.map((d) => d.start)).size !== days.length) return [];
  const between = a.text.slice(days[0]!.index + days[0]!.text.length, days[days.length - 1]!.index);
  return /\b(?:then|and|before|followed by)\b/i.test(between) ? days : [];
}

/**
 * The dates an event states itself: the first dated phrase in its own clause (each of two
 * successive days, when it names two), then in the clauses completing it ("agreed [to meet on
 * Friday]"), then in a participle describing its trigger ("a plan [announced last month]"),
 * then in the clauses it hangs on and in the clause that reports it ("Peskov said on Tuesday
 * …"). Dates in other side clauses belong to those clauses. A hypothetical clause's own date
 * ("could hold talks tomorrow, if …") is not when anything happened: the claim's date is.
 */
export function draftDates(a: SentenceAnalysis, draft: SignalDraft, dates: readonly DateMention[]): DateMention[] {
  if (draft.at) return [draft.at];
  const own = draft.signal.clause;
  const first = (clauses: readonly number[]) => inClauses(a, dates, clauses)[0] ?? null;
  if (!draft.signal.hypothetical) {
    // The clause that holds the trigger dates it first ("to slap sanctions … last month").
    const triggerClause = a.clauseOf[draft.signal.trigger];
    if (triggerClause !== undefined && triggerClause !== own && draft.clauses.includes(triggerClause)) {
      const there = first([triggerClause]);
      if (there) return [there];
    }
    const mine = inClauses(a, dates, [own]);
    const two = successiveDays(a, mine);
    if (two.length) return two;
    if (mine[0]) return [mine[0]];
  }
  const completions = draft.clauses.filter((i) => {
    const kind = a.clauses[i]!.kind;
    return i !== own && (kind === "infinitive" || kind === "argument" || kind === "complement");
  });
  const describing = draft.clauses.filter((i) => {
    const c = a.clauses[i]!;
    return (
      c.kind === "relative" &&
      c.group?.participle &&
      // "which Orban proposed on June 13" is a clause of its own, not a participle describing.
      !c.subject &&
      !c.opener &&
      c.start > draft.signal.trigger &&
      c.start - draft.signal.trigger <= 4
    );
  });
  const frame = draft.frame?.clause;
  const up = [...ancestors(a, own), ...(frame !== null && frame !== undefined ? [frame, ...ancestors(a, frame)] : [])];
  // A participle on a governing clause says when it happened ("Blinken, speaking in Kyiv last week, told …").
  const circumstances = (k: number) => [
    k,
    ...a.clauses.flatMap((c, i) => (c.parent === k && c.kind === "participle" ? [i] : [])),
  ];
  // "would like to conclude a deal sooner: the ideal time would be before the election in
  // March": a clause after a colon that states nothing of its own spells out when.
  const elaborating = a.clauses.flatMap((c, k) =>
    k > own && c.kind === "main" && c.parent === null && a.tokens[c.start - 1]?.text === ":" ? [k] : [],
  );
  const found =
    (draft.signal.hypothetical ? null : first(completions)) ??
    first(describing) ??
    up.map((k) => first(circumstances(k))).find((d) => d !== null) ??
    first(elaborating) ??
    null;
  return found ? [found] : [];
}

/**
 * When a statement was made, from the frame that reports it in another sentence: the frame's
 * own date, or the date of a clause describing its speaker ("said a senior official who met
 * with Moscow this fall").
 */
export function frameDate(a: SentenceAnalysis, frame: Frame, dates: readonly DateMention[]): DateMention | null {
  if (frame.clause === null) return null;
  const describing = a.clauses.flatMap((c, i) => (c.parent === frame.clause && c.kind === "relative" ? [i] : []));
  return inClauses(a, dates, [frame.clause])[0] ?? inClauses(a, dates, describing)[0] ?? null;
}
