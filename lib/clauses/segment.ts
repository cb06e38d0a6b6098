import { SUBJECT_PRONOUNS, type Token } from "../language/tagSentence";
import { FULL_MONTH, WEEKDAY, WEEKDAYS } from "../language/calendarNames";
import { PARTICLES, formOf, prenominal, type VerbGroup } from "./verbGroups";

/**
 * How a clause hangs on the sentence. `main`, `complement` (what is said, believed or agreed:
 * "…said [that] talks will resume") and `coordinated` clauses carry the sentence's claims;
 * `infinitive` and `argument` clauses complete a verb ("agreed [to meet]", "called for
 * [restoring …]"); `participle` clauses add an act of the same subject (", calling on …");
 * `condition`, `adverbial` and `relative` clauses are side remarks ("after the summit ended",
 * "which brokered the truce").
 */
export type ClauseKind =
  "main" | "complement" | "infinitive" | "argument" | "participle" | "condition" | "adverbial" | "relative";

export interface Clause {
  kind: ClauseKind;
  /** token range [start, end) */
  start: number;
  end: number;
  /** the predicate; null only for a sentence without any verb (a headline fragment) */
  group: VerbGroup | null;
  /** the word that introduced the clause ("that", "if", "after", "which", "and"), lower case */
  opener: string | null;
  /** the clause it depends on, by index */
  parent: number | null;
  /** token range of the subject, when one is written */
  subject: [number, number] | null;
  /** joined to the previous clause by "and", "but" */
  coordinated: boolean;
}

const SIDE: ReadonlySet<ClauseKind> = new Set(["condition", "adverbial", "relative"]);

/**
 * Verbs that tell someone that something is so ("promised the country's citizens that …",
 * "assured Kyiv that …"): "that" after their person is what is told, as after a verb of saying.
 */
const TELLING = new Set([
  "promise",
  "assure",
  "reassure",
  "warn",
  "remind",
  "inform",
  "notify",
  "convince",
  "persuade",
]);
export const isSide = (kind: ClauseKind) => SIDE.has(kind);

/**
 * A participle that opens the sentence before the clause it hangs on ("Hosted by the emir, …",
 * "Speaking in Kyiv on Monday, …"): the circumstance of that clause, not part of what it says.
 */
export const opensSentence = (tokens: readonly Token[], clauses: readonly Clause[], k: number) => {
  const c = clauses[k]!;
  if (c.kind !== "participle" || c.parent === null) return false;
  const p = clauses[c.parent]!;
  return c.end <= (p.subject?.[0] ?? p.start) && startsSentence(tokens, c.start);
};

/** Whether only marks, conjunctions and adverbs come before token `k` ("And yet, speaking …"). */
const startsSentence = (tokens: readonly Token[], k: number) =>
  tokens.slice(0, k).every((t) => /^(?:PUNCT|CCONJ|ADV)$/.test(t.pos));

const CONDITIONS = new Set(["if", "unless", "provided", "providing", "once"]);
/** Verbs of declining to say more ("declined to elaborate"), which go on with the speaker. */
const DECLINING = new Set(["decline", "refuse"]);
/**
 * Verbs of what a speaker does in words besides saying ("…, and demanded that …"): after a comma
 * and "and", with no subject, the speaker of the clause of saying above does it.
 */
const SPEECH_ACTS = new Set(["demand", "urge", "insist", "warn", "accuse", "vow", "pledge", "appeal", "threaten"]);
const COMPLEMENTISERS = new Set(["that", "whether"]);
const ASKING = new Set(["know", "ask", "wonder", "see", "decide", "check", "determine", "clear", "unclear", "sure"]);
const SUBORDINATORS = new Set([
  "after",
  "before",
  "since",
  "until",
  "till",
  "when",
  "whenever",
  "while",
  "whilst",
  "as",
  "because",
  "although",
  "though",
  "whereas",
  "so",
  "lest",
]);
const RELATIVES = new Set(["which", "who", "whom", "whose", "where"]);
const COORDINATORS = new Set(["and", "but", "or", "yet", "nor"]);

/** Whether "neither" opens the words before `j`, back to `floor`, with no verb between. */
function neitherBefore(tokens: readonly Token[], j: number, floor: number): boolean {
  for (let k = j - 1; k >= floor; k--) {
    if (tokens[k]!.lower === "neither") return true;
    if (/^(?:VERB|AUX|PUNCT)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** Quantifiers that may float after a subject ("the two sides both said"). */
const FLOATED = new Set(["both", "all", "each"]);

/** Prepositions that can sit inside a subject noun phrase ("the talks with the envoy in Doha"). */
const NOUN_PREPOSITIONS = new Set([
  "of",
  "with",
  "in",
  "between",
  "from",
  "for",
  "on",
  "about",
  "against",
  "regarding",
  "concerning",
  "over",
  "towards",
  "toward",
  "among",
  "within",
  "at",
  // ("a halt in attacks during the winter could help": a phrase of time or place after a noun,
  // where the word can open nothing else)
  "during",
  "amid",
  "amidst",
  "throughout",
  "under",
  "near",
  // ("the fighting along the border will end", "clashes across the region have eased": where
  // a war, a truce or a force is)
  "along",
  "across",
  "beyond",
  "inside",
  "outside",
  "alongside",
]);
/** Words that take a share of what an "of" phrase names ("some of the envoys"). */
const SHARES = new Set([
  "some",
  "each",
  "both",
  "all",
  "many",
  "most",
  "none",
  "several",
  "few",
  "any",
  "either",
  "neither",
]);

/** What "tell" has as its object when it tells a thing, not a listener ("told the story he knew"). */
const TOLD_THINGS = new Set(["story", "truth", "lie", "joke", "tale", "difference", "time", "news"]);

/** Whether a verb tells someone what follows ("told", "assured", "warned"). */
export const isTelling = (lemma: string) => lemma === "tell" || TELLING.has(lemma);

/**
 * Whether the noun phrase ending at token `end` is the listener of a verb of telling right before
 * it ("told the visiting trade envoy | she was ready to talk"): the clause after it is what was
 * told, not one describing the listener. One noun phrase only: in "told the rebels the terms he
 * had set" the clause describes the terms.
 */
function toldWhom(tokens: readonly Token[], end: number, floor: number): boolean {
  let k = end;
  let nouns = false;
  while (k >= floor && end - k < 8 && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[k]!.pos)) {
    if (tokens[k]!.pos === "DET" && nouns && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? "")) return false;
    if (/^(?:NOUN|PROPN)$/.test(tokens[k]!.pos)) nouns = true;
    k--;
  }
  const verb = tokens[k];
  return k < end && verb?.pos === "VERB" && isTelling(verb.lemma) && !TOLD_THINGS.has(tokens[end]!.lemma);
}
/** A pronoun that stands as a subject: a personal one, or the "there" of "there will be". */
const isSubjectPronoun = (t: Token) => t.pos === "PRON" && (SUBJECT_PRONOUNS.has(t.lower) || t.lower === "there");
/** Words that open a time phrase after a verb ("signed last month", "agreed this week"). */
const TIME_OPENERS = new Set(["last", "this", "next", "earlier", "yesterday", "today", "recently", "in", "on"]);
/** A noun of time: what "last", "this" or "next" must open to be a time ("this week", not "this precondition"). */
export const TIME_NOUN = new RegExp(
  `^(?:week|weekend|month|year|morning|afternoon|evening|night|time|spring|summer|fall|autumn|winter|${WEEKDAY}|${FULL_MONTH})$`,
);
const CALENDAR_NAME = new RegExp(`^(?:${WEEKDAY}|${FULL_MONTH})$`);
/** A day named by one word counted from the time of writing. */
const DEICTIC_DAY = /^(?:yesterday|today|tonight)$/i;
/** Whether a time phrase opens at `k` ("last month", "yesterday", "on Friday"). */
const opensTime = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  if (!t || !TIME_OPENERS.has(t.lower)) return false;
  return !/^(?:last|this|next)$/.test(t.lower) || TIME_NOUN.test(tokens[k + 1]?.text ?? "");
};
/** Verbs that take no object, so never describe a noun as a past participle ("the sides met in …" is their act). */
const INTRANSITIVE = new Set(["meet", "talk", "arrive", "speak", "travel", "return"]);
/**
 * Verbs that take an object or none: "the sides agreed in Doha to …" is their act, but before a
 * verb led by an auxiliary ("the truce agreed in March has held") the past form describes the noun.
 */
const OBJECT_OPTIONAL = new Set(["agree", "negotiate"]);
// ("--" is how much copy types a dash.)
const HARD_BREAKS = new Set([";", ":", "(", ")", "—", "–", "--", "[", "]"]);
/**
 * Where a list of names set off by two dashes opens, when the dash at `close` ends one: "Ukraine,
 * together with its allies - France, Germany and Poland - proposed a truce" goes on past it.
 */
function dashedList(tokens: readonly Token[], close: number, floor: number): number | null {
  for (let m = close - 1; m > floor; m--) {
    const t = tokens[m]!;
    if (t.text === tokens[close]!.text) return m < close - 1 && /^(?:NOUN|PROPN)$/.test(tokens[m - 1]!.pos) ? m : null;
    if (!/^(?:PROPN|NOUN|DET|ADJ|NUM|CCONJ)$/.test(t.pos) && t.text !== ",") return null;
  }
  return null;
}

/** Prepositions that put a gerund outside the predicate ("after visiting Kyiv"). */
export const ADJUNCT_PREPOSITIONS = new Set([
  "after",
  "before",
  "during",
  "amid",
  "amidst",
  "following",
  "since",
  "despite",
  "while",
  "until",
  "at",
  "over",
  "throughout",
  "upon",
]);
/** Whether two verbs are inflected alike: both in -s ("insists", "seeks") or both past ("said", "demanded"). */
function sameInflection(x: Token, y: Token): boolean {
  const form = formOf(x);
  return (form === "s" || form === "past") && form === formOf(y);
}

/** Verbs after which a clause without "that" is what was said or thought. */
export const REPORTING_LIKE = new Set([
  "say",
  "tell",
  "add",
  "note",
  "state",
  "stress",
  "emphasise",
  "emphasize",
  "think",
  "believe",
  "claim",
  "insist",
  "warn",
  "argue",
  "announce",
  "confirm",
  "declare",
  "hope",
  "expect",
  "assume",
  "know",
  "write",
  "suggest",
  "admit",
  "acknowledge",
  "report",
  "feel",
  "fear",
  "imagine",
]);

interface Boundary {
  at: number;
  opener: string | null;
  kind: ClauseKind | "coordinate" | "break" | "comma" | "none";
}

/**
 * Where the clause of `g` starts, looking back from its verb group to the end of the previous
 * one: the nearest word or mark that opens a clause, else the start of the noun phrase right
 * before the verb (its subject).
 */
function boundaryOf(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  g: VerbGroup,
  floor: number,
  afterReporting: boolean,
  reporting: ReadonlySet<string>,
  alone: boolean,
): Boundary {
  // "… it has lost – a shift from his call on Kyiv to make concessions": past a dash, an
  // infinitive completes a noun of the aside, not the verb before it. (A dash after a dateline,
  // before any verb, sets nothing aside.)
  if (g.infinitive) {
    // (A pair of dashes has closed its aside again: 'until Friday – the last day of the fast – to answer'.)
    const dashes = tokens.slice(floor, g.start).filter((t) => /^(?:—|–|--)$/.test(t.text)).length;
    const aside = floor > 0 && dashes % 2 === 1;
    return { at: g.start, opener: "to", kind: aside ? "relative" : "infinitive" };
  }
  // "the hostages it is holding", "the outcome he wanted": a relative clause without a pronoun.
  const before = tokens[g.start - 1];
  // ("said on Thursday it agrees": a time word is no noun the clause describes)
  if (
    before?.pos === "PRON" &&
    SUBJECT_PRONOUNS.has(before.lower) &&
    g.start - 2 >= floor &&
    /^(?:NOUN|PROPN)$/.test(tokens[g.start - 2]!.pos) &&
    !CALENDAR_NAME.test(tokens[g.start - 2]!.text) &&
    !frontedAfterThat(tokens, g.start - 2, floor)
  )
    return { at: g.start - 1, opener: null, kind: toldWhom(tokens, g.start - 2, floor) ? "complement" : "relative" };
  // "the ceasefire his fighters have kept": so is one whose subject an owner opens right
  // after a noun.
  let owner = g.start - 1;
  while (owner > floor && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[owner]!.pos)) owner--;
  if (
    owner > floor &&
    owner < g.start - 1 &&
    OWNERS.has(tokens[owner]!.lower) &&
    tokens[owner - 1]!.pos === "NOUN" &&
    !CALENDAR_NAME.test(tokens[owner - 1]!.text)
  )
    return { at: owner, opener: null, kind: toldWhom(tokens, owner - 1, floor) ? "complement" : "relative" };
  // Whether the words being read are quoted: an inline quotation crossed leaves it.
  let inQuote = quoted[g.start];
  // whether the quotation just crossed back over is a few words inside the clause, so that its
  // opening mark is too ('said "good news" would come')
  let crossedShort = false;
  for (let j = g.start - 1; j >= floor; j--) {
    const t = tokens[j]!;
    const l = t.lower;
    if (t.text === '"' || quoted[j] !== inQuote) {
      // A quotation opened inside a clause ('is doing "what we want"') is part of it, and so is
      // one closed before more of it ('the "best moment" for a meeting would come'); one opened
      // after a colon, a comma or a verb of saying, or closed before the verb, starts anew.
      const opening = t.text === '"' && quoted[j + 1] === true;
      const closing = t.text === '"' && quoted[j - 1] === true;
      const before = tokens[j - 1];
      const after = tokens[j + 1];
      const short = closing && shortInlineQuote(tokens, j, reporting);
      const inline =
        (opening && !!before && before.pos !== "PUNCT" && (!reporting.has(before.lemma) || crossedShort)) ||
        (closing && !!after && j + 1 < g.start && !/^(?:PUNCT|VERB|AUX)$/.test(after.pos) && before?.pos !== "PUNCT") ||
        short;
      crossedShort = short;
      if (closing && namedInAside(tokens, quoted, j, g, reporting)) return { at: j + 1, opener: ",", kind: "comma" };
      if (!inline) return { at: j + 1, opener: null, kind: "break" };
      // The quoted words of an inline quotation are part of the clause too: go on before them.
      if (closing) while (j - 1 > floor && !(tokens[j - 1]!.text === '"' && quoted[j] === true)) j--;
      // 'said Kyiv "is not ready"', 'that he "personally asked"': a quotation that opens on the
      // predicate (or an adverb before it) leaves its subject before it, unquoted.
      // So does one opened right after "that" ('declared that "Mozambique must never …"').
      if (
        opening &&
        ((onlyAdverbs(tokens, j + 1, g.start) && /^(?:NOUN|PROPN|PRON)$/.test(before?.pos ?? "")) ||
          before?.lower === "that")
      )
        inQuote = quoted[j - 1];
      continue;
    }
    const aside = nameAside(tokens, j);
    if (aside >= 0) {
      j = aside;
      continue;
    }
    if (/^[-—–]$/.test(t.text)) {
      const open = dashedList(tokens, j, floor);
      if (open !== null) {
        j = open;
        continue;
      }
    }
    if (HARD_BREAKS.has(t.text) || (t.text === "-" && t.pos === "PUNCT"))
      return { at: j + 1, opener: null, kind: "break" };
    if (t.pos === "ADP" && g.gerund && j === g.start - 1)
      return { at: j, opener: l, kind: ADJUNCT_PREPOSITIONS.has(l) ? "adverbial" : "argument" };
    // "held a referendum so that citizens could endorse the deal": a purpose, not what was said.
    if (l === "that" && tokens[j - 1]?.lower === "so" && j - 1 >= floor)
      return { at: j - 1, opener: "so that", kind: "adverbial" };
    // "agreed to a truce provided that Russia agreed": a condition, not what was agreed.
    if (
      l === "that" &&
      tokens[j - 1]?.pos === "SCONJ" &&
      /^provid(?:ed|ing)$/.test(tokens[j - 1]!.lower) &&
      j - 1 >= floor
    )
      return { at: j - 1, opener: `${tokens[j - 1]!.lower} that`, kind: "condition" };
    // ("the disputes that had flared up in 2019": the tagger may call a relative "that" a conjunction;
    // it is the subject of the verb right after it)
    // ("the offensive that began in May": a word the tagger reads as an adjective, right after an
    // article, is the noun the clause describes)
    const antecedent =
      /^(?:NOUN|PROPN|NUM)$/.test(tokens[j - 1]?.pos ?? "") ||
      (tokens[j - 1]?.pos === "ADJ" && /^(?:a|an|the)$/.test(tokens[j - 2]?.lower ?? ""));
    // ("a strike that the ministry said killed a farmer": so is one whose verb a report sets off,
    // a verb of saying with a finite verb right after it that has no subject of its own)
    const reportedRelative =
      l === "that" &&
      antecedent &&
      reporting.has(tokens[g.head]!.lemma) &&
      g.end === g.head + 1 &&
      tokens[g.end]?.pos === "VERB" &&
      tokens[g.end]!.lower !== tokens[g.end]!.lemma;
    const relativeThat =
      (l === "that" && antecedent && /^(?:VERB|AUX)$/.test(tokens[j + 1]?.pos ?? "")) || reportedRelative;
    if (COMPLEMENTISERS.has(l) && (t.pos === "SCONJ" || l === "whether") && !relativeThat)
      return { at: j, opener: l, kind: "complement" };
    // "recounted how …", "explained why …": a question word after a verb opens what was said.
    if ((l === "how" || l === "why" || l === "what") && tokens[j - 1]?.pos === "VERB")
      return { at: j, opener: l, kind: "complement" };
    // "in what it called a special operation": a free relative after a preposition is a side remark.
    if (l === "what" && tokens[j - 1]?.pos === "ADP") return { at: j, opener: l, kind: "relative" };
    // "What Ukraine needs is …": "what" opening the sentence or after a mark opens a free relative.
    if (l === "what" && (j === 0 || tokens[j - 1]!.pos === "PUNCT")) return { at: j, opener: l, kind: "none" };
    // "the deal that will see …" is relative; "said last week that …", "told world leaders at
    // the summit that …" are still what was said.
    // After a verb of saying, "that" right before a verb after a noun is still relative ("declares
    // an end to an insurgency that killed 13,000 people"): what was said opens with its subject.
    // ("declared in May that it would disarm": a time is no noun a clause describes)
    const timeBefore = TIME_NOUN.test(tokens[j - 1]?.text ?? "") || TIME_NOUN.test(tokens[j - 1]?.lower ?? "");
    if (
      relativeThat ||
      (l === "that" && /^(?:NOUN|PROPN|NUM)$/.test(tokens[j - 1]?.pos ?? "") && !afterReporting && !timeBefore)
    )
      return { at: j, opener: l, kind: "relative" };
    if (l === "that") return { at: j, opener: l, kind: "complement" };
    // "as long as", "so long as", "as soon as": a condition.
    if (
      l === "as" &&
      j - 2 >= floor &&
      /^(?:long|soon)$/.test(tokens[j - 1]!.lower) &&
      /^(?:as|so)$/.test(tokens[j - 2]!.lower)
    )
      return { at: j - 2, opener: `${tokens[j - 2]!.lower} ${tokens[j - 1]!.lower} as`, kind: "condition" };
    // "We don't know if Hamas is ready", "it is unclear if …": "if" after a word of knowing or
    // asking is "whether".
    if (l === "if" && ASKING.has(tokens[j - 1]?.lemma ?? "")) return { at: j, opener: "whether", kind: "complement" };
    // ("Should Russia reject it, …": an inverted condition, which the tagger marks as a conjunction)
    if (j === 0 && /^(?:should|were|had)$/.test(l) && t.pos === "SCONJ")
      return { at: j, opener: "if", kind: "condition" };
    // ("once the rebels withdraw": the tagger reads "once" as an adverb, "once again" is one)
    const conjoinedOnce =
      l === "once" &&
      tokens.slice(j + 1, g.start).some((x) => /^(?:NOUN|PROPN|PRON)$/.test(x.pos)) &&
      tokens.slice(j + 1, g.start).every((x) => /^(?:DET|ADJ|NUM|NOUN|PROPN|PRON|PART)$/.test(x.pos));
    if (CONDITIONS.has(l) && (t.pos !== "ADV" || conjoinedOnce)) {
      const only = tokens[j - 1]?.lower === "only";
      return { at: only ? j - 1 : j, opener: only ? `only ${l}` : l, kind: "condition" };
    }
    if (SUBORDINATORS.has(l) && (t.pos === "SCONJ" || t.pos === "ADP" || t.pos === "ADV")) {
      // ("sailors held since the March raid were freed": no subject of the verb, which
      // is the predicate of the noun the phrase of "since" hangs on)
      if (pluralVerbAfterSingular(tokens, j + 1, g)) return { at: g.start, opener: null, kind: "none" };
      return { at: j, opener: l, kind: "adverbial" };
    }
    if (RELATIVES.has(l)) return { at: j, opener: l, kind: "relative" };
    // "… and said", "… but Russia refused": only when what follows "and" can be a subject, and
    // not when "and" joins two names of one subject ("Zelensky and Trump met", "that he and Putin would").
    const between = tokens.slice(j + 1, g.start);
    // "… and in 2021 passed a law": a phrase of time or place between "and" and an inflected
    // verb leaves the verb the subject of the clause before.
    const frontedPhrase =
      between[0]?.pos === "ADP" &&
      between.slice(1).every((x) => /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(x.pos)) &&
      !g.gerund &&
      tokens[g.head]!.lower !== tokens[g.head]!.lemma;
    // "by Russian and Turkish troops starting March 15", "40 fishermen seized by
    // the navy": a bare -ing form, or a past participle before its agent, after a noun is no
    // predicate of a clause that "and" opens.
    const reduced = g.gerund || (g.participle && tokens[g.end]?.lower === "by");
    const bareAfterNoun = reduced && between.some((x) => x.pos === "NOUN" || x.pos === "PROPN");
    if (
      COORDINATORS.has(l) &&
      t.pos === "CCONJ" &&
      !bareAfterNoun &&
      g.start - j <= 7 &&
      // "the date and venue for signing": a preposition (the tagger may call "for" a
      // conjunction) makes the verb its object, not the head of a clause "and" opens.
      (frontedPhrase || !between.some((x) => x.pos === "ADP" || (x.pos === "SCONJ" && x.lower === "for")))
    ) {
      // ("… the region and it followed …": "it" is never one of two subjects joined by "and")
      const it = between.length === 1 && between[0]!.lower === "it";
      if (
        (j + 1 === g.start || it || !subjectNounPhraseBefore(tokens, j, floor, reporting)) &&
        !joinsParties(tokens, j, floor)
      ) {
        // "…, and China and the United States offered …": the clause opens at the "and" after the
        // comma, and its subject joins both names.
        let k = j - 1;
        while (k > floor && /^(?:PROPN|NOUN|DET|ADJ)$/.test(tokens[k]!.pos)) k--;
        const first = tokens[k];
        const earlier = k < j - 1 && first?.lower === "and" && first.pos === "CCONJ" && tokens[k - 1]?.text === ",";
        return { at: earlier ? k : j, opener: l, kind: "coordinate" };
      }
    }
    if (t.text === "," && listComma(tokens, j, floor, reporting)) continue;
    if (t.text === ",") {
      // "…, Russia's chief negotiator, Dmitry Kozak, told reporters": a speaker named after his
      // role, between commas, before a verb of saying; "what his spokesman, Dmitry Peskov,
      // called …": a subject so named after the word that opens its clause.
      const named = j === g.start - 1 ? roleAndNameBefore(tokens, j, floor) : null;
      // ('"…," the rebel leader, Ali Hamid, said': so after a quotation closed with a comma.)
      const setOff =
        named !== null &&
        (tokens[named - 1]?.text === "," ||
          (QUOTE_MARK.test(tokens[named - 1]?.text ?? "") && tokens[named - 2]?.text === ","));
      if (setOff && reporting.has(tokens[g.head]!.lemma)) return { at: named, opener: ",", kind: "comma" };
      if (named !== null && tokens[named - 1]?.lower === "what") {
        j = named;
        continue;
      }
      // "Ukraine, together with its allies, proposed …": company joined to the subject, up to its verb.
      if (
        /^(?:together|along)$/.test(tokens[j + 1]?.lower ?? "") &&
        tokens[j + 2]?.lower === "with" &&
        tokens.slice(j + 3, g.start).every((x) => x.pos !== "VERB" && x.pos !== "AUX")
      )
        continue;
      // "said that Miller, commander of the force, met the envoys": an apposition after a name,
      // between the name and its verb with an object.
      // (A verb of saying has its own way there.)
      const apposed =
        j === g.start - 1 && !g.gerund && !reporting.has(tokens[g.head]!.lemma)
          ? appositionAfterName(tokens, j, floor)
          : null;
      if (apposed !== null && /^(?:DET|NOUN|PROPN|NUM)$/.test(tokens[g.end]?.pos ?? "")) {
        // ("John Smith, head of the office, rejected the plan": a name that opens the sentence
        // is the subject, with its apposition; no mark lies before it to end the walk.)
        let name = apposed;
        while (name > 0 && /^(?:PROPN|NOUN|ADJ)$/.test(tokens[name - 1]!.pos)) name--;
        if (floor === 0 && name === 0) return { at: 0, opener: null, kind: "none" };
        // ("The delegation, which included Said al-Harthy, the deputy minister, met …": a name with
        // its apposition that ends a relative clause set off by a comma closes it; the verb is
        // that of the subject before it.)
        if (name === floor && closesRelative(tokens, floor)) return { at: j + 1, opener: ",", kind: "comma" };
        j = apposed;
        continue;
      }
      // ", according to one source,": an attribution inside the clause, between subject and verb.
      const aside = parentheticalStart(tokens, j, floor);
      if (aside !== null) {
        j = aside;
        continue;
      }
      // "said that the talks, planned for Monday, would not go ahead": a bare participle after
      // what was said's subject and a comma describes it; the subject waits for its verb.
      if (
        afterReporting &&
        g.participle &&
        !g.gerund &&
        g.start === g.head &&
        j === g.start - 1 &&
        subjectOfSaying(tokens, floor, j) !== null
      )
        return { at: j + 1, opener: ",", kind: "comma" };
      // "said that in May alone, the army lost …": the comma closes a phrase that opens the clause.
      for (let m = j - 1; m >= floor; m--) {
        const o = tokens[m]!;
        // 'said: "On Friday, I will order …"': so does one after a colon or an opening quotation mark.
        const opens = o.text === ":" || (o.text === '"' && quoted[m + 1] === true);
        if (opens && m + 1 < j && tokens.slice(m + 1, j).every((x) => x.pos !== "VERB" && x.pos !== "AUX"))
          return { at: m + 1, opener: null, kind: "break" };
        if (o.text === "," || HARD_BREAKS.has(o.text) || o.text === '"') break;
        // (the tagger may read "said that following the talks, …" as a pronoun "that")
        const thatAfterSaying = o.lower === "that" && reporting.has(tokens[m - 1]?.lemma ?? "");
        if ((COMPLEMENTISERS.has(o.lower) || CONDITIONS.has(o.lower)) && (o.pos === "SCONJ" || thatAfterSaying))
          return { at: m, opener: o.lower, kind: COMPLEMENTISERS.has(o.lower) ? "complement" : "condition" };
      }
      return { at: j + 1, opener: ",", kind: "comma" };
    }
  }
  // "a 12-point paper called …", "the talks, held in …": a bare participle modifies the noun
  // before it, which stays with the clause it belongs to.
  // ("… in a sentence-opening phrase": "In an interview with the broadcaster released on Sunday").
  const described = tokens[pastTimePhrase(tokens, wordBefore(tokens, g.start))];
  // "Peskov said the delegation arrived in Istanbul", "said Serbia and Kosovo agreed on …": right
  // after a verb of saying, a noun phrase and a past form are what was said, not a noun and a
  // participle describing it.
  // A participle's own marks keep it one: a new object ("revealed a paper called …"), or the
  // phrase a describing participle takes ("a roadmap aimed at", "a force led by", "known as").
  const after = tokens[g.end];
  // ("said the delegation once again arrived …": past adverbs between the subject and its verb)
  let subjectEnd = g.start;
  while (subjectEnd > floor + 1 && tokens[subjectEnd - 1]!.pos === "ADV") subjectEnd--;
  const said =
    afterReporting &&
    g.participle &&
    floor < g.start &&
    !/^(?:a|an)$/.test(tokens[floor]!.lower) &&
    !/^(?:at|by|as|")$/.test(after?.lower ?? "") &&
    after?.pos !== "PROPN" &&
    tokens
      .slice(floor, subjectEnd)
      .every((t) => /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(t.pos) || (t.pos === "CCONJ" && t.lower === "and"));
  if (
    (g.gerund || g.participle) &&
    !said &&
    (((floor > 0 || (tokens[0]?.pos === "ADP" && !alone)) && describesNoun(tokens, g, described)) ||
      // "Those released by either side will be …"
      (/^(?:those|ones)$/.test(described?.lower ?? "") && tokens[g.end]?.lower === "by"))
  )
    return { at: g.start, opener: null, kind: "none" };
  // "with Putin stating …": the noun phrase after "with" is the gerund's subject.
  const withNoun = g.gerund ? nounAfterWith(tokens, g, floor) : null;
  if (withNoun) return { at: withNoun[0], opener: null, kind: "none" };
  // No mark: the subject is the noun phrase right before the verb group (past any adverb such as
  // "also"); a determiner is its left edge.
  let j = g.start;
  while (j > floor && tokens[j - 1]!.pos === "ADV") j--;
  // "Kabul and the rebels both said …", "the envoys all agreed …": a quantifier floated after the
  // subject is no subject of its own.
  if (
    j - 1 > floor &&
    FLOATED.has(tokens[j - 1]!.lower) &&
    (/^(?:NOUN|PROPN)$/.test(tokens[j - 2]!.pos) || tokens[j - 2]!.text === ")")
  )
    j--;
  const inPhrase = (k: number) => {
    const t = tokens[k]!;
    // "the UN envoy to Libya said", "all parties to the talks agreed": "to" between a noun and a
    // noun phrase is inside the subject; before a verb it marks an infinitive.
    if (t.lower === "to")
      return (
        k > floor &&
        /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) &&
        /^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[k + 1]?.pos ?? "")
      );
    if (NOUN_PHRASE.test(t.pos)) return true;
    // "Tehran's rapidly advancing program": an -ing form, and its adverb, that describe the noun.
    // ("the newly appointed envoy": so does an adverb of an adjective between it and its noun)
    if (prenominal(tokens, k) || (t.pos === "ADV" && prenominal(tokens, k + 1))) return true;
    if (t.pos === "ADV" && tokens[k + 1]?.pos === "ADJ" && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k + 2]?.pos ?? ""))
      return true;
    // 'the "best moment" for a meeting would come', "the ‘Vostok’ group is …": quotation marks inside the subject.
    if (QUOTE_MARK.test(t.text)) return true;
    // "the talks with the envoy in Doha were …": a prepositional phrase inside the subject (also
    // after a quoted noun: 'a "lull in violence" between the sides will …').
    let noun = k - 1;
    while (noun > floor && QUOTE_MARK.test(tokens[noun]!.text)) noun--;
    if (
      t.pos === "ADP" &&
      NOUN_PREPOSITIONS.has(t.lower) &&
      k > floor &&
      (/^(?:NOUN|PROPN)$/.test(tokens[noun]!.pos) || nameAside(tokens, noun) >= 0)
    )
      return true;
    // "One of the conditions was …", "some of the envoys have …": a share of a noun phrase.
    if (t.lower === "of" && k > floor && (tokens[k - 1]!.pos === "NUM" || SHARES.has(tokens[k - 1]!.lower)))
      return true;
    if (t.text === ",") return listComma(tokens, k, floor);
    if (t.text === ")" || t.text === "]") return nameAside(tokens, k) >= 0;
    if (t.text === "(" || t.text === "[") return opensNameAside(tokens, k);
    // ("Neither Russia nor Ukraine has signed": so is "nor" after "neither".)
    const joins = t.lower === "and" || (t.lower === "nor" && neitherBefore(tokens, k, floor));
    if (t.pos !== "CCONJ" || !joins || k <= floor) return false;
    // "Zelensky and Trump met": "and" between two names is inside the subject; so is "and"
    // between two adjectives ('a "complete and total" ceasefire would …').
    // ("the United States (US) and Russia": a name's aside in brackets ends a name.)
    const before = nameAside(tokens, k - 1) >= 0 ? "PROPN" : tokens[k - 1]!.pos;
    return (
      /^(?:NOUN|PROPN|PRON)$/.test(before) ||
      (before === "ADJ" && tokens[k + 1]?.pos === "ADJ") ||
      // ("talks on May 3 and 9 ended": days joined)
      (before === "NUM" && tokens[k + 1]?.pos === "NUM") ||
      (tokens[k - 1]!.text === "," && listComma(tokens, k - 1, floor))
    );
  };
  const phraseStart = (throughPrepositions: boolean) => {
    let k = j;
    while (k > floor && inPhrase(k - 1)) {
      k--;
      // "told reporters there would be …", "told the envoy they would": a pronoun is a whole
      // subject ("Trump and I agreed" joins it to a name).
      if (isSubjectPronoun(tokens[k]!) && tokens[k - 1]?.pos !== "CCONJ") break;
      const through =
        throughPrepositions && k - 1 > floor && /^(?:ADP|CCONJ)$/.test(tokens[k - 1]!.pos) && inPhrase(k - 1);
      if (tokens[k]!.pos === "DET" && !through && tokens[k - 1]?.lower !== "neither") break;
    }
    return k;
  };
  // A determiner that opens the object of a preposition inside the subject, or a name joined by
  // "and", is not its left edge ("talks between [the two delegations] ended", "the head of [the
  // team] said", "talks between the army and [the militia] would start"), unless that reaches
  // back into a verb's object ("rejected [the plan in a statement] issued …").
  const wide = phraseStart(true);
  let edge = wide - 1;
  while (edge > 0 && QUOTE_MARK.test(tokens[edge]!.text)) edge--;
  const left = tokens[edge];
  const objectOf =
    !!left &&
    edge < wide &&
    (left.pos === "ADP" || left.pos === "PART" || (/^(?:VERB|AUX)$/.test(left.pos) && !reporting.has(left.lemma)));
  j = objectOf ? phraseStart(false) : wide;
  // "sailors seized by the navy on May 3 freed …": a bare participle has no subject in the
  // object of the preposition the verb before ends on; that phrase goes on the clause before.
  if ((g.participle || g.gerund) && floor > 0 && tokens[floor]!.pos === "ADP" && wide === floor + 1)
    return { at: g.start, opener: null, kind: "none" };
  // "said on Sunday Russia was willing", "said on Feb. 26 Türkiye aims": the day closes the phrase
  // of time before the subject.
  while (j < g.start - 1 && WEEKDAY_NAME.test(tokens[j]!.text) && tokens[j - 1]?.lower === "on") j++;
  const dayOfMonth =
    (MONTH_NAME.test(tokens[j]!.text) && tokens[j + 1]?.pos === "NUM") ||
    (tokens[j]!.pos === "NUM" && MONTH_NAME.test(tokens[j + 1]?.text ?? ""));
  if (tokens[j - 1]?.lower === "on" && dayOfMonth && j + 2 < g.start) j += 2;
  return { at: j, opener: null, kind: "none" };
}

/** Finite verbs that agree only with a plural subject (or "you", "we", "they"). */
const PLURAL_VERBS = new Set(["were", "are", "have"]);

/**
 * Whether the words from `from` up to verb group `g` end on a singular common noun that a
 * plural verb follows ("sailors held since the March raid were freed"): that noun is
 * no subject of the verb, and the preposition before it opens no clause.
 */
function pluralVerbAfterSingular(tokens: readonly Token[], from: number, g: VerbGroup): boolean {
  const last = tokens[g.start - 1];
  if (g.start - from < 1 || !last || last.pos !== "NOUN" || last.lower !== last.lemma) return false;
  if (!tokens.slice(from, g.start).every((x) => NOUN_PHRASE.test(x.pos))) return false;
  return PLURAL_VERBS.has(tokens[g.start]!.lower);
}

/** A weekday's name ("Monday" … "Sunday"). */
const WEEKDAY_NAME = new RegExp(`^(?:${WEEKDAY})$`);
/** A month's name, in full or cut short ("February", "Feb."). */
const MONTH_NAME = new RegExp(`^(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)$`);

const NOUN_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|PART)$/;
const QUOTE_MARK = /^["“”‘’]$/;

/**
 * Whether the comma at `k` separates the items of a list of names before its verb ("Russia,
 * Ukraine and Turkey will gather"): names on both sides, an "and" ahead, and the first item not
 * the object of a preposition or a time ("In Geneva, Russia and …", "Last week, A and B …").
 * Given the verbs of saying (`reporting`), nor the object of another verb.
 */
function listComma(tokens: readonly Token[], k: number, floor: number, reporting?: ReadonlySet<string>): boolean {
  const item = /^(?:DET|ADJ|NOUN|PROPN|PART)$/;
  // "Russia, Ukraine, and Turkey": a comma before the closing "and" of three items or more.
  const serial = tokens[k + 1]?.lower === "and";
  if (!/^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? "") || !(item.test(tokens[k + 1]?.pos ?? "") || serial))
    return false;
  let and = false;
  for (let n = k + 1; n < tokens.length && !and; n++) {
    const t = tokens[n]!;
    if (t.lower === "and" && t.pos === "CCONJ") and = true;
    else if (!item.test(t.pos) && t.text !== ",") return false;
  }
  if (!and) return false;
  let m = k - 1;
  while (m > floor && item.test(tokens[m - 1]!.pos)) m--;
  const before = tokens[m - 1];
  if (serial && before?.text !== ",") return false;
  // ("if the envoys fail to reach terms, Norway and the UN should step in": a common noun right
  // after a verb that reports nothing is that verb's object, and the comma ends its clause.)
  if (reporting && m === floor && tokens[m]!.pos === "NOUN" && before?.pos === "VERB" && !reporting.has(before.lemma))
    return false;
  // "advisers from Russia, Ukraine and France agreed": the list inside a phrase of the subject.
  // Its first item a bare name ("from Russia, …", not "in the Gaza Strip, the governments said").
  const insidePhrase =
    before?.pos === "ADP" &&
    NOUN_PREPOSITIONS.has(before.lower) &&
    /^(?:NOUN|PROPN)$/.test(tokens[m - 2]?.pos ?? "") &&
    tokens.slice(m, k).every((t) => t.pos === "PROPN");
  return (
    !TIME_OPENERS.has(tokens[m]!.lower) &&
    (insidePhrase ||
      ((m === floor || !before || before.text === "," || before.pos === "SCONJ" || before.pos === "PUNCT") &&
        before?.pos !== "ADP"))
  );
}

/**
 * Whether the noun at `k` ends a phrase of a preposition that opens a clause of "that" ("said
 * that during talks with the envoy he had …"): the pronoun after it is that clause's subject, not
 * the subject of a relative clause on the noun.
 */
function frontedAfterThat(tokens: readonly Token[], k: number, floor: number): boolean {
  let m = k;
  while (m > floor && /^(?:NOUN|PROPN|DET|ADJ|NUM|ADP|PART)$/.test(tokens[m]!.pos)) m--;
  return COMPLEMENTISERS.has(tokens[m]?.lower ?? "") && tokens[m + 1]?.pos === "ADP";
}

/** Possessive pronouns, which open a noun phrase as a determiner does. */
const OWNERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Verbs of expecting, whose object is the subject of the infinitive after it ("expects talks to resume"). */
const EXPECTING = new Set(["expect"]);

/**
 * Whether tokens [from, to) are one plain noun phrase ("the two leaders", "talks", "a meeting"):
 * stricter than verblessNounPhrase, which lets a conjunction or a preposition in and, tried for
 * "expects … to", misread more than it found.
 */
function nounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return (
    words.length > 0 &&
    words.every((t) => /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(t.pos)) &&
    /^(?:NOUN|PROPN)$/.test(words.at(-1)!.pos)
  );
}

/**
 * The start of the noun phrase an infinitive completes when that phrase is a subject: at the
 * start of the sentence, or right after "that" or a verb of saying ("that failure to reach a
 * deal could …").
 */
function nounBeforeInfinitive(
  tokens: readonly Token[],
  infinitive: Clause,
  reporting: ReadonlySet<string>,
): number | null {
  if (infinitive.kind !== "infinitive") return null;
  let k = infinitive.start - 1;
  // ('said "a real chance" to end the war is …': a quoted noun phrase all the same)
  if (/^["”’]$/.test(tokens[k]?.text ?? "")) k--;
  // (and one whose name ends on its acronym: "the Free Coast Front (FCF) to disarm")
  if (tokens[k]?.text === ")" && tokens[k - 2]?.text === "(" && tokens[k - 1]?.pos === "PROPN") k -= 3;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[k]?.pos ?? "")) return null;
  // Back to the noun phrase's determiner, its left edge ("told the envoy [any deal] to …"), over
  // "of" phrases ("Hopes of a breakthrough to …").
  // And over other phrases of place and topic that reach the sentence's start ("Negotiations at
  // the level of advisers on ways to settle the conflict will be held …").
  // (and over an owner: "Ferreira's appeal for his fighters to disarm")
  const owner = (t: Token) => /^['’]s?$/.test(t.text) || OWNERS.has(t.lower);
  // (and over "and" between the words that describe the noun: "talks between Chilean and Peruvian envoys")
  const inside = (t: Token) =>
    (/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(t.pos) && t.lower !== "to") || owner(t) || t.lower === "and";
  const determiner = (t: Token) => t.pos === "DET" || OWNERS.has(t.lower);
  while (k > 0 && (!determiner(tokens[k]!) || tokens[k - 1]!.pos === "ADP") && inside(tokens[k - 1]!)) k--;
  const before = tokens[k - 1];
  // Opening the sentence, or what was said after "that" (or after the verb and the day it was
  // said: "said Tuesday a real chance to end the war is within reach").
  let verb = k - 1;
  while (verb > k - 4 && (WHEN_SAID.has(tokens[verb]?.lower ?? "") || /^["“‘]$/.test(tokens[verb]?.text ?? ""))) verb--;
  const atStart = infinitive.parent === null && (!before || before.pos === "PUNCT");
  const said = infinitive.parent !== null && (before?.lower === "that" || reporting.has(tokens[verb]?.lemma ?? ""));
  return atStart || said ? k : null;
}

/**
 * Whether tokens `from`…`to` are a noun phrase and its prepositional phrases, the object of an
 * infinitive that a subject found after them only ends ("Talks to settle [the dispute over] the
 * region were suspended": what looked like the verb's subject closes the infinitive's object).
 */
function objectBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const span = tokens.slice(from, to);
  return (
    span.some((t) => t.pos === "ADP") &&
    span.every((t) => /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(t.pos) && t.lower !== "to" && t.lower !== "by")
  );
}

/**
 * Whether the verb group after `g` carries the sentence with no mark between them ("A plan
 * announced last month was rejected"), so that `g` only describes a noun.
 */
function predicateAhead(tokens: readonly Token[], g: VerbGroup, next: VerbGroup | undefined): boolean {
  if (!next) return false;
  // ("… ended in Lima with more rounds planned": a participle after "with" and its noun is no predicate)
  if ((next.participle || next.gerund) && nounAfterWith(tokens, next, g.end)) return false;
  return tokens
    .slice(g.end, next.start)
    .every(
      (t) =>
        !(
          t.pos === "PUNCT" ||
          t.pos === "SCONJ" ||
          t.pos === "CCONJ" ||
          RELATIVES.has(t.lower) ||
          SUBORDINATORS.has(t.lower)
        ),
    );
}

/**
 * Whether the quotation mark at `k` closes a quotation of a few words opened inside a phrase
 * ('its "primary causes" must be resolved', 'would "constructively" accept'): part of its clause.
 */
function shortInlineQuote(tokens: readonly Token[], k: number, reporting: ReadonlySet<string>): boolean {
  if (/[.,!?]$/.test(tokens[k - 1]?.text ?? "")) return false;
  for (let o = k - 1; o >= Math.max(0, k - 5); o--) {
    if (tokens[o]!.text !== '"') continue;
    const before = tokens[o - 1];
    // ('said that "mutual trust" had grown', 'said "good news" would come': after "that" or a
    // verb of saying, only words that say nothing themselves)
    const words = tokens.slice(o + 1, k);
    return (
      !!before &&
      before.pos !== "PUNCT" &&
      ((before.lower !== "that" && !reporting.has(before.lemma)) || words.every((t) => !/^(?:VERB|AUX)$/.test(t.pos)))
    );
  }
  return false;
}

/**
 * The opening bracket of the aside that the ")" or "]" at `k` closes after a name, or -1: an
 * acronym ("the Rapid Support Forces (RSF) said", "the directors general (DGMOs) of both armies",
 * "the National Liberation Army [ELN] guerrilla group") or a person's party or office in a few
 * capitalised words ("Prime Minister Anna Lind (Centre) said", "Senator Jane Roe (R-Ohio) said").
 */
function nameAside(tokens: readonly Token[], k: number): number {
  const close = tokens[k]?.text;
  if (close !== ")" && close !== "]") return -1;
  const openMark = close === ")" ? "(" : "[";
  const inner = tokens[k - 1];
  if (
    tokens[k - 2]?.text === openMark &&
    !!inner &&
    /^\p{Lu}[\p{Lu}\p{N}-]+s?$/u.test(inner.text) &&
    /^(?:NOUN|PROPN)$/.test(tokens[k - 3]?.pos ?? "")
  )
    return k - 2;
  let open = k - 1;
  while (open > k - 6 && open > 0 && tokens[open]!.text !== openMark) {
    if (!/^(?:PROPN|PUNCT)$/.test(tokens[open]!.pos) || /^[()[\],;:"]$/.test(tokens[open]!.text)) return -1;
    open--;
  }
  return tokens[open]?.text === openMark &&
    open < k - 1 &&
    /^\p{Lu}/u.test(tokens[open + 1]!.text) &&
    tokens[open - 1]?.pos === "PROPN"
    ? open
    : -1;
}

/**
 * The comma that opens an apposition after a name, closed by the comma at `j` ("Miller, commander
 * of the force, met …"), or null: words of a noun phrase between them, opening on a noun or a
 * determiner.
 */
function appositionAfterName(tokens: readonly Token[], j: number, floor: number): number | null {
  let m = j - 1;
  while (m > floor && tokens[m]!.text !== ",") {
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ|PART)$/.test(tokens[m]!.pos) && tokens[m]!.text !== "-") return null;
    m--;
  }
  if (m <= floor || m + 1 >= j || tokens[m]!.text !== ",") return null;
  return /^(?:DET|NOUN)$/.test(tokens[m + 1]!.pos) && tokens[m - 1]?.pos === "PROPN" ? m : null;
}

/** Whether the verb group that ends at `end` opens a relative clause after a comma (", which included"). */
function closesRelative(tokens: readonly Token[], end: number): boolean {
  let k = end - 1;
  while (k > 0 && /^(?:VERB|AUX|ADV|PART)$/.test(tokens[k]!.pos)) k--;
  return /^(?:which|who)$/.test(tokens[k]?.lower ?? "") && tokens[k - 1]?.text === ",";
}

/** Whether the "(" or "[" at `k` opens a name's aside. */
function opensNameAside(tokens: readonly Token[], k: number): boolean {
  for (let close = k + 2; close <= k + 6 && close < tokens.length; close++)
    if (/^[)\]]$/.test(tokens[close]!.text)) return nameAside(tokens, close) === k;
  return false;
}

/** Whether "and" at `j` joins the two parties of "between": "talks between the army and the rebels were held". */
function joinsParties(tokens: readonly Token[], j: number, floor: number): boolean {
  let k = j - 1;
  while (k > floor && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[k]!.pos)) k--;
  return k < j - 1 && tokens[k]!.lower === "between";
}

/** The noun phrase between "with" (or "without") and a gerund, not reaching before `floor`. */
function nounAfterWith(tokens: readonly Token[], g: VerbGroup, floor: number): [number, number] | null {
  let k = g.start;
  // (a preposition's phrase may qualify the noun: "with envoys from both sides saying …")
  while (
    k > floor &&
    /^(?:PROPN|NOUN|DET|ADJ|PART|NUM|ADP)$/.test(tokens[k - 1]!.pos) &&
    !/^(?:with|without)$/.test(tokens[k - 1]!.lower)
  )
    k--;
  return k < g.start && /^(?:with|without)$/.test(tokens[k - 1]?.lower ?? "") ? [k, g.start] : null;
}

/**
 * Whether the words before "and" at `j` are a noun phrase that opens a clause (at the start of
 * the sentence or right after "that", "if", a relative pronoun…), so "and" joins two subjects.
 */
function subjectNounPhraseBefore(
  tokens: readonly Token[],
  j: number,
  floor: number,
  reporting: ReadonlySet<string>,
): boolean {
  let k = j - 1;
  // Names with their titles and places ("Secretary of State Marco Rubio", "routes between Armenia").
  // ("a visit to Ukraine on Monday and Tuesday ended": "to" between nouns is a preposition)
  const nounTo = (m: number) =>
    tokens[m]!.lower === "to" &&
    /^(?:NOUN|PROPN)$/.test(tokens[m - 1]?.pos ?? "") &&
    /^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[m + 1]?.pos ?? "");
  const inPhrase = (m: number) => {
    const t = tokens[m]!;
    return (
      (NOUN_PHRASE.test(t.pos) || (t.pos === "ADP" && NOUN_PREPOSITIONS.has(t.lower)) || nounTo(m)) &&
      !COMPLEMENTISERS.has(t.lower) &&
      !RELATIVES.has(t.lower)
    );
  };
  // "said he and Foreign Ministers A and B will meet": names joined by "and" are one phrase too.
  const joined = (m: number) =>
    tokens[m]!.lower === "and" && m > floor && /^(?:NOUN|PROPN|PRON)$/.test(tokens[m - 1]!.pos);
  while (k >= floor) {
    // ("the United States (US)": past a name's aside in brackets)
    const aside = nameAside(tokens, k);
    if (aside >= 0) {
      k = aside - 1;
      continue;
    }
    if (
      !inPhrase(k) &&
      !joined(k) &&
      !(tokens[k]!.text === "," && tokens[k + 1]?.lower === "and" && listComma(tokens, k, floor))
    )
      break;
    k--;
  }
  if (k === j - 1) return false;
  // After a verb of saying the phrase opens what was said ("confirmed talks between A and B would start").
  if (k < floor) return floor === 0 || tokens[floor - 1]?.pos !== "VERB" || reporting.has(tokens[floor - 1]!.lemma);
  const opener = tokens[k]!;
  return (
    COMPLEMENTISERS.has(opener.lower) ||
    RELATIVES.has(opener.lower) ||
    CONDITIONS.has(opener.lower) ||
    SUBORDINATORS.has(opener.lower) ||
    opener.text === "," ||
    opener.text === '"' ||
    HARD_BREAKS.has(opener.text) ||
    // "GENEVA (Reuters) - Armenia and Azerbaijan have agreed …": a dateline's dash.
    (opener.text === "-" && opener.pos === "PUNCT")
  );
}

/**
 * Where "ROLE, NAME," that ends at the comma `j` starts: a name of capitalised words between
 * commas, after a noun phrase ending in a common noun ("the Kremlin's envoy, Dmitry Kozak,").
 */
function roleAndNameBefore(tokens: readonly Token[], j: number, floor: number): number | null {
  let k = j - 1;
  while (k > floor && tokens[k]!.pos === "PROPN") k--;
  if (k === j - 1 || tokens[k]?.text !== "," || tokens[k - 1]?.pos !== "NOUN") return null;
  let m = k - 1;
  while (
    m > floor &&
    (/^(?:DET|ADJ|NOUN|PROPN|PART)$/.test(tokens[m - 1]!.pos) || POSSESSIVE_WORD.test(tokens[m - 1]!.lower))
  )
    m--;
  return m < k - 1 ? m : null;
}

const POSSESSIVE_WORD = /^(?:his|her|its|their|our|my|your)$/;

/** The comma opening an attribution aside (", according to one source,") that the comma at `j` closes. */
function parentheticalStart(tokens: readonly Token[], j: number, floor: number): number | null {
  for (let k = j - 1; k > floor; k--) {
    if (tokens[k]!.text !== ",") continue;
    return tokens[k + 1]?.lower === "according" && tokens[k + 2]?.lower === "to" ? k : null;
  }
  return null;
}

/**
 * Whether a bare participle after a noun describes it ("a paper called …", "agreements made
 * without …", "the broadcaster released on Sunday") rather than being a name's verb ("Blinken
 * told reporters"): after a common noun, or when a preposition, a quotation or the clause's
 * end follows it.
 */
function describesNoun(tokens: readonly Token[], g: VerbGroup, described: Token | undefined): boolean {
  if (!described || !/^(?:NOUN|PROPN)$/.test(described.pos)) return false;
  // 'the minister condemned "the attacks"': a quotation mark opening the object is not a break.
  const opensQuote =
    tokens[g.end]?.text === '"' && /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(tokens[g.end + 1]?.pos ?? "");
  const next = tokens[opensQuote ? g.end + 1 : g.end];
  const loose = !next || /^(?:ADP|PUNCT)$/.test(next.pos);
  return g.gerund || loose || (described.pos === "NOUN" && next.pos !== "DET" && next.pos !== "PRON");
}

/**
 * The token before the time phrase that ends at `k` ("talks in Oslo [on May 4] aimed at …",
 * "[on Monday]"), or `k` itself when none ends there: a describing participle may follow a
 * noun phrase that a time closes.
 */
function pastTimePhrase(tokens: readonly Token[], k: number): number {
  const day = (x: Token | undefined) =>
    x?.pos === "NUM" || CALENDAR_NAME.test(x?.text ?? "") || MONTH_NAME.test(x?.text ?? "");
  let m = k;
  while (m > k - 3 && day(tokens[m])) m--;
  return m < k && /^(?:on|in)$/.test(tokens[m]?.lower ?? "") && m > 0 ? m - 1 : k;
}

/** The token before `at`, past any adverbs ("a decree officially declaring …" → "decree"). */
function wordBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  while (k > 0 && tokens[k]!.pos === "ADV") k--;
  return k;
}

/** Parts of speech a subject's noun phrase may open with. */
const NOMINAL_START = /^(?:DET|NOUN|PROPN|PRON|NUM)$/;

/**
 * The comma that closes a phrase opening tokens [from, to) when only a noun phrase follows it up
 * to `to` (a verb group), or -1.
 */
function frontedPhraseComma(tokens: readonly Token[], from: number, to: number): number {
  let comma = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || QUOTE_MARK.test(t.text)) return -1;
    if (t.text === ",") comma = k;
  }
  if (comma < 0 || comma + 1 >= to || !NOMINAL_START.test(tokens[comma + 1]!.pos)) return -1;
  for (let k = comma + 1; k < to; k++) if (!NOUN_PHRASE.test(tokens[k]!.pos) && tokens[k]!.pos !== "ADP") return -1;
  return comma;
}

const onlyAdverbs = (tokens: readonly Token[], from: number, to: number) =>
  tokens.slice(from, to).every((t) => t.pos === "ADV" || t.pos === "PUNCT");

/**
 * "Heading the rebel team was its chief negotiator", "Also invited to the ceremony were the
 * envoys of Norway": a participle that opens the sentence with no subject, and a bare copula
 * after its phrase with no comma, are one clause told back to front. The participle is its
 * predicate and the noun phrase after the copula its subject.
 */
function invertsAfter(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  opening: Clause,
  copula: VerbGroup,
): boolean {
  const g = opening.group;
  if (!g || opening.subject || !(g.gerund || g.participle) || !onlyAdverbs(tokens, 0, g.start)) return false;
  if (tokens[copula.head]!.lemma !== "be" || copula.start !== copula.head || copula.end !== copula.head + 1)
    return false;
  const between = tokens.slice(g.end, copula.start);
  if (between.some((t, j) => t.pos === "PUNCT" || quoted[g.end + j])) return false;
  return /^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(tokens[copula.end]?.pos ?? "");
}

/**
 * "What Moscow wants before any talks is a new government": a free relative that opens a
 * clause is the subject of the copula after it (a pseudo-cleft). The copula takes the free
 * relative's place in the sentence, and the free relative and what hangs on it hang on the copula.
 */
function pseudoClefts(tokens: readonly Token[], clauses: Clause[]): void {
  clauses.forEach((what, w) => {
    if (what.opener !== "what" || (what.kind !== "complement" && what.kind !== "main")) return;
    const inside = new Set([w]);
    for (let d = w + 1; d < clauses.length; d++) {
      const c = clauses[d]!;
      const copula = c.group && tokens[c.group.head]!.lemma === "be" && c.group.start === c.group.head;
      if (copula && c.parent !== null && inside.has(c.parent) && !c.coordinated) {
        c.subject = [what.start, c.group!.start];
        c.kind = what.kind;
        c.parent = what.parent;
        c.opener = null;
        what.kind = "relative";
        what.parent = d;
        return;
      }
      if (c.parent === null || !inside.has(c.parent)) return;
      inside.add(d);
    }
  });
}

/** Words of time that may open a sentence before a comma ("Last week, …"), which no list item is. */
const TIME_WORDS =
  /^(?:hours?|days?|weeks?|weekends?|months?|years?|mornings?|afternoons?|evenings?|nights?|times?|today|yesterday|tomorrow|after|before|since|following|during|until)$/;

/**
 * Whether the words from `from` to the comma at `comma`, with the subject after it, make one list
 * of nouns ending in "and": a noun phrase with no verb, no mark and no time before the comma.
 */
function listAhead(tokens: readonly Token[], from: number, comma: number, subject: readonly [number, number]): boolean {
  if (tokens[comma]?.text !== ",") return false;
  if (!tokens.slice(subject[0], subject[1]).some((t) => t.lower === "and")) return false;
  let k = from;
  while (k < comma && /^["“”‘’']$/.test(tokens[k]!.text)) k++;
  const before = tokens.slice(k, comma);
  return (
    before.length > 0 &&
    /^(?:DET|ADJ|NOUN|PROPN)$/.test(before[0]!.pos) &&
    /^(?:NOUN|PROPN)$/.test(before[before.length - 1]!.pos) &&
    before.every((t) => /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ|PART)$/.test(t.pos)) &&
    !before.some((t) => TIME_WORDS.test(t.lower) || CALENDAR_NAME.test(t.text))
  );
}

/**
 * Whether a bare past form followed by a preposition, while a subject waits for its verb, is an
 * aside ("The envoy, accompanied by aides, …", "Talks, held in Doha, ended …") rather than the
 * verb ("The delegation, chaired by its ambassador, met with …"): a passive "by" says aside, and
 * so does a predicate still to come (a verb later that no relative pronoun or "that" opens).
 */
function asideParticiple(tokens: readonly Token[], groups: readonly VerbGroup[], k: number): boolean {
  const g = groups[k]!;
  const next = tokens[g.end];
  if (setOffBeforeVerb(tokens, groups, k)) return true;
  if (next?.pos !== "ADP") return false;
  if (next.lower === "by") return true;
  // "Medinsky, an aide, said on Friday that …": a phrase of time or place and then a clause of
  // "that" complete the verb itself, which a describing participle never takes.
  let m = g.end + 1;
  while (
    m < g.end + 8 &&
    tokens[m] &&
    tokens[m]!.pos !== "PUNCT" &&
    tokens[m]!.pos !== "VERB" &&
    tokens[m]!.pos !== "SCONJ"
  )
    m++;
  if (tokens[m]?.pos === "SCONJ" && tokens[m]!.lower === "that") return false;
  // A bare past form between a noun and a preposition describes that noun ("in a letter read
  // to supporters"): no predicate.
  return groups.slice(k + 1).some((h) => {
    const before = tokens[h.start - 1];
    return (
      !h.infinitive &&
      !h.gerund &&
      !RELATIVES.has(before?.lower ?? "") &&
      before?.lower !== "that" &&
      !(h.participle && before?.pos === "NOUN" && prepositionAt(tokens, h.end))
    );
  });
}

/** A preposition or a mark at `k`: "to" before anything but a verb is the preposition. */
const prepositionAt = (tokens: readonly Token[], k: number) =>
  /^(?:ADP|PUNCT)$/.test(tokens[k]?.pos ?? "") || (tokens[k]?.lower === "to" && tokens[k + 1]?.pos !== "VERB");

/**
 * "Ocalan, called Apo for short, has been …", "The rebels, jailed since 2019, signed …": a bare
 * past form between commas, with the next verb group finite and right after the closing comma,
 * is an aside on the subject.
 */
function setOffBeforeVerb(tokens: readonly Token[], groups: readonly VerbGroup[], k: number): boolean {
  const g = groups[k]!;
  const h = groups[k + 1];
  // ("The route, officially called …, was announced": past the adverbs that open the aside)
  let open = g.start - 1;
  while (open > 0 && tokens[open]!.pos === "ADV") open--;
  if (tokens[open]?.text !== "," || !h || h.infinitive || h.gerund) return false;
  // "…, signed a treaty, known as START I": a bare past form before a preposition is an aside
  // itself, not the verb the subject waits for.
  if (h.participle && /^(?:ADP|PUNCT)$/.test(tokens[h.end]?.pos ?? "")) return false;
  let close = h.start - 1;
  // (past the adverbs of the verb and a closing quotation mark: 'called the "Road to Peace," was')
  while (close > g.end && (tokens[close]!.pos === "ADV" || tokens[close]!.text === '"')) close--;
  if (tokens[close]?.text !== "," || close < g.end) return false;
  // No other mark or verb of a clause between: the aside is one phrase.
  return tokens.slice(g.end, close).every((t) => t.text !== "," && !RELATIVES.has(t.lower) && t.lower !== "that");
}

/**
 * The noun phrase that opens what a verb of saying reports, from `from` (right after the verb)
 * to `to`: after "that" (a time may come before it: "said on Friday that …"), or at once.
 */
function subjectOfSaying(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  let start = from;
  for (let k = from; k < to; k++) if (tokens[k]!.lower === "that") start = k + 1;
  const words = tokens.slice(start, to);
  const phrase =
    words.length > 0 &&
    /^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(words[0]!.pos) &&
    words.every((t) => /^(?:DET|ADJ|NUM|NOUN|PROPN|PART|ADP)$/.test(t.pos) && t.lower !== "that") &&
    /^(?:NOUN|PROPN)$/.test(words.at(-1)!.pos);
  return phrase ? [start, to] : null;
}

/** The noun phrase after an inverted reporting verb ("…," said Peskov). */
function invertedSubject(tokens: readonly Token[], g: VerbGroup): [number, number] | null {
  // "…, the minister told reporters": after "tell" comes whom it was told to, never the speaker.
  if (tokens[g.head]!.lemma === "tell") return null;
  let k = g.end;
  while (k < tokens.length && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[k]!.pos)) k++;
  // ("…, with both sides expected to sign": "to" after the verb opens an infinitive, no speaker)
  return k > g.end && tokens[g.end]!.pos !== "PART" ? [g.end, k] : null;
}

/**
 * "Speaking to reporters, Bassem Naim, a senior official, said …": after a participle that opens
 * the sentence, the words from its first comma to the comma before a verb that has no subject
 * of its own are that verb's subject set off by an apposition. Returns where the subject starts.
 */
function subjectAfterOpening(tokens: readonly Token[], opening: VerbGroup, g: VerbGroup): number | null {
  if (!startsSentence(tokens, opening.start) || tokens[g.start - 1]?.text !== ",") return null;
  let comma = opening.end;
  while (comma < g.start - 1 && tokens[comma]!.text !== ",") comma++;
  const first = tokens[comma + 1];
  if (comma >= g.start - 1 || !first || !/^(?:PROPN|DET|NOUN)$/.test(first.pos)) return null;
  // A name, then its apposition: a word of the phrase after the comma is a name or a noun.
  const phrase = tokens.slice(comma + 1, g.start - 1);
  return phrase.some((t) => t.text === ",") && phrase.every((t) => !/^(?:VERB|AUX|SCONJ|PRON)$/.test(t.pos))
    ? comma + 1
    : null;
}

/**
 * 'The route, called the "Road to Peace," was announced': a quotation that names something after
 * an article, closed by a comma right before the verb, ends an aside of the subject as a comma
 * does, not a quotation the verb starts anew after. (A verb of saying there is an inverted speaker's.)
 */
function namedInAside(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  close: number,
  g: VerbGroup,
  reporting: ReadonlySet<string>,
): boolean {
  if (close + 1 !== g.start || tokens[close - 1]?.text !== "," || reporting.has(tokens[g.head]!.lemma)) return false;
  let open = close - 1;
  while (open > 0 && !(tokens[open]!.text === '"' && quoted[open + 1] === true)) open--;
  return (
    open > 0 &&
    /^(?:DET|ADJ)$/.test(tokens[open - 1]!.pos) &&
    tokens.slice(open + 1, close).every((t) => t.text !== ".")
  );
}

/** Whether a participle's agent follows it, past a particle ("signed by", "drawn up by", "put forward by"). */
const byAgent = (tokens: readonly Token[], g: VerbGroup) =>
  tokens[g.end]?.lower === "by" || (PARTICLES.has(tokens[g.end]?.lower ?? "") && tokens[g.end + 1]?.lower === "by");

/**
 * The clause of a bare past form with a subject of its own ("Talks aimed …") that every clause
 * after it, up to `last`, hangs on: the candidate for a participle describing that subject.
 */
function describedSubjectClause(clauses: readonly Clause[], last: number): number | null {
  for (let p = last; p >= 0; p--) {
    const c = clauses[p]!;
    if (c.group?.participle && c.subject && !c.opener && !isSide(c.kind) && !c.coordinated) {
      for (let k = p + 1; k <= last; k++) {
        let up = clauses[k]!.parent;
        while (up !== null && up > p) up = clauses[up]!.parent;
        if (up !== p) return null;
      }
      return p;
    }
  }
  return null;
}

/**
 * The relative clause that, with every clause up to `last` hanging on it, describes the noun
 * phrase that opens the sentence at `from` ("The talks that began in Caracas …", "The envoy who
 * brokered the truce …") or what a verb of saying reports ("said the talks that began in Caracas
 * …"): that phrase still waits for its own verb. With the phrase's start and the clause of saying.
 */
function subjectRelative(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  last: number,
  from: number,
  reporting: ReadonlySet<string>,
  reportingThat: ReadonlySet<string>,
): { relative: number; start: number; saying: number | null } | null {
  // (or a bare participle right after its noun: "said a truce signed by both sides would hold")
  const opensRelative = (x: Clause) =>
    x.kind === "relative" &&
    (/^(?:that|which|who)$/.test(x.opener ?? "") ||
      (x.opener === null && !x.subject && !!x.group?.participle && !x.group.gerund));
  let r = last;
  while (clauses[r]!.parent !== null && !opensRelative(clauses[r]!)) r = clauses[r]!.parent!;
  const c = clauses[r]!;
  if (!opensRelative(c)) return null;
  if (!/^(?:NOUN|PROPN)$/.test(tokens[c.start - 1]?.pos ?? "")) return null;
  let start = c.start;
  // ("The government and the two movements that have fought it signed …": one phrase joined to another)
  const joins = (k: number) => tokens[k]?.lower === "and" && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? "");
  while (
    start > from &&
    (NOUN_PHRASE.test(tokens[start - 1]!.pos) || NOUN_PREPOSITIONS.has(tokens[start - 1]!.lower) || joins(start - 1))
  ) {
    start--;
    // A determiner opens the phrase unless a preposition inside it, or a phrase joined to it, comes before
    // ("the head of the team").
    if (tokens[start]!.pos === "DET" && !NOUN_PREPOSITIONS.has(tokens[start - 1]?.lower ?? "") && !joins(start - 1))
      break;
  }
  if (start === c.start) return null;
  for (let k = r + 1; k <= last; k++) {
    let up = clauses[k]!.parent;
    while (up !== null && up > r) up = clauses[up]!.parent;
    if (up !== r) return null;
  }
  if (c.parent === null)
    return start === from && !clauses.some((x) => x.kind === "main") ? { relative: r, start, saying: null } : null;
  // What was said opens right after the verb of saying or its "that".
  const p = clauses[c.parent]!;
  const verb = p.group ? tokens[p.group.head]!.lemma : "";
  const afterThat = tokens[start - 1]?.lower === "that";
  const says = !!p.group && !p.group.gerund && (reporting.has(verb) || (reportingThat.has(verb) && afterThat));
  // ("told reporters the envoy who …": past whom a verb of telling addresses)
  const teller = tokens[p.group?.head ?? 0]!.lemma;
  const addressed = isTelling(teller) && /^(?:NOUN|PROPN|PRON)$/.test(tokens[start - 1]!.pos);
  const opens = start === p.group?.end || afterThat || addressed;
  const answered = clauses.some((x) => x.parent === c.parent && x.kind === "complement");
  return says && opens && !answered ? { relative: r, start, saying: c.parent } : null;
}

/**
 * Splits a tagged sentence into clauses around its verb groups. Shallow by design: it uses
 * the marks news English opens clauses with (subordinators, relative pronouns, "and", commas,
 * quotation marks) and never needs a full parse.
 */
const WHEN_SAID = new Set([...WEEKDAYS, "today", "yesterday", "tonight", "on", "late", "early", "last", "this"]);
/** Whether a subject starts right after a verb, past at most the day it was said ("announced Thursday it …"). */
const saidRightAfter = (tokens: readonly Token[], verb: VerbGroup, subject: number) =>
  subject >= verb.end &&
  subject - verb.end <= 2 &&
  tokens.slice(verb.end, subject).every((t) => WHEN_SAID.has(t.lower));

/**
 * "The European Union - which has mediated since May - said …": the noun phrase that opens
 * the sentence, before an aside between two dashes, is the subject of the verb after them.
 */
function subjectBeforeDashes(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  at: number,
): [number, number] | null {
  const dash = (k: number) => /^(?:[-—–]|--)$/.test(tokens[k]?.text ?? "");
  if (!dash(at - 1)) return null;
  let open = at - 2;
  while (open > 0 && !dash(open)) open--;
  if (open <= 0 || clauses.some((c) => c.start < open)) return null;
  return verblessNounPhrase(tokens.slice(0, open)) ? [0, open] : null;
}

/**
 * "Talks between the sides on reviving the deal …": a clause of a preposition and a gerund that
 * the sentence's first noun phrase, with no verb of its own, leads into.
 */
function opensOnNounOf(tokens: readonly Token[], clause: Clause): boolean {
  const lead = leadingTime(tokens);
  if (!/^(?:argument|adverbial)$/.test(clause.kind) || tokens[clause.start]?.pos !== "ADP" || clause.start <= lead)
    return false;
  const before = tokens.slice(lead, clause.start);
  return verblessNounPhrase(before) && before.find((t) => t.pos !== "PUNCT")?.pos !== "ADP";
}

const CLOCK = /^(?:[ap]\.?m\.?|noon|midnight)$/i;
/** How many tokens the time phrase that opens a sentence takes up ("On Monday at 9 a.m.", "In March,"). */
function leadingTime(tokens: readonly Token[]): number {
  let k = 0;
  const timeWord = (t: Token | undefined) => !!t && (t.pos === "NUM" || TIME_NOUN.test(t.text) || CLOCK.test(t.text));
  while (/^(?:on|in|at)$/i.test(tokens[k]?.text ?? "") && timeWord(tokens[k + 1])) {
    k++;
    while (timeWord(tokens[k])) k++;
  }
  return tokens[k]?.text === "," && k > 0 ? k + 1 : k;
}

/** Whether words form a phrase that opens a sentence as its subject may: no verb or conjunction, a noun last. */
const verblessNounPhrase = (phrase: readonly Token[]) =>
  /^(?:NOUN|PROPN)$/.test(phrase.at(-1)?.pos ?? "") && phrase.every((t) => !/^(?:VERB|AUX|SCONJ)$/.test(t.pos));

/**
 * Whether what reads as the subject of the verb after relative clause `c` is rather that clause's
 * object: a plain noun phrase right after its verb, which reports nothing ("The mediators who
 * brokered a truce in Cairo suspended the talks"; not "The envoy who said the truce held …").
 */
function objectOfRelative(
  tokens: readonly Token[],
  c: Clause,
  subject: readonly [number, number],
  reporting: ReadonlySet<string>,
): boolean {
  const g = c.group;
  if (!g || subject[0] !== g.end || reporting.has(tokens[g.head]!.lemma)) return false;
  const words = tokens.slice(subject[0], subject[1]);
  return (
    /^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(words[0]!.pos) &&
    words.every((t) => /^(?:DET|NUM|ADJ|NOUN|PROPN|ADP|ADV|PART|CCONJ)$/.test(t.pos) || t.text === "-")
  );
}

/**
 * The noun phrase that opens the sentence, when `c` describes it (a gerund phrase right after
 * the noun, "Envoys attending the talks …", or a relative clause of "that", "which" or "who" on
 * it) and nothing but words stands between that phrase and the group `g`; else null.
 */
function describedOpening(tokens: readonly Token[], c: Clause, g: VerbGroup): [number, number] | null {
  if (c.kind !== "relative" || !c.group) return null;
  const unbroken = (from: number) => !tokens.slice(from, g.start).some((t) => t.pos === "PUNCT");
  if (c.start === 0 && c.group.gerund) return unbroken(c.group.end) ? [0, c.group.start] : null;
  const lead = leadingTime(tokens);
  return /^(?:that|which|who)$/.test(c.opener ?? "") &&
    verblessNounPhrase(tokens.slice(lead, c.start)) &&
    unbroken(c.start)
    ? [lead, c.start]
    : null;
}

export function segmentClauses(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  groups: readonly VerbGroup[],
  reporting: ReadonlySet<string> = REPORTING_LIKE,
  reportingThat: ReadonlySet<string> = new Set(),
): Clause[] {
  const clauses: Clause[] = [];
  if (!groups.length) {
    return [
      {
        kind: "main",
        start: 0,
        end: tokens.length,
        group: null,
        opener: null,
        parent: null,
        subject: null,
        coordinated: false,
      },
    ];
  }
  // A subject cut off by an aside ("Norway's Foreign Ministry, which brokered the truce, said …").
  let orphan: { range: [number, number]; kind: ClauseKind; parent: number | null; opener: string | null } | null = null;
  let sentenceStart = 0;
  /** The last clause before `from` that carries the sentence (not a side remark, nor a verb's completion). */
  const lastNonSide = (from: number): number | null => {
    for (let c = from; c >= 0; c--) {
      const x = clauses[c]!;
      if (!isSide(x.kind) && x.kind !== "infinitive" && x.kind !== "argument" && x.group && !x.group.gerund) return c;
    }
    return null;
  };

  /** The clause a chain of infinitives and gerunds ending at `from` completes. */
  const finiteAbove = (from: number): number => {
    let c = from;
    while (/^(?:infinitive|argument)$/.test(clauses[c]!.kind) && clauses[c]!.parent !== null) c = clauses[c]!.parent!;
    return c;
  };
  const continuedRelative = (c: number): number | null =>
    clauses[c]!.kind === "relative" && !clauses[c]!.subject && clauses[c]!.opener !== null ? c : null;
  // "if Kyiv is ready to sign and withdraws its forces, …": with no comma before "and", what
  // follows is still part of the condition.
  const continuedCondition = (c: number, and: number): number | null =>
    clauses[c]!.kind === "condition" && tokens[and - 1]?.text !== "," ? c : null;

  /** The nearest clause that `from` is or hangs on which reports what a complement says. */
  const sayingAbove = (from: number): number | null => {
    for (let c: number | null = from; c !== null; c = clauses[c]!.parent) {
      const group = clauses[c]!.group;
      const says =
        group &&
        !group.gerund &&
        !group.negated &&
        reporting.has(tokens[group.head]!.lemma) &&
        clauses.some((x) => x.parent === c && x.kind === "complement");
      if (says) return c;
    }
    return null;
  };

  /** A clause of saying that the chain of infinitives and relatives before `from` hangs on, with no complement yet. */
  const reportingAncestor = (from: number): number | null => {
    let c: number | null = from;
    while (c !== null) {
      const clause: Clause = clauses[c]!;
      const head = clause.group ? tokens[clause.group.head]! : null;
      if (head && reporting.has(head.lemma) && !clause.group!.gerund)
        return clauses.some((x) => x.parent === c && x.kind === "complement") ? null : c;
      if (clause.kind !== "infinitive" && clause.kind !== "argument" && clause.kind !== "relative") return null;
      c = clause.parent;
    }
    return null;
  };

  // "said that if the terms were met, Russia would return": a side clause between "that" and the
  // clause it introduces; that clause, once it comes, is what was said.
  let saidThat: { reporter: number; side: number } | null = null;

  groups.forEach((g, k) => {
    const prev = k > 0 ? groups[k - 1]! : null;
    const floor = prev ? prev.end : sentenceStart;
    // A past form with no finite verb beside it carries the sentence ("On Monday the rebels agreed to a truce").
    const alone = groups.every((x) => x === g || x.infinitive || x.gerund);
    const lemma = prev ? tokens[prev.head]!.lemma : "";
    const b = boundaryOf(tokens, quoted, g, floor, reporting.has(lemma) || TELLING.has(lemma), reporting, alone);
    const prevIndex = clauses.length - 1;
    const prevClause = prevIndex >= 0 ? clauses[prevIndex]! : null;
    if (prevIndex === 0 && invertsAfter(tokens, quoted, prevClause!, g)) {
      const inverted = prevClause!;
      const comma = tokens.findIndex((t, j) => j > g.end && t.text === ",");
      const last = tokens.length - (tokens[tokens.length - 1]!.pos === "PUNCT" ? 1 : 0);
      inverted.kind = "main";
      inverted.subject = [g.end, comma > 0 ? comma : last];
      // ("Also invited were …": what a past participle says was done to the subject is passive.)
      inverted.group = {
        ...inverted.group!,
        tense: g.tense,
        passive: inverted.group!.participle,
        gerund: false,
        participle: false,
      };
      return;
    }
    const openerWidth =
      b.opener && b.opener !== "," && b.kind !== "none" && b.kind !== "break" ? b.opener.split(" ").length : 0;
    const subjectStart = b.at + openerWidth;
    // A gerund or bare participle shares its subject with the clause it hangs on.
    const withSubject = g.gerund && b.kind === "none" && /^(?:with|without)$/.test(tokens[b.at - 1]?.lower ?? "");
    const ownSubject = withSubject || !(g.gerund && (b.kind === "none" || b.kind === "comma"));
    let subject: [number, number] | null =
      // A phrase that opens on a preposition ("and in 2021 passed") is no subject.
      ownSubject &&
      subjectStart < g.start &&
      !onlyAdverbs(tokens, subjectStart, g.start) &&
      tokens[subjectStart]!.pos !== "ADP"
        ? [subjectStart, g.start]
        : null;
    // '"In the meantime the sanctions will remain …': after a phrase that opens on a preposition
    // with no comma, the subject is the noun phrase that a determiner opens right before the verb.
    if (ownSubject && !subject && tokens[subjectStart]?.pos === "ADP" && b.kind === "break") {
      let k = g.start;
      while (k > subjectStart + 1 && /^(?:ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[k - 1]!.pos)) k--;
      if (k < g.start && tokens[k - 1]?.pos === "DET" && k - 1 > subjectStart + 1) subject = [k - 1, g.start];
    }
    // 'said: "Effective at noon, the shelling will end"', "said that in May alone, the army lost
    // …": a phrase set off by a comma at the head of the clause is no part of its subject, which
    // is the noun phrase after the comma.
    // (The tagger takes a capitalised adjective in a quotation, "Effective at", for a name.)
    const opensPhrase =
      !subject ||
      !NOMINAL_START.test(tokens[subjectStart]!.pos) ||
      (tokens[subjectStart]!.pos === "PROPN" && tokens[subjectStart + 1]?.pos === "ADP");
    if (ownSubject && (b.kind === "break" || b.kind === "complement") && opensPhrase) {
      const comma = frontedPhraseComma(tokens, subjectStart, g.start);
      if (comma >= 0) subject = [comma + 1, g.start];
    }
    // "that during talks with the envoy he had …": after such a phrase, a pronoun right before
    // the verb is its subject.
    const pronoun = tokens[g.start - 1];
    if (
      ownSubject &&
      !subject &&
      tokens[subjectStart]?.pos === "ADP" &&
      g.start - 1 > subjectStart &&
      pronoun?.pos === "PRON" &&
      SUBJECT_PRONOUNS.has(pronoun.lower)
    )
      subject = [g.start - 1, g.start];
    // "On May 10 Chad, along with its allies, proposed a truce": a date that opens the clause
    // leaves the name after it the subject.
    if (ownSubject && !subject && /^(?:on|in)$/.test(tokens[subjectStart]?.lower ?? "")) {
      let k = subjectStart + 1;
      if (CALENDAR_NAME.test(tokens[k]?.text ?? "")) {
        k++;
        while (tokens[k]?.pos === "NUM" || tokens[k]?.text === ",") k++;
        if (k < g.start && /^(?:PROPN|NOUN|DET|PRON)$/.test(tokens[k]!.pos)) subject = [k, g.start];
      }
    }
    // "Channels between the prime ministers, foreign ministers and defence ministers will …": a
    // list's comma inside the subject before the first verb; the subject starts with the list.
    const listed = !prev && b.kind === "comma" && !!subject && listAhead(tokens, floor, b.at - 1, subject);
    if (listed) {
      let from = floor;
      while (/^["“”‘’']$/.test(tokens[from]!.text)) from++;
      subject = [from, g.start];
    }
    // "…, with the envoy saying …": a gerund after a comma still hangs on the clause before, but
    // "with" gives it a subject of its own, set once its place is known.
    const subjectAfterWith = g.gerund && b.kind === "comma" ? nounAfterWith(tokens, g, b.at) : null;
    let kind: ClauseKind;
    let parent: number | null = null;
    let coordinated = false;
    /** where the clause starts when not at its mark: after a subject that another clause's words make up */
    let startsAt: number | null = null;
    let opening: [number, number] | null = null;
    let opener = b.opener === "," ? null : b.opener;

    // "Putin, speaking on Friday, said", "Norway's Foreign Ministry, which brokered the truce,
    // said", "The talks, as expected, ended …": the words before an aside that opens the
    // sentence wait for their verb.
    const asideAt = b.kind === "comma" ? b.at - 1 : b.at - 1;
    if (
      !prev &&
      asideAt > 0 &&
      tokens[asideAt]?.text === "," &&
      (b.kind === "comma" ? !subject : b.kind === "relative" || (b.kind === "adverbial" && !subject))
    ) {
      orphan = { range: [0, asideAt], kind: "main", parent: null, opener: null };
    } else if (
      prevIndex === 0 &&
      prevClause!.kind === "adverbial" &&
      prevClause!.parent === null &&
      (b.kind === "relative" || (b.kind === "comma" && !subject)) &&
      tokens[asideAt]?.text === ","
    ) {
      // "When the round stalled, the delegation, which had flown in, met …": past a side clause
      // that opens the sentence, the words between its comma and an aside wait for their verb.
      let comma = asideAt - 1;
      while (comma > prev!.end && tokens[comma]!.text !== ",") comma--;
      const words = tokens.slice(comma + 1, asideAt);
      if (tokens[comma]?.text === "," && words.length && verblessNounPhrase(words) && words[0]!.pos !== "ADP")
        orphan = { range: [comma + 1, asideAt], kind: "main", parent: null, opener: null };
    } else if (!prev && b.kind === "relative") {
      // "Jane Doe, an adviser to the president who took part in the talks, said …": the relative
      // clause is inside an apposition, and the name before it waits for the verb.
      const comma = tokens.findIndex((t, i) => i < b.at && t.text === ",");
      const name = tokens.slice(0, comma);
      if (comma > 0 && tokens[comma + 1]?.pos === "DET" && verblessNounPhrase(name) && name[0]!.pos !== "ADP")
        orphan = { range: [0, comma], kind: "main", parent: null, opener: null };
    } else if (
      prev &&
      (b.kind === "relative" || (b.kind === "comma" && g.participle && !g.gerund)) &&
      reporting.has(lemma) &&
      tokens[asideAt]?.text === ","
    ) {
      // "said that the conference, where the rebels will ratify the deal, will be held …", "said
      // the talks, planned for Monday, would not go ahead": what was said has its subject cut
      // off by the relative clause or the participle, and waits for its verb.
      const said = subjectOfSaying(tokens, prev.end, asideAt);
      if (said)
        orphan = {
          range: said,
          kind: "complement",
          parent: prevIndex,
          opener: tokens[said[0] - 1]?.lower === "that" ? "that" : null,
        };
    }

    const openedAt =
      (b.kind === "comma" || b.kind === "break") && prev && k === 1 && !g.gerund && prevClause?.kind === "participle"
        ? subjectAfterOpening(tokens, prev, g)
        : null;
    if (!subject && openedAt !== null) {
      subject = [openedAt, g.start - 1];
      startsAt = openedAt;
    }
    if (listed && subject) startsAt = subject[0];
    switch (b.kind) {
      case "infinitive":
      case "argument":
        kind = b.kind;
        parent = prevClause ? prevIndex : null;
        // "expects talks to resume next week": the infinitive a verb of expecting governs has the
        // noun phrase between the verb and "to" for its subject.
        if (
          b.kind === "infinitive" &&
          prevClause?.group &&
          EXPECTING.has(tokens[prevClause.group.head]!.lemma) &&
          nounPhrase(tokens, prevClause.group.end, b.at)
        ) {
          subject = [prevClause.group.end, b.at];
          startsAt = prevClause.group.end;
        }
        // "added that in order to close the gap, both camps must …": a purpose between "that" and
        // the clause it introduces is a side clause of what was said, as "if …" is.
        if (b.kind === "infinitive" && prevClause?.group && reporting.has(tokens[prevClause.group.head]!.lemma)) {
          const between = tokens
            .slice(prevClause.group.end, b.at)
            .map((t) => t.lower)
            .join(" ");
          if (/^that(?: in order| so as)?$/.test(between)) {
            kind = "adverbial";
            saidThat = { reporter: prevIndex, side: clauses.length };
          }
        }
        break;
      case "complement": {
        kind = "complement";
        parent = prevClause ? prevIndex : null;
        // "said Israel had agreed … and that Trump brokered the deal": a second thing said goes
        // where the last one did ("the belief that … and that …" stays with the noun).
        if (COORDINATORS.has(tokens[b.at - 1]?.lower ?? "") && tokens[b.at]?.lower === "that") {
          let k = prevIndex;
          while (k >= 0 && clauses[k]!.kind !== "complement" && clauses[k]!.opener !== "that") k--;
          if (k >= 0) {
            kind = clauses[k]!.kind;
            parent = clauses[k]!.parent;
            coordinated = true;
          }
        }
        break;
      }
      case "condition":
      case "adverbial":
      case "relative":
        kind = b.kind;
        parent = prevClause ? prevIndex : null;
        if (
          b.kind !== "relative" &&
          prevClause?.group &&
          tokens[b.at - 1]?.lower === "that" &&
          prevClause.group.end === b.at - 1 &&
          reporting.has(tokens[prevClause.group.head]!.lemma)
        )
          saidThat = { reporter: prevIndex, side: clauses.length };
        break;
      case "coordinate": {
        // "said Baku was ready to begin talks, but insisted …": an inflected verb after "but"
        // cannot go on an infinitive ("to begin … and reach" can); it goes on the clause of a
        // finite verb before.
        // So does one after "and" and a phrase of time or place ("…, and in 2021 passed").
        // Nor can one after "and" go on an active infinitive or gerund ("to achieve a truce and
        // called on both sides …"), though a participle goes on a passive one ("to be arrested and charged").
        // It goes on the clause that carries the sentence, or on a relative clause whose pronoun is
        // the subject that the infinitive completes ("the official who was not authorised to
        // comment and spoke …").
        const nonFinite =
          !!prevClause &&
          (prevClause.kind === "infinitive" || prevClause.kind === "argument") &&
          !prevClause.group?.passive;
        const inflectedForm = !g.gerund && tokens[g.head]!.lower !== tokens[g.head]!.lemma;
        const inflected = (opener !== "and" || tokens[b.at + 1]?.pos === "ADP") && inflectedForm;
        // "said the talks had been useful, and added that …": a verb of saying without a subject
        // goes on with whoever was speaking ("but insisted" may contrast with what was said).
        // So does declining to say more ("said progress had been made, but declined to give details").
        // And so does the same verb again ("has said that Russia was giving an ultimatum, but said
        // he was ready …").
        const above = !subject && prevClause && opener === "but" ? sayingAbove(prevIndex) : null;
        const again = above !== null && tokens[clauses[above]!.group!.head]!.lemma === tokens[g.head]!.lemma;
        // "insists that monitors leave the region, and rejects any deadline", "said the rebels would
        // disarm, and demanded guarantees": after ", and", a verb inflected as the one a complement hangs on,
        // where the complement's own verb is a modal's or a bare form, goes on with that verb.
        const governor = prevClause?.kind === "complement" ? prevClause.parent : null;
        const governing = governor !== null ? clauses[governor]!.group : null;
        const complementGroup = prevClause?.group;
        const alongside =
          !subject &&
          opener === "and" &&
          tokens[b.at - 1]?.text === "," &&
          !!governing &&
          !!complementGroup &&
          g.start === g.head &&
          !g.gerund &&
          inflectedForm &&
          sameInflection(tokens[g.head]!, tokens[governing.head]!) &&
          (!!complementGroup.modal ||
            complementGroup.tense === "future" ||
            (complementGroup.start === complementGroup.head &&
              tokens[complementGroup.head]!.lower === tokens[complementGroup.head]!.lemma));
        const speaking =
          !subject &&
          prevClause &&
          ((opener === "and" && reporting.has(tokens[g.head]!.lemma)) ||
            ((opener === "and" || opener === "but") && DECLINING.has(tokens[g.head]!.lemma)) ||
            (opener === "and" && tokens[b.at - 1]?.text === "," && SPEECH_ACTS.has(tokens[g.head]!.lemma)) ||
            again)
            ? sayingAbove(prevIndex)
            : alongside
              ? governor
              : null;
        // "indicated there was no breakthrough and vowed to …": nothing goes on with an expletive "there".
        const expletive =
          !!prevClause?.subject &&
          prevClause.subject[1] - prevClause.subject[0] === 1 &&
          tokens[prevClause.subject[0]]!.lower === "there";
        // "Hamas said it accepted the plan, but Israel said the terms fell short": a second
        // speaker with a verb of saying of its own stands beside the first, not inside what the
        // first said.
        const contrasted = opener === "but" || (opener === "and" && tokens[b.at - 1]?.text === ",");
        const reporter =
          subject &&
          prevClause &&
          contrasted &&
          !g.gerund &&
          !g.infinitive &&
          !g.passive &&
          reporting.has(tokens[g.head]!.lemma)
            ? sayingAbove(prevIndex)
            : null;
        const beside = reporter !== null && reporter !== prevIndex ? reporter : null;
        const base =
          speaking !== null
            ? speaking
            : beside !== null
              ? beside
              : prevClause &&
                  (isSide(prevClause.kind) || prevClause.kind === "infinitive" || prevClause.kind === "argument") &&
                  (subject || inflected || expletive)
                ? lastNonSide(prevIndex)
                : nonFinite && inflectedForm
                  ? (continuedRelative(finiteAbove(prevIndex)) ??
                    continuedCondition(finiteAbove(prevIndex), b.at) ??
                    lastNonSide(prevIndex))
                  : prevClause
                    ? prevIndex
                    : null;
        const baseClause = base !== null ? clauses[base]! : null;
        kind = baseClause?.kind ?? "main";
        parent = baseClause?.parent ?? null;
        coordinated = true;
        if (!subject && baseClause) subject = baseClause.subject;
        break;
      }
      case "comma":
        if (!subject && !orphan && !g.gerund && reporting.has(tokens[g.head]!.lemma) && invertedSubject(tokens, g)) {
          // "Russia wants a deal by the summer, said an official."
          kind = "main";
          subject = invertedSubject(tokens, g);
        } else if (!subject && orphan && !g.gerund && !(g.participle && asideParticiple(tokens, groups, k))) {
          subject = orphan.range;
          kind = orphan.kind;
          parent = orphan.parent;
          opener = orphan.opener;
          orphan = null;
          // The asides between the subject and its verb hang on this clause ("The envoy, speaking
          // in Cairo on Monday, told reporters …", "said that the conference, where …, will be held").
          // (not one this clause already hangs on: "The head of the delegation, Ana Ruiz, said a
          // committee, designed to …": "said" opens no aside of what it says)
          const above = new Set<number>();
          for (let up = parent; up !== null && !above.has(up); up = clauses[up]!.parent) above.add(up);
          for (const [j, aside] of clauses.entries()) {
            if (above.has(j)) continue;
            const opening = aside.parent === null && aside.kind === "participle";
            const within =
              (aside.kind === "relative" || aside.kind === "participle") &&
              aside.start >= subject[1] &&
              (parent !== null ? aside.parent === parent : aside.parent === 0 && clauses[0]!.kind === "adverbial");
            if (opening || within) aside.parent = clauses.length;
          }
        } else if ((g.gerund || g.participle) && !subject) {
          kind = "participle";
          parent = prevClause ? lastNonSide(prevIndex) : null;
          // "X told reporters that A, while B would come, adding that …": a verb of saying goes
          // on with whoever was speaking, however deep the clause before it.
          if (prevClause && reporting.has(tokens[g.head]!.lemma)) parent = sayingAbove(prevIndex) ?? parent;
          if (!prevClause && orphan) parent = null;
        } else if (!subject && reporting.has(tokens[g.head]!.lemma)) {
          kind = "main";
          subject = invertedSubject(tokens, g);
        } else {
          // A clause of its own after a comma continues at the level of the last clause that
          // carried the sentence ("With the conflict reaching …, most participants agreed …").
          let level = prevClause ? lastNonSide(prevIndex) : null;
          // "Hosted by the emir, the two leaders held talks": a participle opening the sentence
          // describes this clause's subject.
          const opening = (c: Clause) =>
            c.parent === null && c.kind === "participle" && !c.subject && startsSentence(tokens, c.start);
          if (level !== null && opening(clauses[level]!)) level = null;
          // "…, with no talks under way now, Putin said in an interview.": a speaker and a verb of
          // saying that close the sentence after a comma frame all of it, however deep the clause before.
          const closing =
            !!subject &&
            k === groups.length - 1 &&
            reporting.has(tokens[g.head]!.lemma) &&
            !g.gerund &&
            !g.infinitive &&
            !g.passive;
          if (closing) level = null;
          kind = level !== null ? clauses[level]!.kind : "main";
          parent = level !== null ? clauses[level]!.parent : null;
          if (level === null) for (const aside of clauses) if (opening(aside)) aside.parent = clauses.length;
          if (saidThat && level === saidThat.reporter && subject) {
            kind = "complement";
            parent = saidThat.reporter;
            clauses[saidThat.side]!.parent = clauses.length;
          }
        }
        saidThat = null;
        break;
      case "break":
        subject ??= subjectBeforeDashes(tokens, clauses, b.at);
        if (!subject && reporting.has(tokens[g.head]!.lemma)) subject = invertedSubject(tokens, g);
        kind = "main";
        break;
      default: {
        // No mark between two verbs.
        const prevHead = prev ? tokens[prev.head]! : null;
        // ("the appeal for the rebels to regroup and withdraw was …": from the first of joined infinitives)
        let firstInfinitive = prevIndex;
        while (
          firstInfinitive > 0 &&
          clauses[firstInfinitive]!.coordinated &&
          clauses[firstInfinitive - 1]!.parent === clauses[firstInfinitive]!.parent
        )
          firstInfinitive--;
        const nounStart = prevClause ? nounBeforeInfinitive(tokens, clauses[firstInfinitive]!, reporting) : null;
        // ("… that have tried to unseat it signed a deal": a past form with an object, after the
        // pronoun a verb before it takes, is finite, whatever a participle would be)
        const afterObject =
          !!subject &&
          subject[1] === subject[0] + 1 &&
          tokens[subject[0]]!.pos === "PRON" &&
          prev?.end === subject[0] &&
          /^(?:DET|NOUN|PROPN|NUM|ADJ)$/.test(tokens[g.end]?.pos ?? "");
        // A noun phrase a relative clause without commas describes, still waiting for its verb
        // ("The official who said talks would resume …": not while a verb of saying inside it
        // still waits for what it says).
        const waiting =
          prevClause && (!g.participle || afterObject) && !g.gerund
            ? subjectRelative(tokens, clauses, prevIndex, sentenceStart, reporting, reportingThat)
            : null;
        const held = waiting && (reportingAncestor(prevIndex) ?? -1) < waiting.relative ? waiting : null;
        // "The first round of talks to end six decades of war took place …": a past form that is
        // never a participle, after the infinitive with no mark between, is the noun's predicate.
        const finiteOnly = g.tense === "past" && !g.participle && g.start === g.head && !!prev;
        const unbroken =
          !!prev && tokens.slice(prev.end, g.start).every((t) => t.pos !== "PUNCT" || /^["“”‘’']$/.test(t.text));
        // "Faced with such a decree, …", "Speaking to journalists, …": a participle opening the sentence.
        // A participle right after a noun describes it ("In an interview with the broadcaster
        // released on Sunday, …").
        // "A delegation led by the minister, Ana Ruiz, arrived …": a bare participle and its "by"
        // right after the subject describe it, when a verb follows past a comma; the subject
        // waits for that verb.
        const describing =
          !prev &&
          !!subject &&
          g.participle &&
          !g.gerund &&
          g.start === g.head &&
          tokens[g.end]?.lower === "by" &&
          /^(?:NOUN|PROPN)$/.test(tokens[g.start - 1]?.pos ?? "") &&
          groups
            .slice(k + 1)
            .some(
              (h) =>
                !h.infinitive &&
                !h.gerund &&
                tokens[h.start - 1]?.text === "," &&
                !reporting.has(tokens[h.head]!.lemma),
            );
        if (describing) {
          orphan = { range: subject!, kind: "main", parent: null, opener: null };
          subject = null;
          kind = "participle";
        } else if (!prev)
          kind =
            (g.gerund || g.participle) && !subject
              ? /^(?:NOUN|PROPN)$/.test(tokens[g.start - 1]?.pos ?? "")
                ? "relative"
                : "participle"
              : "main";
        else if (g.gerund && !subject) {
          // "began arguing" completes the verb; "a decree declaring …" describes the noun.
          kind = /^(?:NOUN|PROPN)$/.test(tokens[wordBefore(tokens, g.start)]?.pos ?? "") ? "relative" : "infinitive";
          parent = prevIndex;
        } else if (
          !g.infinitive &&
          (subject
            ? subject[0] === prev!.end ||
              objectBetween(tokens, prev!.end, subject[0]) ||
              (finiteOnly && !clauses.some((c) => c.kind === "main") && unbroken)
            : (g.participle && !clauses.some((c) => c.kind === "main") && !predicateAhead(tokens, g, groups[k + 1])) ||
              // ("said Ferreira's call to disarm was historic": an infinitive with no object)
              (!g.participle && !g.gerund && prev!.end === g.start)) &&
          nounStart !== null
        ) {
          // "The decision to hold talks was welcomed", "warned that failure to reach a deal could
          // escalate …", "Hopes of a breakthrough to end the war dimmed": an infinitive completing
          // a noun takes an object, and the verb after it is the noun's predicate.
          kind = prevClause!.parent === null ? "main" : "complement";
          parent = prevClause!.parent;
          subject = [nounStart, clauses[firstInfinitive]!.start];
          for (let j = firstInfinitive; j <= prevIndex; j++) clauses[j]!.parent = clauses.length;
          startsAt = g.start;
        } else if (
          g.participle &&
          (!subject || objectOfRelative(tokens, prevClause!, subject, reporting)) &&
          prevIndex === 0 &&
          (opening = describedOpening(tokens, prevClause!, g))
        ) {
          // "Envoys attending the talks in Geneva agreed on Sunday to …", "The truce that began in
          // April collapsed on October 2": the past form after a phrase describing the noun that
          // opens the sentence is that noun's verb, not a participle on the phrase's last noun.
          kind = "main";
          parent = null;
          // (the relative clause keeps its object: "The mediators who brokered a truce | suspended …")
          if (subject) startsAt = g.start;
          subject = opening;
          prevClause!.parent = clauses.length;
        } else if (g.participle && !subject) {
          kind = "relative";
          parent = prevIndex;
        } else if (
          prevHead &&
          // ("issued a statement saying it was ready": a gerund of saying that describes a noun
          // reports what follows it, as its verb would)
          (((!isSide(prevClause!.kind) || (prevClause!.kind === "relative" && prev!.gerund && !prevClause!.opener)) &&
            reporting.has(prevHead.lemma)) ||
            (reportingThat.has(prevHead.lemma) && !!subject && saidRightAfter(tokens, prev!, subject[0])))
        ) {
          // A verb that otherwise reports only a clause of "that" reports a clause whose subject
          // follows it at once ("announced Thursday it has ended the deal").
          kind = "complement";
          parent = prevIndex;
        } else if (
          subject &&
          prev!.gerund &&
          prevClause!.parent === null &&
          subject[0] === prev!.end &&
          ((prevClause!.kind === "relative" && tokens.slice(0, prevClause!.start).every((t) => t.pos === "PUNCT")) ||
            (prevIndex === 0 && opensOnNounOf(tokens, prevClause!)))
        ) {
          // "The delegation representing the president has arrived", "(On Monday,) talks on
          // reviving the deal will resume": a gerund describing the noun that opens the sentence,
          // or a preposition's, takes an object, and the verb after it is the predicate.
          kind = "main";
          subject =
            prevClause!.kind === "relative"
              ? [prevClause!.start, prev!.start]
              : [leadingTime(tokens), prevClause!.start];
          prevClause!.parent = clauses.length;
          startsAt = g.start;
        } else if (
          subject &&
          prev!.gerund &&
          prevClause!.kind === "complement" &&
          prevClause!.opener === "that" &&
          prevClause!.subject?.[1] === prev!.start &&
          subject[0] === prev!.end
        ) {
          // "said that a panel involving both armies would be set up": so is one
          // describing the noun that opens what was said, after "that".
          kind = "complement";
          parent = prevClause!.parent;
          opener = "that";
          subject = [prevClause!.subject[0], prev!.start];
          prevClause!.kind = "relative";
          prevClause!.opener = null;
          prevClause!.subject = null;
          prevClause!.parent = clauses.length;
          startsAt = g.start;
        } else if (held) {
          // "The talks that began in Caracas will resume in Mexico", "The envoy who brokered the
          // truce will visit Kyiv", "said the talks that began in May will resume": a relative
          // clause with no comma inside the noun phrase that opens the sentence or what was said,
          // and the next finite verb is that phrase's.
          const { relative, start, saying } = held;
          kind = saying === null ? "main" : "complement";
          parent = saying;
          if (saying !== null && tokens[start - 1]?.lower === "that") opener = "that";
          subject = [start, clauses[relative]!.start];
          clauses[relative]!.parent = clauses.length;
          startsAt = g.start;
        } else if (!g.participle && reportingAncestor(prevIndex) !== null) {
          // "told the minister any deal to stop the fighting must respect …": what was said,
          // without "that", after the verb's object.
          kind = "complement";
          parent = reportingAncestor(prevIndex);
        } else {
          kind = "relative";
          parent = prevIndex;
        }
      }
    }
    // A side clause with nothing before it ("If …, we will …") depends on what follows; fixed below.
    // "The countries gathered at the summit reiterated …", "Talks aimed at securing a truce
    // ended …", "The plan announced by the ministry was rejected …": the earlier bare past form
    // was a participle describing the subject, and this verb is the predicate.
    const described =
      b.kind === "none" && !g.gerund && !g.infinitive && startsAt === null
        ? describedSubjectClause(clauses, prevIndex)
        : null;
    if (described !== null) {
      const d = clauses[described]!;
      // A noun phrase right after a preposition is its object ("by the ministry"), and "last
      // month" a time: neither is a subject.
      const noSubject =
        !subject ||
        (subject[0] >= d.group!.end &&
          (tokens[subject[0] - 1]?.pos === "ADP" ||
            opensTime(tokens, subject[0]) ||
            (subject[1] === subject[0] + 1 && WEEKDAY_NAME.test(tokens[subject[0]]!.text))));
      // A participle describing a noun takes no object: a phrase or a time follows it
      // ("aimed at", "announced by", "signed last month", a bare weekday as news copy writes it:
      // "signed Monday"); "said talks …" is the verb of saying.
      const after = tokens[d.group!.end];
      // A describing participle follows its noun at once; one whose subject an aside keeps from
      // it ("The leader, held in prison, called on …") is the subject's verb.
      const nextToSubject = onlyAdverbs(tokens, d.subject![1], d.group!.start);
      // ("The envoys met in Oslo to open talks aimed at …": a verb that takes no object
      // describes no noun; what follows it is the later participle's.)
      // ("The two leaders closed without a deal a summit hosted in Lomé": an article right
      // after the preposition's noun opens an object of the first verb, which is the predicate.)
      const shiftedObject = tokens
        .slice(d.group!.end + 1, g.start)
        .some((t, j) => t.pos === "DET" && tokens[d.group!.end + j]!.pos === "NOUN");
      if (
        !shiftedObject &&
        noSubject &&
        nextToSubject &&
        !reporting.has(tokens[d.group!.head]!.lemma) &&
        !INTRANSITIVE.has(tokens[d.group!.head]!.lemma) &&
        (!OBJECT_OPTIONAL.has(tokens[d.group!.head]!.lemma) || tokens[g.start]!.pos === "AUX") &&
        (after?.pos === "ADP" || opensTime(tokens, d.group!.end) || WEEKDAY_NAME.test(after?.text ?? "")) &&
        !(g.participle && byAgent(tokens, g))
      ) {
        subject = d.subject;
        kind = d.kind;
        parent = d.parent;
        coordinated = false;
        opener = null;
        d.kind = "relative";
        d.parent = clauses.length;
        // The preposition's object stays with the participle ("The deal signed in Doha | ends …").
        startsAt = g.start;
      }
    }
    // ("signed a truce in Lima, Peru, yesterday setting up …": a day word after the comma
    // that closes a place's apposition, right before a participle, tells when the verb before did.)
    const dayBefore =
      b.kind === "comma" &&
      !subject &&
      (g.participle || g.gerund) &&
      g.start === b.at + 1 &&
      DEICTIC_DAY.test(tokens[b.at]?.text ?? "");
    const start =
      startsAt ?? (dayBefore ? g.start : b.kind === "comma" || b.kind === "break" ? b.at : Math.min(b.at, g.start));
    if (prevClause) prevClause.end = start;
    subject = subjectAfterWith ?? subject;
    // ("Lind, head of the mission, met …": the comma that closes a name's apposition ends no subject)
    if (
      subject &&
      tokens[subject[0]]!.pos === "PROPN" &&
      tokens[subject[0] + 1]?.text === "," &&
      subject[1] - 1 > subject[0] + 1 &&
      tokens[subject[1] - 1]!.text === ","
    )
      subject = [subject[0], subject[1] - 1];
    clauses.push({ kind, start, end: tokens.length, group: g, opener, parent, subject, coordinated });
    if (b.kind === "break" && !subject) sentenceStart = b.at;
  });

  pseudoClefts(tokens, clauses);
  // Leading side clauses attach to the first clause after them that is not one.
  const firstMain = clauses.findIndex((c) => !isSide(c.kind) && c.parent === null);
  clauses.forEach((c, i) => {
    if (c.parent === null && isSide(c.kind) && firstMain > i) c.parent = firstMain;
  });
  return clauses;
}
