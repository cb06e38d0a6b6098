import { bareVerb, hasAdverb, tokenAtChar, type SentenceAnalysis } from "../clauses/analyseSentence";
import type { Frame } from "../clauses/frames";
import { isSide, opensSentence, type Clause } from "../clauses/segment";
import { datesWhatIsAhead } from "../dates/clauseDirection";
import { DAY_PART_WORDS } from "../dates/words";
import type { DateMention } from "../model/mentions";
import { coordination, isHypothetical, statesTerms } from "../signals/classifyClause";
import type { Lexicon } from "../signals/lexicon";
import { namingOf, openingTalks, type SignalDraft } from "./sentenceSignals";
import { OPENINGS } from "./dayOfTalks";

/**
 * "extended the truce until May 18", "will stay in Doha till Friday": the end of a span is not
 * when the event happened. Only a move puts the event itself there ("postponed the talks until
 * March"), and the date finder already reads that as a date set for later.
 */
const UNTIL_BEFORE = /\b(?:until|till|untill)\s+(?:on\s+)?$/i;
const MOVED_BEFORE =
  /\b(?:postpon|delay|defer|adjourn|push(?:ed|es|ing)?\s+back|put\s+off|mov(?:e|ed|es|ing)\b)\w*\s+(?:[\w'’-]+\s+){0,6}(?:until|till|untill)\s+(?:on\s+)?$/i;

function isEndOfSpan(a: SentenceAnalysis, d: DateMention): boolean {
  const before = a.text.slice(Math.max(0, d.index - 80), d.index);
  if (!UNTIL_BEFORE.test(before) || MOVED_BEFORE.test(before)) return false;
  // "the truce does not take effect until Sunday", "will not meet until March": what does not
  // happen until a day happens on it.
  const k = tokenAtChar(a, d.index);
  return !(k >= 0 && a.clauses[a.clauseOf[k]!]?.group?.negated);
}

/**
 * "agreed on a ceasefire from midnight 15 February", "announced a truce effective Sunday": when a
 * truce or a deal takes effect is not when it was agreed or announced. (What is still to come,
 * "will declare a truce from Friday", has no other date.)
 */
const TAKING_EFFECT = new Set(["from", "starting", "beginning", "effective", "as"]);
/** Verbs of keeping or breaking a truce, which happens over its span. */
const KEEPING = new Set(["violate", "breach", "break", "observe", "respect", "keep", "honour", "honor", "uphold"]);
const BEFORE_TIME = new Set(["on", "at", "midnight", "of"]);
const EFFECTIVE_CLASSES = new Set(["truce", "deal"]);

/** The words of a time of day between "from" and its day ("from 6 a.m. (0400 GMT) on Saturday"). */
const CLOCK = /^(?:\d{1,4}(?:[:.]\d{2})?|a\.?m\.?|p\.?m\.?|gmt|utc|local|time|noon|\(|\)|,)$/i;
const SPANS = new Set(["hour", "day", "week", "month"]);

function takesEffect(a: SentenceAnalysis, d: DateMention, lex: Pick<Lexicon, "objectNouns">): boolean {
  let k = tokenAtChar(a, d.index);
  if (k < 0) return false;
  if (TAKING_EFFECT.has(a.tokens[k]!.lower)) k++; // a phrase that opens on its own preposition
  k--;
  const floor = k - 10;
  while (k > floor && k >= 0 && (BEFORE_TIME.has(a.tokens[k]!.lower) || CLOCK.test(a.tokens[k]!.text))) k--;
  if (!TAKING_EFFECT.has(a.tokens[k]?.lower ?? "")) return false;
  // "a ceasefire for 24 hours from …": past the truce's length to the truce; "a two-month truce,
  // starting tomorrow": past the comma that sets the start off.
  let n = a.tokens[k - 1]?.text === "," ? k - 2 : k - 1;
  if (SPANS.has(a.tokens[n]?.lemma ?? "") && a.tokens[n - 1]?.pos === "NUM" && a.tokens[n - 2]?.lower === "for") n -= 3;
  const noun = a.tokens[n];
  if (!noun || !EFFECTIVE_CLASSES.has(lex.objectNouns.get(noun.lemma)?.name ?? "")) return false;
  // ("violated the truce, from Saturday evening until Sunday": when a truce was kept or broken is
  // when the event happened)
  const verb = a.clauses[a.clauseOf[n]!]?.group;
  return !KEEPING.has(a.tokens[verb?.head ?? -1]?.lemma ?? "");
}

/**
 * "declared a ceasefire for the next 48 hours", "extended the truce for another 60 days": a span
 * after "for" is how long a truce or a deal is to last, not when it was declared. (Keeping or
 * breaking one for a span happens over it; talks held "for two days" are held then.)
 */
function lastsFor(a: SentenceAnalysis, d: DateMention, draft: SignalDraft): boolean {
  const before = a.text.slice(Math.max(0, d.index - 14), d.index);
  if (!/\bfor\s+(?:the\s+|another\s+|a\s+)?$/i.test(before) && !/^for\b/i.test(d.text)) return false;
  // (a length, not a day: "scheduled for June 20" is when)
  if (!/\b(?:hours?|days?|weeks?|months?|years?)$/i.test(d.text)) return false;
  if (!draft.signal.classes.some((c) => EFFECTIVE_CLASSES.has(c))) return false;
  return !KEEPING.has(a.tokens[a.clauses[draft.signal.clause]!.group?.head ?? -1]?.lemma ?? "");
}

/** A year or a run of years ("2015", "the 1950-53 war"), as names carry them. */
const wholeYears = (d: DateMention) =>
  d.precision === "year" || (d.precision === "range" && !!d.start?.endsWith("-01-01") && !!d.end?.endsWith("-12-31"));

/**
 * "rejected calls to cancel the September 25 referendum", "the 2022 invasion": a date written
 * before a noun is that thing's (a year, or a run of years, before or after a name always is),
 * and dates the event only when the thing is what the event is ("attended the June 15 summit") or
 * where it happened ("insisted in an October letter", "voted in the September 25 referendum").
 */
function datesOtherNoun(
  a: SentenceAnalysis,
  d: DateMention,
  draft: SignalDraft,
  lex: Pick<Lexicon, "objectNouns" | "verbs">,
): boolean {
  const before = a.text.slice(Math.max(0, d.index - 40), d.index);
  // "a return to the pre-1999 borders": a time joined to "pre-" or "post-" describes a noun.
  if (/\b(?:pre|post)-$/i.test(before)) return true;
  // "the Alma-Ata Declaration of 1991": a year after a name is part of the name.
  if (wholeYears(d) && /\p{Lu}[\p{L}-]*\s+of\s+$/u.test(before)) return true;
  // "at a year-end news conference on Friday": a period's end written before a noun names a
  // kind of thing, as "annual" does, and no day of the event.
  if (/^(?:year|month)-end$/i.test(d.text) && /^\s+\p{Ll}/u.test(a.text.slice(d.index + d.text.length))) return true;
  // "welcomes last night's ceasefire agreement", "attended Monday's summit": a date that owns a noun is that thing's.
  const owns = /^['’]s\s+/.exec(a.text.slice(d.index + d.text.length));
  // "a plan drawn up at Sunday's talks", "said in Monday's statement": the occasion is where it happened.
  if (owns && /\b(?:in|at|during)\s+$/i.test(before)) return false;
  // Adjectives may stand between ("Russia's illegal 2014 annexation").
  if (
    !owns &&
    // (A bracket of the editor's may open after the article: "the failure of the [2014 Geneva] accord".)
    (!/\b(?:the|a|an|its|their|this|that|\p{L}+['’]s)\s+[[(]?(?:\p{Ll}+\s+){0,2}$/iu.test(before) ||
      // ("working at saving the 2018 accord": a verb between makes the preposition not the date's.)
      /\b(?:in|at|during|until)\s+(?:(?!\p{L}+ing\s)\S+\s+){1,4}$/iu.test(before) ||
      // "adopted a resolution on April 30 urging talks": a date after its own preposition is the clause's.
      /\b(?:on|by|since|from|before|after|until)\s+$/i.test(before))
  )
    return false;
  const from = d.index + d.text.length + (owns ? owns[0].length : 1);
  let next = tokenAtChar(a, from);
  if (next < 0 || a.tokens[next]!.start !== from) return false;
  // Adjectives may stand after it too ("the 2015 nuclear deal"), and a noun may head a
  // compound ("the premier's March 3 phone call" is a call).
  while (a.tokens[next]?.pos === "ADJ" && next < a.tokens.length - 1) next++;
  while (a.tokens[next]?.pos === "NOUN" && a.tokens[next + 1]?.pos === "NOUN") next++;
  const noun = a.tokens[next];
  // "late on Thursday night": a part of the day is the date's own, not a thing it names.
  if (noun && DAY_PART_WORDS.includes(noun.lower)) return false;
  // "the 1991 Alma-Ata Declaration", "the 2015 Minsk Agreements": a year before a name is part of it.
  if (noun?.pos === "PROPN" && wholeYears(d)) return true;
  if (noun?.pos !== "NOUN") return false;
  if (next === draft.signal.trigger) return false;
  // "followed Kenya's Tuesday decision to expel the envoy", "Friday's offer to hold talks": a
  // noun the event's own clause completes is the event.
  const triggerClause = a.clauses[a.clauseOf[draft.signal.trigger] ?? -1];
  if (triggerClause?.kind === "infinitive" && triggerClause.start === next + 1) return false;
  // "welcomed last night's truce": a response is not the thing it responds to, whatever the type.
  const verb = a.tokens[draft.signal.trigger]!;
  if (lex.verbs.get(verb.lemma)?.some((s) => s.category.reacts && s.category.cameo === draft.signal.cameo)) return true;
  return lex.objectNouns.get(noun.lemma)?.type !== draft.signal.type;
}

/**
 * "The truce follows air strikes on the capital on Tuesday", "the truce came two days after
 * shelling on Monday": a date in what the event follows is that earlier thing's, not the event's.
 */
function datesWhatCameFirst(a: SentenceAnalysis, d: DateMention, draft: SignalDraft): boolean {
  const g = a.clauses[draft.signal.clause]!.group;
  const k = tokenAtChar(a, d.index);
  if (!g || g.passive || k < g.end || a.clauseOf[k] !== draft.signal.clause) return false;
  // ("the offer comes after a phone call between the presidents on Tuesday": when what came
  // first is the event itself, its date is the event's)
  if (draft.signal.trigger >= g.end) return false;
  const head = a.tokens[g.head]!.lemma;
  if (head === "follow") return true;
  let j = g.end;
  while (j < k && /^(?:ADV|NUM|NOUN)$/.test(a.tokens[j]!.pos) && !/^(?:on|at)$/.test(a.tokens[j]!.lower)) j++;
  return head === "come" && a.tokens[j]?.lower === "after" && j < k;
}

/**
 * "Ambassador Maria Lopez, council president for March, urged …": a date inside the noun phrase
 * that sets off a name between commas says what the person is, not when the event happened.
 */
function inApposition(a: SentenceAnalysis, d: DateMention): boolean {
  const first = tokenAtChar(a, d.index);
  const last = tokenAtChar(a, d.index + d.text.length - 1);
  if (first < 0 || last < 0 || a.tokens[last + 1]?.text !== ",") return false;
  let j = first - 1;
  while (j >= 0 && /^(?:DET|ADJ|NOUN|PROPN|ADP|NUM)$/.test(a.tokens[j]!.pos) && a.tokens[j]!.text !== ",") j--;
  const phrase = a.tokens.slice(j + 1, first);
  return a.tokens[j]?.text === "," && a.tokens[j - 1]?.pos === "PROPN" && phrase.some((t) => t.pos === "NOUN");
}

/** Words that set what follows beside the event as a thing it is compared with ("unlike", "in contrast to"). */
const COMPARING =
  /^(?:unlike|contrast to|contrast with|compared to|compared with|comparison to|comparison with|opposed to)$/;

/**
 * "vowed to shield former fighters, in contrast to the 1970s": a time the event is set against
 * is not its time.
 */
function comparedWith(a: SentenceAnalysis, d: DateMention): boolean {
  const k = tokenAtChar(a, d.index);
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = a.tokens[j]!;
    if (COMPARING.test(t.lower) || COMPARING.test(`${t.lower} ${a.tokens[j + 1]?.lower ?? ""}`)) return true;
    if (!/^(?:DET|ADP|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * "Before September 22, Israel is seeking progress on a deal": a day that what is under way must
 * precede is its deadline, not its date. (What is to come "before the end of next week" has no
 * better date, and "signed before March 3" was then.)
 */
function beforeWhatIsUnderWay(a: SentenceAnalysis, d: DateMention, draft: SignalDraft): boolean {
  if (draft.signal.future || !/\bbefore\s+$/i.test(a.text.slice(Math.max(0, d.index - 8), d.index))) return false;
  const g = a.clauses[draft.signal.clause]?.group;
  return !!g && g.tense === "present" && !g.modal && !g.infinitive && !g.gerund;
}

/** Whether a date phrase is the last words of its sentence. */
const endsAt = (a: SentenceAnalysis, d: DateMention) => /^[\s.!?"'”’)]*$/.test(a.text.slice(d.index + d.text.length));

/**
 * Whether clause `k` states, or completes, a pledge or agreement made in the past: "pledged to
 * withdraw by the end of March" was pledged before the deadline, which dates nothing of it.
 */
function committedBefore(a: SentenceAnalysis, k: number): boolean {
  const c = a.clauses[k]!;
  const g = c.kind === "infinitive" && c.parent !== null ? a.clauses[c.parent]!.group : c.group;
  return g?.tense === "past" && !g.modal;
}

/** "asked him to reach an agreement by 5 November": a deadline set for what completes the verb. */
const DEADLINE_BEFORE = /\b(?:by|no\s+later\s+than)\s+(?:on\s+)?$/i;
// "gave Hamas until 6 p.m. ET on Sunday to answer": "until" a clock time on a day is a deadline
// too ("postponed the talks until Friday" moves them to that day).
const UNTIL_CLOCK = /\buntil\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?(?:on\s+)?$/i;
export const isDeadline = (a: SentenceAnalysis, d: DateMention) => {
  const before = a.text.slice(Math.max(0, d.index - 30), d.index);
  return DEADLINE_BEFORE.test(before) || UNTIL_CLOCK.test(before);
};

const inClauses = (a: SentenceAnalysis, dates: readonly DateMention[], clauses: readonly number[]) =>
  dates.filter((d) => {
    const k = tokenAtChar(a, d.index);
    return k >= 0 && clauses.includes(owningClause(a, k)) && d.start !== null && !isEndOfSpan(a, d);
  });

/**
 * The clause the date at token `k` belongs to. A time set off by commas between a side clause
 * that opens the sentence and the clause it hangs on is that clause's ("Ten days after the summit
 * ended, on March 9, the leaders signed …"), though the side clause runs up to it.
 */
function owningClause(a: SentenceAnalysis, k: number): number {
  const i = a.clauseOf[k]!;
  const c = a.clauses[i];
  if (!c?.group || !isSide(c.kind) || c.parent === null || c.parent <= i || k < c.group.end) return i;
  let from = k;
  while (from > c.group.end && a.tokens[from - 1]!.pos === "ADP") from--;
  let to = k + 1;
  while (to < c.end && a.tokens[to]!.text !== ",") to++;
  const setOff = a.tokens[from - 1]?.text === "," && to === c.end - 1 && a.tokens[to]?.text === ",";
  return setOff && a.clauses[c.parent]!.start === c.end ? c.parent : i;
}

/**
 * The clause a coordinated clause continues ("Peskov reiterated …, but stated that …", "… and
 * they agreed", "held talks on July 10, but the agreement was not signed then either"). One
 * with a subject of its own, naming someone or something, in another tense states its own
 * event ("Elections are due by the end of 2026, but the two sides signed a truce").
 */
function coordinatedWith(a: SentenceAnalysis, i: number): number | null {
  const c = a.clauses[i]!;
  if (!c.coordinated) return null;
  const ownSubject = c.subject && c.subject[0] >= c.start ? a.tokens.slice(c.subject[0], c.subject[1]) : [];
  const named = ownSubject.some((t) => t.pos === "NOUN" || t.pos === "PROPN");
  for (let k = i - 1; k >= 0; k--) {
    const x = a.clauses[k]!;
    if (x.parent === c.parent && x.kind === c.kind) return named && shiftsTime(x, c) ? null : k;
  }
  return null;
}

/**
 * Whether clause `c` is told in another time than clause `x` before it: another tense, or the
 * past perfect against the plain past ("said that the truce had lapsed in March and that the
 * envoys went home").
 */
function shiftsTime(x: Clause, c: Clause): boolean {
  return x.group?.tense !== c.group?.tense || !!x.group?.pluperfect !== !!c.group?.pluperfect;
}

/**
 * Whether a side clause stands between clause `i` and the event clause `own` ("urged them to break
 * a deadlock [that has allowed jihadists [to flourish since 2011]]"): what completes a side clause
 * completes no part of the event.
 */
function underSideClause(a: SentenceAnalysis, i: number, own: number): boolean {
  for (let k = a.clauses[i]!.parent; k !== null && k !== own; k = a.clauses[k]!.parent)
    if (isSide(a.clauses[k]!.kind)) return true;
  return false;
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
 * Whether the tokens from `from` to `to` name the parties of the noun before them, short and
 * without a verb or a mark ("a deal [between the two governments] signed last month"): a
 * participle after them still describes that noun ("talks on the release of hostages seized last
 * year" describe the hostages).
 */
function partiesOfNoun(a: SentenceAnalysis, from: number, to: number): boolean {
  const words = a.tokens.slice(from, to);
  return (
    words.length <= 8 &&
    /^(?:between|with|among)$/.test(words[0]?.lower ?? "") &&
    words.slice(1).every((t) => /^(?:DET|ADJ|NOUN|PROPN|NUM|CCONJ|PART)$/.test(t.pos))
  );
}

/**
 * The dates an event states itself: the first dated phrase in its own clause (each of two
 * successive days, when it names two), then in the clauses completing it ("agreed [to meet on
 * Friday]"), then in a participle describing its trigger ("a plan [announced last month]"),
 * then in the clauses it hangs on and in the clause that reports it ("Peskov said on Tuesday
 * …"). Dates in other side clauses belong to those clauses. A hypothetical clause's own date
 * ("could hold talks tomorrow, if …") is not when anything happened: the claim's date is.
 */
export function draftDates(
  a: SentenceAnalysis,
  draft: SignalDraft,
  lex: Pick<Lexicon, "future" | "occasion" | "objectNouns" | "verbs" | "readiness" | "terms">,
  all: readonly DateMention[],
): DateMention[] {
  if (draft.at) return [draft.at];
  // (A term of a deal is dated when the deal was: "within 60 days" is when it falls due. A truce
  // of its own keeps its day: "Under the deal, the truce will take effect on Sunday".)
  if (draft.signal.type === lex.terms.type && statesTerms(a, draft.signal.clause, lex) >= 0) return [];
  // (A deadline in a pledge or agreement made in the past dates none of it, unless what was
  // agreed is a meeting, which is dated when it is to be held.)
  const pledged = draft.signal.type !== "talks" && committedBefore(a, draft.signal.clause);
  // Nor is the date of what the event came ahead of ("Speaking on the eve of the summit on June 15-16").
  const dates = all.filter(
    (d) =>
      !(pledged && isDeadline(a, d)) &&
      (draft.signal.future || !takesEffect(a, d, lex)) &&
      !lastsFor(a, d, draft) &&
      !datesWhatIsAhead(a, d.index) &&
      !comparedWith(a, d) &&
      !inApposition(a, d) &&
      !datesWhatCameFirst(a, d, draft) &&
      !datesOtherNoun(a, d, draft, lex) &&
      !beforeWhatIsUnderWay(a, d, draft),
  );
  const own = draft.signal.clause;
  const first = (clauses: readonly number[]) => inClauses(a, dates, clauses)[0] ?? null;
  // A hypothetical clause's own date is no time anything happened ("could hold talks tomorrow, if
  // …" is an offer, "could end the war by next year" a hope), but what may simply come on a day
  // is of that day ("may announce a truce during the meeting on Monday").
  const g = a.clauses[own]!.group;
  const mayCome = (d: DateMention) =>
    !!g &&
    d.precision === "day" &&
    !isDeadline(a, d) &&
    !a.tokens.slice(g.start, g.head).some((t) => t.lower === "have") &&
    !a.clauses.some((x, k) => x.kind === "condition" && draft.clauses.includes(k));
  // "called for a full ceasefire by the end of the month": a deadline is when something is due,
  // not when it was asked for; a verb of the future keeps it ("will sign the deal by Friday"),
  // but not a duty, which is laid down when it is stated ("must withdraw by November 15").
  const duty = g?.modal === "obligation";
  const due = (d: DateMention) => (!draft.signal.future || duty) && isDeadline(a, d);
  const ownDates = (draft.signal.hypothetical ? dates.filter(mayCome) : dates).filter((d) => !due(d));
  if (ownDates.length) {
    // The clause that holds the trigger dates it first ("to slap sanctions … last month").
    const triggerClause = a.clauseOf[draft.signal.trigger];
    const mine = inClauses(a, ownDates, [own]);
    // Not one that completes a noun ("ended Tuesday night with an agreement to meet at the end of
    // November"): that is the noun's time; the clause's own date, if any, comes first.
    const completesNoun =
      triggerClause !== undefined &&
      a.clauses[triggerClause]!.kind === "infinitive" &&
      a.tokens[a.clauses[triggerClause]!.start - 1]?.pos === "NOUN" &&
      mine.length > 0;
    if (
      triggerClause !== undefined &&
      triggerClause !== own &&
      draft.clauses.includes(triggerClause) &&
      !completesNoun
    ) {
      const there = inClauses(a, ownDates, [triggerClause])[0];
      if (there) return [there];
    }
    const two = successiveDays(a, mine);
    if (two.length) return two;
    if (mine[0]) return [mine[0]];
  }
  // A hypothetical completion's date ("insisted that Russia could hold talks tomorrow, if …")
  // is not when the claim was made.
  // Nor is an occasion's ("ordered a halt to hostilities to mark Victory Day on May 9").
  // So is a name given to what the event did ("sent troops in what it called a special
  // operation on Feb. 24"), its own event or none.
  // "Talks to salvage the 2015 deal are set to resume on November 29": what completes a noun of
  // the subject, before the verb, is no completion of the event.
  const verbAt = a.clauses[own]!.group?.start ?? -1;
  const completions = draft.clauses.filter((i) => {
    const c = a.clauses[i]!;
    return (
      i !== own &&
      !(c.kind === "infinitive" && c.end <= verbAt) &&
      !underSideClause(a, i, own) &&
      (c.kind === "infinitive" || c.kind === "argument" || c.kind === "complement" || namingOf(a, i) !== null) &&
      !isHypothetical(a, i) &&
      !lex.occasion.has(a.tokens[c.group?.head ?? -1]?.lemma ?? "")
    );
  });
  // "The talks, which opened on Monday, were to end on Friday", "closed a meeting that convened on
  // Tuesday": so does a clause of "which" in the past on a noun of meeting that tells when it opened.
  const describing = draft.clauses.filter((i) => {
    const c = a.clauses[i]!;
    if (draft.signal.type === "talks" && c.group?.tense === "past" && openingTalks(a, i, lex, OPENINGS)) return true;
    return (
      c.kind === "relative" &&
      c.group?.participle &&
      // "which Orban proposed on June 13" is a clause of its own, not a participle describing.
      !c.subject &&
      !c.opener &&
      c.start > draft.signal.trigger &&
      (c.start - draft.signal.trigger <= 4 || partiesOfNoun(a, draft.signal.trigger + 1, c.start))
    );
  });
  // "will resume their dialogue, with talks scheduled for Tuesday": what is to come is dated by
  // the schedule that accompanies it.
  const scheduled = draft.signal.future
    ? a.clauses.flatMap((c, i) =>
        c.parent === own &&
        c.kind === "participle" &&
        a.tokens[c.start]?.lower === "with" &&
        !!c.group &&
        lex.future.has(a.tokens[c.group.head]!.lemma)
          ? [i]
          : [],
      )
    : [];
  // "When they last met, in November 2022, the sides agreed …": a clause of "when" dates the one it
  // hangs on, and so does one of "while" doing something ("While announcing the deadline on July
  // 14, Trump threatened …"; a finite "while" may contrast instead).
  // So does one of "soon after" ("had proposed talks soon after fighting erupted on Thursday").
  const soonAfter = (c: Clause) =>
    c.opener === "after" && /^(?:soon|shortly|immediately|right|just)$/.test(a.tokens[c.start - 1]?.lower ?? "");
  // "had been holding talks until Islamabad said on Wednesday that they had collapsed": what went
  // on until a day is last known on that day.
  const ownGroup = a.clauses[own]!.group;
  const wentOn = !!ownGroup && ownGroup.tense === "past" && !ownGroup.negated && !ownGroup.modal;
  const when = a.clauses.flatMap((c, i) =>
    c.parent === own &&
    c.kind === "adverbial" &&
    (c.opener === "when" ||
      (c.opener === "while" && !!c.group?.gerund) ||
      soonAfter(c) ||
      (c.opener === "until" && wentOn))
      ? [i]
      : [],
  );
  // "The plan, presented last week, aims to extend the truce": what a thing is said to do now is
  // of the time the participle describing it gives ("The deal, signed in 2015, collapsed" is not).
  const describedSubject = a.clauses[own]!.subject;
  const presented =
    ownGroup && ownGroup.tense === "present" && !ownGroup.modal && describedSubject
      ? a.clauses.flatMap((c, i) =>
          c.parent === own && c.kind === "participle" && c.group?.participle && c.start === describedSubject[1] + 1
            ? [i]
            : [],
        )
      : [];
  // "The Treasury issued a licence authorizing oil sales on Wednesday": a day that ends the
  // sentence, after an -ing form describing the object, is when the clause in the simple past did it.
  const trailing =
    ownGroup?.tense === "past"
      ? a.clauses.flatMap((c, i) =>
          c.parent === own && c.kind === "relative" && !!c.group?.gerund && !c.subject && !c.opener ? [i] : [],
        )
      : [];
  const lastDay = (k: number[]) =>
    inClauses(a, dates, k).filter((d) => d.precision === "day" && endsAt(a, d))[0] ?? null;
  // "In a video statement released late Sunday, the general rejected the plan": a participle in
  // the phrase of place or occasion that opens the sentence sets the scene of a clause in the
  // simple past after it ("In the war launched in 2022, Russia has seized …" spans more than that).
  const scene = (k: number) =>
    /^(?:in|at|during)$/.test(a.tokens[0]?.lower ?? "") && simplePast(a, a.clauses[k]!)
      ? a.clauses.flatMap((c, i) =>
          c.parent === k &&
          c.kind === "relative" &&
          c.group?.participle &&
          !c.subject &&
          !c.opener &&
          c.end <= (a.clauses[k]!.subject?.[0] ?? a.clauses[k]!.start)
            ? [i]
            : [],
        )
      : [];
  const frame = draft.frame?.clause;
  const up = [...ancestors(a, own), ...(frame !== null && frame !== undefined ? [frame, ...ancestors(a, frame)] : [])];
  // A participle on a governing clause says when it happened ("The envoy, speaking in Geneva on Monday, told …").
  const circumstances = (k: number) => [
    k,
    ...a.clauses.flatMap((c, i) => (c.parent === k && c.kind === "participle" ? [i] : [])),
  ];
  // "wants to sign the accord soon: the best moment would be after the vote in
  // May": a clause after a colon that states nothing of its own spells out when.
  const elaborating = a.clauses.flatMap((c, k) =>
    k > own && c.kind === "main" && c.parent === null && a.tokens[c.start - 1]?.text === ":" ? [k] : [],
  );
  // A deadline in a completion ("asked Hochstein to consider reaching an agreement by 5
  // November") is when something is due, not when the asking was; a verb of the future keeps
  // it ("is expected to sign the deal by Friday").
  // Nor is a day still to come what dates a past act ("agreed to reopen their embassies from 20 May"
  // was agreed before that day), unless the act is a meeting set for it ("agreed to meet on
  // Friday" is talks on Friday, "agreed to meet next week" talks that week).
  // (A meeting agreed only for a month or so, "agreed to talk again in three months", is dated by
  // the agreeing, as is what else was agreed.)
  // (So is a meeting agreed to by an agreement read as readiness: "both parties had agreed to
  // reconvene on April 9" is talks on that day.)
  const meets = (d: DateMention) => {
    const c = a.clauses[owningClause(a, tokenAtChar(a, d.index))];
    const head = c?.group ? a.tokens[c.group.head]! : undefined;
    return (
      !!head &&
      (lex.verbs.get(head.lemma)?.some((s) => s.category.cameo === "04" && !s.particle && !s.needs) ||
        a.tokens.slice(c!.group!.end, c!.end).some((t) => lex.objectNouns.get(t.lemma)?.name === "talks"))
    );
  };
  const ahead = (d: DateMention) =>
    d.future &&
    !draft.signal.future &&
    ownGroup?.tense === "past" &&
    ((draft.signal.type !== "talks" && !meets(d)) || (d.precision !== "day" && d.precision !== "week"));
  const completionDate =
    inClauses(a, dates, completions).filter((d) => (draft.signal.future || !isDeadline(a, d)) && !ahead(d))[0] ?? null;
  // "invited Kyiv to resume talks in Istanbul on May 15": what an appeal or an offer asks for
  // comes on its own day; the asking is dated by the statement.
  // So is what one says one is ready to do ("said Sunday he is willing to meet Putin this
  // Thursday" is readiness stated on Sunday).
  const asks = /^02/.test(draft.signal.cameo ?? "") || lex.readiness.words.has(a.tokens[draft.signal.trigger]!.lower);
  // "said …, in an interview with the broadcaster on Dec. 12": where the words were said dates them.
  const occasion = draft.frame ? (dates.find((d) => onOccasionOfSaying(a, d)) ?? null) : null;
  const found =
    (draft.signal.hypothetical || asks ? null : completionDate) ??
    first(describing) ??
    first(presented) ??
    first(scheduled) ??
    first(when) ??
    lastDay(trailing) ??
    [own, ...up].map((k) => first(scene(k))).find((d) => d !== null) ??
    up.map((k) => first(circumstances(k))).find((d) => d !== null) ??
    occasion ??
    // and so does one that opens the sentence on the clause itself ("Talking to reporters on
    // Wednesday, the envoy called on …"), or an -ing one set off after its subject, which tells
    // what the subject was doing as it acted ("The president, visiting the port on Monday,
    // promised …"; not "The deal, signed in 2015, collapsed").
    first(
      a.clauses.flatMap((c, i) =>
        c.parent === own &&
        (opensSentence(a.tokens, a.clauses, i) ||
          (c.kind === "participle" &&
            !!c.group?.gerund &&
            !!describedSubject &&
            c.start === describedSubject[1] + 1 &&
            a.tokens[c.start - 1]?.text === ","))
          ? [i]
          : [],
      ),
    ) ??
    first(elaborating) ??
    // "were ambushed and killed by the rebels on Saturday": verbs that share a subject share the
    // date the later one states.
    first(coordination(a, own).filter((k) => k > own && sharesAll(a, k, own))) ??
    // "travelled to Jerusalem and addressed the parliament on 20 November": so do acts in the
    // simple past that share a subject and follow one another, by the day the later one states.
    dayOf(
      inClauses(
        a,
        dates,
        coordination(a, own).filter((k) => k > own && sameSubjectInPast(a, k, own)),
      ),
    ) ??
    null;
  return found ? [found] : [];
}

/**
 * The day a truce or deal of the draft's own clause takes effect, which `draftDates` leaves out
 * as no time of the act ("declared a one-month truce from December 24").
 */
export function effectDate(
  a: SentenceAnalysis,
  draft: SignalDraft,
  lex: Pick<Lexicon, "objectNouns">,
  all: readonly DateMention[],
): DateMention | null {
  const days = all.filter((d) => d.precision === "day" && !d.future && takesEffect(a, d, lex));
  return inClauses(a, days, [draft.signal.clause])[0] ?? null;
}

/** A phrase, opened after a comma, that names where words were said ("…, in an interview with the broadcaster on Dec. 12, …"). */
const OCCASION_OF_SAYING =
  /^(?:in|at|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:interview|statement|speech|remarks|briefing|conference|address|post)\b/i;

/**
 * Whether a date lies in such a phrase: it dates what the sentence reports was said, wherever
 * the clause analysis hung the phrase.
 */
function onOccasionOfSaying(a: SentenceAnalysis, d: DateMention): boolean {
  const comma = a.text.lastIndexOf(",", d.index);
  return comma >= 0 && OCCASION_OF_SAYING.test(a.text.slice(comma + 1, d.index).trimStart());
}

/** Adverbs that tell a step after the one before. */
const SEQUENCE: ReadonlySet<string> = new Set([
  "later",
  "then",
  "afterwards",
  "afterward",
  "subsequently",
  "eventually",
  "finally",
  "since",
]);

/** Whether a clause is in the past with no "have" before its verb ("signed", "was signed"; not "had signed"). */
export const simplePast = (a: SentenceAnalysis, c: Clause) =>
  c.group?.tense === "past" && !a.tokens.slice(c.group.start, c.group.head).some((t) => t.lemma === "have");

/** The first of some dates that is one day. */
const dayOf = (dates: readonly DateMention[]) => dates.find((d) => d.precision === "day") ?? null;

/** Whether clause `x` goes on, with clause `k`'s subject, from it in the simple past ("flew to Cairo and met …"). */
function sameSubjectInPast(a: SentenceAnalysis, x: number, k: number): boolean {
  // (active, asserted acts: not "was signed", "could not meet")
  const act = (c: Clause) =>
    simplePast(a, c) &&
    !c.group!.modal &&
    !c.group!.negated &&
    !a.tokens.slice(c.group!.start, c.group!.head).some((t) => t.lemma === "be");
  const [later, first] = [a.clauses[x]!, a.clauses[k]!];
  // ("seized the town and later signed a truce": a step told after another is of its own time)
  return (
    (!later.subject || later.subject[0] === first.subject?.[0]) &&
    !hasAdverb(a, x, SEQUENCE) &&
    act(later) &&
    act(first)
  );
}

/**
 * Whether clause `x` is a verb joined to the bare verb of claim `claim`, with its subject ("were
 * ambushed and killed by …"): all that follows the second verb is the first's too.
 */
function sharesAll(a: SentenceAnalysis, x: number, claim: number): boolean {
  const c = a.clauses[claim]!;
  const subject = a.clauses[x]!.subject;
  return (
    (c.kind === "main" || c.kind === "complement") && bareVerb(a, claim) && (!subject || subject[0] === c.subject?.[0])
  );
}

/**
 * When a statement was made, from the frame that reports it in another sentence: the frame's
 * own date, or the date of a clause describing its speaker ("said a diplomat who visited
 * Caracas this spring").
 */
export function frameDate(a: SentenceAnalysis, frame: Frame, dates: readonly DateMention[]): DateMention | null {
  if (frame.clause === null) return null;
  // ("said in a statement released on Monday"; not "The envoy, who landed late Wednesday, said …":
  // a clause of its own on the speaker tells of another act)
  const verb = a.clauses[frame.clause]!.group?.start ?? -1;
  const describing = a.clauses.flatMap((c, i) =>
    c.parent === frame.clause && c.kind === "relative" && !(c.opener && c.start < verb) ? [i] : [],
  );
  return inClauses(a, dates, [frame.clause])[0] ?? inClauses(a, dates, describing)[0] ?? null;
}
