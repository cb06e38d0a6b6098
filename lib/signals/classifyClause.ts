import { descendants, questionStart, type SentenceAnalysis } from "../clauses/analyseSentence";
import { ADJUNCT_PREPOSITIONS, TIME_NOUN, type Clause } from "../clauses/segment";
import type { VerbGroup } from "../clauses/verbGroups";
import { MONTH_NAMES, WEEKDAYS } from "../language/calendarNames";
import type { Token } from "../language/tagSentence";
import type { SignalType } from "../model/schema";
import { DAY_PART_WORDS, DISTANCE_UNITS } from "../dates/words";
import type { Category, Lexicon, ObjectClass, VerbSense } from "./lexicon";

/** What one clause signals, read from its predicate and what it is about. */
export interface ClauseSignal {
  clause: number;
  type: SignalType;
  /** the CAMEO code of the category that decided the type, null when an object class did alone */
  cameo: string | null;
  /** how sure the reading is: a lexicon predicate 3, a duty or readiness construction 3, an object alone 2–2.5 */
  strength: number;
  /** the token that triggered it */
  trigger: number;
  /** object classes the clause is about ("truce", "talks", …) */
  classes: string[];
  negated: boolean;
  /** the clause speaks of something still to come ("will meet", "is to sign", "plans to") */
  future: boolean;
  /** the clause is a possibility or depends on a condition ("could", "if …") */
  hypothetical: boolean;
  /** the predicate itself is a denial ("denied", "refused") */
  denial: boolean;
}

/**
 * Topics and quantities, which hold only what their "of" phrase names: "raised the issue of a
 * ceasefire", "a number of conditions", "a package of proposals".
 */
const HOLDERS = [
  "issue",
  "question",
  "matter",
  "topic",
  "number",
  "list",
  "set",
  "package",
  "raft",
  "host",
  "range",
  "handful",
  "couple",
];

/**
 * Nouns whose "of" phrase says what they are about ("the first phase of a ceasefire", "a round
 * of talks"); after any other noun an "of" phrase is a detail ("the line of contact").
 */
const PARTITIVES = new Set([
  "hour",
  "minute",
  "day",
  "week",
  "month",
  "year",
  "round",
  "cycle",
  "phase",
  "stage",
  "part",
  "series",
  "process",
  "continuation",
  "renewal",
  "resumption",
  "suspension",
  "pause",
  "halt",
  "freeze",
  "collapse",
  "breakdown",
  "postponement",
  "cancellation",
  "start",
  "end",
  "beginning",
  "launch",
  "outcome",
  "result",
  "terms",
  "details",
  "text",
  "wording",
  "conclusion",
  "signing",
  "implementation",
  "version",
  "annex",
  "memorandum",
  "element",
  "provision",
  "extension",
  "announcement",
  "prospect",
  "possibility",
  "idea",
  ...HOLDERS,
]);
/**
 * Nouns whose "of" phrase is what the clause is about, though they are no part of it: "the
 * success of the truce depends on …", "the fate of the deal" are about the truce and the deal.
 */
const OUTCOMES_OF = new Set(["success", "failure", "fate", "future", "survival", "viability", "duration", "length"]);
/** Ordinals, which the tagger may read as nouns ("the third and final round"). */
const ORDINALS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
]);
/** Partitives that only hold what their "of" phrase names ("a new round of talks"). */
const CONTAINERS = new Set([
  "process",
  "round",
  "cycle",
  "series",
  "phase",
  "stage",
  "continuation",
  "renewal",
  "resumption",
  "text",
  "wording",
  "details",
  "version",
  "annex",
  // ("a memorandum of understanding" is a deal; a memorandum alone is a paper of positions)
  "memorandum",
  // ("a state of war" is the war)
  "state",
  ...HOLDERS,
]);
/** Nouns of aim: "the goal is to …" intends what follows. */
/** Prepositions after a phrasal verb's particle that name what it acts on ("walked out of the hall"). */
const GOVERNING_PREPOSITIONS = new Set(["of", "from", "to"]);
const AIMS = new Set(["goal", "aim", "objective", "purpose", "intention", "intent", "ambition", "mission", "priority"]);
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/;
/** Words of time that end a noun phrase ("signed a peace accord Monday"): no compound's head. */
const TIME_WORDS = new Set(["today", "tomorrow", "yesterday", "tonight", "now", ...WEEKDAYS]);
/** Verbs that describe their object ("called the sanctions counterproductive"). */
export const DESCRIBING: ReadonlySet<string> = new Set([
  "call",
  "brand",
  "label",
  "term",
  "deem",
  "dub",
  "declare",
  "pronounce",
]);
const COPULAS = new Set(["be", "remain", "seem", "become", "appear", "stay"]);
/** The strength of a reading from the clause's subject alone ("the talks began"). */
export const SUBJECT_STRENGTH = 2.5;
const COOPERATIVE = new Set(["02", "027", "03", "04", "05", "08"]);
/** Appeal and propose: their object is what is asked for or put forward. */
const APPEALS = new Set(["02", "027"]);
/** What a copula may judge: the documents and truces of a negotiation ("the deal is a victory"). */
const JUDGED = new Set(["deal", "plan", "truce"]);
/**
 * Verbs that, like a copula, say what their subject amounts to ("the talks marked a turning
 * point", "the deal represents a step forward"): a judgement of talks as well as of a deal.
 */
const AMOUNTS_TO = new Set(["mark", "represent", "constitute"]);
/** What such a verb marks that is a point in time, not a worth ("marked the first anniversary"). */
const MARKED_TIMES = new Set([
  "anniversary",
  "start",
  "beginning",
  "end",
  "day",
  "week",
  "month",
  "year",
  "date",
  "time",
]);

/** Whether the noun phrase at `end` weighs what it is said of: a quality, not a point in time. */
function weighs(a: SentenceAnalysis, end: number): boolean {
  // (past a quotation mark: marked the "most significant progress")
  const inPhrase = (t: Token | undefined) =>
    !!t && (/^(?:DET|ADV|ADJ|NUM|NOUN|PROPN)$/.test(t.pos) || /^["']$/.test(t.text));
  let quality = false;
  for (let k = end; inPhrase(a.tokens[k]); k++) {
    const t = a.tokens[k]!;
    if (t.pos === "NOUN" && MARKED_TIMES.has(t.lemma)) return false;
    if (t.pos === "ADJ" && !ORDINAL.test(t.lower)) quality = true;
  }
  return quality;
}
const ORDINAL = /^(?:first|second|third|\d+(?:st|nd|rd|th)|last|next|final)$/;

/**
 * Whether what follows a copula at `end` is a judgement: an adjective or a noun phrase ("far
 * worse", "a victory"), not a place, a state or a time ("in force", "over", "on track", "due").
 */
function judges(a: SentenceAnalysis, end: number): boolean {
  // (past an opening quotation mark: the words quoted are the judgement, 'were "a trap"')
  while (QUOTE_MARKS.test(a.tokens[end]?.text ?? "")) end++;
  const t = pastAdverbs(a, end);
  return !!t && (t.pos === "ADJ" || t.pos === "DET" || t.pos === "NOUN") && !STANDING.has(t.lemma);
}

/**
 * Whether the words from `end` say how an event of `cls` went, by its `weighedBy` words: an adverb
 * ("[very seriously]") or a setting an adjective weighs ("in a [frank and constructive]
 * atmosphere"; not "in a [new] format").
 */
function wentHow(a: SentenceAnalysis, end: number, cls: ObjectClass): boolean {
  const by = cls.weighedBy;
  if (!by) return false;
  let k = end;
  for (; a.tokens[k]?.pos === "ADV"; k++) if (by.has(a.tokens[k]!.lower)) return true;
  if (a.tokens[k]?.lower !== "in") return false;
  k += a.tokens[k + 1]?.pos === "DET" ? 2 : 1;
  // (the tagger may read an adjective of a pair as a noun: "a frank and constructive atmosphere")
  let weighed = false;
  for (; a.tokens[k] && /^(?:ADJ|ADV|CCONJ|NOUN)$/.test(a.tokens[k]!.pos); k++) {
    const t = a.tokens[k]!;
    if (t.pos === "NOUN" && by.has(t.lemma)) return weighed;
    if (/^(?:ADJ|NOUN)$/.test(t.pos) && !TALKS_STANDING.has(t.lemma) && !STANDING.has(t.lemma)) weighed = true;
  }
  return false;
}

/** Where the noun phrase from `k` ends, before a preposition, a verb or a mark ("[a historic step] towards peace"). */
function nounPhraseEnd(a: SentenceAnalysis, k: number): number {
  while (a.tokens[k] && /^(?:DET|ADV|ADJ|NOUN|PROPN|NUM|PART)$/.test(a.tokens[k]!.pos)) k++;
  return k;
}

/** The first word from `k` that is no adverb or particle ("is [still not] fragile"). */
function pastAdverbs(a: SentenceAnalysis, k: number): Token | undefined {
  while (a.tokens[k] && (a.tokens[k]!.pos === "ADV" || a.tokens[k]!.pos === "PART")) k++;
  return a.tokens[k];
}

/**
 * Adjectives that say where talks stand or how long they ran, not what they are worth ("the
 * talks are ongoing", "are due to resume", "were long").
 */
const TALKS_STANDING = new Set(
  `ongoing underway due set scheduled expected likely over open closed secret direct indirect first last next
  previous long short brief lengthy`.split(/\s+/),
);

/**
 * "The talks were constructive", "the meeting was very productive": an adjective (past adverbs)
 * after a copula weighs the talks, unless it says where they stand.
 */
function talksWeighed(a: SentenceAnalysis, end: number): boolean {
  const t = pastAdverbs(a, end);
  return !!t && t.pos === "ADJ" && !TALKS_STANDING.has(t.lemma) && !STANDING.has(t.lemma);
}

/**
 * Whether an adjective of the class's `weighedAs` weighs a meeting in the noun phrase that opens at
 * `end` ("[the most productive meeting]", "[a difficult one]"; not "[the first meeting]").
 */
function meetingWeighed(a: SentenceAnalysis, end: number, cls: ObjectClass | undefined): boolean {
  const to = nounPhraseEnd(a, end);
  return a.tokens.slice(end, to).some((t) => t.pos === "ADJ" && !!cls?.weighedAs?.has(t.lemma));
}

/**
 * Words that say where a deal or truce stands or what it covers, not what it is worth: "the
 * truce is effective from 4 a.m.", "the agreement is legally binding", "the ceasefire is
 * partial", "the truce is due to expire".
 */
const STANDING = new Set([
  "effective",
  "valid",
  "binding",
  "final",
  "permanent",
  "temporary",
  "partial",
  "full",
  "total",
  "complete",
  "comprehensive",
  "nationwide",
  "unconditional",
  "conditional",
  "indefinite",
  "open-ended",
  "immediate",
  "underway",
  "operational",
  "intact",
  "due",
  "active",
  "enforceable",
  "mutual",
  "bilateral",
  "unilateral",
]);

const OFFERS: ReadonlySet<SignalType> = new Set(["proposal", "ceasefire-signal", "negotiation-readiness"]);
const PARTICLE = /^(?:ADP|PART|ADV)$/;
const PHRASAL_PARTICLES = new Set(["out", "off", "over", "up", "down", "back", "away"]);

interface Found {
  cls: ObjectClass;
  token: number;
  /** found in the clause's subject */
  subject: boolean;
}

export const isNoun = (t: Token) => t.pos === "NOUN" || t.pos === "PROPN";

/**
 * The tokens that say what a clause is about: its subject, and what follows its verb except
 * side phrases ("after the summit", "during a call", "at the latest round of talks"), which set
 * the scene rather than state the event.
 */
interface CoreToken {
  index: number;
  subject: boolean;
  /** the noun a relative clause describes */
  antecedent?: boolean;
}

function coreTokens(a: SentenceAnalysis, c: Clause, senses: readonly VerbSense[] = []): CoreToken[] {
  const out: CoreToken[] = [];
  const self = a.clauses.indexOf(c);
  // "Participants at the talks agreed that …": a phrase of place or time after the subject's noun
  // says where it was, not what the clause is about.
  let scene = false;
  if (c.subject)
    for (let k = c.subject[0]; k < c.subject[1]; k++) {
      const t = a.tokens[k]!;
      if (t.pos === "ADP" && (t.lower === "at" || ADJUNCT_PREPOSITIONS.has(t.lower)) && isNoun(a.tokens[k - 1] ?? t))
        scene = k > c.subject[0];
      else if (/^(?:PUNCT|CCONJ|VERB|AUX)$/.test(t.pos)) scene = false;
      if (!scene) out.push({ index: k, subject: true });
    }
  // "Among the many demands … is Putin's determination to …": an inverted copula is about the
  // phrase that opens the sentence.
  if (!c.subject && c.group && a.tokens[c.group.head]!.lemma === "be" && a.tokens[0]?.pos === "ADP") {
    for (let k = 0; k < a.tokens.length && a.tokens[k]!.text !== "," && k < c.start; k++) {
      if (a.clauseOf[k] === c.parent || a.clauseOf[k] === self) out.push({ index: k, subject: false });
      else break;
    }
  }
  // A relative clause is about the noun it describes ("the accord, which was signed by …").
  if (c.kind === "relative") {
    let k = c.start - 1;
    while (k >= 0 && (a.tokens[k]!.text === "," || /^(?:which|that|who)$/.test(a.tokens[k]!.lower))) k--;
    // (past the short name in brackets that a name is given: "the Coastal Dialogue Forum (CDF), which …")
    const opened = a.tokens[k]?.text === ")" ? a.tokens.findLastIndex((t, j) => j < k && t.text === "(") : -1;
    if (opened >= 0 && k - opened <= 4) k = opened - 1;
    if (k >= 0 && isNoun(a.tokens[k]!)) {
      // (with the nouns compounded before it: "the death toll, which has risen …")
      let first = k;
      while (first > 0 && a.tokens[first - 1]!.pos === "NOUN") first--;
      for (let x = first; x <= k; x++) out.push({ index: x, subject: true, antecedent: true });
    }
  }
  // "the parties will review the accord before it is signed": a thing a passive "it" stands
  // for is the last noun the sentence names before it.
  if (c.group?.passive && c.subject && c.subject[1] === c.subject[0] + 1 && a.tokens[c.subject[0]]!.lower === "it") {
    let k = c.subject[0] - 1;
    while (k >= 0 && a.tokens[k]!.pos !== "NOUN") k--;
    if (k >= 0) out.push({ index: k, subject: true, antecedent: true });
  }
  const from = c.group ? c.group.end : c.start;
  let inAdjunct = false;
  // ("…, but one question remains: on what terms?": what is asked names nothing the clause does)
  const end = Math.min(c.end, questionStart(a));
  for (let k = from; k < end; k++) {
    const t = a.tokens[k]!;
    // The particle of a phrasal verb ("handed over the memorandum") opens no side phrase.
    if (
      t.pos === "ADP" &&
      ADJUNCT_PREPOSITIONS.has(t.lower) &&
      !(k === from && senses.some((v) => v.particle === t.lower))
    )
      inAdjunct = true;
    // ("amid a fragile but holding truce": a conjunction before an adjective joins two of a noun's modifiers)
    else if (
      /^(?:PUNCT|CCONJ|SCONJ|VERB|AUX)$/.test(t.pos) &&
      t.text !== "-" &&
      !(t.pos === "CCONJ" && a.tokens[k + 1]?.pos === "ADJ")
    )
      inAdjunct = false;
    if (!inAdjunct) out.push({ index: k, subject: false });
    // "proclaimed over the weekend a month-long truce": a time set between a verb and its object
    // ends where the object begins.
    else if (a.tokens[k + 1]?.pos === "DET" && TIME_NOUN.test(t.lower)) inAdjunct = false;
  }
  return out;
}

/**
 * The token of what a clause's verb acts on: the noun a participle or relative clause describes
 * ("statements released on Saturday"), else the head of the first noun phrase after the verb;
 * -1 when there is none.
 */
function objectAt(a: SentenceAnalysis, i: number): number {
  const c = a.clauses[i]!;
  const g = c.group!;
  if ((c.kind === "relative" || g.participle) && !c.subject) {
    let k = g.start - 1;
    while (k >= 0 && a.tokens[k]!.pos === "ADV") k--;
    if (a.tokens[k] && isNoun(a.tokens[k]!)) return k;
  }
  // "Messages were exchanged": a passive verb acts on its subject, whose last noun names what
  // ("pieces of information").
  if (g.passive && c.subject) {
    for (let k = c.subject[1] - 1; k >= c.subject[0]; k--) if (isNoun(a.tokens[k]!)) return k;
  }
  // Past a phrasal verb's particle ("ruled out a new offensive"), and past the clause's end too:
  // the tagger may read a modifier as a verb of its own ("a more measured statement").
  const particle =
    PHRASAL_PARTICLES.has(a.tokens[g.end]?.lower ?? "") && !/^(?:ADP|PUNCT)$/.test(a.tokens[g.end + 1]?.pos ?? "");
  for (let k = particle ? g.end + 1 : g.end; k < a.tokens.length; k++) {
    const t = a.tokens[k]!;
    // ("set a June 30 deadline": a day written before the noun describes it)
    if (MONTH_SET.has(t.lower) && a.tokens[k + 1]?.pos === "NUM" && !!a.tokens[k + 2] && isNoun(a.tokens[k + 2]!)) {
      k++;
      continue;
    }
    if (isNoun(t)) return nounHead(a, k);
    // "seized that opportunity": the tagger may read a demonstrative as a conjunction.
    if (t.lower === "that" && k === g.end && isNoun(a.tokens[k + 1] ?? t)) continue;
    // Up to the first noun, over modifiers ("a more measured statement"); a preposition or a mark ends the phrase.
    if (/^(?:ADP|PUNCT|CCONJ|SCONJ|AUX)$/.test(t.pos) && t.text !== '"') return -1;
  }
  return -1;
}

const MONTH_SET: ReadonlySet<string> = new Set(MONTH_NAMES);

/** Nouns of a time set for a step ("the deadline for the withdrawal"). */
const SCHEDULES = new Set(["deadline", "timeline", "timetable", "schedule", "date"]);

/**
 * Whether clause `k` acts on a time set for a step of yielding ("to push back the deadline for the
 * pullback of its forces", "to set a timetable for the pullback"): agreed, the time is agreed as the
 * step would be, a step towards a truce (CAMEO 08).
 */
function scheduledYield(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  const h = objectAt(a, k);
  if (h < 0 || !SCHEDULES.has(a.tokens[h]!.lemma) || a.tokens[h + 1]?.lower !== "for") return false;
  let j = h + 2;
  while (a.tokens[j] && /^(?:DET|ADJ|NUM)$/.test(a.tokens[j]!.pos)) j++;
  return lex.nouns.get(a.tokens[j]?.lemma ?? "")?.cameo === "08";
}

/** The lemma of what a clause's verb acts on (see objectAt), "" when there is none. */
const objectNoun = (a: SentenceAnalysis, i: number): string => a.tokens[objectAt(a, i)]?.lemma ?? "";

/** What a response responds to: the object, past a possessive to the thing owned ("last night's ceasefire agreement"). */
function respondedTo(a: SentenceAnalysis, i: number): number {
  let h = objectAt(a, i);
  while (h >= 0 && /^['’]s?$/.test(a.tokens[h + 1]?.text ?? "")) {
    let k = h + 2;
    while (a.tokens[k] && /^(?:ADJ|NUM|ADV)$/.test(a.tokens[k]!.pos)) k++;
    if (!a.tokens[k] || !isNoun(a.tokens[k]!)) break;
    h = nounHead(a, k);
  }
  return h;
}

/**
 * Whether the token at `k` is part of what a reaction responds to, whose head is `h`: the head,
 * a noun before a deal ("welcomed the ceasefire agreement"), or the verb of a clause of "to" that
 * completes it ("welcomed the agreement between the two sides to halt the fighting").
 */
function isResponded(a: SentenceAnalysis, h: number, k: number, lex: Lexicon): boolean {
  if (h < 0) return false;
  if (k === h) return true;
  // (a deal named by its kind: "the ceasefire agreement"; "the ceasefire proposal" stays a plan)
  if (k < h) {
    if (lex.objectNouns.get(a.tokens[h]!.lemma)?.name !== "deal") return false;
    for (let m = k; m < h; m++) if (!/^(?:NOUN|PROPN|ADJ)$/.test(a.tokens[m]!.pos)) return false;
    return true;
  }
  const c = a.clauses[a.clauseOf[k]!];
  if (c?.kind !== "infinitive" || c.group?.head !== k || c.start <= h || c.start - h > 7) return false;
  return a.tokens.slice(h + 1, c.start).every((t) => t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "PUNCT");
}

/** Prepositions that take what an intransitive verb judges ("protested against the treaty", "complained about the plan"). */
const JUDGED_AFTER = new Set(["against", "about", "over", "at"]);

/**
 * The class a category refines by (`byTarget`) when it names what the clause's verb acts on: its
 * object, as a response's is, or the noun phrase a preposition right after the verb takes.
 */
function judgedClass(
  a: SentenceAnalysis,
  i: number,
  found: readonly Found[],
  category: Category,
  lex: Lexicon,
): string | null {
  if (!Object.keys(category.byTarget).length) return null;
  let h = respondedTo(a, i);
  let k = a.clauses[i]!.group!.end;
  if (h < 0 && JUDGED_AFTER.has(a.tokens[k]?.lower ?? "")) {
    k++;
    while (a.tokens[k] && /^(?:DET|ADJ|NUM)$/.test(a.tokens[k]!.pos)) k++;
    if (a.tokens[k] && isNoun(a.tokens[k]!)) h = nounHead(a, k);
  }
  return found.find((f) => f.cls.name in category.byTarget && isResponded(a, h, f.token, lex))?.cls.name ?? null;
}

const NONE = new Set(["no", "nobody", "none", "neither", "nothing"]);

/** Verbs of what the press does with news. */
const PUBLISHING = new Set(["report", "publish", "broadcast", "air", "post", "tweet", "leak"]);

/** Speaking that a speaker may wish, be glad or be bound to do ("I must say", "I want to thank"). */
const SPEECH = new Set([
  "say",
  "tell",
  "state",
  "stress",
  "emphasise",
  "emphasize",
  "note",
  "mention",
  "add",
  "admit",
  "confess",
  "describe",
  "comment",
  "elaborate",
  "inform",
  "thank",
  "congratulate",
]);

/** Verbs of making something known, and of giving it, with what is given when it is information. */
const DISCLOSING = new Set(["disclose", "reveal", "specify", "identify", "detail", "confirm", "explain"]);
const GIVING = new Set(["give", "provide", "offer", "share", "release"]);
const INFORMATION = new Set([
  "detail",
  "specific",
  "information",
  "comment",
  "figure",
  "timeline",
  "explanation",
  "name",
]);

/** Whether a clause's subject is the speaker ("I", "we"), or its parent's when it shares one. */
function firstPerson(a: SentenceAnalysis, c: Clause): boolean {
  const subject = c.subject ?? (c.parent !== null ? a.clauses[c.parent]!.subject : null);
  return (
    !!subject &&
    /^(?:i|we)$/.test(a.tokens[subject[0]]!.lower) &&
    a.tokens.slice(subject[0] + 1, subject[1]).every((t) => t.pos === "ADV")
  );
}
/** Clause `i` and the clauses coordinated with it ("cease fire | and enter talks"), in order. */
export function coordination(a: SentenceAnalysis, i: number): number[] {
  const c = a.clauses[i]!;
  const same = (k: number) => a.clauses[k]?.parent === c.parent && a.clauses[k]?.kind === c.kind;
  let first = i;
  while (a.clauses[first]!.coordinated && first > 0 && same(first - 1)) first--;
  let last = i;
  while (a.clauses[last + 1]?.coordinated && same(last + 1)) last++;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/**
 * Whether the object at `k` is none: "no" before a noun ("no agreement", "no real progress"), or
 * "nothing". "no later than", "no longer" qualify a time or the verb and deny nothing.
 */
function objectOfNone(a: SentenceAnalysis, k: number): boolean {
  return a.tokens[k]?.lower === "nothing" || nounOfNone(a, k) >= 0 || neitherNorAt(a, k);
}

/** "would bring neither peace nor unity": an object of "neither … nor" names none of its parts. */
const neitherNorAt = (a: SentenceAnalysis, k: number) =>
  a.tokens[k]?.lower === "neither" && a.tokens.slice(k + 2, k + 8).some((t) => t.lower === "nor");

/** Nouns of meaning to act, which "no" before them and an infinitive after deny ("no plans to meet"). */
const INTENTS = new Set(["plan", "decision", "intention", "intent", "desire", "wish", "interest", "need", "reason"]);

/** Whether `k` opens "no" and a noun of intent that infinitive clause `x` completes ("no plans | to meet"). */
function intentOfNone(a: SentenceAnalysis, k: number, x: Clause): boolean {
  const noun = nounOfNone(a, k);
  return noun >= 0 && INTENTS.has(a.tokens[noun]!.lemma) && x.kind === "infinitive" && x.start === noun + 1;
}

/** The noun a "no" at `k` denies ("no real progress"), or -1. */
function nounOfNone(a: SentenceAnalysis, k: number): number {
  if (a.tokens[k]?.lower !== "no") return -1;
  for (let m = k + 1; m < Math.min(k + 4, a.tokens.length); m++) {
    if (isNoun(a.tokens[m]!)) return m;
    if (a.tokens[m]!.pos !== "ADJ") return -1;
  }
  return -1;
}

/** What a failed effort would have been: an agreement, a truce, a plan or talks. */
const FAILED_EFFORTS: ReadonlySet<SignalType> = new Set([
  "ceasefire-signal",
  "proposal",
  "negotiation-readiness",
  "talks",
]);

/**
 * The tokens of the object that follows a verb group: a noun phrase or a gerund ("suspend
 * fighting"), also past a short phrase of manner ('"ended with immediate effect" a peace deal');
 * "ended with a deal on Monday" has none.
 */
function objectPhrase(a: SentenceAnalysis, g: VerbGroup): [number, number] | null {
  const pos = (j: number) => a.tokens[j]?.pos ?? "";
  const isObject = (j: number) =>
    /^(?:NOUN|PROPN|DET|ADJ|NUM|PRON)$/.test(pos(j)) || (pos(j) === "VERB" && a.tokens[j]!.lower.endsWith("ing"));
  let k = g.end;
  if (!isObject(k)) {
    if (pos(k) !== "ADP") return null;
    k++;
    if (pos(k) === "DET") k++;
    while (pos(k) === "ADJ") k++;
    if (pos(k) !== "NOUN") return null;
    while (pos(k) === "NOUN") k++;
    while (pos(k) === "PUNCT" && /^[",]$/.test(a.tokens[k]!.text)) k++;
    if (!/^(?:DET|PRON)$/.test(pos(k))) return null;
  }
  let end = k + 1;
  while (/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(pos(end))) end++;
  return [k, end];
}

/** Whether a verb group tells what is still to come or may come: future, or under a modal. */
const stillAhead = (g: VerbGroup) => g.tense === "future" || g.modal !== null;

/**
 * Whether clause `k`'s verb is in the lexicon as it stands, with the particle a sense needs if it
 * needs one ("the soldiers who fell" is not, as "fell silent" is).
 */
function saysSomething(lex: Lexicon, a: SentenceAnalysis, k: number): boolean {
  const g = a.clauses[k]!.group;
  if (!g) return false;
  const end = a.clauses[k]!.end;
  const senses = lex.verbs.get(a.tokens[g.head]!.lemma) ?? [];
  return senses.some((s) => !s.particle || hasParticle(a, g.end, end, s.particle, senses));
}

/** Whether the phrase of "of" or "for" after clause `k`'s verb names fighting ("accused them of an attack"). */
function chargesFighting(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  const c = a.clauses[k]!;
  const at = a.tokens.findIndex((t, j) => j >= c.group!.end && j < c.end && (t.lower === "of" || t.lower === "for"));
  if (at < 0) return false;
  // (a noun of two words too: "of opening fire", as the tagger reads it)
  for (let j = at + 1; j < c.end && /^(?:DET|ADJ|NUM|NOUN)$/.test(a.tokens[j]!.pos); j++)
    if ((pairClass(a, j, lex) ?? lex.objectNouns.get(a.tokens[j]!.lemma))?.name === "war") return true;
  return false;
}

/** Whether clause `k` is an infinitive a verb of intent completes ("vowed to block the road"): what one vows is still to come. */
function intended(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  const c = a.clauses[k]!;
  const parent = c.kind === "infinitive" && c.parent !== null ? a.clauses[c.parent]!.group : null;
  return !!parent && !!lex.verbs.get(a.tokens[parent.head]!.lemma)?.some((v) => v.category.cameo === "03");
}

/**
 * Whether a verb sense holds in clause `k`: its particle follows, the voice is the one it needs,
 * and neither its object nor the word after it rules it out.
 */
function senseHolds(a: SentenceAnalysis, k: number, s: VerbSense, lex: Lexicon): boolean {
  const g = a.clauses[k]!.group!;
  const senses = lex.verbs.get(a.tokens[g.head]!.lemma) ?? [];
  if ((s.particle && !hasParticle(a, g.end, a.clauses[k]!.end, s.particle, senses)) || (s.active && g.passive))
    return false;
  if (s.transitive && !g.passive && !objectPhrase(a, g)) return false;
  if (s.ahead && !stillAhead(g) && !intended(a, k, lex)) return false;
  if (s.reciprocal && !hasPartner(a, k)) return false;
  if (s.guest && !namedGuest(a, g)) return false;
  // (an infinitive's subject is the one of the verb it completes: "the thaw will continue to advance")
  const own = a.clauses[k]!;
  const subjectOf = !own.subject && own.kind === "infinitive" && own.parent !== null ? own.parent : k;
  if (s.unlessSubject && s.unlessSubject.has(subjectNoun(a, subjectOf))) return false;
  if (s.onlySubject && !s.onlySubject.has(subjectNoun(a, subjectOf))) return false;
  if (s.only && !s.only.has(objectNoun(a, k))) return false;
  if (s.as && !s.as.has(asNoun(a, k))) return false;
  if (s.category.type === "context" && completedByAct(a, k, lex)) return false;
  if (!s.unless) return true;
  // "a statement released on state media", "the report was released": what a passive verb or a
  // participle describing a noun acts on is its subject.
  const c = a.clauses[k]!;
  const undergoes = g.passive || (c.kind === "relative" && c.opener === null && g.participle);
  if (undergoes && s.unless.has(subjectNoun(a, k))) return false;
  // ("engage in combat": the noun of a preposition right after the verb rules it out too)
  let after = g.end + 1;
  while (a.tokens[g.end]?.pos === "ADP" && /^(?:DET|ADJ)$/.test(a.tokens[after]?.pos ?? "")) after++;
  const prepositional = a.tokens[g.end]?.pos === "ADP" ? (a.tokens[after]?.lemma ?? "") : "";
  return !(s.unless.has(objectNoun(a, k)) || s.unless.has(a.tokens[g.end]?.lower ?? "") || s.unless.has(prepositional));
}

/**
 * Whether an infinitive with a verb of the lexicon completes clause `k` ("voted to accept the
 * truce", "chose to walk out of the talks"): a background verb so completed only says how the
 * act was decided, and the act is the infinitive's.
 */
function completedByAct(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  // ("appointed an envoy to lead the mediation": past an object, the infinitive says what
  // the object is for, and the appointing is the act)
  const object = objectPhrase(a, a.clauses[k]!.group!);
  return a.children[k]!.some((x) => {
    const c = a.clauses[x]!;
    return (
      c.kind === "infinitive" &&
      !!c.group &&
      (!object || object[0] >= c.start) &&
      // (in a sense that holds there: "elected to chair an interim council" chairs no talks)
      (lex.verbs.get(a.tokens[c.group.head]!.lemma) ?? []).some((s) => senseHolds(a, x, s, lex))
    );
  });
}

/**
 * The lemma of the noun clause `k` makes something out to be, after "as" ("treated all ships as
 * potential carriers of cargo" → carrier), or "".
 */
function asNoun(a: SentenceAnalysis, k: number): string {
  const c = a.clauses[k]!;
  for (let j = c.group!.end; j < c.end; j++) {
    if (a.tokens[j]!.lower !== "as") continue;
    let h = j + 1;
    while (/^(?:DET|ADJ|NUM|ADV)$/.test(a.tokens[h]?.pos ?? "")) h++;
    const t = a.tokens[h];
    return t && isNoun(t) ? t.lemma : "";
  }
  return "";
}

/** Whether a verb's object is a name written right after it, ending on a name ("received Witkoff", not "received Patriot missiles"). */
function namedGuest(a: SentenceAnalysis, g: VerbGroup): boolean {
  const object = g.passive ? null : objectPhrase(a, g);
  return (
    !!object && object[0] === g.end && a.tokens[g.end]!.pos === "PROPN" && a.tokens[object[1] - 1]!.pos === "PROPN"
  );
}

/** The lemma of the last noun of clause `k`'s own subject ("the war in the east" → war), or "". */
function subjectNoun(a: SentenceAnalysis, k: number): string {
  return subjectHeads(a, k).at(-1) ?? "";
}

/** Where a subject's first noun phrase ends: at its first preposition, or at the subject's end. */
function headEnd(a: SentenceAnalysis, subject: readonly [number, number]): number {
  for (let k = subject[0]; k < subject[1]; k++) if (a.tokens[k]!.pos === "ADP") return k;
  return subject[1];
}

/** The head noun of each phrase joined in clause `k`'s subject ("the war and the destruction" → war, destruction). */
function subjectHeads(a: SentenceAnalysis, k: number): string[] {
  const subject = a.clauses[k]!.subject;
  const heads: string[] = [];
  if (!subject) return heads;
  let head = "";
  for (let i = subject[0]; i < subject[1]; i++) {
    const t = a.tokens[i]!;
    // ("a state of war that comes to an end": past a container's "of" to what it holds)
    if (t.pos === "ADP" && !(t.lower === "of" && CONTAINERS.has(head))) break;
    if (t.pos === "NOUN" || t.pos === "PROPN") head = t.lemma;
    else if (t.pos === "CCONJ" && head) heads.push(head);
  }
  if (head) heads.push(head);
  return heads;
}

/** Whom one speaks to without consulting them: an audience, not a party. */
export const AUDIENCES: ReadonlySet<string> = new Set(
  `reporter journalist press media medium crowd audience supporter student parliament lawmaker nation people
  broadcaster television tv newspaper radio agency outlet channel camera public citizen voter soldier troop
  conference graduate pilgrim cadet rally congress forum`.split(/\s+/),
);
const PHONES = new Set(["phone", "telephone", "videoconference", "video", "videolink"]);
/** Who speak to the press, many at once, without consulting each other ("sources spoke on condition of anonymity"). */
const INFORMANTS = new Set(["source", "diplomat", "person", "insider", "analyst", "expert", "observer", "witness"]);

/**
 * Whether clause `k` gives its verb a partner (a reciprocal sense): "with" or "to" and someone
 * other than an audience, a subject of more than one, or a phone line.
 */
const QUOTE_MARKS = /^["“”'‘’]$/;

/** Verbs whose order only frames what follows ("let us", "imagine", "look") or is politeness. */
const NO_ORDERS = new Set(["let", "please", "thank", "imagine", "look", "see", "note", "remember", "make", "say"]);

/** Whether clause `i` is an order in quotation marks: a bare verb that opens it, with no subject. */
function quotedOrder(a: SentenceAnalysis, i: number): boolean {
  const c = a.clauses[i];
  const g = c?.group;
  if (!c || !g) return false;
  const head = a.tokens[g.head]!;
  const first = a.tokens
    .slice(c.start, g.start)
    .every((t) => t.pos === "PUNCT" || t.pos === "CCONJ" || t.lower === "do" || t.lower === "not" || t.lower === "n't");
  // ("may 'take a pass'": a quotation inside a clause quotes words, not an order; "… and pull
  // back your troops" goes on with one)
  let k = c.start - 1;
  while (k >= 0 && QUOTE_MARKS.test(a.tokens[k]!.text)) k--;
  const before = a.tokens[k];
  const previous = k >= 0 ? a.clauseOf[k] : undefined;
  const goesOn =
    a.tokens[c.start]?.pos === "CCONJ" &&
    previous !== undefined &&
    previous >= 0 &&
    previous !== i &&
    quotedOrder(a, previous);
  const opens = !before || (before.pos === "PUNCT" && !QUOTE_MARKS.test(before.text)) || goesOn;
  return (
    c.kind === "main" &&
    opens &&
    !c.subject &&
    !g.modal &&
    !g.infinitive &&
    first &&
    a.quoted[g.head] === true &&
    head.pos === "VERB" &&
    head.lower === head.lemma &&
    !NO_ORDERS.has(head.lemma)
  );
}

/** Classes that a matter agreed may name and still be terms agreed. */
const TERM_CLASSES = new Set(["forces", "concession", "election"]);
/**
 * Object classes of an accord: a deal, a truce or a plan agreed. An accord may hold or no longer
 * hold, be initialled, and end the name of a document ("the Minsk Agreement", "the Peace Formula").
 */
const ACCORDS = new Set(["deal", "truce", "plan"]);

/** Nouns of a conversation at a distance, which give a verb of speaking its partner. */
const CALLS = new Set(["call", "conversation"]);

/**
 * Whether the noun at `j` is a call the clause's verb took place in ("spoke during a 90-minute
 * call", "spoke in a phone conversation"): a call has someone at each end, unless it is with
 * an audience ("in a conversation with reporters").
 */
function duringCall(a: SentenceAnalysis, j: number): boolean {
  const t = a.tokens[j]!;
  if (!CALLS.has(t.lemma) || t.pos !== "NOUN") return false;
  let m = j - 1;
  while (m > 0 && /^(?:DET|ADJ|NUM|NOUN)$/.test(a.tokens[m]!.pos)) m--;
  if (!/^(?:during|in|on)$/.test(a.tokens[m]?.lower ?? "")) return false;
  let n = j + 2;
  while (/^(?:DET|ADJ|NUM)$/.test(a.tokens[n]?.pos ?? "")) n++;
  return !(a.tokens[j + 1]?.lower === "with" && AUDIENCES.has(a.tokens[n]?.lemma ?? ""));
}

/** Whether tokens `from`..`to` are only adverbs and phrases of time or manner ("on Tuesday", "for two hours"). */
function adjunctsOnly(a: SentenceAnalysis, from: number, to: number): boolean {
  const words = a.tokens.slice(from, to);
  return (
    words.length <= 4 &&
    (words[0]?.pos === "ADV" || TIME_OR_MANNER.has(words[0]?.lower ?? "")) &&
    words.every((t) => /^(?:ADV|ADP|DET|ADJ|NUM|NOUN|PROPN)$/.test(t.pos)) &&
    !words.slice(1).some((t) => t.pos === "ADP" && !TIME_OR_MANNER.has(t.lower) && t.lower !== "of")
  );
}

/** Prepositions that open a phrase of time or manner ("on Tuesday", "for two hours", "by phone"). */
const TIME_OR_MANNER = new Set(["on", "for", "in", "at", "by", "over", "during"]);

function hasPartner(a: SentenceAnalysis, k: number): boolean {
  const c = a.clauses[k]!;
  const g = c.group!;
  for (let j = g.end; j < Math.min(c.end, g.end + 8); j++) {
    const t = a.tokens[j]!;
    if (PHONES.has(t.lemma) && /^(?:by|on|via|over)$/.test(a.tokens[j - 1]?.lower ?? "")) return true;
    if (duringCall(a, j)) return true;
    // "spoke to the emir", "spoke on Tuesday to the emir", "spoke for two hours to the emir", not
    // "spoke … due to the sensitivity of the matter"
    const recipient =
      t.lower === "to" &&
      !/^(?:due|owing|according|thanks|close|next|response|reference|regard|addition|contrast|relation)$/.test(
        a.tokens[j - 1]!.lower,
      ) &&
      (j === g.end || adjunctsOnly(a, g.end, j));
    if (t.lower !== "with" && !recipient) continue;
    let n = j + 1;
    while (/^(?:DET|ADJ|NUM)$/.test(a.tokens[n]?.pos ?? "")) n++;
    const partner = a.tokens[n];
    // (the head of a name: "the Munich Security Conference" is an audience)
    let head = n;
    while (/^(?:PROPN|NOUN)$/.test(a.tokens[head + 1]?.pos ?? "")) head++;
    const audience = AUDIENCES.has(partner?.lemma ?? "") || AUDIENCES.has(a.tokens[head]?.lemma ?? "");
    if (partner && /^(?:PROPN|NOUN|PRON)$/.test(partner.pos) && !audience) return true;
  }
  if (!c.subject) return false;
  const subject = a.tokens.slice(c.subject[0], c.subject[1]);
  // "Putin and Trump", "the two leaders", "both sides", "they"
  return subject.some(
    (t) =>
      t.lower === "and" ||
      t.lower === "both" ||
      t.lower === "they" ||
      t.lower === "we" ||
      (t.pos === "NOUN" && t.lower !== t.lemma && !AUDIENCES.has(t.lemma) && !INFORMANTS.has(t.lemma)) ||
      // (an acronym in the plural, which the tagger leaves as it is: "the DGMOs", "the two NSAs")
      /^\p{Lu}{2,}s$/u.test(t.text),
  );
}

const DOOR_OPEN = new Set(["open", "ajar", "reopen"]);
const DOOR_SHUT = new Set(["close", "closed", "shut", "slam", "slammed", "bang", "banged"]);

/**
 * The door idiom of a clause: "door" (and "open") before "to", "for" or "on" and talks within a
 * few words, and a word of opening or shutting in the clause; whether it is open, and the "door"
 * token.
 */
function doorToTalks(a: SentenceAnalysis, c: Clause, lex: Lexicon): { open: boolean; token: number } | null {
  for (let k = c.start; k < c.end; k++) {
    if (a.tokens[k]!.lemma !== "door") continue;
    // "the door to talks", "left the door open for talks"
    const to = DOOR_OPEN.has(a.tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    if (!/^(?:to|for|on)$/.test(a.tokens[to]?.lower ?? "")) continue;
    const talks = a.tokens
      .slice(to + 1, to + 5)
      .some(
        (t) => lex.objectNouns.get(t.lemma)?.name === "talks" || lex.verbs.get(t.lemma)?.[0]?.category.type === "talks",
      );
    if (!talks) return null;
    for (let j = c.start; j < Math.min(a.tokens.length, c.end + 2); j++) {
      const w = a.tokens[j]!;
      if (DOOR_OPEN.has(w.lower) || DOOR_OPEN.has(w.lemma)) return { open: true, token: k };
      if (DOOR_SHUT.has(w.lower) || DOOR_SHUT.has(w.lemma)) return { open: false, token: k };
    }
    return null;
  }
  return null;
}

/** Nouns of a way to an end ("the only way forward", "the path to peace"). */
const WAYS = new Set(["way", "path", "pathway", "road", "route", "avenue", "means", "option", "solution", "answer"]);

/**
 * "The only way ahead is negotiation", "negotiation is the best path to peace": a copula that
 * ranks talks as the way to an end prefers them (CAMEO 036), as saying one is ready for them
 * does; the talks token, or -1.
 */
function talksAsWay(a: SentenceAnalysis, i: number, lex: Lexicon): number {
  const c = a.clauses[i]!;
  if (!COPULAS.has(a.tokens[c.group!.head]!.lemma) || c.group!.negated) return -1;
  let way = false;
  let talks = -1;
  for (let k = c.start; k < c.end; k++) {
    const t = a.tokens[k]!;
    if (a.clauseOf[k] !== i || !isNoun(t)) continue;
    if (WAYS.has(t.lemma)) way = true;
    else if (talks < 0 && lex.objectNouns.get(t.lemma)?.name === "talks") talks = k;
  }
  return way ? talks : -1;
}

/** Nouns of what a settlement may rest on ("the only basis for peace"), besides the ways to it. */
const GROUNDS = new Set([...WAYS, "basis", "foundation", "framework", "formula", "format"]);

/**
 * "The accords remain the only basis for any lasting settlement", "the plan is the only road to peace": a
 * copula that makes a plan or a deal the only ground of a settlement rules out any other, a
 * condition set on it (CAMEO 10); the plan's token, or -1. (Talks ranked so are readiness: talksAsWay.)
 */
function onlyGround(a: SentenceAnalysis, i: number, lex: Lexicon): number {
  const c = a.clauses[i]!;
  if (!COPULAS.has(a.tokens[c.group!.head]!.lemma) || c.group!.negated) return -1;
  let only = false;
  let plan = -1;
  // (from the sentence's start: words before the clause the segmenter cut are the main clause's,
  // "The only way out of the war is …")
  for (let k = 0; k < c.end; k++) {
    const t = a.tokens[k]!;
    if (a.clauseOf[k] !== i) continue;
    // ("the only viable basis", "the sole way")
    const next = a.tokens[k + 1]?.pos === "ADJ" ? a.tokens[k + 2] : a.tokens[k + 1];
    if ((t.lower === "only" || t.lower === "sole") && GROUNDS.has(next?.lemma ?? "")) only = true;
    if (
      plan < 0 &&
      isNoun(t) &&
      !GROUNDS.has(t.lemma) &&
      /^(?:plan|deal)$/.test(lex.objectNouns.get(t.lemma)?.name ?? "")
    )
      plan = k;
  }
  return only ? plan : -1;
}

/** The sure reading of a clause an idiom decides (the door to talks, "no point in"), negation included. */
function idiomSignal(
  a: SentenceAnalysis,
  i: number,
  type: SignalType,
  cameo: string | null,
  trigger: number,
  classes: string[],
): ClauseSignal {
  const g = a.clauses[i]!.group!;
  return {
    clause: i,
    classes,
    negated: g.negated,
    future: g.tense === "future",
    hypothetical: isHypothetical(a, i),
    denial: false,
    type,
    cameo,
    strength: 3,
    trigger,
  };
}

/**
 * Whether clause `i` states a term of a deal ("Under the deal, the army will leave the towns"):
 * a clause of the sentence, past its opening phrase of terms, that says what a party will or is
 * to do. Returns the noun that names the deal or its terms, or -1. The term is dated when the
 * deal was, never by its own deadlines.
 */
export function statesTerms(a: SentenceAnalysis, i: number, lex: Pick<Lexicon, "terms" | "objectNouns">): number {
  const c = a.clauses[i]!;
  if (!c.subject || !c.group || !stillAhead(c.group)) return -1;
  // ("…, while the police is to shrink by half": a term set beside another is one too)
  if (c.parent !== null) return c.opener === "while" || c.opener === "whereas" ? statesTerms(a, c.parent, lex) : -1;
  const first = a.clauses.find((x) => x.parent === null && x.subject)!;
  return c.subject[0] >= first.subject![0] ? termsFrame(a, first.subject![0], lex) : -1;
}

/**
 * The noun that names the deal or its terms in a sentence's opening phrase of terms, tokens
 * 0…`end` before the first subject ("Under the deal,", "Under its provisions", "Under a timetable
 * signed with the accord,"), or -1: the preposition, a noun phrase that names them, and at most
 * a phrase set off by a comma that describes them.
 */
function termsFrame(a: SentenceAnalysis, end: number, lex: Pick<Lexicon, "terms" | "objectNouns">): number {
  if (!lex.terms.words.has(a.tokens[0]?.lower ?? "")) return -1;
  let named = -1;
  let k = 1;
  for (; k < end && /^(?:DET|PRON|ADJ|NOUN|PROPN|NUM|ADP|PART)$/.test(a.tokens[k]!.pos); k++) {
    const t = a.tokens[k]!;
    const cls = isNoun(t) ? lex.objectNouns.get(t.lemma)?.name : undefined;
    if ((cls && lex.terms.classes.has(cls)) || lex.terms.nouns.has(t.lemma)) named = k;
  }
  const setOff = a.tokens[end - 1]?.text === "," && (a.tokens[k]!.text === "," || a.tokens[k]!.pos === "VERB");
  return k === end || setOff ? named : -1;
}

/**
 * Whether the infinitive `k` after verb group `g` has a party of its own right after the verb
 * ("expect the rebels to disarm", "expected Kyiv to follow"): a name, a pronoun or a noun of no
 * class but forces, not a thing of the negotiation ("the talks", "the truce").
 */
function partyExpected(a: SentenceAnalysis, g: VerbGroup, k: number, lex: Lexicon): boolean {
  const x = a.clauses[k]!;
  if (x.kind !== "infinitive" || !x.subject || x.subject[0] !== g.end) return false;
  const last = a.tokens[x.subject[1] - 1]!;
  if (last.pos === "PROPN" || /^(?:him|her|them|us)$/.test(last.lower)) return true;
  const cls = lex.objectNouns.get(last.lemma)?.name;
  return last.pos === "NOUN" && (!cls || cls === "forces");
}

/** What a party may put on hold: a deal, a truce, talks, a plan, an exchange or a release of captives. */
const SUSPENDED = new Set(["deal", "truce", "talks", "plan", "exchange", "captive"]);

/** The "hold" of "on hold" in the clause's own words after its verb, or -1. */
function onHold(a: SentenceAnalysis, c: Clause): number {
  for (let k = c.group!.end; k + 1 < c.end; k++)
    if (a.tokens[k]!.lower === "on" && a.tokens[k + 1]!.lower === "hold") return k + 1;
  return -1;
}

const SPANS_OF_TIME = new Set(["hour", "day", "week", "month", "minute"]);

/**
 * The word of time an ultimatum gives ("gave Kyiv until Friday to …", "gave them 50 days to …",
 * "have until Friday to …"): "give" with, right after its object, "until" or a number of hours to
 * months ("have" with "until"), then an infinitive that says what must be done by then; or -1.
 */
function ultimatum(a: SentenceAnalysis, i: number): number {
  const c = a.clauses[i]!;
  const gives = a.tokens[c.group!.head]!.lemma === "give";
  if (!gives && a.tokens[c.group!.head]!.lemma !== "have") return -1;
  const acts = a.children[i]!.some((k) => a.clauses[k]!.kind === "infinitive");
  if (!acts) return -1;
  for (let k = c.group!.end; k < Math.min(c.end, c.group!.end + 6); k++) {
    const t = a.tokens[k]!;
    if (t.lower === "until" || t.lower === "till") return k;
    // (Only given: "will have a week to study the drafts" sets a timetable, no demand.)
    if (gives && SPANS_OF_TIME.has(t.lemma) && /^(?:NUM|DET|ADJ)$/.test(a.tokens[k - 1]?.pos ?? "")) return k;
  }
  return -1;
}

/** Nouns that, after "no" and before "in" or "to", call something futile ("no point in talks"). */
const FUTILITY = new Set(["point", "sense", "use"]);

/** The futility noun of a clause ("sees no point in talks", "makes no sense to negotiate"), or -1. */
function futility(a: SentenceAnalysis, c: Clause): number {
  // The "in" or "to" may open the clause that follows ("sees no point | in holding talks").
  for (let k = c.start + 1; k < c.end; k++)
    if (
      FUTILITY.has(a.tokens[k]!.lower) &&
      a.tokens[k - 1]!.lower === "no" &&
      /^(?:in|to)$/.test(a.tokens[k + 1]?.lower ?? "")
    )
      return k;
  return -1;
}

/**
 * The "faith" of a clause that doubts a party's sincerity after its verb: "in bad faith", or "in
 * good faith" denied ("was not tabled in good faith"); or -1.
 */
function faithDoubted(a: SentenceAnalysis, c: Clause): number {
  const g = c.group!;
  for (let k = g.end + 1; k < c.end; k++) {
    if (a.tokens[k]!.lower !== "faith" || a.tokens[k - 2]?.lower !== "in") continue;
    const kind = a.tokens[k - 1]!.lower;
    if (kind === "bad" || (kind === "good" && g.negated)) return k;
  }
  return -1;
}

/** Words by which an accord holds: "valid", "in force", "in effect" (not "binding", which describes a text). */
const HOLDING = new Set(["valid", "force", "effect"]);

/**
 * The word of holding a clause denies an accord that is its subject ("the deal is no longer
 * valid", "the truce is not in force", "the pact had ceased to be valid"), or -1.
 */
function accordVoided(a: SentenceAnalysis, i: number, lex: Lexicon): number {
  const c = a.clauses[i]!;
  const g = c.group!;
  if (!c.subject || stillAhead(g)) return -1;
  const accord = a.tokens
    .slice(c.subject[0], c.subject[1])
    .some((t) => t.pos === "NOUN" && ACCORDS.has(lex.objectNouns.get(t.lemma)?.name ?? ""));
  if (!accord) return -1;
  const head = a.tokens[g.head]!.lemma;
  // "had ceased to be valid": the infinitive of the copula says what no longer holds.
  const ceased = (head === "cease" || head === "stop") && !g.negated;
  const inf = ceased ? a.clauses.find((x) => x.parent === i && x.kind === "infinitive") : undefined;
  if (ceased ? inf?.group && a.tokens[inf.group.head]!.lemma !== "be" : !COPULAS.has(head)) return -1;
  const from = inf?.group ? inf.group.end : g.end;
  const end = inf ? inf.end : c.end;
  const longer = a.tokens[from]?.lower === "no" && a.tokens[from + 1]?.lower === "longer";
  if (!ceased && !g.negated && !longer) return -1;
  // ("is not in force yet": an accord still to start)
  if (a.tokens.slice(c.start, c.end).some((t) => t.lower === "yet")) return -1;
  for (let k = longer ? from + 2 : from; k < Math.min(end, from + 5); k++) {
    const t = a.tokens[k]!;
    if (HOLDING.has(t.lower) && (t.pos === "ADJ" || a.tokens[k - 1]?.lower === "in")) return k;
  }
  return -1;
}

/** Verbs of having, which deny what they hold when negated or of none ("has no mandate"); "lack" always does. */
const HAVING = new Set(["have", "hold", "possess"]);
/** What a party may have the right to do for a side ("no right to sign"), unlike "the right to return". */
const ACTING_FOR = new Set([
  "sign",
  "negotiate",
  "represent",
  "speak",
  "veto",
  "decide",
  "ratify",
  "agree",
  "conclude",
  "accept",
  "concede",
  "cede",
  "dictate",
  "demand",
  "impose",
]);

/**
 * The noun of a standing to act a clause denies its subject ("lacks the legitimacy", "has no
 * authority", "does not have the right to sign"), or -1.
 */
function standingDenied(a: SentenceAnalysis, i: number, lex: Lexicon): number {
  const g = a.clauses[i]!.group!;
  const head = a.tokens[g.head]!.lemma;
  const k = objectAt(a, i);
  const noun = a.tokens[k];
  if (!noun || !(head === "lack" ? !g.negated : HAVING.has(head))) return -1;
  const none = head === "lack" || g.negated || a.tokens.slice(g.end, k).some((t) => t.lower === "no");
  const standing =
    lex.objectNouns.get(noun.lemma)?.name === "legitimacy" ||
    (noun.lemma === "right" && a.tokens[k + 1]?.lower === "to" && ACTING_FOR.has(a.tokens[k + 2]?.lemma ?? ""));
  return none && standing ? k : -1;
}

/** The category of clause `k`'s verb, by the first of its senses that holds there whatever its object. */
function verbCategory(lex: Lexicon, a: SentenceAnalysis, k: number): Category | null {
  const g = a.clauses[k]!.group;
  if (!g) return null;
  // ("to release the prisoners": a sense that needs its object's class holds when the object is of it)
  const object = lex.objectNouns.get(objectNoun(a, k))?.name;
  return (
    (lex.verbs.get(a.tokens[g.head]!.lemma) ?? []).find(
      (s) => (!s.needs || (!!object && s.needs.includes(object))) && senseHolds(a, k, s, lex),
    )?.category ?? null
  );
}

/**
 * Whether a verb agrees (CAMEO 05: "agree", "sign", "accept"); `whatever`: whatever its object,
 * not only about one ("announce" agrees only about something).
 */
const isAgreeing = (lex: Lexicon, verb: string | null, whatever = false) =>
  verb !== null && !!lex.verbs.get(verb)?.some((v) => v.category.cameo === "05" && (!whatever || v.needs === null));

/**
 * Whether clause `k` is what clause `i` agrees on: "agreed [that the truce would start on
 * Monday]", or pledges: "vowed [that Israel would resume fighting]" intends what it vows. Only a
 * verb that agrees whatever its object: "announced that …" reports.
 */
export function agreesOn(a: SentenceAnalysis, i: number, k: number, lex: Lexicon): boolean {
  const c = a.clauses[k]!;
  const g = a.clauses[i]!.group;
  return (
    c.parent === i &&
    c.kind === "complement" &&
    c.opener === "that" &&
    !!g &&
    (isAgreeing(lex, a.tokens[g.head]!.lemma, true) || PLEDGES.has(a.tokens[g.head]!.lemma))
  );
}

/**
 * Infinitive and argument clauses complete their parent's predicate ("agreed [to meet]"); one
 * before the predicate completes a noun of its subject ("Failure [to reach a deal] could …"),
 * and one after a noun of failing did not happen ("ended in a failure [to reach a deal]").
 */
function completions(a: SentenceAnalysis, i: number, lex: Lexicon): number[] {
  const out: number[] = [];
  const verb = a.clauses[i]!.group?.start ?? -1;
  for (const k of a.children[i]!) {
    const kind = a.clauses[k]!.kind;
    if (
      (kind === "infinitive" || kind === "argument") &&
      a.clauses[k]!.start > verb &&
      !failedEffort(a, k, lex) &&
      !statesPurpose(a, k)
    )
      out.push(k, ...completions(a, k, lex));
  }
  return out;
}

/** Verbs that have someone do something ("have their teams start talks", "let the envoys meet"). */
const CAUSATIVES = new Set(["have", "let", "make"]);

/**
 * The clause that causative clause `k` has someone do, right after its verb: a subject and a bare
 * verb ("to have [their teams start talks]"), or -1. What it is about is what the causative's
 * clause is about, as an infinitive's would be.
 */
function causedBy(a: SentenceAnalysis, k: number): number {
  const g = a.clauses[k]!.group;
  if (!g || !CAUSATIVES.has(a.tokens[g.head]!.lemma) || g.passive) return -1;
  return (
    a.children[k]!.find((x) => {
      const c = a.clauses[x]!;
      return c.subject?.[0] === g.end && !!c.group && c.group.start === c.group.head && c.group.tense === "present";
    }) ?? -1
  );
}

/** "the fighting came to an end", "the war has come to a halt": what comes to an end ends. */
function comesToEnd(a: SentenceAnalysis, head: number): boolean {
  const [to, article, noun] = a.tokens.slice(head + 1, head + 4).map((t) => t.lower);
  return (
    a.tokens[head]!.lemma === "come" && to === "to" && /^an?$/.test(article ?? "") && /^(?:end|halt)$/.test(noun ?? "")
  );
}

/** Verbs of going on with something, or doing more of it ("resume fighting", "step up attacks"). */
const GOING_ON = new Set(["resume", "continue", "keep", "intensify", "escalate", "step", "renew", "expand"]);

/** Verbs of taking something out of the way ("eliminate the obstacles", "overcome the differences"). */
const REMOVING = new Set(["eliminate", "remove", "overcome", "clear", "dismantle", "surmount"]);

/** Verbs of receiving a guest ("was welcomed by his counterpart"). */
const RECEIVING = new Set(["welcome", "receive", "greet"]);

/** Those who come as guests, named by office or role ("the ministers were received by …"). */
const GUESTS = new Set([
  "president",
  "leader",
  "premier",
  "minister",
  "chancellor",
  "envoy",
  "delegation",
  "delegate",
  "diplomat",
  "negotiator",
  "official",
  "mediator",
  "counterpart",
]);

/** Whether clause `i`'s subject is a person: a name with no noun after it, or a personal pronoun. */
function personSubject(a: SentenceAnalysis, i: number): boolean {
  const s = a.clauses[i]!.subject;
  if (!s) return false;
  const words = a.tokens.slice(s[0], s[1]).filter((t) => t.pos !== "DET" && t.pos !== "PUNCT");
  if (words.length === 1 && /^(?:he|she)$/.test(words[0]!.lower)) return true;
  return words.length > 0 && words.length <= 4 && words.every((t) => t.pos === "PROPN" && /^\p{Lu}/u.test(t.text));
}

/** Verbs of letting others act ("allow", "permit"). */
const LETTING = new Set(["allow", "permit", "let", "tolerate"]);
/** Verbs of using an occasion for an act ("used the talks to", "seized the summit to"). */
const INSTRUMENTAL = new Set(["use", "seize", "exploit"]);

/** Verbs that pronounce what their object is ("declared the war over"). */
const PRONOUNCING = new Set(["declare", "pronounce"]);

/** The war noun clause `k` pronounces over ("declared the state of war over"), or -1. */
function declaredOver(a: SentenceAnalysis, k: number, lex: Lexicon): number {
  const c = a.clauses[k]!;
  const g = c.group!;
  if (!PRONOUNCING.has(a.tokens[g.head]!.lemma) || g.passive) return -1;
  let war = -1;
  for (let j = g.end; j < c.end; j++) {
    const t = a.tokens[j]!;
    if (/^["“”]$/.test(t.text)) continue;
    if (/^(?:over|ended|finished)$/.test(t.lower) && j > g.end) return war;
    if (isNoun(t) && lex.objectNouns.get(t.lemma)?.name === "war") war = j;
    else if (!/^(?:DET|ADJ|NOUN|PROPN|CCONJ|PRON)$/.test(t.pos) && !/^(?:of|between)$/.test(t.lower)) return -1;
  }
  return -1;
}

/** Offices whose holder a party may recognise or proclaim ("recognised him as interim president"). */
const OFFICES = new Set(["president", "leader", "head", "government", "ruler", "premier", "representative"]);
const RECOGNISING = new Set(["recognize", "recognise"]);
const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself"]);

/**
 * The office clause `k` recognises someone in or has its subject proclaim itself ("recognised
 * the speaker as interim president", "declared himself president"), or -1: in a contest for
 * power, who holds the office legitimately is what such a clause says.
 */
function officeClaimed(a: SentenceAnalysis, k: number): number {
  const c = a.clauses[k]!;
  const g = c.group!;
  const verb = a.tokens[g.head]!.lemma;
  const proclaims = (PRONOUNCING.has(verb) || verb === "proclaim") && REFLEXIVES.has(a.tokens[g.end]?.lower ?? "");
  if (!proclaims && !RECOGNISING.has(verb)) return -1;
  // ("as acting president" may open a clause of its own, at the clause's end)
  for (let j = proclaims ? g.end + 1 : g.end; j <= c.end && j < a.tokens.length; j++) {
    const t = a.tokens[j]!;
    if (!proclaims && t.lower !== "as") continue;
    let n = proclaims ? j : j + 1;
    // ("as acting president", "the sitting president": a participle before the office describes it)
    const describes = (x: Token | undefined) => !!x && (/^(?:DET|ADJ)$/.test(x.pos) || /^\p{Ll}+ing$/u.test(x.text));
    while (describes(a.tokens[n])) n++;
    return OFFICES.has(a.tokens[n]?.lemma ?? "") ? n : -1;
  }
  return -1;
}

/** Verbs that, as a bare participle after a noun, give it a name ("a plan called …", "a force dubbed …"). */
const NAMING_VERBS = new Set(["call", "name", "dub", "title", "label", "nickname"]);

/** Verbs of a pledge (CAMEO 03), as against a wish ("wants to release the prisoners"). */
const PLEDGES = new Set(["pledge", "promise", "vow", "commit", "undertake"]);
/** Verbs of a party deciding what it does itself ("decided to end the bombing campaign"). */
const DECISIONS = new Set(["decide", "resolve", "opt", "choose"]);
/** Pledges that may state terms ("pledged to facilitate the return of refugees"); a vow is mostly of force or punishment. */
const TERM_PLEDGES = new Set(["pledge", "promise", "commit", "undertake"]);

const PURPOSE_NOUNS = new Set(["aim", "goal", "purpose", "objective", "intention", "hope", "view"]);

/**
 * "began a dialogue with the shared aim of concluding a deal", "in the hope of reaching a truce",
 * "with a view to signing", "in order to address …": a clause that completes a phrase of purpose
 * says why, not what was done.
 */
function statesPurpose(a: SentenceAnalysis, k: number): boolean {
  const start = a.clauses[k]!.start;
  // "in order to address the root causes", "so as to reach a truce"
  const before = `${a.tokens[start - 2]?.lower} ${a.tokens[start - 1]?.lower}`;
  if (before === "in order" || before === "so as") return true;
  if (!PURPOSE_NOUNS.has(a.tokens[start - 1]?.lemma ?? "")) return false;
  let m = start - 2;
  while (m >= 0 && /^(?:DET|ADJ|VERB)$/.test(a.tokens[m]!.pos) && !/^(?:with|in|for)$/.test(a.tokens[m]!.lower)) m--;
  return /^(?:with|in|for)$/.test(a.tokens[m]?.lower ?? "");
}

/**
 * "A meeting is scheduled for Monday in Geneva to address the border", "talks were held in Doha to
 * discuss a truce": an infinitive past a passive verb's phrases of time and place is what was done
 * for ("was urged by the UN to accept" is asked of the subject).
 */
function passivePurpose(a: SentenceAnalysis, k: number, x: number): boolean {
  const g = a.clauses[k]!.group;
  const start = a.clauses[x]!.start;
  if (!g?.passive || a.clauses[x]!.kind !== "infinitive" || start <= g.end) return false;
  const between = a.tokens.slice(g.end, start);
  return between.some((t) => t.pos === "ADP") && !between.some((t) => t.lower === "by");
}

/**
 * "agreed to resume negotiations in Oslo next month to reach a lasting peace", "held talks in
 * Doha to discuss a truce", "agreed to meet in Manila to pursue peace": an infinitive after talks
 * a verb holds, after a verb of talks, or after talks that are the subject, says what they are
 * for; the clause is about the talks.
 */
function talksPurpose(a: SentenceAnalysis, k: number, x: number, lex: Lexicon): boolean {
  const g = a.clauses[k]!.group;
  if (!g || a.clauses[x]!.kind !== "infinitive") return false;
  // ("agreed to meet regularly in Manila to pursue a lasting peace": a verb of talks itself)
  if (lex.objectVerbs.get(a.tokens[g.head]!.lemma)?.name === "talks") return true;
  // ("the next round will take place in Oslo on Friday to review the truce": talks its subject
  // names, past the verb's phrases of place or time; "yielded little, aside from an agreement to
  // swap prisoners" is that agreement's content)
  const start = a.clauses[x]!.start;
  if (
    lex.objectNouns.get(subjectNoun(a, k))?.name === "talks" &&
    a.tokens.slice(g.end, start).some((t) => t.pos === "ADP") &&
    a.tokens[start - 1]?.pos !== "NOUN"
  )
    return true;
  // The verb's object: past its determiners and adjectives, and past "a round of" and the like;
  // or what a copula is in ("was in talks with both capitals to restore the accord").
  let j = g.end;
  if (COPULAS.has(a.tokens[g.head]!.lemma) && a.tokens[j]?.lower === "in") j++;
  const skipModifiers = () => {
    while (j < a.clauses[x]!.start && /^(?:DET|ADJ|NUM)$/.test(a.tokens[j]!.pos)) j++;
  };
  skipModifiers();
  if (CONTAINERS.has(a.tokens[j]?.lemma ?? "") && a.tokens[j + 1]?.lower === "of") {
    j += 2;
    skipModifiers();
  }
  const object = a.tokens[j];
  return !!object && j < a.clauses[x]!.start && isNoun(object) && lex.objectNouns.get(object.lemma)?.name === "talks";
}

/** Whether token `k` heads an apposition of ", one of the …" that ranks the phrase before it. */
function ranksBefore(a: SentenceAnalysis, k: number): boolean {
  let m = k - 1;
  while (m > 0 && /^(?:ADJ|NOUN|DET|PRON|NUM)$/.test(a.tokens[m]!.pos) && a.tokens[m]!.lower !== "one") m--;
  return a.tokens[m]?.lower === "of" && a.tokens[m - 1]?.lower === "one" && a.tokens[m - 2]?.text === ",";
}

/** Whether noun `k` follows "with the" (past adjectives): "with the (ultimate) objective of …". */
function purposeOpens(a: SentenceAnalysis, k: number): boolean {
  let m = k - 1;
  while (m > 0 && a.tokens[m]!.pos === "ADJ") m--;
  return /^(?:the|a|an)$/.test(a.tokens[m]?.lower ?? "") && a.tokens[m - 1]?.lower === "with";
}

/** Classes whose nouns name a party as well as a thing: troops, a regime. */
const PARTNERS = new Set(["forces", "legitimacy"]);

/** Whether noun `k` ends a phrase of "with" or "between" right after a noun of talks. */
function partnerOfTalks(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  let m = k - 1;
  while (m > k - 7 && m > 0 && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(a.tokens[m]!.pos)) m--;
  const talks = a.tokens[m - 1];
  return (
    /^(?:with|between)$/.test(a.tokens[m]?.lower ?? "") && !!talks && lex.objectNouns.get(talks.lemma)?.name === "talks"
  );
}

/** Whether the noun phrase from token `k` on ("its armed campaign", "the fighting") is of the war. */
function endsWar(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  while (a.tokens[k] && /^(?:DET|ADJ|PRON|NUM)$/.test(a.tokens[k]!.pos)) k++;
  const t = a.tokens[k];
  return !!t && isNoun(t) && lex.objectNouns.get(a.tokens[nounHead(a, k)]!.lemma)?.name === "war";
}

/** Verbs that say only that something will come about ("there will be war", "war will follow"). */
const COMING_ABOUT = new Set(["be", "happen", "follow", "ensue", "erupt", "break", "come"]);

/**
 * Whether noun `index` is a war that clause `k` says will come about ("if talks fail, there will
 * be war", "only war will follow"): foreseen fighting is a threat, though no verb of the war
 * class governs it. A war that was ("there was fighting") or will not be ("there will be no
 * war") foresees nothing.
 */
function foreseenWar(a: SentenceAnalysis, k: number, index: number, cls: ObjectClass): boolean {
  const g = a.clauses[k]!.group;
  if (cls.name !== "war" || !g || g.tense !== "future" || g.negated) return false;
  if (!COMING_ABOUT.has(a.tokens[g.head]!.lemma) || a.tokens[index - 1]?.lower === "no") return false;
  const subject = a.clauses[k]!.subject;
  // The war is the subject, or what an existential "there" says will be.
  if (a.tokens[g.head]!.lemma === "be") return a.tokens[subject?.[0] ?? -1]?.lower === "there" && index >= g.end;
  return !!subject && index >= subject[0] && index < subject[1];
}

/** Whether a verb appeals to another party (CAMEO 02: "urge", "ask", "call on"). */
const appeals = (lex: Lexicon, verb: string | null) =>
  verb !== null && !!lex.verbs.get(verb)?.some((v) => v.category.cameo === "02");

/**
 * Whether a verb agrees (CAMEO 05) or yields (08: "order", "halt") in clause `k`: what a party
 * does, not what it asks of others ("called a halt to", not "called for an end to").
 */
const ordersOrAgrees = (lex: Lexicon, a: SentenceAnalysis, k: number, verb: string | null) =>
  verb !== null &&
  !!lex.verbs
    .get(verb)
    ?.some(
      (v) =>
        (v.category.cameo === "05" || v.category.cameo === "08") && (!a.clauses[k]!.group || senseHolds(a, k, v, lex)),
    );

/** Whether clause `k` completes a noun of failing ("the failure [to reach an agreement]"). */
const failedEffort = (a: SentenceAnalysis, k: number, lex: Lexicon) =>
  lex.failure.nouns.has(a.tokens[a.clauses[k]!.start - 1]?.lemma ?? "");

function classesOf(
  a: SentenceAnalysis,
  i: number,
  lex: Lexicon,
  governor: string | null,
  dealsArePlans = false,
): Found[] {
  const found: Found[] = [];
  const clause = a.clauses[i]!;
  const govern = (cls: ObjectClass, verb: string | null) =>
    !cls.governedBy || (verb !== null && cls.governedBy.has(verb));
  const visit = (k: number, head: string | null) => {
    const c = a.clauses[k]!;
    if (k !== i && c.group) {
      const verb = a.tokens[c.group.head]!;
      const cls = lex.objectVerbs.get(verb.lemma);
      // "renewed a pledge to destroy the movement": a noun the infinitive completes governs it as its verb would.
      const noun = c.kind === "infinitive" ? a.tokens[c.start - 1] : undefined;
      const byNoun = !!noun && isNoun(noun) && !!cls?.governedBy?.has(noun.lemma);
      // ("agreed to lift sanctions", "agreed to cease sanctions": yielding on what a class of its
      // own names is that class, not a truce; "undertake hostile actions": with its adjective too)
      // (an object of no class hands on to what the phrase after it names: "agreed to suspend
      // the group from its terrorist list" yields on a sanction)
      const yielded = (
        describedClass(a, objectAt(a, k), lex) ??
        lex.objectNouns.get(objectNoun(a, k)) ??
        laterClass(a, k, lex)
      )?.name;
      const ownClass =
        !yielded || yielded === "forces" || yielded === "concession" || yielded === "war" || yielded === "truce";
      const halted = cls?.name === "truce" && !ownClass;
      if (cls && !halted && (govern(cls, head) || byNoun)) found.push({ cls, token: c.group.head, subject: false });
      // "agreed to end hostilities", "signed a deal to stop the fighting": agreeing to end the
      // war is a truce ("ready to end the war" stays readiness).
      const ending = lex.endingVerbs.get(verb.lemma);
      const agreeing = isAgreeing(lex, head);
      // So is asking another to end it ("urged Moscow to stop the strikes"), or not to fight
      // ("asked Putin not to strike Kyiv"): an appeal for a truce (CAMEO 02).
      const appealing = appeals(lex, head);
      // ("decided to end the operation": a party's decision to end its fighting ends it, as its
      // agreeing to does)
      const deciding = DECISIONS.has(head ?? "");
      // (and a treaty's parties that undertake to end hostilities pledge a truce; a vow to end the
      // war is mostly one to win it)
      if (
        ending &&
        (agreeing || appealing || deciding || TERM_PLEDGES.has(head ?? "")) &&
        lex.objectNouns.get(objectNoun(a, k))?.name === "war"
      )
        found.push({ cls: ending, token: c.group.head, subject: false });
      // So is agreeing or pledging not to, whether the verb or its object fights ("agreed not to
      // strike", "pledged not to launch new attacks"), or agreeing that no one will ("agreed that
      // neither side would attack the other").
      const pledging = PLEDGES.has(head ?? "");
      const truceClass = lex.classes.get("truce");
      const fights = cls?.name === "war" || yielded === "war";
      const noneWill = c.kind === "complement" && agreeing && !!c.subject && NONE.has(a.tokens[c.subject[0]]!.lower);
      if (
        (appealing || agreeing || pledging) &&
        truceClass &&
        ((c.kind === "infinitive" && c.group.negated) || noneWill) &&
        fights
      )
        found.push({ cls: truceClass, token: c.group.head, subject: false });
      // "agreed to release the prisoners", "agreed to lay down their arms": agreeing to yield is a
      // step towards a truce (CAMEO 08), not readiness in general; so is pledging to ("pledged to
      // scale back its military activity", CAMEO 0356: intent to de-escalate).
      const truce = lex.classes.get("truce");
      const kidCategory = verbCategory(lex, a, k);
      const yields = () => kidCategory?.cameo === "08" || scheduledYield(a, k, lex);
      // "agreed to swap 500 prisoners": agreeing to an exchange is one, as "agreed to an exchange" is.
      const exchange = lex.classes.get("exchange");
      if (exchange && agreeing && kidCategory?.cameo === "0841")
        found.push({ cls: exchange, token: c.group.head, subject: false });
      if (
        truce &&
        (agreeing || pledging) &&
        yields() &&
        found.every((f) => f.cls.name === "forces" || f.cls.name === "concession") &&
        ownClass
      )
        found.push({ cls: truce, token: c.group.head, subject: false });
    } else if (k === i && c.group && !c.group.gerund && !c.group.infinitive && c.group.modal !== "obligation") {
      // "Israel will end the fighting", "the fighting across the border will end": a party's own
      // ending of the war, or the war's ending, is a truce ("ended the truce" stays a cancellation;
      // "the war should end justly" is a demand).
      const ending = lex.endingVerbs.get(comesToEnd(a, c.group.head) ? "end" : a.tokens[c.group.head]!.lemma);
      const object = objectNoun(a, k);
      const ended = object ? [object] : c.group.passive ? [] : subjectHeads(a, k);
      if (ending && ended.some((noun) => lex.objectNouns.get(noun)?.name === "war"))
        found.push({ cls: ending, token: c.group.head, subject: false });
      // "the leaders declared the state of war over": a war declared over has ended.
      const truce = lex.classes.get("truce");
      const over = declaredOver(a, k, lex);
      if (truce && over >= 0) found.push({ cls: truce, token: over, subject: false });
    }
    // ("a statement recognising him as president": as a participle too)
    const legitimacy = lex.classes.get("legitimacy");
    const office = k === i && c.group && !c.group.infinitive ? officeClaimed(a, k) : -1;
    if (legitimacy && office >= 0) found.push({ cls: legitimacy, token: office, subject: false });
    const verbHere = c.group ? a.tokens[c.group.head]!.lemma : head;
    const tokens = coreTokens(a, c, c.group ? lex.verbs.get(a.tokens[c.group.head]!.lemma) : undefined);
    // "Talks are expected to resume", "the truce is set to take effect": a clause handed the
    // meaning of the verb it completes shares that verb's subject.
    const above = c.parent === null ? null : a.clauses[c.parent]!;
    if (k === i && governor !== null && c.kind === "infinitive" && !c.subject && above?.subject)
      for (let s = above.subject[0]; s < above.subject[1]; s++) tokens.push({ index: s, subject: true });
    // The deal, truce or talks a noun of quitting acts on: what the clause is about is the quitting.
    let quitted = -1;
    for (const { index, subject, antecedent } of tokens) {
      const t = a.tokens[index]!;
      const next = a.tokens[index + 1];
      if (index === quitted) continue;
      if (isNoun(t)) {
        // "announced its withdrawal from the deal", "the suspension of the talks": a party leaving
        // or halting a deal, a truce or talks rejects them (CAMEO 12).
        const quitting = lex.quitNouns.get(t.lemma);
        const quits = quitting ? quittedAt(a, index, lex) : -1;
        if (quitting && quits >= 0) {
          found.push({ cls: quitting, token: index, subject });
          quitted = quits;
          continue;
        }
        // "ordered an end to its armed campaign", "agreed on an end to the fighting": an end of
        // the war that a party agrees to or orders is a truce, as ending it is.
        const ending = lex.endingVerbs.get(t.lemma);
        if (ending && next?.lower === "to" && endsWar(a, index + 2, lex) && ordersOrAgrees(lex, a, k, verbHere)) {
          found.push({ cls: ending, token: index, subject });
          continue;
        }
        // "accept security guarantees, one of the key points …": an apposition that ranks what
        // went before names no object of its own.
        if (ranksBefore(a, index)) continue;
        // "the third round of a prisoner swap", "a new round of sanctions": the noun after "of" says what.
        // ("the fourth round of shuttle diplomacy": what the "of" phrase names is of no class, so the container says what.)
        if (CONTAINERS.has(t.lemma) && next?.lower === "of" && classedOfPhrase(a, index + 2, lex)) continue;
        // "renewed his call for a ceasefire": an appeal, not a phone call; what it asks for says what.
        if (next && lex.nouns.has(`${t.lemma} ${next.lower}`)) continue;
        const pair = pairClass(a, index, lex);
        // "military activity", "military action": an adjective may make a noun of a class that the
        // noun alone is not of ("diplomatic activity" is no fighting).
        const described = describedClass(a, index, lex);
        // ("the terms": a noun the lexicon lists only in the plural)
        const cls = pair ?? described ?? lex.objectNouns.get(t.lemma) ?? lex.objectNouns.get(t.lower);
        // "in terms of", "in view of": a noun between "in" and "of" makes a preposition (not
        // after a verb of outcome: "resulted in agreement of a halt to the fighting").
        if (
          a.tokens[index - 1]?.lower === "in" &&
          next?.lower === "of" &&
          !(a.tokens[index - 2]?.pos === "VERB" && OUTCOMES.has(a.tokens[index - 2]!.lemma))
        )
          continue;
        // "the Palestinian Authority", "the Intergovernmental Authority on Development": a word of a
        // name is not what the clause is about, unless the name is a document's ("signed the Kuala
        // Lumpur Peace Accord", "the Peace Formula") or, as what the clause tells of, an occasion's
        // ("the National Peace Conference will open on Monday", not "spoke to the Munich Security
        // Conference", an audience).
        if (cls && inName(a, index) && !ACCORDS.has(cls.name) && !(subject && cls.names?.has(t.lemma.toLowerCase())))
          continue;
        // "agreed in principle": a bare noun of a plan after "in" makes an adverb ("in talks" stays talks).
        if (cls?.name === "plan" && a.tokens[index - 1]?.lower === "in" && t.lower === t.lemma && !isNoun(next ?? t))
          continue;
        if (
          !cls ||
          !(govern(cls, verbHere) || foreseenWar(a, k, index, cls)) ||
          (!antecedent && ofDetail(a, index, lex)) ||
          excluded(a, index, cls)
        )
          continue;
        // "formed a common vision of the conditions for peace", "a roadmap for a settlement": a
        // deal a noun is for details that noun, as an "of" phrase does.
        if (cls.name === "deal" && !antecedent && forDetail(a, index, lex)) continue;
        // (Accepting or agreeing to the conditions for a truce accepts the truce.)
        if (
          SOUGHT_TOGETHER.has(cls.name) &&
          !antecedent &&
          !(isAgreeing(lex, verbHere) && a.clauseOf[index] === i) &&
          completesDemand(a, index, i, lex)
        )
          continue;
        // "signed an agreement on grain exports", "reached a nuclear deal": a deal about a matter of
        // its own is a plan for that matter, no truce. So is "the deal" of a story whose deals are
        // all of that kind ("Congress will review the deal" after "clinched a nuclear deal").
        // (Quitting or tearing up a deal of any matter rejects it: "quit the nuclear deal".)
        const rejects = lex.verbs
          .get(verbHere ?? "")
          ?.some((s) => s.category.cameo === "12" && s.needs?.includes("deal"));
        if (cls.matters && !rejects) {
          const reading = dealReading(a, index, lex);
          const plan = lex.classes.get("plan");
          if (plan && (reading === "matter" || (dealsArePlans && reading === "bare"))) {
            found.push({ cls: plan, token: index, subject });
            continue;
          }
        }
        // "negotiations over a framework deal are being extended": what talks are about is
        // their topic; the clause is about the talks.
        if (cls.name !== "talks" && topicOfTalks(a, index, lex)) continue;
        if (cls.singular?.has(t.lemma) && t.lower !== t.lemma) continue;
        // "the summit concluded without an agreement", "talks ended without a truce": what a
        // "without" phrase says was missing is not what the clause reports ("the next round will
        // not open without a truce" still asks for one).
        // Missing, a deal or a truce is the effort that failed ("left the summit without a deal").
        // So is a missing deal a clause describes ("adjourned without a deal being reached"), or
        // one a past clause went without making ("left without announcing a deal").
        const past = c.group?.tense === "past" || (c.opener === "without" && above?.group?.tense === "past");
        if (MISSABLE.has(cls.name) && lacking(a, index) && (past || antecedent)) {
          const talks = lex.classes.get("talks");
          if (talks && (cls.name === "deal" || cls.name === "truce") && !subject)
            found.push({ cls: talks, token: index, subject: false });
          continue;
        }
        // "resumed the dialogue with the objective of reaching an agreement": a purpose, no demand.
        if (cls.name === "demand" && next?.lower === "of" && purposeOpens(a, index)) continue;
        // "talks without preconditions": a demand said to be missing is demanded by no one.
        if (cls.name === "demand" && lacking(a, index)) continue;
        // "ready to eliminate all the obstacles to cooperation": a demand or obstacle a party
        // removes is none it sets.
        if (cls.name === "demand" && REMOVING.has(verbHere ?? "") && a.clauseOf[index] === k) continue;
        if (inReturn(a, index)) continue;
        // "rejected the plan in a referendum", "won during the elections": a vote the clause
        // only happened in or at is its circumstance, not what it is about.
        if (cls.type === "context" && circumstance(a, index)) continue;
        // "fighters dressed in fatigues", "militants linked to al-Qaeda": troops a participle
        // only describes, with a verb that says nothing of its own, are no battlefield claim.
        const reduced =
          (c.kind === "participle" || c.kind === "relative") &&
          !!c.group?.participle &&
          (!c.opener || c.opener === "and");
        if (
          cls.name === "forces" &&
          (antecedent || (subject && reduced)) &&
          !(c.group ? saysSomething(lex, a, k) : lex.verbs.has(verbHere ?? ""))
        )
          continue;
        // "talks with the country's largest guerrilla army", "negotiations with the regime": who
        // talks are held with is their partner, not what the clause is about.
        if (PARTNERS.has(cls.name) && partnerOfTalks(a, index, lex)) continue;
        // "go into force", "remain in force": force of law, not troops.
        if (cls.name === "forces" && t.lower === "force" && /^(?:in|into)$/.test(a.tokens[index - 1]?.lower ?? ""))
          continue;
        // Only a phrase's head noun says what it is about ("peace talks" are talks), but a truce
        // is a truce anywhere except as the topic of talks ("ceasefire talks" are talks).
        const headNoun = nounHead(a, index);
        // ("the disarmament process", "the peace process": a container's modifier names what it holds)
        const head = headNoun === index || !!pair || CONTAINERS.has(a.tokens[headNoun]!.lemma);
        // "the suspension of talks", "a pause on intelligence sharing": halting anything but the
        // fighting is no truce.
        if (cls.halts?.has(t.lemma) && haltsOther(a, headNoun, lex)) continue;
        const truce = cls.name === "truce" && lex.objectNouns.get(a.tokens[headNoun]!.lemma)?.name !== "talks";
        if (head || truce) found.push({ cls, token: index, subject });
      } else if (t.pos === "ADJ") {
        // "legally impossible", "legally void": an adverb may make an adjective of a class.
        const qualified = a.tokens[index - 1]?.pos === "ADV" ? `${a.tokens[index - 1]!.lower} ${t.lemma}` : "";
        const cls =
          lex.objectAdjectives.get(qualified) ?? lex.objectAdjectives.get(t.lemma) ?? lex.objectAdjectives.get(t.lower);
        if (cls && !excluded(a, index, cls)) found.push({ cls, token: index, subject });
      }
    }
    // "promised to cut its military activity", "agreed to scale down the offensive", "pledged to
    // halt attacks": agreeing or pledging to cut back or stop the fighting (a yielding sense) is a
    // step towards a truce (CAMEO 0356), no fighting intended.
    if (k !== i && c.group && (isAgreeing(lex, head) || PLEDGES.has(head ?? ""))) {
      const truce = lex.classes.get("truce");
      const cuts = (lex.verbs.get(a.tokens[c.group.head]!.lemma) ?? []).some((sense) => sense.category.cameo === "08");
      if (truce && cuts && found.some((f) => f.cls.name === "war" && f.token >= c.start && f.token < c.end))
        found.push({ cls: truce, token: c.group.head, subject: false });
    }
  };
  visit(i, governor);
  // "agreed to an exchange of prisoners", "approved the release of hostages": agreeing to a step
  // of yielding (CAMEO 08) is a step towards a truce, as agreeing to release them is.
  const truce = lex.classes.get("truce");
  const agreed = clause.group && isAgreeing(lex, a.tokens[clause.group.head]!.lemma);
  if (truce && agreed && found.every((f) => f.cls.name === "forces" || f.cls.name === "concession")) {
    let k = clause.group!.end;
    if (/^(?:to|on|upon)$/.test(a.tokens[k]?.lower ?? "")) k++;
    while (a.tokens[k] && /^(?:DET|ADJ|NUM)$/.test(a.tokens[k]!.pos)) k++;
    const noun = a.tokens[k];
    const yielding = noun && isNoun(noun) ? lex.nouns.get(noun.lemma) : undefined;
    // ("agreed to an exchange of views" yields nothing)
    if (yielding?.cameo === "08" && !ofExcluded(a, k, yielding, lex))
      found.push({ cls: truce, token: clause.group!.head, subject: false });
  }
  const own = clause.group ? a.tokens[clause.group.head]!.lemma : governor;
  // "agreed to resume talks, following their decision to continue …": what completes a noun in a
  // side phrase is no part of the predicate.
  const inSide = (k: number): boolean => {
    const c = a.clauses[k]!;
    const before = c.start - 1;
    if (c.parent === null || c.coordinated || before < 0 || !isNoun(a.tokens[before]!)) return false;
    // ("promised at peace talks on Tuesday to scale down …": a time completes nothing)
    if (TIME_NOUN.test(a.tokens[before]!.text) || TIME_NOUN.test(a.tokens[before]!.lower)) return false;
    const p = a.clauses[c.parent]!;
    return before >= p.start && before < p.end && !coreTokens(a, p).some((x) => x.index === before);
  };
  // "agreed on a plan to implement the accord", "approved a roadmap to hold elections": what a
  // plan the clause acts on is to do is the plan's content; the clause is about the plan.
  const planContent = (x: number): boolean => {
    const noun = a.tokens[a.clauses[x]!.start - 1];
    return (
      a.clauses[x]!.kind === "infinitive" &&
      !!noun &&
      isNoun(noun) &&
      lex.objectNouns.get(noun.lemma)?.name === "plan" &&
      found.some((f) => f.token === a.clauses[x]!.start - 1)
    );
  };
  // "agreed that the truce would start on Monday": what a clause of "that" says was agreed is
  // what the agreement is about, as an object would be.
  const agreedOn = (x: number) => agreesOn(a, i, x, lex);
  const completing = (k: number): number[] => {
    const caused = causedBy(a, k);
    return a.children[k]!.flatMap((x) => {
      const kind = a.clauses[x]!.kind;
      // What a noun of failing completes did not happen, and a purpose did not either: neither
      // says anything of the clause.
      if (
        failedEffort(a, x, lex) ||
        statesPurpose(a, x) ||
        passivePurpose(a, k, x) ||
        talksPurpose(a, k, x, lex) ||
        planContent(x)
      )
        return [];
      return (kind === "infinitive" || kind === "argument" || (k === i && agreedOn(x)) || caused === x) && !inSide(x)
        ? [x, ...completing(x)]
        : [];
    });
  };
  for (const k of completing(i)) visit(k, own);
  // "agreed to a proposal put forward by the mediators for a 60-day truce": what a document's
  // describing participle says it is for is what the document is about.
  for (const x of a.children[i]!) {
    const c = a.clauses[x]!;
    if (c.kind !== "relative" || c.subject || c.opener || !c.group?.participle) continue;
    const described = a.tokens[c.start - 1];
    if (!described || !isNoun(described) || !ACCORDS.has(lex.objectNouns.get(described.lemma)?.name ?? "")) continue;
    const at = a.tokens.findIndex((t, k) => k >= c.group!.end && k < c.end && t.lower === "for");
    if (at < 0) continue;
    for (let k = at + 1; k < c.end && !/^(?:PUNCT|VERB|AUX)$/.test(a.tokens[k]!.pos); k++) {
      const cls = isNoun(a.tokens[k]!) ? lex.objectNouns.get(a.tokens[k]!.lemma) : undefined;
      if (cls && nounHead(a, k) === k) found.push({ cls, token: k, subject: false });
    }
  }
  // "announced what he called a three-phase proposal": what a naming free relative names is the object.
  for (const k of a.children[i]!) if (namesObject(a, k)) visit(k, own);
  return found;
}

/** Whether only adverbs and an object ("expects US officials to arrive") stand between a verb group's end and token `start`. */
function followsVerb(a: SentenceAnalysis, end: number, start: number): boolean {
  for (let k = end; k < start; k++) if (!/^(?:ADV|DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(a.tokens[k]!.pos)) return false;
  return true;
}

/** A free relative that only names its parent's object ("what he called …", "what Moscow describes as …"). */
function namesObject(a: SentenceAnalysis, k: number): boolean {
  const c = a.clauses[k]!;
  const head = c.group ? a.tokens[c.group.head]!.lemma : "";
  return c.opener === "what" && (DESCRIBING.has(head) || head === "describe");
}

/**
 * A verb that hands its meaning to the one it governs also hands on its negation: "is not
 * going to accept", "were not able to agree" refuse what the governed verb would grant.
 */
function governed(inner: ClauseSignal, outer: { negated: boolean; dropped: boolean }): ClauseSignal {
  if (!outer.negated || inner.negated) return inner;
  const refusal = !outer.dropped && inner.cameo !== null && COOPERATIVE.has(inner.cameo);
  return { ...inner, negated: true, ...(refusal ? { type: "rejection" as const, cameo: "12" } : {}) };
}

/**
 * Fighting handed on by a verb of going on, still to come, is a threat ("would resume fighting",
 * "will continue the offensive"), and not to fight any more is restraint ("will not resume the
 * strikes"), as for a verb of fighting itself (classifyClause).
 */
function stillToCome(s: ClauseSignal, g: VerbGroup): ClauseSignal {
  if (s.type !== "military-claim" || !(s.future || g.modal) || g.dropped) return s;
  return { ...s, type: s.negated ? "ceasefire-signal" : "threat" };
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const titleCases = new WeakMap<SentenceAnalysis, boolean>();

/** A headline written in Title Case ("Hamas Rejects Ceasefire Proposal"), where capitals mark no name. */
function titleCase(a: SentenceAnalysis): boolean {
  let known = titleCases.get(a);
  if (known === undefined) {
    const words = a.tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
    known = words.length > 1 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= words.length * 0.7;
    titleCases.set(a, known);
  }
  return known;
}

/**
 * "any agreement must end the war and get the troops out": a bare verb joined by "and" shares
 * the modal of the verb it is joined to.
 */
function sharedModal(a: SentenceAnalysis, i: number): VerbGroup["modal"] {
  const c = a.clauses[i]!;
  const g = c.group;
  if (!c.coordinated || !g || g.start !== g.head || a.tokens[g.head]!.lower !== a.tokens[g.head]!.lemma) return null;
  for (let k = i - 1; k >= 0; k--) {
    const x = a.clauses[k]!;
    if (x.parent === c.parent && x.kind === c.kind && x.group) return x.group.modal;
  }
  return null;
}

/** Whether the capitalised noun at `k` continues a name ("Palestinian Authority"), outside a Title Case headline. */
function inName(a: SentenceAnalysis, k: number): boolean {
  // "the New People's Army": a possessive inside the name joins its words.
  const j = /^['’]s$/.test(a.tokens[k - 1]?.text ?? "") ? k - 2 : k - 1;
  const before = a.tokens[j];
  return j >= 0 && CAPITALISED.test(a.tokens[k]!.text) && !!before && CAPITALISED.test(before.text) && !titleCase(a);
}

/**
 * The last noun of the compound a noun sits in ("ceasefire" in "ceasefire talks" → "talks"),
 * across "and" inside a capitalised name ("Peace" in "the Peace and Development Roadmap" →
 * "Roadmap"), whose head is its last word.
 */
function nounHead(a: SentenceAnalysis, k: number): number {
  let h = k;
  // ("suspended negotiations days after the attack": a distance in time before "after" is no compound's head)
  while (a.tokens[h + 1] && compounds(a.tokens[h + 1]!) && !distanceBefore(a, h + 1)) h++;
  const capital = (t: Token | undefined) => !!t && CAPITALISED.test(t.text) && isNoun(t);
  if (
    h === k &&
    a.tokens[k + 1]?.lower === "and" &&
    capital(a.tokens[k]) &&
    capital(a.tokens[k + 2]) &&
    capital(a.tokens[k + 3]) &&
    !titleCase(a)
  ) {
    h = k + 3;
    while (capital(a.tokens[h + 1])) h++;
  }
  return h;
}

/** Verbs whose "in" introduces what came of something ("resulted in", "ended in", "culminated in"). */
const OUTCOMES = new Set(["result", "end", "culminate"]);

const compounds = (t: Token) => isNoun(t) && !TIME_WORDS.has(t.lower);

/** The class of the noun at `i` read with the noun after it, as one of two words ("air strike", "opening fire"). */
const pairClass = (a: SentenceAnalysis, i: number, lex: Lexicon) => {
  const [t, next] = [a.tokens[i], a.tokens[i + 1]];
  return t && next && compounds(next) ? lex.objectNouns.get(`${t.lemma} ${next.lemma}`) : undefined;
};

/** The first object class a noun after clause `k`'s object names, within the clause ("from the terrorist list"). */
function laterClass(a: SentenceAnalysis, k: number, lex: Lexicon): ObjectClass | undefined {
  const c = a.clauses[k]!;
  for (let j = objectAt(a, k) + 1; j > 0 && j < c.end; j++) {
    const t = a.tokens[j]!;
    if (!isNoun(t)) continue;
    const cls = pairClass(a, j, lex) ?? describedClass(a, j, lex) ?? lex.objectNouns.get(t.lemma);
    if (cls) return cls;
  }
  return undefined;
}

/**
 * The class of the noun at `i` read with the adjective before it ("military action", "hostile
 * act"), or with the word that describes what its "of" phrase names ("a list of foreign
 * terrorist organisations" is a terrorist list).
 */
const describedClass = (a: SentenceAnalysis, i: number, lex: Lexicon) => {
  const [before, t] = [a.tokens[i - 1], a.tokens[i]];
  if (!t) return undefined;
  if (before?.pos === "ADJ") return lex.objectNouns.get(`${before.lower} ${t.lemma}`);
  if (a.tokens[i + 1]?.lower !== "of") return undefined;
  let j = i + 2;
  while (a.tokens[j] && (a.tokens[j]!.pos === "ADJ" || isNoun(a.tokens[j]!))) j++;
  return j - 2 > i + 1 ? lex.objectNouns.get(`${a.tokens[j - 2]!.lower} ${t.lemma}`) : undefined;
};

const DISTANCE_UNIT_WORDS: ReadonlySet<string> = new Set(DISTANCE_UNITS);
/** Whether token `k` is a unit of time that a clause of "after" or "before" follows ("days after", "a week before"). */
const distanceBefore = (a: SentenceAnalysis, k: number) =>
  DISTANCE_UNIT_WORDS.has(a.tokens[k]!.lemma) && /^(?:after|before)$/.test(a.tokens[k + 1]?.lower ?? "");

/** Prepositions after a noun whose phrase names who takes part ("talks between the army and the militia"). */
const PARTIES = new Set(["between", "among", "amongst"]);

/** Whether the noun phrase from `k` ends on a noun of an object class ("of the peace treaty", "of sanctions"). */
function classedOfPhrase(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  let last: Token | null = null;
  for (let j = k; j < a.tokens.length && /^(?:DET|ADJ|NUM|NOUN|PROPN|VERB)$/.test(a.tokens[j]!.pos); j++) {
    const t = a.tokens[j]!;
    if (t.pos === "VERB" && !/ing$/.test(t.lower)) break;
    // ("another round of talks Russia and Ukraine held": a name or a determiner after the noun opens another phrase)
    if (last?.pos === "NOUN" && /^(?:DET|PROPN)$/.test(t.pos)) break;
    last = t;
  }
  return !last || lex.objectNouns.has(last.lemma) || lex.objectNouns.has(last.lower) || lex.objectVerbs.has(last.lemma);
}

/**
 * A noun in a phrase that details the noun before it: an "of" phrase after a noun that is not a
 * partitive ("the line of contact") nor an act of the lexicon ("acceptance of the plan"), or the
 * parties to it ("talks between the two armies").
 */
function ofDetail(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  let j = k - 1;
  const opens = (t: Token) => t.lower === "of" || (t.pos === "ADP" && PARTIES.has(t.lower));
  // Over names joined by "and" ("between the army and the Rapid Support Forces").
  while (
    j >= 0 &&
    (/^(?:DET|ADJ|NUM|NOUN|PROPN|PART)$/.test(a.tokens[j]!.pos) || a.tokens[j]!.lower === "and") &&
    !opens(a.tokens[j]!)
  )
    j--;
  const prep = a.tokens[j];
  if (!prep || !opens(prep)) return false;
  const owner = a.tokens[j - 1];
  // ("its acceptance of the plan": what a noun of the lexicon's acts acts on is its object)
  if (prep.lower === "of" && owner && lex.nouns.has(owner.lemma)) return false;
  // ("a declaration of ceasefire": what a paper declares is its content)
  if (prep.lower === "of" && owner && lex.objectNouns.get(owner.lemma)?.papers?.has(owner.lemma)) return false;
  return (
    !!owner && isNoun(owner) && (prep.lower !== "of" || !(PARTITIVES.has(owner.lemma) || OUTCOMES_OF.has(owner.lemma)))
  );
}

/**
 * Whether the noun at `k` ends a phrase of "for" right after a noun of a plan or a demand ("the
 * conditions for peace", "a roadmap for a settlement"; "support for the agreement" and "calls for
 * a deal" ask for it).
 */
function forDetail(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  const owner = forOwner(a, k, lex);
  return owner === "plan" || owner === "demand";
}

/** The class of the noun whose phrase of "for" the noun at `k` ends ("conditions for a truce": demand). */
function forOwner(a: SentenceAnalysis, k: number, lex: Lexicon): string | undefined {
  let j = k - 1;
  while (j >= 0 && /^(?:DET|ADJ|NUM|NOUN|PROPN|PART)$/.test(a.tokens[j]!.pos)) j--;
  const owner = a.tokens[j - 1];
  if (a.tokens[j]?.lower !== "for" || !owner || !isNoun(owner)) return undefined;
  return lex.objectNouns.get(owner.lemma)?.name;
}

/**
 * Whether the noun at `k` says what a demand is for: "conditions for a ceasefire", "demands to
 * agree to a truce" state the demand, not the truce.
 */
function completesDemand(a: SentenceAnalysis, k: number, i: number, lex: Lexicon): boolean {
  if (forOwner(a, k, lex) === "demand") return true;
  // (the clause of "to" read by itself still is what it says: "to agree to a truce")
  const c = a.clauseOf[k] === i ? undefined : a.clauses[a.clauseOf[k]!];
  const before = c?.kind === "infinitive" ? a.tokens[c.start - 1] : undefined;
  return !!before && isNoun(before) && lex.objectNouns.get(before.lemma)?.name === "demand";
}

const TOPIC_PREPOSITIONS = new Set(["on", "over", "about", "regarding", "concerning"]);

/**
 * Whether the deal at `k` is about a matter that names no class ("an agreement on the export of
 * grain", "a deal on its nuclear programme"); a place ("a deal on Gaza"), a truce, the war or
 * anything else the lexicon knows says what the deal is.
 */
/** Classes whose words next to a deal make it the parties' truce ("a peace deal", "a ceasefire agreement"). */
const TRUCE_MATTERS = new Set(["truce", "war", "captive"]);
/** Words that make a deal the truce's, beyond the classes above ("a hostage deal", "the peace accord"). */
export const TRUCE_WORDS: ReadonlySet<string> = new Set(["peace", "hostage"]);

/**
 * What the deal noun at `k` says it is about: the truce or the war ("a peace deal", "an
 * agreement to end the fighting"), a matter of its own ("a nuclear deal", "an agreement on grain
 * exports"), or neither ("the deal", "a historic agreement").
 */
export function dealReading(a: SentenceAnalysis, k: number, lex: Lexicon): "truce" | "matter" | "bare" {
  // ("peace" itself is what a truce brings, never one of a story's other matters)
  if (TRUCE_WORDS.has(a.tokens[k]!.lemma)) return "truce";
  const words = dealPhrase(a, k);
  const truce = (t: Token) => TRUCE_MATTERS.has(lex.objectNouns.get(t.lemma)?.name ?? "") || TRUCE_WORDS.has(t.lemma);
  if (words.some((j) => truce(a.tokens[j]!)) || (a.tokens[k + 1]?.lower === "to" && endsWar(a, k + 3, lex)))
    return "truce";
  const matters = lex.objectNouns.get(a.tokens[k]!.lemma)?.matters;
  if (words.some((j) => isMatter(matters, a.tokens[j]!)) || matterOfDeal(a, k, lex)) return "matter";
  // "an agreement that renames the republic", "a deal that ends the war": a relative clause right
  // after the deal, past its day, says what it does.
  const at = pastDay(a, k + 1);
  const said = a.clauses.findIndex(
    (c) => c.kind === "relative" && c.start === at && DESCRIBING_RELATIVES.has(c.opener ?? ""),
  );
  const c = a.clauses[said];
  // (what the deal itself does to something: not "which was signed in Doha", "that the rebels
  // rejected", "which took effect on Monday")
  if (!c?.group || c.subject || c.group.passive) return "bare";
  const object = objectNoun(a, said);
  if (!object || LIFE_OF_DEAL.has(object)) return "bare";
  // (in the clause or what hangs on it: "that will see the hostages freed during a truce")
  const [from, to] = [c.start, Math.max(c.end, ...descendants(a, said).map((x) => a.clauses[x]!.end))];
  const warWords = a.tokens.slice(from, to).some((t) => {
    const cls = (isNoun(t) ? lex.objectNouns.get(t.lemma) : lex.objectVerbs.get(t.lemma))?.name ?? "";
    return truce(t) || cls === "war" || cls === "forces" || lex.endingVerbs.has(t.lemma);
  });
  return warWords ? "truce" : "matter";
}

/**
 * Whether the verb at `k` is an act named as an event, a gerund after a determiner, a possessive
 * or an adjective ("the signing", "Tuesday's signing", "the formal signing").
 */
function namedAct(a: SentenceAnalysis, k: number): boolean {
  const before = a.tokens[k - 1];
  return (
    /ing$/.test(a.tokens[k]!.lower) &&
    !!before &&
    (before.pos === "DET" || before.pos === "ADJ" || /^['’]s$/.test(before.text) || POSSESSIVE.test(before.lower))
  );
}

/** Relative pronouns that open what a deal does ("an agreement that renames …"). */
const DESCRIBING_RELATIVES = new Set(["that", "which"]);
/** Objects of what happens to a deal itself ("took effect", "came into force", "took place"). */
const LIFE_OF_DEAL = new Set(["effect", "force", "place", "hold", "shape", "root"]);

/** Whether a word is one of a class's `matters` ("nuclear", "trade"). */
const isMatter = (matters: ReadonlySet<string> | null | undefined, t: Token) =>
  !!matters && (matters.has(t.lemma) || matters.has(t.lower));

/**
 * The words of the deal noun's own phrase at `k`: what stands before it ("the new nuclear
 * deal", "a ceasefire and hostage deal") and what a phrase of its topic names ("an agreement
 * on grain exports"), not the parties, places or sources around it ("a deal between the
 * nuclear powers", "signed the accord at the nuclear research centre", ", aid agencies said").
 */
function dealPhrase(a: SentenceAnalysis, k: number): number[] {
  const words: number[] = [];
  const modifier = (t: Token | undefined) => !!t && /^(?:ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos);
  // (Restraint ends it: "a nuclear arms reduction treaty" limits arms, it is no nuclear matter.)
  for (let j = k - 1; j >= Math.max(0, k - 3) && (modifier(a.tokens[j]) || a.tokens[j]!.lower === "and"); j--) {
    if (RESTRAINT.has(a.tokens[j]!.lemma)) break;
    words.push(j);
  }
  const topic = pastDay(a, k + 1);
  if (!TOPIC_PREPOSITIONS.has(a.tokens[topic]?.lower ?? "")) return words;
  for (let j = topic + 1; j <= topic + 4 && (modifier(a.tokens[j]) || a.tokens[j]?.pos === "DET"); j++) words.push(j);
  return words;
}

/** Words that lead the day a thing was done, and the parts of the day after it ("late on Wednesday", "Monday night"). */
const BEFORE_DAY = new Set(["on", "late", "early", "this", "last"]);
const PARTS_OF_DAY: ReadonlySet<string> = new Set(DAY_PART_WORDS);

/**
 * The token after the day that phrase `j` names, if it names one, else `j`: news sets the day
 * between a deal and its topic ("signed an agreement on Friday on border trade").
 */
function pastDay(a: SentenceAnalysis, j: number): number {
  let k = j;
  while (k < j + 2 && BEFORE_DAY.has(a.tokens[k]?.lower ?? "")) k++;
  if (!TIME_WORDS.has(a.tokens[k]?.lower ?? "")) return j;
  return PARTS_OF_DAY.has(a.tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
}

/**
 * Whether a found class names a paper the parties sign (its `papers`), of no matter a deal may
 * have ("the declaration", not "a memorandum on trade" or "the roadmap").
 */
function signedPaper(a: SentenceAnalysis, f: Found, lex: Lexicon): boolean {
  const matters = lex.classes.get("deal")?.matters;
  return (
    !!f.cls.papers?.has(a.tokens[f.token]!.lemma) &&
    !dealPhrase(a, f.token).some((j) => isMatter(matters, a.tokens[j]!)) &&
    lex.objectNouns.get(declared(a, f.token)?.lemma ?? "")?.name !== "plan"
  );
}

/** The noun a paper's phrase of "of" names, what it declares ("a declaration of principles"), if any. */
function declared(a: SentenceAnalysis, k: number): Token | undefined {
  if (a.tokens[k + 1]?.lower !== "of") return undefined;
  let j = k + 2;
  while (/^(?:DET|ADJ|NUM)$/.test(a.tokens[j]?.pos ?? "")) j++;
  return a.tokens[j]?.pos === "NOUN" ? a.tokens[j] : undefined;
}

function matterOfDeal(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  const owner = (m: number) => /^['’]s$/.test(a.tokens[m + 1]?.text ?? "");
  // ("on missing persons": a participle before the noun describes it)
  const modifier = (m: number) => {
    const t = a.tokens[m]!;
    return (
      /^(?:DET|ADJ|NUM|PART)$/.test(t.pos) ||
      (t.pos === "PRON" && POSSESSIVE.test(t.lower)) ||
      (t.pos === "VERB" && /(?:ing|ed)$/.test(t.lower) && a.tokens[m + 1]?.pos === "NOUN")
    );
  };
  // "an agreement to restore diplomatic relations": what a deal is to do, when the lexicon knows
  // neither the verb nor its object, is its matter ("a deal to end the war" is a truce).
  if (a.tokens[k + 1]?.lower === "to" && a.tokens[k + 2]?.pos === "VERB") {
    const verb = a.tokens[k + 2]!;
    if (meansAlone(lex, verb.lemma) || lex.objectVerbs.has(verb.lemma) || lex.endingVerbs.has(verb.lemma)) return false;
    let m = k + 3;
    while (a.tokens[m] && (modifier(m) || owner(m))) m += owner(m) ? 2 : 1;
    const object = a.tokens[m];
    return !object || !isNoun(object) || !lex.objectNouns.has(a.tokens[nounHead(a, m)]!.lemma);
  }
  if (!TOPIC_PREPOSITIONS.has(a.tokens[k + 1]?.lower ?? "") || a.tokens[k + 1]!.lower === "about") return false;
  let j = k + 2;
  while (a.tokens[j] && (modifier(j) || owner(j))) j += owner(j) ? 2 : 1;
  const topic = a.tokens[j];
  // ("an agreement on the first phase", "on the terms": a part of something names no matter)
  if (!topic || topic.pos !== "NOUN" || PARTITIVES.has(topic.lemma)) return false;
  const head = nounHead(a, j);
  const words = [j, head];
  // ("a deal on the release of prisoners": what an "of" phrase names says what the matter is)
  let of = -1;
  if (a.tokens[head + 1]?.lower === "of") {
    let m = head + 2;
    while (a.tokens[m] && modifier(m)) m++;
    if (a.tokens[m] && isNoun(a.tokens[m]!)) words.push((of = nounHead(a, m)));
  }
  // ("an agreement on the release of the hostages", "… of women and children held in Gaza": a
  // step of yielding is the truce's own; "on the release of frozen funds" is a matter)
  if (of >= 0 && lex.nouns.get(topic.lemma)?.cameo === "08" && !RELEASED_GOODS.has(a.tokens[of]!.lemma)) return false;
  return words.every((m) => !lex.objectNouns.has(a.tokens[m]!.lemma) && !lex.objectNouns.has(a.tokens[m]!.lower));
}

/** Goods whose release is a matter of its own, not a step towards a truce. */
const RELEASED_GOODS = new Set(
  "fund asset money payment tranche grain cargo shipment ship vessel oil gas fuel aid data document report file".split(
    " ",
  ),
);

/** Nouns of the talks class that name who holds talks, not talks held. */
const TALKS_AGENTS = new Set(["envoy", "negotiator", "delegation"]);

/** Whether the noun at `k` names the topic of talks, in the topic's phrase or in one joined to it. */
function topicOfTalks(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  return topicPhrase(a, k, lex) || joinedTopic(a, k, lex);
}

/** Whether the noun at `k` is in a phrase naming the topic of talks ("talks on a truce", "negotiations over a deal"). */
function topicPhrase(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  let j = k - 1;
  // Past a partitive ("negotiations on the text of the peace deal").
  const partOf = (m: number) => a.tokens[m]?.lower === "of" && PARTITIVES.has(a.tokens[m - 1]?.lemma ?? "");
  while (j >= 0 && (/^(?:DET|ADJ|NUM|NOUN|PROPN|PART)$/.test(a.tokens[j]!.pos) || partOf(j))) j--;
  // Past a gerund that governs the noun ("talks on extending the truce", "a meeting about ending the war").
  if (a.tokens[j]?.pos === "VERB" && /ing$/.test(a.tokens[j]!.lower)) j--;
  // ("talks for peace", "negotiations for a truce" are for their aim; a "call for a truce" asks for it)
  const aim = a.tokens[j]?.lower === "for";
  if (!TOPIC_PREPOSITIONS.has(a.tokens[j]?.lower ?? "") && !aim) return false;
  let owner = j - 1;
  // Past a place or a time between them ("the negotiations in Switzerland over a deal").
  if (a.tokens[owner]?.pos === "PROPN" && /^(?:in|at)$/.test(a.tokens[owner - 1]?.lower ?? "")) owner -= 2;
  // Past the partner and how long ("discussions with their US counterparts for several days
  // regarding a ceasefire").
  // (Talks held, not who holds them: "a proposal from the UN envoy for Yemen on a truce".)
  const isTalks = (t: number) =>
    lex.objectNouns.get(a.tokens[t]?.lemma ?? "")?.name === "talks" && !TALKS_AGENTS.has(a.tokens[t]!.lemma);
  for (let hops = 0; hops < 2 && !isTalks(owner); hops++) {
    let m = owner;
    // (through a possessive: "talks with Egypt's spy chief on a truce")
    const inPartner = (t: Token) => /^(?:DET|ADJ|NUM|NOUN|PROPN|PRON|CCONJ)$/.test(t.pos) || /^['’]s?$/.test(t.lower);
    while (m > owner - 7 && m >= 0 && inPartner(a.tokens[m]!)) m--;
    const by = a.tokens[m]?.lower ?? "";
    // ("for" only before how long: "for several days")
    const lasting = by === "for" && /^(?:minute|hour|day|night|week|month|year)$/.test(a.tokens[owner]!.lemma);
    if (m === owner || !(by === "with" || by === "between" || lasting)) break;
    owner = m - 1;
  }
  const noun = a.tokens[owner];
  if (aim && noun && lex.nouns.has(`${noun.lemma} for`)) return false;
  return !!noun && isNoun(noun) && isTalks(owner);
}

/**
 * Whether the noun at `k` is in a gerund phrase joined by "and" or "or" to one naming the topic
 * of talks ("talks on extending the truce and widening it to include soldiers").
 */
function joinedTopic(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  let c: number | null = a.clauseOf[k] ?? null;
  for (let hops = 0; c !== null && hops < 3; hops++) {
    const clause: Clause = a.clauses[c]!;
    if (clause.kind !== "argument" && clause.kind !== "infinitive") return false;
    if (clause.opener === "and" || clause.opener === "or") {
      const first = a.clauses.findLast(
        (s, i) => i < c! && s.parent === clause.parent && s.kind === "argument" && s.end <= clause.start,
      );
      return !!first?.group && first.opener !== "and" && first.opener !== "or" && topicPhrase(a, first.group.head, lex);
    }
    c = clause.parent;
  }
  return false;
}

/** What a deal, a truce or talks are quitted from or of. */
const QUITTED = new Set(["deal", "truce", "talks"]);
/** What a party takes part in ("its participation in the deal"). */
const TAKING_PART = new Set(["participation", "membership", "involvement", "part", "role"]);

/**
 * The noun of a deal, a truce or talks that the noun at `k` is followed by, after "of", "from" or
 * "in" ("withdrawal from the accord", "suspension of its participation in the deal"), or -1.
 */
function quittedAt(a: SentenceAnalysis, k: number, lex: Lexicon): number {
  let j = k;
  for (let hops = 0; hops < 2; hops++) {
    if (!/^(?:of|from|in)$/.test(a.tokens[j + 1]?.lower ?? "")) return -1;
    j += 2;
    while (a.tokens[j] && /^(?:DET|ADJ|NUM|PRON)$/.test(a.tokens[j]!.pos)) j++;
    const t = a.tokens[j];
    if (!t || !isNoun(t)) return -1;
    const head = nounHead(a, j);
    if (QUITTED.has(lex.objectNouns.get(a.tokens[head]!.lemma)?.name ?? "")) return head;
    if (!TAKING_PART.has(t.lemma)) return -1;
  }
  return -1;
}

/** Classes whose halt is a truce ("a pause in the fighting", "a halt to troop movements"). */
const FIGHTING = new Set(["war", "forces", "truce"]);

/**
 * Whether the halt noun at `k` halts something other than the fighting: talks after "of", "in"
 * or "to" ("a suspension of the talks", "a pause in negotiations"), or a thing of no class of
 * fighting after "of", "to" or "on" ("a pause on intelligence sharing", "a halt to evictions").
 * A halt of nothing said is the fighting's ("a humanitarian pause").
 */
function haltsOther(a: SentenceAnalysis, k: number, lex: Lexicon): boolean {
  const preposition = a.tokens[k + 1]?.lower ?? "";
  if (!/^(?:of|in|to|on)$/.test(preposition)) return false;
  let j = k + 2;
  while (a.tokens[j] && /^(?:DET|ADJ|NUM|PRON)$/.test(a.tokens[j]!.pos)) j++;
  const t = a.tokens[j];
  if (!t || !isNoun(t)) return false;
  const h = nounHead(a, j);
  // (the head's class, or its phrase's with the word before, "all military action", or that of
  // what it measures, "three weeks of shelling")
  let o = a.tokens[h + 1]?.lower === "of" ? h + 2 : -1;
  while (o > 0 && /^(?:DET|ADJ|NUM)$/.test(a.tokens[o]?.pos ?? "")) o++;
  const measured = o > 0 ? a.tokens[o] : undefined;
  // (a gerund is measured as its verb: "weeks of shelling")
  const heads = !measured ? [h] : isNoun(measured) ? [h, nounHead(a, o)] : measured.pos === "VERB" ? [h, o] : [h];
  const classes = heads.flatMap((x) => [
    describedClass(a, x, lex)?.name,
    (lex.objectNouns.get(a.tokens[x]!.lemma) ?? lex.objectVerbs.get(a.tokens[x]!.lemma))?.name,
  ]);
  const cls = classes.find((c) => FIGHTING.has(c ?? "")) ?? classes.find((c) => !!c);
  if (cls === "talks") return preposition !== "on";
  // ("a pause in Gaza", "a halt on Monday": a place or a day says where or when the fighting stops)
  return preposition !== "in" && t.pos === "NOUN" && !TIME_WORDS.has(t.lower) && !FIGHTING.has(cls ?? "");
}

/** A word next to the noun that makes it something else ("minerals deal", "agreement on Ukrainian minerals"). */
/** Classes of outcome a "without" phrase may say are missing (a consent or a precondition lacking still signals). */
const MISSABLE = new Set(["deal", "truce", "plan", "talks"]);

/**
 * Whether the noun at `k` heads the object of "without" or "with no" ("without any concrete
 * agreement", "ended with no agreement"), or of a gerund after "without" ("left without announcing
 * a deal"), or completes one ("without a deal for a ceasefire").
 */
function lacking(a: SentenceAnalysis, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(?:DET|ADJ|NUM|NOUN)$/.test(a.tokens[j]!.pos)) j--;
  const w = a.tokens[j]?.lower;
  if (w === "without" || (w === "with" && a.tokens[j + 1]?.lower === "no")) return true;
  if (a.tokens[j]?.pos === "VERB" && w?.endsWith("ing") && a.tokens[j - 1]?.lower === "without") return true;
  return /^(?:for|on|of)$/.test(w ?? "") && j > 0 && isNoun(a.tokens[j - 1]!) && lacking(a, j - 1);
}

/**
 * Whether the noun at `k` is the price of a deal ("in exchange for relief from sanctions", "in
 * return for a truce"): what is given for what the clause does, not what it does.
 */
function inReturn(a: SentenceAnalysis, k: number): boolean {
  let j = k - 1;
  while (
    j >= 0 &&
    (/^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(a.tokens[j]!.pos) || /^(?:of|from|in)$/.test(a.tokens[j]!.lower))
  )
    j--;
  return (
    a.tokens[j]?.lower === "for" &&
    /^(?:exchange|return)$/.test(a.tokens[j - 1]?.lower ?? "") &&
    a.tokens[j - 2]?.lower === "in"
  );
}

/** Whether the noun at `k` heads a phrase of place or time ("in a referendum", "during the vote"). */
function circumstance(a: SentenceAnalysis, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(a.tokens[j]!.pos)) j--;
  return /^(?:in|at|during|through|via)$/.test(a.tokens[j]?.lower ?? "");
}

/** Words of restraint after an excluding word ("arms reduction"): the parties' own business. */
const RESTRAINT = new Set([
  "control",
  "reduction",
  "limitation",
  "limit",
  "cut",
  "ban",
  "elimination",
  "freeze",
  "moratorium",
  "curb",
  "non-proliferation",
  "nonproliferation",
  "disarmament",
  "verification",
]);

/** Whether a word near noun `k` puts it outside its class ("a grain deal", "a news conference"). */
export function excluded(a: SentenceAnalysis, k: number, cls: ObjectClass): boolean {
  const before = a.tokens[k - 1];
  if (
    cls.unlessRightBefore &&
    before &&
    (cls.unlessRightBefore.has(before.lemma) || cls.unlessRightBefore.has(before.lower))
  )
    return true;
  if (!cls.unless) return false;
  for (let j = Math.max(0, k - 3); j <= Math.min(a.tokens.length - 1, k + 4); j++) {
    const t = a.tokens[j]!;
    // "an arms reduction treaty", "a weapons ban": restraint on what the word names is the
    // parties' own business ("an arms deal" sells arms).
    if (RESTRAINT.has(a.tokens[j + 1]?.lemma ?? "")) continue;
    if (j !== k && (cls.unless.has(t.lemma) || cls.unless.has(t.lower))) return true;
  }
  return false;
}

function pickClass(found: readonly Found[], usable: (cls: ObjectClass) => boolean): Found | null {
  let best: Found | null = null;
  // What the predicate is about comes before what its subject names; rank decides among the same kind.
  const better = (f: Found, b: Found) => (!!f.subject !== !!b.subject ? !f.subject : f.cls.rank < b.cls.rank);
  for (const f of found) if (usable(f.cls) && (!best || better(f, best))) best = f;
  return best;
}

/** What a party may refuse by giving up its part in it ("would no longer sign any accord"). */
const REFUSABLE = new Set(["talks", "deal", "truce", "plan"]);

/** Verbs of wanting, whose object may be what another party is to do ("wants Kyiv to withdraw"). */
const WANTING = new Set(["want", "like"]);
/**
 * What parties seek together ("wants talks", "wants peace"): wanting it is readiness, not a
 * demand, and a refusal of it withheld ("never refused talks") leaves the door open.
 */
const SOUGHT_TOGETHER = new Set(["talks", "truce", "deal"]);

/**
 * Whether a noun phrase (not a "to"-clause) that may name a party follows the verb group ending
 * at `end`, inside clause `i`: "wants Iran to stop", not "wants all of this to end" or "wants the
 * war to end", which wish the fighting over.
 */
function partyWanted(a: SentenceAnalysis, end: number, i: number, lex: Lexicon): boolean {
  const t = a.tokens[end];
  if (!t || a.clauseOf[end] !== i || !/^(?:DET|NOUN|PROPN|NUM|PRON)$/.test(t.pos)) return false;
  if (/^(?:it|this|that|all|everything)$/.test(t.lower)) return false;
  let k = end;
  while (a.tokens[k] && /^(?:DET|ADJ|NUM)$/.test(a.tokens[k]!.pos)) k++;
  return lex.objectNouns.get(a.tokens[k]?.lemma ?? "")?.name !== "war";
}

/**
 * Past a phrase that ties an object to others ("called the agreement between Kinshasa and the
 * rebels a major step"): what the object is called stands after it. A determiner after a noun
 * opens that description.
 */
function pastTiedPhrase(rest: readonly Token[]): readonly Token[] {
  if (!/^(?:of|between|with|by)$/.test(rest[0]?.lower ?? "")) return rest;
  let k = 1;
  while (
    rest[k] &&
    (/^(?:NOUN|PROPN|ADJ|NUM|CCONJ)$/.test(rest[k]!.pos) || (rest[k]!.pos === "DET" && !isNoun(rest[k - 1]!)))
  )
    k++;
  return k > 1 && isNoun(rest[k - 1]!) ? rest.slice(k) : rest;
}

/**
 * Whether a second noun phrase follows the object's own nouns, `rest` being what follows the
 * object's first noun: what the object is called ("called the talks a farce", "calling power
 * supply 'a foundation of life'"), unless it is a time.
 */
function namesAgain(rest: readonly Token[]): boolean {
  let m = 0;
  while (rest[m] && /^(?:NOUN|PROPN)$/.test(rest[m]!.pos)) m++;
  // ("calling it another important step": "another" names again, as "a" does)
  if (!/^(?:a|an|the|another)$/.test(rest[m]?.lower ?? "")) return false;
  let n = m + 1;
  while (rest[n] && /^(?:ADJ|NUM)$/.test(rest[n]!.pos)) n++;
  // ("called Erdogan the next day": a time dates the call)
  return !!rest[n] && isNoun(rest[n]!) && !TIME_NOUN.test(rest[n]!.lemma) && rest[n]!.lemma !== "day";
}

/** Nouns of what is said of someone, which a rejection dismisses ("rejected claims that …"). */
const REPORTS = new Set([
  "claim",
  "report",
  "allegation",
  "accusation",
  "suggestion",
  "rumour",
  "rumor",
  "speculation",
]);

/**
 * Whether clause `i` is what the clause above it denies: the clause of "that" of a denial verb
 * ("Israel denied that it had agreed to a truce"), or a report a rejection (CAMEO 12) dismisses
 * ("rejected claims that it had broken the truce"); "did not deny that …" leaves it standing.
 */
function deniedAbove(a: SentenceAnalysis, i: number, lex: Lexicon): boolean {
  const c = a.clauses[i]!;
  const above = c.kind === "complement" && c.parent !== null ? a.clauses[c.parent]!.group : null;
  if (!above || above.negated) return false;
  const lemma = a.tokens[above.head]!.lemma;
  return (
    lex.denial.has(lemma) ||
    (REPORTS.has(a.tokens[c.start - 1]?.lemma ?? "") &&
      !!lex.verbs.get(lemma)?.some((sense) => sense.category.cameo === "12"))
  );
}

/** Verbs by which a thing holds out a prospect ("offers a chance", "gives hope", "raised hopes"). */
const HOLDING_OUT = new Set(["offer", "give", "provide", "bring", "create", "open", "raise", "hold"]);
/** Verbs and nouns by which a thing opens a way to something ("opens the door to", "lays the groundwork for"). */
const OPENING_WAY = new Set(["open", "pave", "lay", "clear"]);
const PATHS = new Set(["door", "way", "path", "foundation", "groundwork", "ground", "road"]);
/** Verbs by which a thing would let something happen ("the talks could help", "the truce would allow"). */
const ENABLING = new Set(["help", "enable", "allow", "let"]);
/** Nouns of a measure of something ("a ray of hope", "a window of opportunity"): what follows "of" says what. */
const MEASURES = new Set(["glimmer", "ray", "sliver", "flicker", "measure", "window", "sense", "spark"]);

/**
 * "The accord brings a ray of hope", "the truce offers a real chance of calm": a deal, a truce,
 * talks or a plan that holds out a prospect (a noun of comment, CAMEO 01 or 013) is weighed,
 * not proposed or agreed. The category of that noun, or null.
 */
function prospectGiven(a: SentenceAnalysis, i: number, lex: Lexicon): Category | null {
  const g = a.clauses[i]!.group!;
  const verb = a.tokens[g.head]!.lemma;
  // ("would allow for elections" provides for them: a term, not a prospect; "could not help" none)
  const enabling =
    ENABLING.has(verb) &&
    (g.modal === "possibility" || g.modal === "conditional") &&
    !g.negated &&
    a.tokens[g.end]?.lower !== "for";
  if (!(HOLDING_OUT.has(verb) || OPENING_WAY.has(verb) || enabling) || g.passive) return null;
  const things = subjectHeads(a, i);
  if (!things.length || !things.every((h) => !!lex.objectNouns.get(h))) return null;
  // "The talks could help both sides understand each other", "the truce would allow aid in": what
  // a thing may let happen is a view of what may come, as what it opens the way to is.
  if (enabling) return lex.nouns.get("prospect") ?? null;
  const object = objectPhrase(a, g);
  if (!object) return null;
  let k = object[0];
  while (k < object[1] && !isNoun(a.tokens[k]!)) k++;
  // (The phrase stops at a quotation mark: 'offered a "ray of hope"' reads on past it.)
  const head = nounHead(a, k);
  // "The declaration opens the door to a peace deal", "the truce paves the way for talks": what a
  // thing makes possible is a view of what may come, whatever it is.
  if (
    OPENING_WAY.has(verb) &&
    PATHS.has(a.tokens[head]?.lemma ?? "") &&
    /^(?:to|for|towards?)$/.test(a.tokens[head + 1]?.lower ?? "")
  )
    return lex.nouns.get("prospect") ?? null;
  const measured = MEASURES.has(a.tokens[head]?.lemma ?? "") && a.tokens[head + 1]?.lower === "of";
  const noun = a.tokens[measured ? head + 2 : head];
  const category = noun ? lex.nouns.get(noun.lemma) : undefined;
  return category && (category.cameo === "01" || category.cameo === "013") ? category : null;
}

/**
 * "called the decision to recall the envoys a grave mistake": past an infinitive that completes
 * the object, what the object is called ends the infinitive; past a participle that describes
 * it, a quoted phrase names it.
 */
function namedPastCompletion(a: SentenceAnalysis, c: Clause): boolean {
  const i = a.clauses.indexOf(c);
  const inf = a.clauses.find((x) => x.parent === i && x.kind === "infinitive" && x.start === c.end && x.group);
  const rest = inf ? pastObject(a.tokens.slice(inf.group!.end, inf.end), isNoun) : null;
  if (rest && namesAgain(rest)) return true;
  const participle = a.clauses.find(
    (x) => x.parent === i && x.kind === "relative" && x.start === c.end && x.group?.participle,
  );
  if (!participle) return false;
  const words = a.tokens.slice(participle.group!.end, participle.end);
  const quote = words.findIndex((t) => QUOTE_MARKS.test(t.text));
  return quote >= 0 && namesAgain(words.slice(quote + 1).filter((t) => t.pos !== "ADV"));
}

/**
 * What follows an object's first word (`isObject`) among `after`, past a phrase that ties it to
 * others, with quotation marks left out: where what the object is called stands. Null with no object.
 */
function pastObject(after: readonly Token[], isObject: (t: Token) => boolean): readonly Token[] | null {
  const noun = after.findIndex(isObject);
  return noun < 0 ? null : pastTiedPhrase(after.slice(noun + 1).filter((t) => !/^["'“”‘’]$/.test(t.text)));
}

/** "called the sanctions counterproductive": a describing verb with an adjective takes that adjective's category, else a comment's. */
function describedAs(a: SentenceAnalysis, c: Clause, lex: Lexicon): Category | null {
  // A preposition right after the verb opens no object to describe ("calling for a truce for an
  // initial three months" asks for it), unless it opens a time ("called on Monday the talks a sham").
  const next = a.tokens[c.group!.end];
  if (next?.pos === "ADP" && !TIME_WORDS.has(a.tokens[c.group!.end + 1]?.lower ?? "")) return null;
  const rest = pastObject(a.tokens.slice(c.group!.end, c.end), (t) => isNoun(t) || t.pos === "PRON");
  if (!rest) return null;
  // What the object is called stands after it ("called the sanctions counterproductive", "called
  // the talks a positive step"); an adjective inside the object's own phrase does not ("called
  // Ukrainian national security adviser Rustem Umerov" is a phone call).
  const adj = rest.find(
    (t, k) =>
      t.pos === "ADJ" &&
      // ("declared a truce for the next 48 hours": an adjective before a number counts it)
      (!/^(?:NOUN|PROPN|ADJ|NUM)$/.test(rest[k + 1]?.pos ?? "") || /^(?:a|an|another)$/.test(rest[k - 1]?.lower ?? "")),
  );
  if (!adj || rest.indexOf(adj) > 3)
    return namesAgain(rest) || namedPastCompletion(a, c) ? (lex.verbs.get("describe")?.[0]?.category ?? null) : null;
  return adjectiveCategory(a, a.tokens.indexOf(adj), lex) ?? lex.verbs.get("describe")?.[0]?.category ?? null;
}

/**
 * Whether a phrasal verb's particle follows its verb: right after it ("called for", "ruled
 * out"), or after a phrase of time or place ("flew on Monday for Beijing"), but not after a
 * phrase that another particle of the verb opens ("called for a truce in the war" is no "call in").
 */
function hasParticle(
  a: SentenceAnalysis,
  from: number,
  to: number,
  particle: string,
  senses: readonly VerbSense[],
): boolean {
  const next = a.tokens[from];
  // Before a gerund the tagger reads the particle as a conjunction ("called for strengthening ties").
  // (An adjective the verb makes its subject become stands there too: "fell silent".)
  if (next && (PARTICLE.test(next.pos) || next.pos === "SCONJ" || next.pos === "ADJ") && next.lower === particle)
    return true;
  // "would take no part in the talks": the particle the verb's denial stands before.
  if (next?.lower === "no" && a.tokens[from + 1]?.lower === particle) return true;
  // Past a short object: "withdrew the U.S. from the agreement", "ruled it out".
  if (!/^(?:ADP|DET|PRON|PROPN)$/.test(next?.pos ?? "")) return false;
  if (next!.pos === "ADP" && senses.some((s) => s.particle === next!.lower)) return false;
  for (let k = from + 1; k < Math.min(to, from + 6); k++) {
    const t = a.tokens[k]!;
    // "called Trump on Monday": a preposition before a time opens the time, not the verb's particle.
    if (t.lower === particle && PARTICLE.test(t.pos)) return !TIME_WORDS.has(a.tokens[k + 1]?.lower ?? "");
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * The lexicon's category of the adjective at `k`. Before its noun an adjective of need describes
 * the noun ("is a vital first step", "called it an essential step"); said of the clause ("it is
 * vital that …", "is essential") it demands.
 */
function adjectiveCategory(a: SentenceAnalysis, k: number, lex: Lexicon): Category | null {
  const t = a.tokens[k]!;
  const cat = lex.adjectives.get(t.lemma) ?? lex.adjectives.get(t.lower) ?? null;
  if (cat?.type !== "condition") return cat;
  let j = k + 1;
  while (a.tokens[j] && (a.tokens[j]!.pos === "ADJ" || ORDINALS.has(a.tokens[j]!.lower))) j++;
  return a.tokens[j] && isNoun(a.tokens[j]!) ? null : cat;
}

/** Where a matter lies when it is up for negotiation ("on the table", "on the agenda"). */
const UP_FOR_TALKS = new Set(["table", "agenda"]);

/** The category a copula or light verb takes from the word that carries the meaning ("is ready", "expressed readiness"). */
function complementCategory(
  a: SentenceAnalysis,
  c: Clause,
  lex: Lexicon,
  light: boolean,
): { category: Category; token: number } | null {
  for (let k = c.group!.end; k < c.end; k++) {
    const t = a.tokens[k]!;
    if (/^(?:DET|ADV|PART|NUM)$/.test(t.pos) && t.lower !== "off") continue;
    if (t.pos === "PRON" && POSSESSIVE.test(t.lower)) continue;
    if (t.pos === "PROPN" && /^['’]s$/.test(a.tokens[k + 1]?.lower ?? "")) continue;
    if (t.pos === "PUNCT" && (t.text === '"' || t.text === "'")) continue;
    // "is more than willing to mediate": "more than" intensifies the adjective after it.
    if (t.lower === "than" && a.tokens[k - 1]?.lower === "more") continue;
    // "recognition is not on the table", "… is not on the agenda now": what is not up for
    // negotiation is refused, as what is "off the table" is. (Not negated, "on the table" is left
    // alone: "all options are on the table" threatens.)
    if (!light && t.lower === "on" && c.group!.negated) {
      let j = k + 1;
      while (a.tokens[j]?.pos === "DET") j++;
      // (negated, the offer that "on the table" makes is a refusal)
      if (UP_FOR_TALKS.has(a.tokens[j]?.lemma ?? "")) return { category: lex.readiness.category, token: j };
    }
    if (!light && (t.pos === "ADJ" || t.pos === "ADP" || t.pos === "ADV")) {
      // ("there will be open war": before its noun the adjective only describes it.)
      const ready = lex.readiness.words.has(t.lemma) || lex.readiness.negatives.has(t.lemma);
      if (ready && !(t.pos === "ADJ" && isNoun(a.tokens[k + 1] ?? t)))
        return { category: lex.readiness.category, token: k };
      const cat = adjectiveCategory(a, k, lex);
      if (cat) return { category: cat, token: k };
      if (t.pos === "ADJ") continue;
      return null;
    }
    // "the third and final round": ordinals and adjectives, joined by "and"
    const modifier = (x: Token | undefined) => x?.pos === "ADJ" || ORDINALS.has(x?.lower ?? "");
    if (modifier(t) || (t.pos === "CCONJ" && modifier(a.tokens[k - 1]) && modifier(a.tokens[k + 1]))) continue;
    // "began a process of dialogue", "opened a new round of negotiations": the noun after "of" says what.
    if (isNoun(t) && CONTAINERS.has(t.lemma) && a.tokens[k + 1]?.lower === "of") {
      k++;
      continue;
    }
    if (isNoun(t)) {
      const next = a.tokens[k + 1];
      // "made a call for the laying down of arms": a noun and its preposition may name a category.
      const phrase = next ? lex.nouns.get(`${t.lemma} ${next.lower}`) : undefined;
      if (phrase) return { category: phrase, token: k };
      // "Putin's determination": the possessor is not what the clause is about.
      if (next && (isNoun(next) || next.lower === "'s" || next.lower === "’s")) continue;
      const cat = lex.nouns.get(t.lemma);
      // "reiterated its firm stance and categorical rejection of the plan": a noun that says nothing
      // hands on to the one joined to it.
      if (!cat && next?.lower === "and") {
        k++;
        continue;
      }
      // "took this opportunity to call on …": a view that an infinitive completes is the occasion
      // of what the infinitive does, which decides, if it is of a category ("we have a real chance
      // to bring this war to a close" stays the view).
      const occasion =
        light &&
        cat?.cameo === "01" &&
        next?.lower === "to" &&
        a.tokens[k + 2]?.pos === "VERB" &&
        verbCategory(lex, a, a.clauseOf[k + 2]!) !== null;
      // "made its support conditional on a vote", "made aid subject to reforms": an object the
      // verb makes dependent is a condition set on it.
      if (light && a.tokens[k + 1]?.pos === "ADJ" && /^(?:on|upon|to)$/.test(a.tokens[k + 2]?.lower ?? "")) {
        const made = adjectiveCategory(a, k + 1, lex);
        if (made?.type === lex.obligation.type) return { category: made, token: k + 1 };
      }
      return cat && !occasion && !ofExcluded(a, k, cat, lex) ? { category: cat, token: k } : null;
    }
    return null;
  }
  return null;
}

/**
 * "an exchange of fire": the nouns a verb's sense rules out as its object ("exchanged fire") rule
 * out the same word as a noun of that category before "of" them.
 */
function ofExcluded(a: SentenceAnalysis, k: number, category: Category, lex: Lexicon): boolean {
  if (a.tokens[k + 1]?.lower !== "of") return false;
  let m = k + 2;
  while (a.tokens[m] && /^(?:DET|ADJ|NUM)$/.test(a.tokens[m]!.pos)) m++;
  const object = a.tokens[m];
  if (!object || !isNoun(object)) return false;
  return (lex.verbs.get(a.tokens[k]!.lemma) ?? []).some(
    (s) => s.category === category && !!s.unless?.has(object.lemma),
  );
}

/**
 * "withdrew its troops in a ceremony", "reached a deal in talks with Kyiv": when the verb's own
 * object names a class, a class named in a phrase of "in" after it sets the scene and refines
 * nothing. An object that names none hands on ("suspended its participation in the talks").
 */
function objectFirst(a: SentenceAnalysis, i: number, found: readonly Found[], category: Category): readonly Found[] {
  const g = a.clauses[i]!.group!;
  const o = g.passive ? -1 : objectAt(a, i);
  const object = found.find((f) => f.token === o);
  if (o < g.end || !object) return found;
  // "rejected a proposal to hold a referendum": a plan the category does not refine by is what
  // the verb acts on, whatever the plan goes on to propose; ("accepted the conditions for a
  // truce", "an agreement on a truce", "a deal with the rebels" are complemented: "in" sets the scene)
  const refines = object.cls.name !== "plan" || object.cls.name in category.byObject;
  return found.filter(
    (f) =>
      f.subject ||
      f.token <= o ||
      (refines && a.tokens.slice(o + 1, f.token).find((t) => t.pos === "ADP")?.lower !== "in"),
  );
}

function typeFor(category: Category, found: readonly Found[]): { type: SignalType; cls: string | null } {
  const refined = pickClass(found, (cls) => cls.name in category.byObject);
  return refined
    ? { type: category.byObject[refined.cls.name]!, cls: refined.cls.name }
    : { type: category.type, cls: null };
}

/** Whether a verb of the lexicon means something in any use, with no particle or class needed ("accept", "meet"). */
function meansAlone(lex: Lexicon, lemma: string): boolean {
  // (a sense kept to some objects, "reopen" an embassy, means nothing alone either)
  return !!lex.verbs.get(lemma)?.some((v) => !v.needs && !v.particle && !v.only);
}

/**
 * Whether a clause names what its verb concerns, in a clause completing it ("agreed to return the
 * villages", "agreed that the forces would leave") or after "on" ("agreed on the route of the
 * border"), and not only whom ("agreed with Paris") or when ("agreed on Monday"). A completing
 * verb that means something alone ("agreed to accept guarantees", "agreed to exchange views") is
 * read through; so is a way of going on ("agreed to stay in touch", the category's
 * `matterless`). Only a past agreement states terms with "that" ("agreed that the forces would
 * leave"); "analysts agree that …" is a view.
 */
function namesMatter(
  a: SentenceAnalysis,
  i: number,
  kids: readonly number[],
  category: Category,
  lex: Lexicon,
): boolean {
  if (kids.length) {
    const head = a.tokens[a.clauses[kids[0]!]!.group?.head ?? -1]?.lemma ?? "";
    return !meansAlone(lex, head) && !category.matterless.has(head);
  }
  const g = a.clauses[i]!.group!;
  // (what will be, should be or is set to be: "would leave", "are set to leave")
  const terms = (k: number) => {
    const h = a.clauses[k]!.group;
    return (
      h?.tense === "future" || !!h?.modal || (!!h && h.tense !== "past" && lex.future.has(a.tokens[h.head]!.lemma))
    );
  };
  if (g.tense === "past" && a.children[i]!.some((k) => a.clauses[k]!.kind === "complement" && terms(k))) return true;
  let k = g.end;
  while (a.tokens[k]?.pos === "ADV") k++;
  // "agreed to the disarmament of the militias": what is agreed to, a noun phrase, is a matter agreed.
  if (a.tokens[k]?.lower === "to" && category.cameo === "05" && a.tokens[k + 1]?.pos === "DET") {
    let m = k + 2;
    while (a.tokens[m] && /^(?:ADJ|NUM)$/.test(a.tokens[m]!.pos)) m++;
    if (a.tokens[m]?.pos === "NOUN" && !TIME_NOUN.test(a.tokens[m]!.lower)) return true;
  }
  // ("committed to building trust": a gerund after "to" names what is pledged, as an infinitive does)
  if (a.tokens[k]?.lower === "to") {
    let m = k + 1;
    while (a.tokens[m] && QUOTE_MARKS.test(a.tokens[m]!.text)) m++;
    const verb = a.tokens[m];
    // (a stem with a vowel: "bring" and "sing" are no gerunds)
    const stem = verb?.lower.slice(0, -3) ?? "";
    if (!verb || !/^(?:VERB|NOUN)$/.test(verb.pos) || !/ing$/.test(verb.lower) || !/[aeiouy]/.test(stem)) return false;
    // (a gerund the tagger calls a noun: "building" is "build", "talking" is "talk")
    const lemmas = verb.pos === "VERB" ? [verb.lemma] : [stem, `${stem}e`, stem.replace(/(.)\1$/, "$1")];
    return lemmas.every((l) => !meansAlone(lex, l) && !lex.objectVerbs.has(l) && !category.matterless.has(l));
  }
  // "approved amendments to the electoral law", "agreeing the outlines of an accord": a noun
  // phrase an agreeing verb acts on, naming no class and no noun of the lexicon ("accepted the
  // invitation"), is the matter agreed. (Only a plain phrase right after the verb: objectAt, which
  // reads past names, -ing words and particles, moved sets both ways when tried here.)
  if (category.cameo === "05" && !g.passive && /^(?:DET|ADJ|NUM|NOUN)$/.test(a.tokens[k]?.pos ?? "")) {
    let m = k;
    while (a.tokens[m] && /^(?:DET|ADJ|NUM)$/.test(a.tokens[m]!.pos)) m++;
    // (the phrase's head is its last noun: "a peace talks invitation")
    while (a.tokens[m + 1]?.pos === "NOUN") m++;
    const noun = a.tokens[m];
    if (
      noun?.pos === "NOUN" &&
      !TIME_NOUN.test(noun.lower) &&
      !PARTITIVES.has(noun.lemma) &&
      !lex.nouns.has(noun.lemma)
    )
      return true;
  }
  if (!/^(?:on|upon)$/.test(a.tokens[k]?.lower ?? "")) return false;
  k++;
  while (a.tokens[k] && /^(?:DET|ADJ|NUM)$/.test(a.tokens[k]!.pos)) k++;
  const topic = a.tokens[k];
  return !!topic && topic.pos === "NOUN" && !TIME_NOUN.test(topic.lower) && !PARTITIVES.has(topic.lemma);
}

/**
 * An infinitive that completes a noun of duty ("stressed the need to restore supplies"): the
 * duty is its own claim, though the clause hangs on whatever verb the noun sits under ("no
 * need to" states none).
 */
export function completesDuty(a: SentenceAnalysis, i: number, lex: Lexicon): boolean {
  const g = a.clauses[i]?.group;
  if (!g?.infinitive) return false;
  const noun = a.tokens[g.start - 1];
  return noun?.pos === "NOUN" && lex.obligation.words.has(noun.lemma) && a.tokens[g.start - 2]?.lower !== "no";
}

/**
 * "It is up to Brussels to find a way", "it's now up to Kyiv to decide": a copula saying what
 * is up to a party to do lays it on that party, as a duty does.
 */
function upTo(a: SentenceAnalysis, i: number): boolean {
  const g = a.clauses[i]!.group;
  if (!g || a.tokens[g.head]!.lemma !== "be" || g.negated) return false;
  let k = g.end;
  while (a.tokens[k]?.pos === "ADV" && a.tokens[k]!.lower !== "up") k++;
  if (a.tokens[k]?.lower !== "up" || a.tokens[k + 1]?.lower !== "to") return false;
  return a.clauses.some((x) => x.parent === i && x.kind === "infinitive" && x.start > k + 2);
}

/** Verbs by which a demand is satisfied ("once its conditions are met"). */
const SATISFYING = new Set(["meet", "fulfil", "fulfill", "satisfy", "implement", "honour", "honor"]);

/**
 * Whether side clause `x` is a time when demands are met ("as soon as its conditions are met",
 * "once our demands have been fulfilled"): what waits for it is set on them, a condition.
 */
function demandsMet(a: SentenceAnalysis, x: Clause, lex: Lexicon): boolean {
  const g = x.group;
  if (!g || !g.passive || g.negated || !SATISFYING.has(a.tokens[g.head]!.lemma) || !x.subject) return false;
  return a.tokens
    .slice(x.subject[0], x.subject[1])
    .some((t) => t.pos === "NOUN" && lex.objectNouns.get(t.lemma)?.name === "demand");
}

/** A clause that states what could be ("could hold talks", "would sign if …"), not what is or will be. */
export function isHypothetical(a: SentenceAnalysis, i: number): boolean {
  const g = a.clauses[i]?.group;
  if (!g) return false;
  return (
    g.modal === "possibility" ||
    (g.modal === "conditional" && a.clauses.some((x) => x.parent === i && x.kind === "condition"))
  );
}

export interface ClassifyOptions {
  /** clauses that frame a report ("said", "according to"), which state no event themselves */
  frames?: ReadonlySet<number>;
  /** the verb a completing clause takes its meaning from ("agreed" for "to halt the strikes") */
  governor?: string | null;
  /** the story's deals are all about a matter of their own, so a bare "the deal" is one of them */
  dealsArePlans?: boolean;
}

/**
 * Reads one clause: the CAMEO category of its predicate (a verb, a copula's adjective, a light
 * verb's noun) refined by the object classes it is about, or, with a predicate outside the
 * lexicon, the object class alone; then modality: a duty makes a condition, a refusal of
 * something cooperative a rejection. Returns null when the clause signals nothing.
 */
export function classifyClause(
  a: SentenceAnalysis,
  i: number,
  lex: Lexicon,
  opts: ClassifyOptions = {},
): ClauseSignal | null {
  const own = readClause(a, i, lex, opts);
  // "Under the deal, the army will leave the towns": what a party will do under a deal is one of
  // its terms, whatever the verb; a term that is an event of its own stays one ("Under the
  // accord, both sides will halt fire", "… the envoys will meet again on Monday").
  const terms = statesTerms(a, i, lex);
  if (terms < 0 || (!!own && lex.terms.keeps.has(own.type) && !own.negated)) return own;
  return { ...idiomSignal(a, i, lex.terms.type, null, terms, ["deal"]), negated: false, future: false };
}

/** The clause's own reading, before the deal's terms it may state. */
function readClause(a: SentenceAnalysis, i: number, lex: Lexicon, opts: ClassifyOptions): ClauseSignal | null {
  const c = a.clauses[i]!;
  const g = c.group;
  // "The deal has not yet been signed", "These plans have not yet been announced": what has not
  // happened so far is neither the act nor a refusal of it.
  if (!g || opts.frames?.has(i) || g.pending) return null;
  // "a paper called 'Principles for …'", "the text, called the Lima Declaration, …": a name
  // given to something is no call ("called by Erdogan on Monday" still is one).
  if (g.participle && !c.subject && NAMING_VERBS.has(a.tokens[g.head]!.lemma) && a.tokens[g.end]?.lower !== "by")
    return null;
  const head = a.tokens[g.head]!;
  const governor = opts.governor ?? null;
  // "the door to negotiations remains open", "Russia has closed the door to talks": the door
  // idiom offers talks (CAMEO 036) or rejects them (12); negated, the other way round.
  const door = doorToTalks(a, c, lex);
  if (door) {
    const open = door.open !== g.negated;
    return idiomSignal(a, i, open ? lex.readiness.category.type : "rejection", open ? "036" : "12", door.token, [
      "talks",
    ]);
  }
  const way = talksAsWay(a, i, lex);
  if (way >= 0) return idiomSignal(a, i, lex.readiness.category.type, "036", way, ["talks"]);
  const ground = onlyGround(a, i, lex);
  if (ground >= 0)
    return idiomSignal(a, i, lex.obligation.type, "10", ground, [lex.objectNouns.get(a.tokens[ground]!.lemma)!.name]);
  // "lacks the mandate to sign", "has no authority to negotiate": denying a party the standing to
  // act disputes its legitimacy (CAMEO 11), whatever it would do.
  const standing = standingDenied(a, i, lex);
  if (standing >= 0) return idiomSignal(a, i, "legitimacy-dispute", null, standing, ["legitimacy"]);
  // "sees no point in talks", "it makes no sense to negotiate": calling something futile rejects
  // it (CAMEO 12), whatever it is about.
  const futile = futility(a, c);
  if (futile >= 0 && !g.negated)
    return idiomSignal(a, i, "rejection", "12", futile, [
      ...new Set(classesOf(a, i, lex, governor, opts.dealsArePlans).map((f) => f.cls.name)),
    ]);
  // "the accord is no longer valid", "the truce had ceased to be in force": declaring an accord
  // void ends it, a refusal to go on with it (CAMEO 12).
  const voided = accordVoided(a, i, lex);
  if (voided >= 0)
    return idiomSignal(a, i, "rejection", "12", voided, [
      ...new Set(classesOf(a, i, lex, governor, opts.dealsArePlans).map((f) => f.cls.name)),
    ]);
  // "the plan was not tabled in good faith", "accused of negotiating in bad faith": doubting a
  // party's sincerity judges it (CAMEO 11), whatever it did or offered.
  const faith = faithDoubted(a, c);
  if (faith >= 0)
    return idiomSignal(a, i, "assessment", "11", faith, [
      ...new Set(classesOf(a, i, lex, governor, opts.dealsArePlans).map((f) => f.cls.name)),
    ]);
  // "put the talks on hold", "the planned release has been put on hold": what is suspended
  // in so many words is refused for now (CAMEO 12), as what "suspend" acts on is.
  const held = onHold(a, c);
  if (held >= 0 && !g.negated) {
    const classes = [...new Set(classesOf(a, i, lex, governor, opts.dealsArePlans).map((f) => f.cls.name))];
    if (classes.some((name) => SUSPENDED.has(name))) return idiomSignal(a, i, "rejection", "12", held, classes);
  }
  // "gave Russia until Friday to make progress", "gave Hamas 48 hours to respond": a time given a
  // party to act is an ultimatum, a demand on what it must do; who gives it demands (CAMEO 10),
  // who has it ("the parties have until …") is only its target.
  const given = ultimatum(a, i);
  if (given >= 0 && !g.negated)
    return idiomSignal(a, i, lex.obligation.type, head.lemma === "give" ? "10" : null, given, [
      ...new Set(classesOf(a, i, lex, governor, opts.dealsArePlans).map((f) => f.cls.name)),
    ]);
  // '"Leave our land," he said', '"Stop the shelling and pull back your troops"': an order quoted
  // from a party demands that whoever it addresses do it (CAMEO 10), when the lexicon knows the
  // verb or what it acts on.
  if (quotedOrder(a, i)) {
    const classes = [...new Set(classesOf(a, i, lex, governor, opts.dealsArePlans).map((f) => f.cls.name))];
    if (classes.length || saysSomething(lex, a, i))
      return idiomSignal(a, i, lex.obligation.type, "10", g.head, classes);
  }
  // "No Palestinian would accept this", "Nobody wants this war": a subject of none refuses. What
  // none did ("No deal was reached", "No progress was announced") did not happen, and what none
  // should do is a demand.
  // ("Neither Russia nor Ukraine has signed" names who did not: each one's own refusal.)
  const neitherNor =
    !!c.subject &&
    a.tokens[c.subject[0]]!.lower === "neither" &&
    a.tokens.slice(c.subject[0], c.subject[1]).some((t) => t.lower === "nor");
  const none = !!c.subject && NONE.has(a.tokens[c.subject[0]]!.lower) && !neitherNor;
  // "reached no agreement", "No deal was reached": an outcome of none did not happen, the effort
  // to reach it did. Any other object of none denies its verb ("has shown no willingness to talk").
  // ("There can be no military solution" states a view; what none of a complement clause does,
  // "agreed no other country should be involved", is that clause's.)
  const noneObject = !COPULAS.has(head.lemma) && a.clauseOf[g.end] === i && objectOfNone(a, g.end);
  // So did one not reached ("the sides did not reach an agreement"), said to have been
  // impossible ("an agreement was not possible") or missing ("closed without an agreement being
  // reached"): no refusal, a failed effort.
  const nonFinite = g.participle || g.gerund || a.tokens[g.start]!.lower === "being";
  // "left Moscow without signing the truce": what is done without doing it is not done; "ended
  // without reaching a deal" is a failed effort.
  const without = c.opener === "without" && g.gerund;
  // ("the talks ended without agreeing on a date": talks that close without agreeing failed; a
  // party that left "without signing" refused)
  const talksClosed =
    without &&
    isAgreeing(lex, head.lemma, true) &&
    c.parent !== null &&
    a.tokens
      .slice(a.clauses[c.parent]!.start, a.clauses[c.parent]!.end)
      .some((t) => lex.objectNouns.get(t.lemma)?.name === "talks");
  const missed =
    (without && lex.failure.outcomes.has(head.lemma)) ||
    talksClosed ||
    (!!c.subject && nonFinite && lex.failure.outcomes.has(head.lemma) && lacking(a, c.subject[1] - 1)) ||
    (g.negated &&
      !g.modal &&
      !g.dropped &&
      g.tense === "past" &&
      (lex.failure.outcomes.has(head.lemma) ||
        (COPULAS.has(head.lemma) &&
          a.tokens.slice(g.end, g.end + 3).find((t) => t.pos !== "PART")?.lower === "possible")));
  const failedOutcome =
    missed || (lex.failure.outcomes.has(head.lemma) && !stillAhead(g) && (noneObject || (none && g.passive)));
  if (none && g.tense === "past" && !failedOutcome) return null;
  // "is unwilling to negotiate" is "is not willing to negotiate"; "is not unwilling" is willing,
  // "is not only unwilling" is not.
  const adjective = a.tokens.slice(g.end).findIndex((t) => t.pos !== "ADV" && t.pos !== "PART") + g.end;
  const unready =
    adjective >= g.end && COPULAS.has(head.lemma) && lex.readiness.negatives.has(a.tokens[adjective]!.lemma);
  const cancels = unready && /^(?:not|n't|never)$/.test(a.tokens[adjective - 1]?.lower ?? "");
  const negated = failedOutcome
    ? g.negated && !missed
    : (unready ? !cancels : g.negated) || noneObject || (none && g.modal !== "obligation") || neitherNor || without;
  const found = classesOf(a, i, lex, governor, opts.dealsArePlans);
  const kids = completions(a, i, lex);
  // ("is due to begin": a copula's word of the future, as "is set to")
  const futureWord = COPULAS.has(head.lemma) ? (pastAdverbs(a, g.end)?.lemma ?? "") : head.lemma;
  // "The envoy is expected in Moscow next week": a party expected at a named place is to visit
  // it, as talks expected there are to be held ("a deal is expected in Doha soon" is a forecast).
  const expectedAt =
    head.lemma === "expect" &&
    g.passive &&
    !kids.length &&
    /^(?:in|at)$/.test(a.tokens[g.end]?.lower ?? "") &&
    a.tokens[g.end + 1]?.pos === "PROPN" &&
    !!c.subject &&
    (lex.objectNouns.get(a.tokens[c.subject[1] - 1]!.lemma)?.name ?? "talks") === "talks";
  const future =
    g.tense === "future" ||
    expectedAt ||
    (lex.future.has(futureWord) && kids.length > 0) ||
    kids.some((k) => a.clauses[k]!.group?.tense === "future");
  const conditionChild = a.clauses.some((x) => x.parent === i && x.kind === "condition");

  // "failed to reach an agreement", "failed to finalise the deal": the agreement did not happen,
  // the effort did; a failed attack stays an attack.
  // ("was unable to reach a deal": a copula with a word of failing fails as the verb does)
  const failingWord = COPULAS.has(head.lemma)
    ? a.tokens.slice(g.end, g.end + 3).find((t) => t.pos !== "PART" && t.pos !== "ADV")?.lemma
    : head.lemma;
  if (lex.failure.words.has(failingWord ?? "") && kids.length) {
    const inner = classifyClause(a, kids[0]!, lex, { ...opts, governor: head.lemma });
    if (!inner || !FAILED_EFFORTS.has(inner.type)) return inner && { ...inner, clause: i };
    return { ...inner, clause: i, type: lex.failure.type, cameo: null, trigger: g.head };
  }
  // "expect the rebels to lay down their arms": what a party is expected to do is demanded of it
  // (CAMEO 10); what a thing is expected to do ("expect the talks to resume"), or what analysts
  // expect, is a forecast, and a party expected to come for talks is a visit scheduled ("expects
  // the envoys to arrive on Monday for talks").
  if (
    head.lemma === "expect" &&
    !g.passive &&
    !negated &&
    kids.length &&
    !INFORMANTS.has(subjectNoun(a, i)) &&
    partyExpected(a, g, kids[0]!, lex) &&
    classifyClause(a, kids[0]!, lex, { ...opts, governor: head.lemma })?.type !== "talks"
  )
    return idiomSignal(a, i, lex.obligation.type, "10", g.head, [
      ...new Set(classesOf(a, i, lex, governor, opts.dealsArePlans).map((f) => f.cls.name)),
    ]);
  // "expected to lay", "is set to sign", "plans to meet": the verb only dates what follows. (An
  // infinitive past the verb's own phrases is a purpose: "a meeting is scheduled for Monday in
  // Geneva to address the border" schedules a meeting.)
  if (lex.future.has(head.lemma) && kids.length && followsVerb(a, g.end, a.clauses[kids[0]!]!.start)) {
    const inner = classifyClause(a, kids[0]!, lex, { ...opts, governor: head.lemma });
    return inner ? { ...governed(inner, g), clause: i, future: true } : null;
  }

  let category: Category | null = null;
  let trigger = g.head;
  // "in what it called a special operation": naming, as a description is, never a phone call.
  const describes = DESCRIBING.has(head.lemma)
    ? (describedAs(a, c, lex) ?? (namesObject(a, i) ? (lex.verbs.get("describe")?.[0]?.category ?? null) : null))
    : null;
  const prospect = describes ? null : prospectGiven(a, i, lex);
  const senses = describes || prospect ? [] : (lex.verbs.get(expectedAt ? "visit" : head.lemma) ?? []);
  if (describes) category = describes;
  else if (prospect) category = prospect;
  // "Let's sign the treaty", "Let us negotiate": urging one's own side and the other to act
  // together is an appeal (CAMEO 02), whatever the act.
  else if (head.lemma === "let" && !g.negated && /^(?:us|'s|’s)$/.test(a.tokens[g.end]?.lower ?? ""))
    category = lex.verbs.get("urge")?.[0]?.category ?? null;
  // "the truce will suspend fighting": what a verb needs to be about is its object when it has
  // one, not its subject ("the deal was suspended", "talks broke down" have no other).
  // (An object follows its verb: "the treaty ending 30 years of war" ended the war, not the treaty.)
  const ownObject = g.passive ? null : objectPhrase(a, g);
  // "suspend all military activities … to conduct ceasefire talks": what an infinitive after the
  // object is for is not what the verb acts on.
  const purpose = (f: Found) =>
    !!ownObject && f.token >= ownObject[1] && a.clauses[a.clauseOf[f.token]!]!.kind === "infinitive";
  const about = ownObject ? found.filter((f) => !f.subject && f.token >= g.end && !purpose(f)) : found;
  for (const s of senses) {
    if (!senseHolds(a, i, s, lex)) continue;
    // "withdrew from the talks": a phrasal verb is about what its particle governs ("withdraw from
    // some areas, with details to be agreed in negotiations" withdrew from no talks).
    const particle = s.particle ? a.tokens.findIndex((t, k) => k >= g.end && t.lower === s.particle) : -1;
    // and a verb that needs its object, about that object ("the treaty ending 30 years of war as
    // a step toward peace" ended no peace).
    const object = s.transitive ? ownObject : null;
    const its = s.bySubject
      ? found.filter((f) => f.subject)
      : particle >= 0
        ? about.filter((f) => f.token > particle && f.token <= particle + 6)
        : object
          ? about.filter((f) => f.token >= object[0] && f.token < object[1])
          : about;
    // ("the delegation walked out late on Friday": a particle that governs nothing leaves the
    // talks the story is about)
    const alone =
      s.needs?.includes("alone") && particle >= 0 && !GOVERNING_PREPOSITIONS.has(a.tokens[particle + 1]?.lower ?? "");
    if (
      s.needs &&
      !alone &&
      !(s.needs.includes("any") ? its.length > 0 : its.some((f) => s.needs!.includes(f.cls.name)))
    )
      continue;
    category = s.category;
    break;
  }
  // "The minister was welcomed by his counterpart", "the envoy … was received by the president": a
  // person welcomed or received by someone is a guest, and the reception is a meeting (CAMEO 04);
  // a plan or a deal welcomed is praised.
  if (
    g.passive &&
    RECEIVING.has(head.lemma) &&
    a.tokens[g.end]?.lower === "by" &&
    (personSubject(a, i) || GUESTS.has(subjectNoun(a, i)))
  )
    category = lex.verbs.get("meet")?.find((v) => v.category.cameo.startsWith("04"))?.category ?? category;
  // "Prospects for peace have improved", "progress was made toward a deal", "a historic
  // opportunity for settlement has emerged": a view of what may come, the subject of a verb of
  // no meaning of its own, makes the clause that view (CAMEO 01), whatever it is a view of.
  const subjectView = () => {
    const view = lex.nouns.get(subjectNoun(a, i));
    return view?.cameo === "01" || view?.cameo === "013" ? view : null;
  };
  if (!category && !senses.length && !COPULAS.has(head.lemma) && !lex.lightVerbs.has(head.lemma))
    category = subjectView();
  // "declined to comment on the talks", "refused to confirm the meeting": withholding words
  // refuses nothing of the talks (CAMEO 12 is rejecting a proposal, not a question).
  // Nor does withholding what is known ("declined to elaborate", "refused to provide any details").
  const said = kids.length ? a.clauses[kids[0]!]!.group : null;
  const saidVerb = said ? a.tokens[said.head]!.lemma : "";
  const withheld =
    lex.reporting.has(saidVerb) ||
    SPEECH.has(saidVerb) ||
    DISCLOSING.has(saidVerb) ||
    (GIVING.has(saidVerb) && INFORMATION.has(objectNoun(a, kids[0]!)));
  if (category?.cameo === "12" && said && withheld) return null;
  // "I would like to say that …", "I must say", "I'd be happy to tell you", "I want to thank":
  // a speaker's own wish or duty to speak is the speaking, which frames what is said; it offers,
  // demands or refuses nothing.
  const speaking = said ? a.tokens[said.head]!.lemma : g.modal ? head.lemma : null;
  if (speaking && SPEECH.has(speaking) && !APPEALS.has(category?.cameo ?? "") && firstPerson(a, c)) return null;
  // "The agreement was first reported by Agence France-Presse": what the press made known is told
  // by the clause, not done in it.
  if (g.passive && PUBLISHING.has(head.lemma) && !kids.length) return null;
  // Nor does not saying ('"can\'t confirm" the meeting', "did not say when talks would resume").
  if (g.negated && !noneObject && lex.reporting.has(head.lemma)) return null;
  // "views the roadmap positively", "responded constructively": a view or a response
  // qualified as approval or refusal is that.
  // (A light verb takes its meaning from its noun: "expressed its readiness to deal positively
  // with any proposal" is readiness, not a positive view.)
  if ((!category && !lex.lightVerbs.has(head.lemma)) || category?.cameo === "01") {
    // The adverb may close the clause after a long object ("views the plan meant to end
    // the fighting positively"), in a clause that hangs on this one.
    const own = new Set([i]);
    a.clauses.forEach((x, k) => {
      if (k > i && x.parent !== null && own.has(x.parent) && x.kind !== "complement") own.add(k);
    });
    for (let k = g.start; k < a.tokens.length; k++) {
      const t = a.tokens[k]!;
      const qualified = t.pos === "ADV" && own.has(a.clauseOf[k]!) ? lex.adverbs.get(t.lower) : undefined;
      // ("would respond forcefully": force vowed in response threatens; a response already given
      // with force is no threat)
      if (qualified?.cameo === "13" && !stillAhead(g)) continue;
      if (qualified) {
        category = qualified;
        break;
      }
    }
  }
  // "stands ready to mediate": "stand" before a word of readiness is a copula.
  const afterStand = head.lemma === "stand" && !g.passive ? pastAdverbs(a, g.end) : undefined;
  if (!category && afterStand && lex.readiness.words.has(afterStand.lemma)) {
    category = lex.readiness.category;
    trigger = a.tokens.indexOf(afterStand);
  }
  // "is determined to", "is prepared to": a passive participle that is an adjective of the lexicon.
  if (!category && g.passive) {
    if (lex.readiness.words.has(head.lower)) category = lex.readiness.category;
    else category = lex.adjectives.get(head.lower) ?? null;
  }
  // "The mediators were encouraged by the result", "were pleased with the talks": a participle of feeling
  // with nothing to do after it is the feeling (a view), not the verb done to the speaker ("were
  // encouraged to resume talks" is still an appeal).
  const feeling = g.passive && !kids.length ? lex.adjectives.get(head.lower) : undefined;
  if (feeling?.cameo === "01" && category && category.cameo !== "01") {
    category = feeling;
    trigger = g.head;
  }
  if (!category && (COPULAS.has(head.lemma) || lex.lightVerbs.has(head.lemma))) {
    const comp = complementCategory(a, c, lex, !COPULAS.has(head.lemma));
    if (comp) {
      category = comp.category;
      trigger = comp.token;
      // "signalled their agreement to hold talks": the noun that gives the category is consent,
      // not the deal it also names; what it is about is what completes it.
      const about = found.filter((f) => f.token !== comp.token);
      if (about.length) found.splice(0, found.length, ...about);
    }
  }
  // "The overall objective of the parties is to find a negotiated solution", "Our goal is to end
  // the war": an aim said to be doing something is the intent to do it (CAMEO 03).
  // (past a quotation mark: her aim was "to make the lull last")
  const quotedTo =
    head.lemma === "be" && QUOTE_MARKS.test(a.tokens[g.end]?.text ?? "") && a.tokens[g.end + 1]?.lower === "to";
  const beTo =
    (a.tokens[g.start]?.lemma === "be" && a.tokens.slice(g.start, g.head).some((t) => t.lower === "to")) || quotedTo;
  if (!category && beTo && c.subject) {
    let aim = c.subject[0];
    while (aim < c.subject[1] && !isNoun(a.tokens[aim]!)) aim++;
    if (aim < c.subject[1] && AIMS.has(a.tokens[aim]!.lemma)) {
      category = lex.readiness.category;
      trigger = aim;
      const about = found.filter((f) => f.token !== aim);
      found.splice(0, found.length, ...about);
    }
  }
  // "A real chance to end the war is within reach", "The prospects of a deal are slim": a view of
  // what may come that a copula says nothing else of is that view too.
  if (!category && COPULAS.has(head.lemma)) category = subjectView();
  // "only if", "unless", "only when": the clause holds only on a condition, which is a demand.
  // "would only cease fire and enter talks if …": the condition and the "only" of one verb of a
  // coordination hold for the verbs joined to it.
  const joined = coordination(a, i);
  // ("is possible, but only after …", "will ratify the treaty only after …": "only" after the
  // predicate, set off by "but" or closing the clause, limits it the same way)
  const only =
    joined
      .filter((k) => k <= i)
      .some((k) => {
        const kg = a.clauses[k]!.group;
        return !!kg && a.tokens.slice(kg.start, kg.end).some((t) => t.lower === "only");
      }) ||
    a.tokens
      .slice(g.end, c.end)
      .some((t, k, rest) => t.lower === "only" && (rest[k - 1]?.lower === "but" || k === rest.length - 1));
  // "will not disarm until the army withdraws", "there will be no vote until the militias
  // disarm": a refusal that holds until something is done names what must be done first; so
  // does one on a condition ("will not sign unless the sanctions go") or for as long as a state
  // lasts ("will not negotiate while its troops remain"; not a contrast after a comma, "…, while
  // Kyiv will").
  const lasting = (x: Clause) => x.opener === "while" && a.tokens[x.start - 1]?.text !== ",";
  const refusedUntil =
    (g.negated || a.tokens[g.end]?.lower === "no") &&
    !g.dropped &&
    g.tense !== "past" &&
    a.clauses.some(
      (x) =>
        x.parent === i && ((x.kind === "adverbial" && (x.opener === "until" || lasting(x))) || x.kind === "condition"),
    );
  const conditional =
    refusedUntil ||
    a.clauses.some(
      (x) =>
        x.parent !== null &&
        joined.includes(x.parent) &&
        (x.kind === "condition" || x.kind === "adverbial") &&
        (lex.obligation.openers.includes(x.opener ?? "") ||
          (only && /^(?:if|when|after|once)$/.test(x.opener ?? "")) ||
          demandsMet(a, x, lex)),
    );
  // ("it is up to Kyiv to decide": a duty laid on a party, read below, not handed to the infinitive)
  const upToParty = upTo(a, i);
  // "were able to agree", "tried to reach", "decided to sign": a verb outside the lexicon hands
  // its meaning to the verb it governs.
  // (a copula too: "were able to agree"; not one in talks for an aim: "was in talks to restore
  // the deal" is talks.)
  // ("needs to withdraw", "is obliged to withdraw": a duty, which the obligation below reads.)
  if (
    !category &&
    kids.length &&
    !(COPULAS.has(head.lemma) && talksPurpose(a, i, kids[0]!, lex)) &&
    !lex.obligation.words.has(head.lemma) &&
    !upToParty
  ) {
    const inner = classifyClause(a, kids[0]!, lex, { ...opts, governor: head.lemma });
    // "We will never let our soil be violated": a party that will not let others
    // fight warns them (CAMEO 13); it pledges no restraint of its own.
    if (inner?.type === "military-claim" && g.negated && !g.dropped && g.tense !== "past" && LETTING.has(head.lemma))
      return { ...inner, clause: i, negated: false, future: true, type: "threat", cameo: "13" };
    // "avoided signing the deal" is "did not sign the deal", and "has no plans to meet" is "does
    // not plan to meet".
    const denied = lex.avoidance.has(head.lemma) || intentOfNone(a, g.end, a.clauses[kids[0]!]!);
    const outer = denied ? { negated: !g.negated, dropped: g.dropped } : g;
    // ("used the meeting to restate its demands": an occasion used is only the means, and what it
    // was used for is the act, even read from its object alone)
    const means = INSTRUMENTAL.has(head.lemma) && a.clauses[kids[0]!]!.kind === "infinitive";
    if (inner?.cameo || (inner && means))
      return stillToCome({ ...governed(inner, outer), clause: i, future: future || inner.future }, g);
  }
  // "What Moscow wants before any talks is a new government in Kyiv": a pseudo-cleft on a want
  // or a need says what is demanded.
  const cleft =
    COPULAS.has(head.lemma) && a.tokens[c.subject?.[0] ?? -1]?.lower === "what"
      ? a.clauses.find((x) => x.parent === i && x.opener === "what")
      : undefined;
  // "Any deal would bar the militias' return", "any agreement will include a withdrawal": what any deal
  // is to do is a term set for one (CAMEO 10), not a deal.
  const anyDeal =
    a.tokens[c.subject?.[0] ?? -1]?.lower === "any" &&
    (future || !!g.modal) &&
    found.some((f) => f.subject && JUDGED.has(f.cls.name));
  // "Only Ukraine can decide its borders": what a party claims to decide alone, no other may (CAMEO 10).
  // (A sentence's first "Only" may lie before the clause the segmenter cut.)
  const exclusive =
    !!c.subject &&
    [c.subject[0], c.subject[0] - 1].some((k) => a.tokens[k]?.lower === "only") &&
    g.tense !== "past" &&
    lex.obligation.exclusive.has(head.lemma);
  const obligation =
    anyDeal ||
    exclusive ||
    (!!cleft?.group && lex.obligation.clefts.has(a.tokens[cleft.group.head]!.lemma)) ||
    (g.modal ?? sharedModal(a, i)) === "obligation" ||
    (lex.obligation.words.has(head.lemma) && kids.length > 0) ||
    conditional ||
    completesDuty(a, i, lex) ||
    upToParty;

  let type: SignalType;
  let cameo: string | null;
  let strength: number;
  let goesOn = false;
  if (category) {
    // "commended Egypt's role in ending the hostilities": a response takes its type only from what it responds to.
    const h = category.reacts ? respondedTo(a, i) : -1;
    const t = typeFor(
      category,
      category.reacts ? found.filter((f) => isResponded(a, h, f.token, lex)) : objectFirst(a, i, found, category),
    );
    // (a class the category does not map keeps it from being a matter unless it only names who
    // or what the terms touch: "agreed to form a joint force", "agreed to hold elections")
    const termsOnly = found.every((f) => TERM_CLASSES.has(f.cls.name));
    // (an intent to cooperate states terms only when pledged, "pledged to facilitate the return
    // of refugees"; wanting or seeking a change demands or aims at it)
    const terms = category.byMatter && (category.cameo !== "03" || TERM_PLEDGES.has(head.lemma));
    type = !t.cls && termsOnly && terms && namesMatter(a, i, kids, category, lex) ? category.byMatter! : t.type;
    // "denounced the accord as a sell-out": to judge a deal is to reject it.
    const judged = judgedClass(a, i, found, category, lex);
    if (judged) type = category.byTarget[judged]!;
    // "the two presidents signed the document": a paper the parties sign is an agreement between them
    // (a deal of a matter of its own, read as a plan, stays one: "sealed the nuclear deal").
    if (t.cls === "plan" && category.signs.has(head.lemma) && found.some((f) => signedPaper(a, f, lex)))
      type = category.byObject["deal"] ?? type;
    // "initialled the peace treaty": a text agreed by the negotiators is terms still to be signed.
    if (category.initials.has(head.lemma) && t.cls && ACCORDS.has(t.cls)) type = category.byObject["plan"] ?? type;
    // "Both sides signed on Monday", "It was signed in the palace", "signed the text": a signing
    // that names nothing signed but its wording is of the story's deal (its plan when the story's
    // deals are all of matters of their own, or when only initialled), not a mere readiness to agree.
    const signed = objectNoun(a, i);
    if (category.signs.has(head.lemma) && !found.length && (!signed || category.texts.has(signed)) && type === t.type)
      type = category.byObject[opts.dealsArePlans || category.initials.has(head.lemma) ? "plan" : "deal"] ?? type;
    // "followed Tuesday's signing of the accord", where the tagger reads the gerund as the verb: a
    // signing named as an event is its ceremony, where the parties meet, whatever they sign.
    if (category.signs.has(head.lemma) && namedAct(a, c.group!.head) && !judged)
      type = category.byObject["talks"] ?? type;
    cameo = category.cameo;
    strength = 3;
    // "accepted the futility of further talks": accepting a refusal is one (proposing one,
    // "proposed a mutual refusal to strike", stays an offer).
    const refused = category.cameo === "05" ? lex.nouns.get(objectNoun(a, i)) : undefined;
    if (refused?.type === "rejection") {
      type = "rejection";
      cameo = refused.cameo;
    }
    // "accepted an invitation to peace talks in Oslo", "accepted the request for talks": to accept
    // an appeal to meet is to say one will (CAMEO 036), not yet to meet.
    else if (refused && APPEALS.has(refused.cameo) && type === "talks") {
      type = lex.readiness.category.type;
      cameo = "036";
    }
    // "announced a one-week ultimatum": a light verb that approves nothing of its own takes the
    // category of a noun it announces, when what the clause is about refines nothing.
    else if (refused && lex.lightVerbs.has(head.lemma) && refused.cameo !== "05" && !typeFor(category, found).cls) {
      type = refused.type;
      cameo = refused.cameo;
    }
    // "will not recognize", "never accept": refusing what cooperation would be is a rejection;
    // "no longer demanding" drops a stance, which the positions record, and stays what it was.
    // "did not discuss Europe's problems", "have not met since 2019": talks that did not take
    // place are no refusal of them, and no event.
    if (negated && category.cameo === "04" && g.tense === "past" && !g.modal && !g.dropped) return null;
    const intendsFighting = kids.some(
      (k) => lex.objectVerbs.get(a.tokens[a.clauses[k]!.group?.head ?? -1]?.lemma ?? "")?.name === "war",
    );
    // "ready in principle to fight to the last Ukrainian": intent to fight is a threat (CAMEO 13);
    // to "eliminate the root causes" or "destroy a civilization" is none.
    const first = kids.length ? a.clauses[kids[0]!]!.group : null;
    const target = first ? objectNoun(a, kids[0]!) : "";
    const targetClass = lex.objectNouns.get(target)?.name;
    const isWar = (verb: number) => lex.objectVerbs.get(a.tokens[verb]!.lemma)?.name === "war";
    // ("ready to resume fighting": going on with the fighting; "to continue the war" is a threat
    // by its object class already)
    const onward = !!first && GOING_ON.has(a.tokens[first.head]!.lemma);
    const next = onward && kids.length > 1 ? a.clauses[kids[1]!]!.group : null;
    const fights =
      !!first &&
      ((isWar(first.head) && (!target || targetClass === "war" || targetClass === "forces")) ||
        (onward && !!next && next.start <= first.end + 1 && isWar(next.head)));
    if (!negated && category.cameo === "03" && fights) {
      type = "threat";
      cameo = null;
    }
    // What an intent's infinitive does decides it: readiness to refuse talks, a deal or a plan
    // ("is ready to walk away from the talks", "prepared to reject the plan") is a refusal (CAMEO
    // 12), made on whatever condition follows; intent to threaten ("vowed to block the crossing",
    // "promised to press on") is a threat (13).
    const intent =
      !negated && category.cameo === "03" && kids.length
        ? classifyClause(a, kids[0]!, lex, { ...opts, governor: head.lemma })
        : null;
    if (intent && !intent.negated) {
      if (intent.type === "rejection" && intent.classes.length) {
        type = "rejection";
        cameo = "12";
      } else if (intent.type === "threat" && intent.cameo === "13") {
        type = "threat";
        cameo = "13";
      }
      // ("ready to accept a proposal for a truce": readiness for what brings a truce is readiness
      // for the truce, as "ready for a truce" is, whatever the proposal's class)
      else if (intent.type === lex.readiness.category.byObject["truce"] && intent.classes.includes("truce"))
        type = intent.type;
    }
    // "accused the rebels of shelling the town", "blamed the army for breaching the truce": an
    // accusation of fighting is a claim about the battlefield, as its charge says.
    // (so does a charge written as a noun of war: "of an attack", "for the strike on the dam")
    const charge = category.cameo === "11" && kids.length ? classifyClause(a, kids[0]!, lex, opts) : null;
    if (charge?.type === "military-claim" && !charge.negated) {
      type = "military-claim";
      cameo = charge.cameo;
    } else if (category.cameo === "11" && !kids.length && chargesFighting(a, i, lex)) {
      type = "military-claim";
      cameo = "19";
    }
    // "wants the rebels to disarm first", "wanted the text to be rewritten", "would like to see
    // concrete steps": wanting what another party must do or give is a demand (CAMEO 10),
    // not an intent to cooperate; wanting talks or a truce stays what its object makes it.
    const wanted =
      !negated &&
      category.cameo === "03" &&
      WANTING.has(head.lemma) &&
      !t.cls &&
      type === t.type &&
      !found.some((f) => !f.subject && SOUGHT_TOGETHER.has(f.cls.name)) &&
      (partyWanted(a, g.end, i, lex) ||
        (first !== null && a.tokens[first.head]!.lemma === "see") ||
        // ("wanted to register as a party": a matter a party wants for itself is a demand too; not an
        // end to the fighting, "wants to end the war" seeks peace; "would like to" is softer)
        (kids.length > 0 &&
          head.lemma === "want" &&
          !lex.endingVerbs.has(a.tokens[a.clauses[kids[0]!]!.group?.head ?? -1]?.lemma ?? "") &&
          namesMatter(a, i, kids, category, lex)));
    if (wanted) {
      type = lex.obligation.type;
      cameo = "10";
    }
    // "talks never stopped", "the negotiations have not been halted": talks that did not end go on.
    const endedTalks = g.passive
      ? lex.objectNouns.get(objectNoun(a, i))?.name === "talks"
      : !objectNoun(a, i) && found.some((f) => f.subject && f.cls.name === "talks");
    const goOn = negated && (category.cameo === "08" || category.cameo === "12") && endedTalks;
    if (goOn) {
      type = "talks";
      cameo = "04";
      goesOn = true;
    } else if (
      g.dropped &&
      !negated &&
      (category.cameo === "04" || category.cameo === "05") &&
      found.some((f) => !f.subject && f.token > g.head && REFUSABLE.has(f.cls.name))
    ) {
      // "would no longer sign any accord", "will no longer attend the talks": one's part in
      // talks or a deal given up is refused (CAMEO 12); a stance given up, "no longer seeking a
      // truce", "no longer demanding", is only dropped.
      type = "rejection";
      cameo = "12";
    } else if (negated && !g.dropped && COOPERATIVE.has(category.cameo)) {
      // "offered no details on the timing", "did not ask questions": withholding what is no
      // offer, appeal or demand of the lexicon refuses nothing.
      const obj = objectNoun(a, i);
      const offered = lex.objectNouns.has(obj) || lex.nouns.has(obj) || found.some((f) => !f.subject);
      if (APPEALS.has(category.cameo) && obj && !offered) return null;
      // ("left without announcing a deal", "has not announced a truce": what was not made known
      // was not refused)
      if (lex.framingThat.has(head.lemma)) return null;
      type = "rejection";
      cameo = "12";
      // "they don't want to fight anymore", "is not willing to continue the war": intent to fight
      // withdrawn is a step towards a truce.
      if (category.cameo === "03" && (t.type === "threat" || intendsFighting)) {
        type = "ceasefire-signal";
        cameo = null;
      }
    }
    // "did not rule out a meeting", "has never refused talks": a refusal withheld leaves the door
    // open; not ruling out force keeps it as a threat. ("did not deny the report" only reports.)
    if (negated && category.cameo === "12") {
      const withheld: (ObjectClass | undefined)[] = found.filter((f) => !f.subject).map((f) => f.cls);
      withheld.push(lex.objectNouns.get(objectNoun(a, i)));
      // A denial withheld opens a door only to talks or a deal, not to a report ("never refused talks").
      const opens =
        withheld.some((cls) => !!cls && (!lex.denial.has(head.lemma) || SOUGHT_TOGETHER.has(cls.name))) ||
        // "did not rule out that a deal may be reached"
        (!lex.denial.has(head.lemma) && a.clauses.some((x) => x.parent === i && x.kind === "complement"));
      if (opens) {
        const force = withheld.some((cls) => cls?.name === "war" || cls?.name === "forces");
        type = force ? "threat" : typeFor(lex.readiness.category, found).type;
        cameo = force ? "13" : lex.readiness.category.cameo;
      }
    }
    if (category.toCome && !negated && g.tense !== "past" && (future || !!g.modal)) type = category.toCome;
    // "The negotiations were conducted frankly", "the summit was held in a cordial atmosphere":
    // how a passive verb of talks says they went weighs them, a view of them (CAMEO 01) as "the
    // talks were constructive" is.
    const held = found.find((f) => f.subject && f.cls.name === "talks");
    if (!negated && category.cameo === "04" && g.passive && held && wentHow(a, g.end, held.cls)) {
      type = "assessment";
      cameo = "01";
    }
  } else {
    // "The talks were only ever about the border deal": what a copula says talks are about is
    // their topic; the clause is about the talks.
    const topic = COPULAS.has(head.lemma) && /^(?:about|over)$/.test(pastAdverbs(a, g.end)?.lower ?? "");
    const talked = topic ? found.find((f) => f.subject && f.cls.name === "talks") : undefined;
    // "The agreement was a leap towards lasting peace": when a copula judges a deal, a truce or
    // talks, a class named past the complement's own noun phrase is what the judgement mentions,
    // not what the clause is about.
    const judging =
      COPULAS.has(head.lemma) && found.some((f) => f.subject && (JUDGED.has(f.cls.name) || f.cls.name === "talks"));
    const inScope = judging ? found.filter((f) => f.subject || f.token < nounPhraseEnd(a, g.end)) : found;
    // "Dialogue is the only viable solution": a copula's complement says what the clause is about.
    const complement =
      talked ??
      (COPULAS.has(head.lemma)
        ? pickClass(
            inScope.filter((f) => !f.subject),
            () => true,
          )
        : null);
    // What the verb's own object names comes before what a later phrase does ("organize a
    // meeting … to focus on the peace treaty" organizes talks); a truce is one anywhere.
    const object = found.some((f) => f.cls.name === "truce") ? null : ownObject;
    const direct = object ? found.filter((f) => !f.subject && f.token >= object[0] && f.token < object[1]) : [];
    // "The last hurdle to a deal remains the fate of the border villages": what a copula says
    // stands in the way is a term, whatever it names.
    const obstacle = COPULAS.has(head.lemma)
      ? found.find((f) => f.subject && f.cls.name === "demand" && subjectNoun(a, i) === a.tokens[f.token]!.lemma)
      : undefined;
    // "Talks on reviving the deal will resume": a light verb with no object of its own is about
    // its subject's head, not what a phrase inside the subject names.
    const subjectHead =
      !ownObject && !COPULAS.has(head.lemma) && lex.lightVerbs.has(head.lemma) && c.subject
        ? found.find(
            (f) => f.subject && f.token < headEnd(a, c.subject!) && !a.tokens[f.token + 1]?.pos.startsWith("N"),
          )
        : undefined;
    const pick = obstacle ?? complement ?? subjectHead ?? pickClass(direct.length ? direct : inScope, () => true);
    if (!pick && !obligation) return null;
    type = pick ? pick.cls.type : lex.obligation.type;
    // "a ceasefire is not a solution", "the plan is not acceptable": what a negated copula
    // denies of an offer refuses it.
    if (complement && negated && !g.dropped && OFFERS.has(type)) type = "rejection";
    cameo = null;
    strength = pick ? (pick.subject ? SUBJECT_STRENGTH : 2) : 2;
    if (pick) trigger = pick.token;
    // "the accord would bring no peace", "… neither peace nor unity": a verb outside the lexicon
    // whose object is none of what an offer names judges what will or did come (CAMEO 01).
    // ("has no plans to meet" denies an intent, not an offer's outcome)
    if (
      !complement &&
      pick &&
      !pick.subject &&
      noneObject &&
      !g.passive &&
      OFFERS.has(type) &&
      !INTENTS.has(a.tokens[pick.token]!.lemma)
    ) {
      type = "assessment";
      cameo = "01";
    }
    // "The deal is far worse than we feared", "the initiative was a victory for diplomacy": what a
    // copula says a deal, plan or truce is like, or what talks amount to, naming no class of its
    // own, is a view of it (CAMEO 01), not the thing.
    if (
      pick?.subject &&
      !complement &&
      !obstacle &&
      !failedOutcome &&
      ((COPULAS.has(head.lemma) && JUDGED.has(pick.cls.name)) ||
        (COPULAS.has(head.lemma) && pick.cls.name === "talks" && talksWeighed(a, g.end)) ||
        (AMOUNTS_TO.has(head.lemma) && (JUDGED.has(pick.cls.name) || pick.cls.name === "talks") && weighs(a, g.end))) &&
      judges(a, g.end)
    ) {
      type = "assessment";
      cameo = "01";
    }
  }
  // "It was a most useful meeting yet", "the round was a difficult meeting": a meeting a
  // copula gives its subject, or says its subject is, with an adjective that weighs it is a view
  // of the meeting, as "the meeting was productive" is ("it was the first meeting" says which).
  if (
    type === "talks" &&
    !negated &&
    COPULAS.has(head.lemma) &&
    meetingWeighed(a, g.end, lex.objectNouns.get(a.tokens[trigger]!.lemma))
  ) {
    type = "assessment";
    cameo = "01";
  }
  // "There will be no negotiations with the rebels", "there can be no deal": talks, a deal or a
  // truce a party says there will not be are refused (CAMEO 12); "there were no talks" reports.
  if (
    COPULAS.has(head.lemma) &&
    a.tokens[c.subject?.[0] ?? -1]?.lower === "there" &&
    g.tense !== "past" &&
    found.some((f) => f.token === nounOfNone(a, g.end) && SOUGHT_TOGETHER.has(f.cls.name))
  ) {
    type = "rejection";
    cameo = "12";
  }
  // Fighting still to come ("will resume its offensive", "would crush") is a threat, not a claim;
  // what must be done to fighters ("weapons and fighters must be removed") is a demand.
  // "Israel will not attack Iran's oil sites", "the army will never attack civilians": a pledge
  // not to fight is restraint, a step towards a truce, not a threat.
  if (type === "military-claim" && category?.cameo === "19" && negated && !g.dropped && (future || g.modal))
    type = "ceasefire-signal";
  // "The two militias are to merge into one army", "the fighters are to be regrouped": what troops
  // are arranged to do, by no verb of the lexicon and with no fighting named, is a term set for
  // them (a proposal), not a threat.
  const termForForces =
    type === "military-claim" &&
    category === null &&
    g.arranged &&
    !negated &&
    !found.some((f) => f.cls.name === "war");
  if (termForForces) type = "proposal";
  // ("Ukrainian armed forces must leave Donbas": a duty laid on troops, with no verb of fighting,
  // demands; the duty below makes it a condition.)
  else if (type === "military-claim" && (future || g.modal) && !(obligation && (g.passive || category === null)))
    type = "threat";
  // A duty makes a condition, unless the clause is already a refusal, a threat, a sanction or a
  // truce ("both sides should stop firing" is still a ceasefire signal). A duty laid on a truce its
  // subject names ("any ceasefire must include a withdrawal", "the truce should be monitored") is a
  // term set for it, a condition; one that must be made ("a truce must be declared") is still sought.
  const truce = found.some(
    (f) =>
      f.cls.name === "truce" &&
      (!f.subject || (g.passive && (category?.type === "ceasefire-signal" || !!category?.byObject["truce"]))),
  );
  // "a new round should be held in Geneva", "talks must take place in Doha": a duty on talks
  // that names no one to hold them proposes them.
  const talksProposed = g.passive && !g.negated && !none && found.some((f) => f.subject && f.cls.name === "talks");
  // "will only discuss a humanitarian truce", "would only negotiate with an elected government",
  // "will only sign the draft of Monday": talks or a deal a party limits to one matter, one
  // partner or one text are terms it sets (CAMEO 10), not an offer.
  const limitsTalks =
    only && COOPERATIVE.has(category?.cameo ?? "") && !g.negated && g.tense !== "past" && (future || !!g.modal);
  if (obligation && talksProposed && type === "talks") {
    type = "proposal";
    strength = Math.max(strength, 3);
  } else if (
    (obligation || limitsTalks) &&
    !(["rejection", "threat", "sanction"].includes(type) && !refusedUntil) &&
    !(type === "ceasefire-signal" && truce && !conditional)
  ) {
    type = lex.obligation.type;
    strength = Math.max(strength, 3);
  }
  // "could meet them next week, if they pull back first": an offer on a condition is a condition.
  if (conditionChild && (type === "talks" || type === "negotiation-readiness") && c.kind !== "main") {
    type = lex.obligation.type;
  }
  // "We can sign the deal if the rebels disarm": what a party can do on a condition it
  // sets is that condition.
  else if (conditionChild && g.modal === "possibility" && !g.negated && OFFERS.has(type) && g.tense !== "past") {
    type = lex.obligation.type;
  }
  // "The army is fully ready to hit back", "the troops stand ready to act": an army's
  // readiness for anything but talks, a deal or a truce is readiness to fight (CAMEO 13).
  if (
    type === lex.readiness.category.type &&
    category === lex.readiness.category &&
    !negated &&
    found.some((f) => f.subject && f.cls.name === "forces") &&
    !found.some((f) => !f.subject && (SOUGHT_TOGETHER.has(f.cls.name) || f.cls.name === "plan"))
  ) {
    type = "threat";
    cameo = "13";
  }
  // "the next round will not take place", "the summit did not happen": talks the subject names,
  // with no verb of the lexicon, that are said not to come about are called off (CAMEO 12).
  if (
    negated &&
    !goesOn &&
    !category &&
    type === "talks" &&
    found.length > 0 &&
    found.every((f) => f.subject && f.cls.name === "talks")
  ) {
    type = "rejection";
    cameo = "12";
  }
  if (failedOutcome && !negated && FAILED_EFFORTS.has(type)) {
    type = lex.failure.type;
    cameo = null;
  }
  // "…, ending a month of heavy shelling": what ends the fighting, or tells
  // what it ends, is no claim of fighting.
  const ender = c.kind === "argument" && c.parent !== null ? a.clauses[c.parent]!.group : g;
  if (type === "military-claim" && ender?.gerund && lex.endingVerbs.has(a.tokens[ender.head]!.lemma)) return null;
  return {
    clause: i,
    classes: [...new Set(found.map((f) => f.cls.name))],
    negated: negated && !goesOn,
    future,
    hypothetical: isHypothetical(a, i),
    denial: lex.denial.has(head.lemma) || deniedAbove(a, i, lex),
    type,
    cameo,
    strength,
    trigger,
  };
}
