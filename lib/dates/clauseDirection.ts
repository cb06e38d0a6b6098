/**
 * Which way a date phrase points, from the tense and modality of the clause that governs it
 * (lib/clauses): a past-tense clause looks back, a future, modal or forward-looking "to"-clause
 * ahead, "until …" ahead; a present-tense or verbless clause says nothing, and the phrase takes
 * the instance nearest the reference day. Quotations carry their own tense.
 */
import { analyseSentence, type SentenceAnalysis } from "../clauses/analyseSentence";
import type { DirectionAt } from "./found";
import { looksAhead } from "./looksAhead";
import type { Direction } from "./spans";
import { DAY_WORDS, MONTH_WORDS } from "./words";

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

/** Verbs of command, whose "to"-clause is to be carried out at once ("ordered the army to cease fire on Friday"). */
const ORDERS = new Set(["order", "instruct", "command"]);

/** Adjectives of readiness whose "to"-clause is still to come ("is willing to meet on Thursday"). */
const READY = new Set(["ready", "willing", "prepared", "eager", "keen", "determined", "due", "set", "poised"]);

function tokenAt(a: SentenceAnalysis, index: number): number {
  return a.tokens.findIndex((t) => t.start <= index && index < t.end);
}

/** The clause whose tense governs a clause: gerunds and participles without a subject borrow their parent's. */
function governing(a: SentenceAnalysis, i: number): number {
  let k = i;
  for (let guard = 0; guard < a.clauses.length; guard++) {
    const c = a.clauses[k]!;
    if (!c.group || !(c.group.gerund || (c.group.participle && !c.subject)) || c.parent === null) return k;
    k = c.parent;
  }
  return k;
}

/** Phrases whose noun is still to come when the clause happens ("on the eve of", "ahead of"). */
const BEFOREHAND = /^(?:ahead of|eve of|run-up to|advance of|preparation for|preparations for)$/;

/**
 * "Speaking on the eve of the peace summit on June 15-16, Putin said …": the date of what a
 * clause happened ahead of is not dated by the clause's tense; it is the instance nearest the
 * reference day, before or after.
 */
function aheadOfNoun(a: SentenceAnalysis, k: number): boolean {
  if (k < 0) return false;
  let j = k - 1;
  while (j > 1 && /^(?:NOUN|PROPN|ADJ|DET|NUM|ADP|PART)$/.test(a.tokens[j]!.pos) && k - j <= 10) {
    if (BEFOREHAND.test(`${a.tokens[j - 1]!.lower} ${a.tokens[j]!.lower}`)) return true;
    j--;
  }
  return false;
}

/** Whether the date phrase at `index` dates what a clause happened ahead of ("on the eve of the summit on June 15"). */
export const datesWhatIsAhead = (a: SentenceAnalysis, index: number): boolean => aheadOfNoun(a, tokenAt(a, index));

const DATING = new Set([...DAY_WORDS, ...MONTH_WORDS]);

/** Whether a clause's own words (not its dependents') carry a day or month ("said on Thursday"). */
const datedOwnWords = (a: SentenceAnalysis, k: number) => {
  const c = a.clauses[k]!;
  for (let t = c.start; t < c.end; t++) if (a.clauseOf[t] === k && DATING.has(a.tokens[t]!.lower)) return true;
  return false;
};

const MONTHS = new Set(MONTH_WORDS);

/** Whether the phrase of `length` characters at `index` names a month ("in early October", "on May 5"). */
const namesMonth = (a: SentenceAnalysis, index: number, length: number) =>
  a.tokens.some((t) => t.start >= index && t.end <= index + length && MONTHS.has(t.lower));

/** The direction of each phrase of an analysed sentence, by the clause it sits in. */
export function directionFrom(a: SentenceAnalysis): DirectionAt {
  return (index, length) => {
    const k = tokenAt(a, index);
    if (k < 0) return null;
    if (/^(?:until|till)$/.test(a.tokens[k - 1]?.lower ?? "")) return "ahead";
    if (aheadOfNoun(a, k)) return "nearest" satisfies Direction;
    // "Captured by Russia in early March, the plant remains …": what a past participle says was
    // done is past, whatever the tense of the clause it hangs on ("expected on Friday" is not).
    const own = a.clauses[a.clauseOf[k] ?? 0]?.group;
    if (own?.participle && !own.gerund && !FORWARD.has(a.tokens[own.head]!.lemma)) return "back";
    // "a meeting of the two presidents, expected by early May": what is expected is still to
    // come, whatever the tense of the clause the participle hangs on.
    if (own?.participle && !own.gerund && a.tokens[own.head]!.lemma === "expect") return "ahead";
    const clause = a.clauses[governing(a, a.clauseOf[k] ?? 0)];
    const group = clause?.group;
    if (!group) return null;
    if (group.infinitive) {
      // "agreed to meet", "plans to leave" look ahead; "appeared to be" keeps its verb's tense.
      const parent = clause.parent === null ? null : a.clauses[clause.parent]!.group;
      const verb = parent ? a.tokens[parent.head]!.lemma : null;
      // "The talks had been scheduled to open Monday": a plan the past perfect says was overtaken
      // may have been for the day just past.
      const overtaken =
        !!parent &&
        verb !== null &&
        FORWARD.has(verb) &&
        a.tokens.slice(parent.start, parent.head).some((t) => t.lower === "had");
      if (overtaken) return "recent" satisfies Direction;
      // "is willing to meet Putin this Thursday", "is ready to sign on Monday": what one is ready
      // to do is still to come.
      const ready = READY.has(a.tokens[clause.start - 1]?.lower ?? "");
      // "agreed to sit down for talks in early October": a plan made in the past for a month may
      // have come due before the report; the month is the instance nearest it ("agreed to meet
      // again in August" in a June report is still to come).
      if (
        parent?.tense === "past" &&
        !parent.modal &&
        verb !== null &&
        FORWARD.has(verb) &&
        namesMonth(a, index, length)
      )
        return "nearest" satisfies Direction;
      // "ordered the army to hold fire from noon on Friday": what a past order set for a day
      // was still to come when it was given, which may have been the day before the report, as
      // for "said it would …" below (an order takes effect at once; a plan, "agreed to meet on
      // Friday", looks further ahead).
      if (parent?.tense === "past" && !parent.modal && ORDERS.has(verb ?? "") && !datedOwnWords(a, clause.parent!))
        return "recent" satisfies Direction;
      if (!parent || (verb !== null && FORWARD.has(verb)) || ready || parent.tense === "future" || parent.modal)
        return "ahead";
      return parent.tense === "past" ? "back" : null;
    }
    // "agreed that a truce should be observed after talks on Wednesday": a duty or a possibility
    // reported in the past (a modal's tense reads as future) may be dated by what was said then;
    // "would" is still to come.
    const parent = clause.parent === null ? null : a.clauses[clause.parent]!.group;
    if (group.modal && group.modal !== "conditional" && clause.kind === "complement" && parent?.tense === "past")
      return "nearest" satisfies Direction;
    // "said it would observe a ceasefire from Wednesday" is still to come when it was said, and
    // that may have been the day before the report: without a day of its own to count from, the
    // day just past is still possible.
    if (
      group.modal === "conditional" &&
      group.tense === "future" &&
      clause.kind === "complement" &&
      parent?.tense === "past" &&
      !datedOwnWords(a, clause.parent!)
    )
      return "recent" satisfies Direction;
    if (group.tense === "future" || group.modal) return "ahead";
    return group.tense === "past" ? "back" : null;
  };
}

/**
 * The direction of each phrase of a sentence, analysing the sentence only when a phrase first
 * asks: most date phrases carry their year or their direction in their own words.
 */
export function clauseDirection(sentence: string): DirectionAt {
  let direction: DirectionAt | null = null;
  return (index, length) => {
    direction ??= directionFrom(analyseSentence(sentence));
    return direction(index, length) ?? (looksAhead(sentence) ? "ahead" : null);
  };
}
