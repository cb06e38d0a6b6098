import { bareVerb, questionStart, tokenAtChar, type SentenceAnalysis } from "../clauses/analyseSentence";
import { frameOfClause, type Frame } from "../clauses/frames";
import { ADJUNCT_PREPOSITIONS, isSide, opensSentence } from "../clauses/segment";
import { COMPARED } from "../dates/refine/since";
import { DAY_WORDS } from "../dates/words";
import type { DateMention } from "../model/mentions";
import type { SignalType } from "../model/schema";
import {
  agreesOn,
  classifyClause,
  coordination,
  completesDuty,
  DESCRIBING,
  excluded,
  SUBJECT_STRENGTH,
  type ClassifyOptions,
  type ClauseSignal,
} from "../signals/classifyClause";
import type { Lexicon } from "../signals/lexicon";
import { clauseOffset } from "./clauseOffset";

/** One event a sentence states: the clause that says it, the clauses it spans and who reports it. */
export interface SignalDraft {
  signal: ClauseSignal;
  /** the event clause and everything hanging on it, by index */
  clauses: number[];
  frame: Frame | null;
  /** the date of an event named in a side phrase ("after the summit in Geneva in March") */
  at?: DateMention;
  /** the side phrase that names the event, as a token range ("a phone call with Putin") */
  phrase?: [number, number];
}

/** Participles that say how a statement was made ("speaking to journalists", "addressing the summit"). */
const CIRCUMSTANCE = new Set(["speak", "talk", "address", "comment", "write", "reflect", "respond", "answer"]);

/** Participles that give the purpose of what the sentence states ("…, aiming to end the war"). */
const PURPOSE = new Set(["aim", "seek", "hope", "intend", "try", "attempt", "strive", "look"]);

/** Verbs that give a thing a name ("what it called a fight", "a document called the road map"). */
const NAMING = new Set([...DESCRIBING, "describe", "name"]);

/**
 * How clause `i` gives a thing a name: as someone's characterisation in a free relative ("what
 * Moscow called a special operation", "what it described as …"), which is an assessment of
 * theirs, or as a bare past form describing the noun it names ("a document called the road
 * map", "Ocalan, called Apo for short, …"), which states nothing. A verb with a subject of its
 * own ("Putin called Trump") or a particle's sense ("called for") names nothing.
 */
export function namingOf(a: SentenceAnalysis, i: number): "characterisation" | "name" | null {
  const c = a.clauses[i]!;
  const g = c.group;
  if (!g || !NAMING.has(a.tokens[g.head]!.lemma)) return null;
  if (c.opener === "what") return "characterisation";
  const after = a.tokens[g.end];
  const before = a.tokens[g.start - 1];
  return (c.kind === "relative" || c.kind === "participle") &&
    g.participle &&
    (/^(?:NOUN|PROPN)$/.test(before?.pos ?? "") || before?.text === ",") &&
    (/^(?:DET|PROPN|NOUN|ADJ)$/.test(after?.pos ?? "") || after?.text === '"')
    ? "name"
    : null;
}

/** A sentence can state more than one event, but rarely more than this. */
const MAX_PER_SENTENCE = 3;
/** A side clause ("after touring Lima on 3 May") is its own event only with a date of its own and a sure predicate. */
const SIDE_STRENGTH = 3;
/** What a party may hold out on a condition: talks, readiness, a truce, a plan. */
const OFFERED: ReadonlySet<SignalType> = new Set(["talks", "negotiation-readiness", "ceasefire-signal", "proposal"]);

const sceneDraft = (
  a: SentenceAnalysis,
  trigger: number,
  type: SignalType,
  cls: string,
  date: DateMention | null,
  phrase?: [number, number],
): SignalDraft => {
  const clause = a.clauseOf[trigger]!;
  return {
    signal: {
      clause,
      type,
      cameo: null,
      strength: SUBJECT_STRENGTH,
      trigger,
      classes: [cls],
      negated: false,
      future: date?.future ?? false,
      hypothetical: false,
      denial: false,
    },
    clauses: [clause],
    frame: null,
    ...(date ? { at: date } : {}),
    ...(phrase ? { phrase } : {}),
  };
};

/**
 * "We expect the rebels to follow our example", "the army did the same": a clause that
 * does what another party did is an event of the kind the story told just before (`type`). Null
 * when no clause of the sentence does so (negated, it does not).
 */
export function reciprocalDraft(
  a: SentenceAnalysis,
  frames: readonly Frame[],
  lex: Lexicon,
  type: SignalType,
): SignalDraft | null {
  for (const [i, c] of a.clauses.entries()) {
    const g = c.group;
    if (!g || g.negated) continue;
    const words = lex.reciprocation.get(a.tokens[g.head]!.lemma);
    if (!words) continue;
    // (what the verb takes: "follow suit", "do the same", "mirror the army's moves")
    let end = g.end;
    while (end < Math.min(c.end, g.end + 5) && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM|PRON|ADV)$/.test(a.tokens[end]!.pos))
      end++;
    const follows = a.tokens.slice(g.end, Math.max(end, Math.min(c.end, g.end + 1)));
    if (words.size && !follows.some((t) => words.has(t.lemma) || words.has(t.lower))) continue;
    const draft = sceneDraft(a, g.head, type, "reciprocation", null);
    // What is said the other side will do is the speaker's claim ('"…," Putin added').
    const frameOf = frameOfClause(a, frames);
    let k = i;
    while (frameOf[k] === -1 && a.clauses[k]!.parent !== null) k = a.clauses[k]!.parent!;
    return {
      ...draft,
      signal: { ...draft.signal, strength: 3, future: g.tense === "future" },
      frame: frames[frameOf[k]!] ?? null,
    };
  }
  return null;
}

/** "following their phone call", "after their talks in Riyadh": the parties' own talks just held. */
const JUST_AFTER = new Set(["after", "following"]);
const DURING = new Set(["in", "during"]);

const dateIn = (
  a: SentenceAnalysis,
  dates: readonly DateMention[],
  from: number,
  to: number,
  bases: readonly string[],
) => dates.find((d) => d.index >= a.tokens[from]!.start && d.index < a.tokens[to - 1]!.end && bases.includes(d.basis));

/**
 * Events a sentence names in passing, each with a date of its own: talks in a side phrase
 * ("after the summit in Geneva in March", "after 16 hours of talks") and a plan, truce or deal described by a
 * participle ("a 12-point peace plan announced last month", "the accord signed in
 * Lima on May 3"). They are the background the sentence sets; undated ones ("during a
 * call with Trump") only set the scene, unless the sentence tells nothing else (`alone`).
 */
function datedScene(
  a: SentenceAnalysis,
  lex: Lexicon,
  datesOf: () => readonly DateMention[],
  alone: boolean,
): SignalDraft | null {
  for (let k = 0; k < a.tokens.length; k++) {
    const t = a.tokens[k]!;
    // ("In talks with Russia yesterday, …": "in" sets the scene where it opens the sentence, and
    // so does what it happens ahead of: "on the eve of the summit on May 3-4".)
    const beforehand = t.lower === "of" && /^(?:ahead|eve|advance)$/.test(a.tokens[k - 1]?.lower ?? "");
    if (t.pos !== "ADP" || !(ADJUNCT_PREPOSITIONS.has(t.lower) || (k === 0 && t.lower === "in") || beforehand))
      continue;
    let end = k + 1;
    // ("after talks between Russia and Turkey in Sochi": the "and" of "between" joins the parties)
    let between = false;
    while (end < a.tokens.length) {
      const x = a.tokens[end]!;
      if (x.lower === "between") between = true;
      else if (between && x.lower === "and" && x.pos === "CCONJ") between = false;
      else if (/^(?:PUNCT|CCONJ|SCONJ|VERB|AUX)$/.test(x.pos)) break;
      end++;
    }
    const head = a.tokens.slice(k + 1, end).findIndex((x, j) => {
      // ("after his meeting yesterday with …": a day word after it is no compound)
      const after = a.tokens[k + 2 + j];
      const cls = lex.objectNouns.get(x.lemma);
      return (
        cls?.name === "talks" &&
        (after?.pos !== "NOUN" || DAY_WORDS.includes(after.lower)) &&
        !excluded(a, k + 1 + j, cls)
      );
    });
    if (head < 0) continue;
    const date = dateIn(a, datesOf(), k, end, ["explicit", "relative"]);
    if (date && !withOwnSide(a, k + 2 + head, end))
      return sceneDraft(a, k + 1 + head, "talks", "talks", date, [k + 1, end]);
    // Undated, the parties' own talks ("following their two-hour phone call") were held just
    // before what the clause reports, and date with it; so were talks the phrase names the
    // parties of ("came after a meeting at the Kremlin between Putin and Witkoff").
    // ("left Bamako after inconclusive talks with the military junta": talks with a party, too)
    const joiner = a.tokens.slice(k + 2 + head, end).findIndex((x) => x.lower === "between" || x.lower === "with");
    let party = k + 3 + head + joiner;
    while (a.tokens[party] && /^(?:DET|ADJ)$/.test(a.tokens[party]!.pos)) party++;
    const partyWord = a.tokens[party];
    const named =
      joiner >= 0 &&
      !!partyWord &&
      (partyWord.pos === "PROPN" || (a.tokens[k + 2 + head + joiner]!.lower === "with" && partyWord.pos === "NOUN"));
    // Talks the sentence tells nothing else of took place ("The two envoys quarrelled and shouted
    // during the session"), where they head the phrase ("at the heart of
    // all talks" is about a place) and the phrase is not denied ("not during official meetings").
    const held =
      alone &&
      /^(?:during|at)$/.test(t.lower) &&
      a.tokens[k - 1]?.lower !== "not" &&
      a.tokens.slice(k + 1, k + 1 + head).every((x) => /^(?:DET|ADJ|NUM|PRON)$/.test(x.pos));
    // So were talks counted in hours, days or rounds ("agreed on a truce after 16 hours of talks",
    // "after a week of peace talks").
    const before = a.tokens.slice(k + 1, k + 1 + head);
    const of = before.findLastIndex((x) => x.lower === "of");
    const counted =
      of > 0 &&
      /^(?:hour|day|night|week|month|round)$/.test(before[of - 1]!.lemma) &&
      before.slice(of + 1).every((x) => /^(?:DET|ADJ|NOUN)$/.test(x.pos));
    if (
      ((JUST_AFTER.has(t.lower) && (a.tokens[k + 1]?.lower === "their" || named || counted)) ||
        (k === 0 && DURING.has(t.lower) && named) ||
        held) &&
      a.clauseOf[k] === a.clauseOf[k + 1 + head]
    )
      return sceneDraft(a, k + 1 + head, "talks", "talks", null, [k + 1, end]);
  }
  for (const [i, c] of a.clauses.entries()) {
    const g = c.group;
    // So are talks a clause of their own holds ("a meeting the president had with his allies' envoys on
    // Sunday", "the talks they held in Doha last week").
    const heldBy = !!g && !!c.subject && !c.opener && HOLDING.has(a.tokens[g.head]!.lemma);
    const opening = openingTalks(a, i, lex);
    if (opening !== null) {
      const date = dateIn(a, datesOf(), c.start, opening.end, ["explicit", "relative"]);
      if (date) return sceneDraft(a, opening.noun, "talks", "talks", date);
      continue;
    }
    if (c.kind !== "relative" || !g || (!g.participle && !heldBy)) continue;
    const date = dateIn(a, datesOf(), c.start, c.end, ["explicit", "relative"]);
    if (!date) continue;
    if (heldBy) {
      // The talks noun before the clause's own subject (the segmenter may give both as one subject).
      const [from, to] = c.subject!;
      for (let k = from - 1; k < to - 1; k++)
        if (isNounToken(a, k) && lex.objectNouns.get(a.tokens[k]!.lemma)?.name === "talks")
          return sceneDraft(a, k, "talks", "talks", date);
      continue;
    }
    // The noun it describes: the one right before the participle, or the one a phrase after it
    // completes ("a road map for Sudan announced …"); never a noun before that ("rejected this
    // precondition in a statement issued …" describes the statement).
    for (const k of describedNouns(a, g.start)) {
      const cls = lex.objectNouns.get(a.tokens[k]!.lemma);
      if (cls && cls.name !== "war" && cls.name !== "forces" && a.tokens[k + 1]?.pos !== "NOUN")
        return sceneDraft(a, k, cls.type, cls.name, date);
    }
  }
  return null;
}

/** Who serve the one who holds talks with them: a meeting with them negotiates nothing. */
const OWN_SIDE = new Set([
  "general",
  "commander",
  "aide",
  "adviser",
  "advisor",
  "staff",
  "cabinet",
  "officer",
  "minister",
]);

/** "at a meeting with his commanders on Friday": talks with one's own people. */
function withOwnSide(a: SentenceAnalysis, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (a.tokens[k]!.lower !== "with" || !/^(?:his|her|their|its)$/.test(a.tokens[k + 1]!.lower)) continue;
    let n = k + 2;
    while (a.tokens[n]?.pos === "ADJ" || a.tokens[n]?.pos === "PROPN") n++;
    return OWN_SIDE.has(a.tokens[n]?.lemma ?? "");
  }
  return false;
}

const isNounToken = (a: SentenceAnalysis, k: number) => /^(?:NOUN|PROPN)$/.test(a.tokens[k]?.pos ?? "");

/** Verbs of talks opening, going on again or closing, said of the talks themselves ("the dialogue opens"). */
const TALKS_UNDER_WAY = new Set([
  "open",
  "begin",
  "start",
  "resume",
  "convene",
  "reconvene",
  "close",
  "end",
  "conclude",
]);

/**
 * "the peace conference, which is set to open in the capital on 3 June", "the round of talks that
 * closes on Friday": a relative clause that tells when the talks its noun names open or close
 * (itself, or through an infinitive it governs: "is due to", "is set to"), by one of `verbs`. The
 * noun, and where the clause's words end, or null.
 */
export function openingTalks(
  a: SentenceAnalysis,
  i: number,
  lex: Pick<Lexicon, "objectNouns">,
  verbs: ReadonlySet<string> = TALKS_UNDER_WAY,
): { noun: number; end: number } | null {
  const c = a.clauses[i]!;
  if (c.kind !== "relative" || !c.group || c.subject || !/^(?:which|that)$/.test(c.opener ?? "")) return null;
  let noun = c.start - 1;
  if (a.tokens[noun]?.text === ",") noun--;
  const cls = isNounToken(a, noun) ? lex.objectNouns.get(a.tokens[noun]!.lemma) : undefined;
  if (cls?.name !== "talks" || excluded(a, noun, cls)) return null;
  const ahead = a.clauses.findIndex(
    (x) => x.parent === i && x.kind === "infinitive" && x.start >= c.group!.end && x.start <= c.group!.end + 1,
  );
  const verb = ahead >= 0 ? a.clauses[ahead]! : c;
  if (verb.group?.negated || !verbs.has(a.tokens[verb.group?.head ?? -1]?.lemma ?? "")) return null;
  return { noun, end: verb.end };
}

/** Verbs whose subject holds the talks a clause describes ("the meeting they had", "talks it held"). */
const HOLDING = new Set(["have", "hold"]);

/** The nouns a participle at `at` may describe: the one before it, and the one its phrase completes. */
function describedNouns(a: SentenceAnalysis, at: number): number[] {
  if (!isNounToken(a, at - 1)) return [];
  let k = at - 1;
  while (k > 0 && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(a.tokens[k - 1]!.pos)) k--;
  const before = a.tokens[k - 1];
  return before?.pos === "ADP" && before.lower !== "in" && isNounToken(a, k - 2) ? [at - 1, k - 2] : [at - 1];
}

/** Verbs of a formal act whose meaning is the document's (signing a decree, adopting a resolution). */
const FORMAL_ACTS = new Set(["sign", "issue", "adopt", "pass", "publish", "approve", "enact", "ratify"]);

/**
 * Signing a document signals what the document does: "signed a decree declaring any
 * negotiations impossible" is a rejection, whatever signing alone would be. The document's
 * content is a participle or relative clause right after its noun that reads surely on its own.
 */
function documentContent(
  a: SentenceAnalysis,
  i: number,
  read: ClauseSignal,
  lex: Lexicon,
  opts: ClassifyOptions,
): ClauseSignal | null {
  const c = a.clauses[i]!;
  if (read.cameo !== "05" || !c.group || !FORMAL_ACTS.has(a.tokens[c.group.head]!.lemma)) return null;
  for (const [k, x] of a.clauses.entries()) {
    if (!x.group) continue;
    let before = x.group.start - 1;
    while (before > 0 && a.tokens[before]!.pos === "ADV") before--;
    if (x.parent !== i || x.kind !== "relative" || !/^(?:NOUN|PROPN)$/.test(a.tokens[before]?.pos ?? "")) continue;
    const content = classifyClause(a, k, lex, opts);
    // "signed a framework agreement for a peace deal aimed at ending the conflict": a document's
    // aim to cooperate does not change what signing it is.
    if (content?.cameo === "03") continue;
    // Nor does where it came from or how it was received ("approved a proposal put forward by the
    // mediators", "the deal negotiated in Doha was signed", "signed an agreement hailed by the UN"):
    // proposing it (CAMEO 027), negotiating it (04) or judging it (01, 051, 11) is no part of what
    // it says.
    if (content?.cameo && (["027", "01", "051", "11"].includes(content.cameo) || content.cameo.startsWith("04")))
      continue;
    if (content?.cameo && content.strength >= SIDE_STRENGTH && content.type !== read.type)
      return { ...read, type: content.type, cameo: content.cameo, trigger: content.trigger };
  }
  return null;
}

/** Whether the verb at `k` sits in an "according to" phrase ("according to a note released by …"). */
function inAttribution(a: SentenceAnalysis, k: number): boolean {
  for (let j = k - 1; j > 0 && k - j <= 8; j--) {
    const t = a.tokens[j]!;
    if (t.lower === "to" && a.tokens[j - 1]!.lower === "according") return true;
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX") return false;
  }
  return false;
}

/**
 * "… freed during a five-day truce - as Netanyahu vowed to crush the group": a clause of time or
 * manner set off by a dash is a thought of its own, no part of the clause before it.
 */
const afterDash = (a: SentenceAnalysis, k: number) => {
  const c = a.clauses[k]!;
  return c.kind === "adverbial" && /^[-–—]$/.test(a.tokens[c.start - 1]?.text ?? "");
};

const CONTRASTS = new Set(["while", "whereas"]);

/**
 * "Kyiv sent its draft last week, while Moscow presented its own today": a clause of contrast
 * after a comma, with a subject and a finite verb of its own, states a second event beside the
 * first, not a circumstance of it. So does what the subject does at once with the first
 * ("condemned the coup while calling for the president's release").
 */
const contrast = (a: SentenceAnalysis, k: number) => {
  const c = a.clauses[k]!;
  if (c.kind !== "adverbial" || !CONTRASTS.has(c.opener ?? "") || !c.group || c.group.infinitive) return false;
  if (c.group.gerund) return c.opener === "while" && c.parent !== null && c.start > a.clauses[c.parent]!.start;
  return a.tokens[c.start - 1]?.text === "," && !!c.subject;
};

/**
 * "…flew in for the summit, which the palace called frank": a relative clause set
 * off by a comma whose subject is its own (the pronoun is its object) tells what another party
 * did to the thing named before it, a second event beside the first (what it would do, "which
 * he would not want", is only supposed).
 */
const doneToAntecedent = (a: SentenceAnalysis, k: number) => {
  const c = a.clauses[k]!;
  return (
    c.kind === "relative" &&
    /^(?:which|whom)$/.test(c.opener ?? "") &&
    a.tokens[c.start - 1]?.text === "," &&
    !!c.subject &&
    !!c.group &&
    !c.group.infinitive &&
    !c.group.gerund &&
    !c.group.modal &&
    c.group.tense !== "future"
  );
};

/** A clause and the clauses that hang on it, but not a circumstance that opens the sentence. */
export function subtree(a: SentenceAnalysis, root: number): number[] {
  const out = [root];
  const add = (k: number) => {
    if (afterDash(a, k) || contrast(a, k)) return;
    out.push(k);
    for (const x of a.children[k]!) add(x);
  };
  for (const k of a.children[root]!) if (!opensSentence(a.tokens, a.clauses, k)) add(k);
  return out.sort((x, y) => x - y);
}

/**
 * Relative phrases that say which way they point ("last week", "two days ago", "yesterday",
 * "next month"), unlike a bare weekday ("starting Tuesday"), whose direction is a guess.
 */
const POINTED = /\b(?:last|ago|yesterday|earlier|previous|past|next|tomorrow|coming|later)\b/i;

/**
 * Whether a date phrase lies inside the tokens of clause `i` (its range or its subject): stated
 * outright, or, in a clause with a subject and a finite verb, relative with its own direction
 * (a participle describing a noun, "a plan announced last month", names that noun's own event).
 */
export function clauseHasDate(a: SentenceAnalysis, i: number, dates: readonly DateMention[]): boolean {
  const c = a.clauses[i]!;
  const describes = c.kind === "participle" || (c.kind === "relative" && c.opener === null);
  const finite = c.subject !== null && !!c.group && !c.group.infinitive && !c.group.gerund && !describes;
  const clauseOfDate = (d: DateMention) => a.clauseOf[tokenAtChar(a, d.index)];
  // A bare weekday in a past clause of time is that clause's own when the sentence dates the rest
  // apart ("Traders cheered on Monday after the two sides agreed to a truce on Saturday").
  const apart = () =>
    c.kind === "adverbial" &&
    c.group!.tense === "past" &&
    dates.some((d) => clauseOfDate(d) !== undefined && clauseOfDate(d) !== i);
  return dates.some((d) => {
    if (clauseOfDate(d) !== i) return false;
    return d.basis === "explicit" || (d.basis === "relative" && finite && (POINTED.test(d.text) || apart()));
  });
}

/** Words before "after" that put what it introduces within the same day. */
const JUST = new Set(["shortly", "just", "soon", "moments", "minutes", "hours"]);

/**
 * "The talks faltered when Russia demanded that Ukraine withdraw": a clause of "when" in the past
 * tells what happened at the time of the clause it hangs on, an event of its own.
 */
function happenedThen(a: SentenceAnalysis, i: number, signal: ClauseSignal): boolean {
  const c = a.clauses[i]!;
  const g = c.group;
  // ("… amid renewed tension, as Trump has warned of military action": a clause of "as" whose
  // named subject does what the lexicon names is an event of its own too)
  const named = !!c.subject && a.tokens[c.subject[1] - 1]?.pos === "PROPN";
  const asDoing = c.opener === "as" && named && signal.cameo !== null && signal.strength >= 3;
  // ("…, Biden said on Tuesday, shortly after Israel's Security Cabinet approved the accord": what
  // happened just before is as much of that day as what happens when.)
  const justBefore = c.opener === "after" && JUST.has(a.tokens[c.start - 1]?.lower ?? "");
  // ("… on Monday, nearly a week after the group called off the talks": what happened a distance
  // before the main clause is an event of its own, dated by that distance. Not what a clause of
  // "before" names, which may still have been to come: "two days before the envoys were due to meet".)
  const distanced = c.opener === "after" && clauseOffset(a, i) !== null;
  // ("The talks collapsed on Tuesday, after the rebels refused to sign the accord": a clause of
  // "after" set off by a comma, in which a party does what the lexicon names, tells a step of its
  // own that led to the main clause, not only when it happened.)
  const afterwards =
    c.opener === "after" && a.tokens[c.start - 1]?.text === "," && signal.cameo !== null && signal.strength >= 3;
  // ("The envoy flew on to Lima, where Ana Ruiz Vela accepted the plan": a place's clause set
  // off by a comma, in which a named party does what the lexicon names, tells an event there.)
  const there =
    c.kind === "relative" &&
    c.opener === "where" &&
    a.tokens[c.start - 1]?.text === "," &&
    named &&
    signal.cameo !== null &&
    signal.strength >= 3;
  return (
    ((c.kind === "adverbial" && (c.opener === "when" || asDoing || justBefore || distanced || afterwards)) || there) &&
    !!g &&
    g.tense === "past" &&
    !g.negated &&
    !g.modal &&
    !!c.subject &&
    signal.strength >= SIDE_STRENGTH &&
    c.parent !== null &&
    a.clauses[c.parent]!.parent === null
  );
}

/**
 * The events of one sentence: every clause that carries a claim (main, reported, coordinated,
 * or a participle of its subject) and reads as a signal; a side clause only when it is dated
 * on its own. At most one event per type, strongest first, in the order the sentence says them.
 * A question gives none.
 */
export function sentenceSignals(
  a: SentenceAnalysis,
  frames: readonly Frame[],
  lex: Lexicon,
  datesOf: () => readonly DateMention[],
  opts: {
    minStrength: number;
    /** the story's deals are all about matters of their own (see dealsArePlans) */
    dealsArePlans?: boolean;
    /** a reading the caller knows to be none ("visited a port city" is travel, no consultation) */
    passes?: (draft: SignalDraft) => boolean;
  },
): SignalDraft[] {
  // "What did they agree?", "Will Moscow accept a truce?": a question states nothing, nor does
  // one after a colon ("…, and one question is still open: on what terms?").
  const asking = questionStart(a);
  const frameClauses = new Set(frames.flatMap((f) => (f.clause === null ? [] : [f.clause])));
  const frameOf = frameOfClause(a, frames);
  const drafts: SignalDraft[] = [];
  const asides: SignalDraft[] = [];
  a.clauses.forEach((c, i) => {
    if (c.start >= asking) return;
    // "What you need to know today", "If you want to understand …": outside quotation, "you" is
    // the reader, whom the writer addresses; no party acts.
    if (c.subject && a.tokens[c.subject[0]]!.lower === "you" && !a.quoted[c.subject[0]]) return;
    if ((c.kind === "infinitive" && !completesDuty(a, i, lex)) || c.kind === "argument") return;
    // "The envoy, speaking in Geneva on Monday, told reporters …": the circumstance of a statement.
    if (c.kind === "participle" && c.group && CIRCUMSTANCE.has(a.tokens[c.group.head]!.lemma)) return;
    if (namingOf(a, i) === "name") return;
    // "…, according to a media note released by the State Department": the source of the claim.
    if (c.group && inAttribution(a, c.group.start)) return;
    // "the worst violence since the Taliban seized power": what a superlative is measured
    // from is no event of the sentence.
    if (c.kind === "adverbial" && c.opener === "since" && COMPARED.test(a.text.slice(0, a.tokens[c.start]!.start)))
      return;
    // "Asked about the talks, …", "Hosted by the emir, …": what an opening past participle
    // says was done to the subject, by someone the clause hardly names.
    if (c.group?.participle && !c.group.gerund && opensSentence(a.tokens, a.clauses, i)) return;
    // "The accord, concluded after talks in Geneva, will be followed by …": a past participle
    // between a subject and its verb describes the subject; dated, it is that thing's own event.
    const describedSubject = c.parent !== null ? a.clauses[c.parent]!.subject : null;
    if (
      c.kind === "participle" &&
      !c.opener &&
      c.group?.participle &&
      !c.group.gerund &&
      describedSubject?.[1] === c.start - 1 &&
      a.tokens[c.start - 1]?.text === "," &&
      !clauseHasDate(a, i, datesOf())
    )
      return;
    const options = { frames: frameClauses, dealsArePlans: opts.dealsArePlans };
    const read = classifyClause(a, i, lex, options);
    if (!read || read.strength < opts.minStrength) return;
    const signal = documentContent(a, i, read, lex, options) ?? read;
    const f = frameOf[i]!;
    // A condition set on verbs joined together ("would only cease fire and enter talks if …")
    // reads with all of them.
    const joined = signal.type === lex.obligation.type ? coordination(a, i) : [i];
    const shared = a.clauses.some((x) => x.kind === "condition" && x.parent !== i && joined.includes(x.parent ?? -1));
    const clauses = shared ? [...new Set(joined.flatMap((k) => subtree(a, k)))].sort((x, y) => x - y) : subtree(a, i);
    const draft = { signal, clauses, frame: f >= 0 ? frames[f]! : null };
    if (opts.passes?.(draft)) return;
    if (
      !isSide(c.kind) ||
      contrast(a, i) ||
      happenedThen(a, i, signal) ||
      (doneToAntecedent(a, i) && signal.cameo !== null && signal.strength >= SIDE_STRENGTH)
    )
      drafts.push(draft);
    else if (signal.strength >= SIDE_STRENGTH) (clauseHasDate(a, i, datesOf()) ? drafts : asides).push(draft);
    // "…, where the peace talks began on 25 October": a dated side clause whose subject names
    // what it is about is that thing's own event.
    else if (signal.strength >= SUBJECT_STRENGTH && clauseHasDate(a, i, datesOf())) drafts.push(draft);
  });
  // (what another party did to a thing the sentence names is no part of the event that names it)
  for (const x of drafts.filter((d) => doneToAntecedent(a, d.signal.clause)))
    for (const d of drafts)
      if (d !== x && d.clauses.includes(x.signal.clause)) d.clauses = d.clauses.filter((k) => !x.clauses.includes(k));
  // "asked whether Hamas was ready": what is asked is not stated; the asking is the event. Nor is
  // what someone would not say ("declined to say whether he would meet Putin").
  const asked = (d: SignalDraft) => {
    const c = a.clauses[d.signal.clause]!;
    const parent = c.parent === null ? null : a.clauses[c.parent]!.group;
    return (
      c.opener === "whether" &&
      (drafts.some((x) => x.signal.clause === c.parent) ||
        (!!parent && lex.reporting.has(a.tokens[parent.head]!.lemma)))
    );
  };
  // Unasked, it is a reading of prospects ("It was unclear whether an agreement was possible").
  const read = (d: SignalDraft): SignalDraft =>
    a.clauses[d.signal.clause]!.opener === "whether"
      ? { ...d, signal: { ...d.signal, type: "assessment", cameo: null } }
      : d;
  drafts.splice(0, drafts.length, ...drafts.filter((d) => !asked(d)).map(read));
  // "…agreed to a phased ceasefire, aiming to end the hostilities": the purpose of an event the
  // sentence states is no event of its own.
  const purpose = (d: SignalDraft) => {
    const c = a.clauses[d.signal.clause]!;
    return c.kind === "participle" && !!c.group && PURPOSE.has(a.tokens[c.group.head]!.lemma);
  };
  if (drafts.some((d) => !purpose(d))) drafts.splice(0, drafts.length, ...drafts.filter((d) => !purpose(d)));
  // When no main-level clause reads as a signal but a side clause surely does, the clause
  // analysis has most likely misread the sentence: the side clause stands for it.
  // A signal only on a condition ("said that if Kyiv is ready to sign …, the way to peace will
  // open") states that condition, with all the sentence. A condition that something fails to
  // happen refuses nothing: with what will follow, it is a threat ("Kyiv would lose more land if
  // a deal is not struck", CAMEO 13), else a condition.
  if (!drafts.length && asides.length) {
    const side = asides[0]!;
    const c = a.clauses[side.signal.clause]!;
    let root = side.signal.clause;
    while (a.clauses[root]!.parent !== null) root = a.clauses[root]!.parent!;
    const consequence = c.parent === null ? null : a.clauses[c.parent]!.group;
    const warned =
      side.signal.negated && !!consequence && (consequence.tense === "future" || consequence.modal === "conditional");
    drafts.push(
      c.kind === "condition" && c.parent !== null && (OFFERED.has(side.signal.type) || side.signal.negated)
        ? {
            ...side,
            signal: {
              ...side.signal,
              type: warned ? "threat" : lex.obligation.type,
              cameo: warned ? "13" : null,
            },
            clauses: a.clauses.map((_, k) => k).filter((k) => k >= root),
          }
        : side,
    );
  }
  const scene = datedScene(a, lex, datesOf, drafts.length === 0);
  if (scene && !drafts.some((d) => d.signal.type === scene.signal.type)) drafts.push(scene);
  // "The sides agreed that the truce would start on Monday": what was agreed is the agreement,
  // told by the clause that agrees.
  const inner = (d: SignalDraft) => {
    const c = a.clauses[d.signal.clause]!;
    return drafts.some(
      (x) =>
        x !== d &&
        x.signal.type === d.signal.type &&
        c.parent === x.signal.clause &&
        agreesOn(a, c.parent, d.signal.clause, lex),
    );
  };
  const outer = drafts.filter((d) => !inner(d));
  // One event per type, unless its clause dates it apart ("rejected …, and in 2021 passed a
  // law banning talks" states two rejections).
  const byType = new Map<string, SignalDraft>();
  const twice = new Set(
    outer.filter((d, k) => outer.findIndex((x) => x.signal.type === d.signal.type) !== k).map((d) => d.signal.type),
  );
  const joinedAndDated = (x: SignalDraft, d: SignalDraft) =>
    x.signal.type === d.signal.type &&
    x.signal.clause === d.signal.clause + 1 &&
    bareVerb(a, d.signal.clause) &&
    coordination(a, d.signal.clause).includes(x.signal.clause) &&
    datesOf().some((m) => a.clauseOf[tokenAtChar(a, m.index)] === x.signal.clause);
  for (const d of outer) {
    // Dates are read only when a type comes twice: most sentences state each type once.
    const dated = twice.has(d.signal.type)
      ? (d.at ?? datesOf().find((m) => a.clauseOf[tokenAtChar(a, m.index)] === d.signal.clause))
      : undefined;
    // "were ambushed and killed by the rebels on Saturday": joined verbs of one type, one of them
    // dated, state one event.
    if (twice.has(d.signal.type) && !dated && outer.some((x) => x !== d && joinedAndDated(x, d))) continue;
    // "held a meeting on Tuesday with Pashinyan, hosted by Macron": an undated participle of the
    // type that hangs on another's clause is part of that event, not one of its own.
    if (
      twice.has(d.signal.type) &&
      !dated &&
      a.clauses[d.signal.clause]!.kind === "participle" &&
      outer.some((x) => x !== d && x.signal.type === d.signal.type && x.clauses.includes(d.signal.clause))
    )
      continue;
    const key = `${d.signal.type}|${dated?.start ?? ""}`;
    const held = byType.get(key);
    if (!held || d.signal.strength > held.signal.strength) byType.set(key, d);
  }
  return [...byType.values()]
    .sort((x, y) => y.signal.strength - x.signal.strength || x.signal.clause - y.signal.clause)
    .slice(0, MAX_PER_SENTENCE)
    .sort((x, y) => x.signal.clause - y.signal.clause);
}
