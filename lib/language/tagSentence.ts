/**
 * The LANGUAGE pass: one sentence's tokens with part of speech and lemma, from wink-nlp's
 * English lite model (it ships inside its npm package, so nothing is downloaded at run time).
 * wink was chosen over compromise for speed: about 0.05 ms a sentence after a one-off model load
 * of ~0.2 s, against 100–700 ms an article for compromise; the clause analysis built on it needs
 * only tags and lemmas, not a parse.
 */
import winkNLP, { type ItsFunction, type PartOfSpeech } from "wink-nlp";
import { DAY_IN_FIGURES, WEEKDAYS } from "./calendarNames";
import { winkModel } from "./winkModel";

export type Pos = PartOfSpeech;

export interface Token {
  /** as written */
  text: string;
  lower: string;
  /** dictionary form ("met" → "meet", "talks" → "talk"); lower case */
  lemma: string;
  pos: Pos;
  /** character offsets in the sentence */
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | null = null;

function instance(): ReturnType<typeof winkNLP> {
  // Loaded on first use: pages and tests that never tag a sentence do not pay for the model.
  nlp ??= winkNLP(winkModel, ["pos"]);
  return nlp;
}

// Common nouns that open a sentence are capitalised and tagged as names ("Negotiations
// intensified"); wink leaves names unlemmatised, so they get the regular plural rules.
function nounLemma(lower: string): string {
  if (/(?:ss|us|is)$/.test(lower) || lower.length < 4) return lower;
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  return lower.endsWith("s") ? lower.slice(0, -1) : lower;
}

const VERB_PREFIXES = new Set(["de", "re", "co", "pre", "non", "un", "counter", "over", "under", "out", "cross"]);

/**
 * Words joined by a hyphen without spaces are one word for every later stage: "cease-fire",
 * "30-day", "US-Russia", "one-on-one". It takes the tag and lemma of its last part.
 */
function joinHyphenated(tokens: Token[], sentence: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (
      prev &&
      next &&
      (t.text === "-" || t.text === "‐") &&
      prev.end === t.start &&
      t.end === next.start &&
      // "U.N.-managed": an abbreviation's last dot does not keep its compound apart.
      (/\w$/.test(prev.text) || /^(?:\p{Lu}\.){2,}$/u.test(prev.text)) &&
      /^\w/.test(next.text)
    ) {
      const text = sentence.slice(prev.start, next.end);
      const lastLemma = next.lemma;
      // "US-brokered", "long-awaited": a compound ending in a participle describes a noun;
      // "de-escalate", "re-elect" stay verbs.
      const modifier = next.pos === "VERB" && !VERB_PREFIXES.has(prev.lower);
      // "to de-escalate", "will re-elect": a prefixed verb after "to" or an auxiliary is a verb.
      const before = out[out.length - 2];
      const prefixedVerb = VERB_PREFIXES.has(prev.lower) && !!before && (before.lower === "to" || before.pos === "AUX");
      out[out.length - 1] = {
        text,
        lower: text.toLowerCase(),
        lemma: `${sentence.slice(prev.start, t.end).toLowerCase()}${lastLemma}`,
        pos: prefixedVerb ? "VERB" : modifier ? "ADJ" : next.pos === "PUNCT" ? prev.pos : next.pos,
        start: prev.start,
        end: next.end,
      };
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** -ing forms that open a title ("acting Prime Minister", "the outgoing President"). */
const TITLE_PARTICIPLES = new Set(["acting", "outgoing", "incoming"]);
const PREPOSITION_LIKE = new Set([
  "following",
  "according",
  "including",
  "regarding",
  "concerning",
  "excluding",
  "pending",
  "given",
]);
/** Whether a verb stands between the sentence's second word and its first comma. */
function verbBeforeComma(tokens: readonly Token[]): boolean {
  const comma = tokens.findIndex((x) => x.text === ",");
  return comma > 2 && tokens.slice(2, comma).some((x) => x.pos === "VERB");
}

/** What two parties do together, in a headline's present ("US, Taliban sign deal"). */
const JOINT_ACTS = new Set([
  "sign",
  "agree",
  "reach",
  "seal",
  "ink",
  "hold",
  "resume",
  "begin",
  "start",
  "open",
  "end",
]);
const INTENT = new Set(["plan", "plans", "aim", "aims", "intend", "intends", "hope", "hopes", "want", "wants"]);
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your"]);
const MODALS = new Set(["will", "would", "shall", "should", "can", "could", "may", "might", "must"]);
const WEEKDAY_WORDS = new Set<string>(WEEKDAYS);
const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night", "noon", "midday", "midnight"]);
/** Verbs of beginning, going on and stopping, in the third person, that take a gerund. */
const PHASE_VERBS = new Set(["stops", "keeps", "continues", "starts", "begins", "resumes", "ceases", "quits"]);
const ARTICLES = new Set(["a", "an", "the"]);
const CLAUSE_OPENERS = new Set([
  "where",
  "when",
  "while",
  "whereas",
  "as",
  "since",
  "until",
  "once",
  "if",
  "unless",
  "because",
]);
/** Personal pronouns that may stand as a clause's subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "we", "you", "he", "she", "it", "they"]);
/** Subjects whose present verb has no -s: a verb after them may look like an adjective ("we welcome"). */
const PLURAL_SUBJECTS = new Set(["we", "they", "i", "you"]);
/** Adjectives that take a noun phrase after them as a preposition does ("worth the wait", "near the border"). */
const ADJECTIVES_BEFORE_ARTICLES = new Set([
  "worth",
  "like",
  "unlike",
  "near",
  "next",
  "opposite",
  "due",
  "such",
  "many",
  "all",
  "half",
  "both",
  "quite",
  "rather",
]);
/** -ing forms that are nouns in their own right ("the meeting", "a briefing", "peacekeeping troops"). */
const ING_NOUNS = new Set([
  "meeting",
  "briefing",
  "hearing",
  "building",
  "training",
  "funding",
  "spending",
  "housing",
  "crossing",
  "peacekeeping",
  "trafficking",
  "smuggling",
  "shipping",
  "fighting",
  "shelling",
  "bombing",
  "uprising",
  "warning",
  "ceiling",
  "opening",
  "understanding",
  "wording",
  "signing",
  "landing",
  "setting",
  "evening",
  "morning",
  "spring",
  "thing",
  "king",
  "ring",
  "string",
  "wing",
  "offering",
]);
/** -ing forms that name combat as nouns ("the fighting", "shelling resumed"). */
const COMBAT = new Set(["fighting", "shelling", "bombing"]);
const SAYING = new Set([
  "note",
  "notes",
  "say",
  "says",
  "claim",
  "claims",
  "warn",
  "warns",
  "state",
  "states",
  "argue",
  "argues",
  "believe",
  "believes",
  "fear",
  "fears",
  "hope",
  "hopes",
  "estimate",
  "estimates",
  "report",
  "reports",
]);
/** Verbs of saying in the forms that follow their speaker ("Rice said", "Mills tells"). */
const SAID = new Set([
  "said",
  "says",
  "told",
  "tells",
  "added",
  "adds",
  "wrote",
  "writes",
  "warned",
  "noted",
  "stressed",
  "insisted",
  "explained",
  "declared",
  "announced",
  "replied",
]);
/** Verbs of asking, offering and intent whose third-person form is also a plural noun. */
const THIRD_PERSON_INTENT = new Set(["demands", "plans", "pledges", "offers", "vows", "eyes", "seeks", "reserves"]);
// Phrasal verbs whose third-person form the tagger reads as a plural noun before the particle
// ("the proposal rules out a ceasefire", "the agreement sets out a timeline").
const PHRASAL_THIRD_PERSON = new Set([
  "rules",
  "sets",
  "lays",
  "spells",
  "maps",
  "carves",
  "calls",
  "holds",
  "backs",
  "steps",
  "scales",
  "winds",
  "pulls",
  "phases",
  "signs",
]);
const PHRASAL_PARTICLES = new Set(["out", "off", "up", "down", "back"]);
/**
 * Whether the words ending at `end` are two noun phrases in a row, the second opening on a
 * determiner or a pronoun ("the proposal the mediators", "the plan he"): a relative clause's subject.
 */
function twoNounPhrases(tokens: readonly Token[], end: number): boolean {
  let sawNoun = false;
  for (let k = end; k >= 0 && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k]!.pos); k--) {
    const t = tokens[k]!;
    // ("Hamas this week put forward …": a time after the subject opens no noun phrase)
    const time =
      /^(?:this|that|last|next)$/.test(tokens[k + 1]?.lower ?? "") && TIME_NOUNS.test(tokens[k + 2]?.lower ?? "");
    if (/^(?:NOUN|PROPN)$/.test(t.pos) && sawNoun && k < end && /^(?:DET|PRON)$/.test(tokens[k + 1]!.pos) && !time)
      return true;
    if (/^(?:NOUN|PROPN)$/.test(t.pos)) sawNoun = true;
  }
  return false;
}

const TIME_NOUNS = /^(?:week|weekend|month|year|morning|afternoon|evening|night|time)$/;

/** Particles after which a verb takes its object ("put forward demands", "laid out terms"). */
const OBJECT_PARTICLES = new Set(["forward", "out", "up", "down", "back"]);
const RELATIVE_OR_SUBJECT = new Set(["who", "which", "that", "he", "she", "it", "they", "we", "i"]);

/** A regular past form's base: "mediated" → "mediate", "stopped" → "stop", "signed" → "sign". */
function pastStem(word: string): string {
  if (word.endsWith("ied")) return `${word.slice(0, -3)}y`;
  // ("shared", "retired": a single vowel but "e" before "r"; "offered" keeps "offer")
  if (/(?:at|is|iz|ur|[cgvszu]|[^aeiou]l|[^aeiou][aiou]r)ed$/.test(word)) return word.slice(0, -1);
  if (/([bdfgklmnprtz])\1ed$/.test(word)) return word.slice(0, -3);
  return word.slice(0, -2);
}

/** Whether a verb stands before token `i` with no mark of punctuation between. */
function verbSinceBreak(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k]!.pos === "PUNCT") return false;
    if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return true;
  }
  return false;
}

/** Words that split an infinitive, read otherwise by the tagger ("to first sign", "to not attend"). */
const SPLITTING = new Set(["first", "not", "never"]);

/**
 * The tagger's commonest slip in news copy: a past-tense verb right after a relative or subject
 * pronoun read as an adjective ("which mediated the deal", "they signed"). After such a pronoun a
 * word ending in -ed followed by an object is a verb.
 */
/** Nouns that the tagger may read as verbs, and that news never uses as verbs. */
const NEVER_VERBS = new Set(["war", "wars", "peace"]);

/** The words that close a preposition's set phrase ("in particular", "at last", "for now"). */
/** Whether the noun phrase ending at token `end` follows straight on a clause opener ("if the talks"). */
function openedWithoutVerb(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k >= 0 && /^(?:NOUN|ADJ|DET|PROPN)$/.test(tokens[k]!.pos)) k--;
  // ("as" and "since" are prepositions too: "since the talks breakdown, …")
  return k < end && CLAUSE_OPENERS.has(tokens[k]?.lower ?? "") && !/^(?:as|since)$/.test(tokens[k]!.lower);
}

const EXISTENTIAL_BE = new Set(["is", "are", "was", "were", "be", "been"]);

/** Whether token i follows "there" and a form of "be" ("there are", "there have also been"), past adverbs. */
function existentialBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  if (!EXISTENTIAL_BE.has(tokens[k]?.lower ?? "")) return false;
  k--;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k--;
  return tokens[k]?.lower === "there";
}

const SET_ADVERBIALS = new Set([
  "particular",
  "general",
  "least",
  "last",
  "first",
  "short",
  "all",
  "large",
  "now",
  "once",
]);

function repairTags(tokens: Token[]): Token[] {
  // A headline in capitals shouts every word; elsewhere a word in capitals is an acronym.
  const shouting = tokens.filter((t) => /^\p{Lu}{2,}$/u.test(t.text)).length * 2 > tokens.length;
  const long = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  const titled = long.filter((t) => /^\p{Lu}/u.test(t.text)).length >= long.length * 0.7;
  tokens.forEach((t, i) => {
    // "the New START treaty", "the SALT talks": an acronym after a determiner or a name is a
    // name, not a verb ("Vladimir, STOP!" shouts one).
    const before = tokens[i - 1];
    if (
      t.pos === "VERB" &&
      !shouting &&
      /^\p{Lu}{2,}$/u.test(t.text) &&
      (before?.pos === "DET" || /^\p{Lu}/u.test(before?.text ?? ""))
    ) {
      tokens[i] = { ...t, pos: "PROPN", lemma: t.lower };
      return;
    }
    // "a 30-member interim council": a figure joined to a noun describes the noun after it.
    if (t.pos === "NOUN" && /^\d+-\p{Ll}+$/u.test(t.text) && tokens[i + 1]?.pos === "ADJ") {
      tokens[i] = { ...t, pos: "ADJ" };
      return;
    }
    // "a truce that would end the war", "the rebels will free 50 captives": a base form right
    // after a modal, before its object, is a verb, however the tagger read it.
    if (
      (t.pos === "NOUN" || t.pos === "ADJ") &&
      t.lower === t.lemma &&
      /^\p{Ll}+$/u.test(t.text) &&
      before?.pos === "AUX" &&
      MODALS.has(before.lower) &&
      /^(?:DET|PRON|PART|NUM)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "VERB" };
      return;
    }
    // "the Holy See would …", "the Sinn Fein Party": in running text a capitalised word after a
    // name, tagged as a verb, is the rest of the name (a headline capitalises its verbs too).
    if (
      t.pos === "VERB" &&
      !titled &&
      !shouting &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      before?.pos === "PROPN" &&
      /^\p{Lu}/u.test(before.text) &&
      /^(?:DET|PROPN|ADJ)$/.test(tokens[i - 2]?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "PROPN", lemma: t.lower };
      return;
    }
    // "there will be war", "only war will happen": the tagger may read these nouns as verbs, which
    // in the news they never are. Nor is what an existential "there" says exists ("there are raids
    // on our villages", "there were also reports of shelling").
    if (t.pos === "VERB" && (NEVER_VERBS.has(t.lower) || (/s$/.test(t.lower) && existentialBefore(tokens, i)))) {
      tokens[i] = { ...t, pos: "NOUN", lemma: nounLemma(t.lower) };
      return;
    }
    // "urged Moscow to first sign the deal", "chose to not attend the talks": an adverb that splits
    // an infinitive before its object leaves "to" the infinitive's mark and the word after the
    // adverb its verb (the tagger reads "to first" as a preposition and an adjective).
    const split = tokens[i + 1];
    const verb = tokens[i + 2];
    if (
      t.lower === "to" &&
      SPLITTING.has(split?.lower ?? "") &&
      verb &&
      verb.lower === verb.lemma &&
      /^(?:NOUN|VERB)$/.test(verb.pos) &&
      /^(?:DET|PRON)$/.test(tokens[i + 3]?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "PART" };
      tokens[i + 1] = { ...split!, pos: split!.lower === "first" ? "ADV" : "PART" };
      tokens[i + 2] = { ...verb, pos: "VERB" };
      return;
    }
    // "Lavrov on Friday cast doubt …": after a name and its day, a word read as a noun is the verb.
    // (Not a part of the day, "on Tuesday afternoon", nor past a verb: the name is the subject.)
    if (
      t.pos === "NOUN" &&
      t.lower === t.lemma &&
      !DAY_PARTS.has(t.lower) &&
      WEEKDAY_WORDS.has(before?.lower ?? "") &&
      tokens[i - 2]?.lower === "on" &&
      tokens[i - 3]?.pos === "PROPN" &&
      !tokens
        .slice(tokens.slice(0, i - 3).findLastIndex((x) => x.text === ",") + 1, i - 3)
        .some((x) => x.pos === "VERB" || x.pos === "AUX") &&
      /^(?:DET|NOUN|ADJ|PRON)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "VERB" };
      return;
    }
    // "after meeting the envoy", "before meeting with the rebels": after a preposition of time,
    // "meeting" with an object or a partner is the gerund, not the noun ("after the meeting").
    if (
      t.lower === "meeting" &&
      t.pos === "NOUN" &&
      /^(?:after|before|since|upon|while|when|following|without)$/.test(before?.lower ?? "") &&
      /^(?:PROPN|DET|PRON)$|^with$/.test(
        tokens[i + 1]?.pos === "ADP" ? tokens[i + 1]!.lower : (tokens[i + 1]?.pos ?? ""),
      )
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: "meet" };
      return;
    }
    // "his evening address", "their joint visit", "her call": a verb's base form right after a
    // possessive, or after a possessive and one singular noun or adjective, is a noun ("his team
    // says" has the verb's -s, "their leaders meet" a plural subject). So it is after an article
    // that a preposition governs ("said in an evening address"): no subject follows a preposition.
    const owner = (k: number) =>
      (POSSESSIVES.has(tokens[k]?.lower ?? "") && tokens[k]!.pos !== "NOUN") ||
      (ARTICLES.has(tokens[k]?.lower ?? "") && tokens[k - 1]?.pos === "ADP");
    if (
      t.pos === "VERB" &&
      t.lower === t.lemma &&
      !/(?:ing|ed)$/.test(t.lower) &&
      (owner(i - 1) || (owner(i - 2) && /^(?:NOUN|ADJ)$/.test(before?.pos ?? "") && before!.lower === before!.lemma))
    ) {
      tokens[i] = { ...t, pos: "NOUN" };
      return;
    }
    // ", in turn,", "in return.", "put on hold,": a verb's base form between a preposition and a
    // mark is the preposition's noun.
    if (
      t.pos === "VERB" &&
      t.lower === t.lemma &&
      /^(?:in|on|at|by|for|of|with)$/.test(before?.lower ?? "") &&
      before?.pos === "ADP" &&
      tokens[i + 1]?.pos === "PUNCT"
    ) {
      tokens[i] = { ...t, pos: "NOUN" };
      return;
    }
    // "the hall where talks began", "when fighting flares and clashes resume": a verb in -s between
    // a word that opens a clause and that clause's verb is its subject, a plural noun.
    const following = tokens[i + 1];
    if (
      t.pos === "VERB" &&
      /[a-z]s$/.test(t.lower) &&
      CLAUSE_OPENERS.has(before?.lower ?? "") &&
      (following?.pos === "VERB" || following?.pos === "AUX") &&
      !/ing$/.test(following.lower)
    ) {
      tokens[i] = { ...t, pos: "NOUN" };
      return;
    }
    // "if the talks collapse, …", "unless the rebels withdraw": a clause opened this way needs a
    // verb before its comma; with none, the bare word after its plural subject is that verb.
    if (
      t.pos === "NOUN" &&
      t.lower === t.lemma &&
      /^\p{Ll}+$/u.test(t.text) &&
      /^(?:PUNCT|CCONJ)$/.test(following?.pos ?? "PUNCT") &&
      before?.pos === "NOUN" &&
      /[a-z]s$/.test(before.text) &&
      before.lower !== before.lemma &&
      openedWithoutVerb(tokens, i - 1)
    ) {
      tokens[i] = { ...t, pos: "VERB" };
      return;
    }
    // "during earlier talks", "after lengthy talks on Monday": a verb in -s right after a
    // preposition, or after one and a word describing it, is the preposition's noun, a plural.
    // ("Russia in particular wants to …", "at last agrees": a set phrase is an adverb of the clause.)
    const governor =
      /^(?:ADJ|ADV)$/.test(before?.pos ?? "") && !SET_ADVERBIALS.has(before!.lower) ? tokens[i - 2] : before;
    if (
      t.pos === "VERB" &&
      /[a-z]s$/.test(t.lower) &&
      t.lower !== t.lemma &&
      governor?.pos === "ADP" &&
      governor.lower !== "to" &&
      // ("the plan the envoys drew up calls for …": a phrasal verb's particle governs nothing)
      !/^(?:up|down|out|off|over|back|forward|aside)$/.test(governor.lower) &&
      (before === governor || before!.lower === before!.lemma || /er$/.test(before!.lower)) &&
      !/^(?:PRON|DET|NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "NOUN", lemma: nounLemma(t.lower) };
      return;
    }
    // "Following the announcement", "according to", "including Turkey": prepositions, not verbs.
    // So are "including" and "excluding" before a gerund ("terms including keeping troops there").
    const after = tokens[i + 1];
    // ("has given Putin 50 days": after an auxiliary, a verb all the same.)
    if (
      t.pos === "VERB" &&
      PREPOSITION_LIKE.has(t.lower) &&
      before?.pos !== "AUX" &&
      (/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ|ADP)$/.test(after?.pos ?? "") ||
        (/^(?:in|ex)cluding$/.test(t.lower) && after?.pos === "VERB" && /ing$/.test(after.lower)))
    ) {
      tokens[i] = { ...t, pos: "ADP", lemma: t.lower };
      return;
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "agreed to lay down their arms": "lay" before "down" is the verb "lay", not the past of "lie".
    if (t.lower === "lay" && next?.lower === "down" && t.lemma === "lie") {
      tokens[i] = { ...t, lemma: "lay" };
      return;
    }
    // "He further assured", "She further said": "further" between a subject and its verb is an
    // adverb, not the verb.
    if (
      t.lower === "further" &&
      t.pos === "VERB" &&
      next?.pos === "VERB" &&
      /^(?:PRON|PROPN|NOUN)$/.test(prev?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "ADV", lemma: t.lower };
      return;
    }
    // '…," Rice told reporters', 'Envoy Bill Burns said': a capitalised word inside the
    // sentence right before a verb of saying is a name, whatever else the word may be.
    if (t.pos === "VERB" && i > 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && next?.pos === "VERB" && SAID.has(next.lower)) {
      tokens[i] = { ...t, pos: "PROPN", lemma: t.lower };
      return;
    }
    // "starting at 4 am local time": the hour's "am" after a number is no "I am".
    if (t.lower === "am" && prev?.pos === "NUM") {
      tokens[i] = { ...t, pos: "NOUN", lemma: t.lower };
      return;
    }
    // "agreed to a truce provided that Moscow does the same": after a verb of the same clause,
    // "provided that" is a conjunction of condition ("The accord provided that …" keeps its verb).
    if (
      t.pos === "VERB" &&
      /^provid(?:ed|ing)$/.test(t.lower) &&
      next?.lower === "that" &&
      prev?.pos !== "AUX" &&
      verbSinceBreak(tokens, i)
    ) {
      tokens[i] = { ...t, pos: "SCONJ", lemma: t.lower };
      return;
    }
    // "the border will reopen based on agreed terms": "based on" after anything but an auxiliary is a
    // preposition, as "according to" is ("the plan is based on …" keeps its verb).
    if (t.pos === "VERB" && t.lower === "based" && /^(?:on|upon)$/.test(next?.lower ?? "") && prev?.pos !== "AUX") {
      tokens[i] = { ...t, pos: "ADP", lemma: t.lower };
      return;
    }
    // "the negotiating table", "a growing rift", "the UN's acting envoy", "Trump's lead
    // negotiators": an -ing form or a bare verb between a determiner or possessive and a noun
    // describes it, as it does after adjectives that one opens ("the newly formed implementing
    // panel", "the two warring sides").
    const determinedBefore = () => {
      let k = i - 1;
      while (k > 0 && /^(?:ADJ|NUM)$/.test(tokens[k]!.pos)) k--;
      const d = tokens[k];
      return !!d && (ARTICLES.has(d.lower) || POSSESSIVES.has(d.lower) || /^['’]s$/.test(d.lower));
    };
    if (
      t.pos === "VERB" &&
      (/ing$/.test(t.lower) || t.lower === t.lemma) &&
      next?.pos === "NOUN" &&
      determinedBefore()
    ) {
      tokens[i] = { ...t, pos: "ADJ" };
      return;
    }
    // "a meeting of negotiating teams will be held", "the release of remaining hostages is due": an
    // -ing form after a preposition, before a plural noun that a verb or a mark follows, describes
    // the plural: the plural is no object of its own ("the aim of ending sanctions" keeps the verb,
    // which an article or more words follow). So does one after an adjective ("thorny remaining
    // issues need work").
    if (
      t.pos === "VERB" &&
      /ing$/.test(t.lower) &&
      (prev?.pos === "ADP" || prev?.pos === "ADJ") &&
      next?.pos === "NOUN" &&
      next.lower !== next.lemma &&
      /^(?:AUX|VERB)$/.test(tokens[i + 2]?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "ADJ" };
      return;
    }
    // "agreed to de-escalate", "will re-engage": a prefixed verb the tagger kept whole after "to"
    // or an auxiliary is a verb, as when it splits the hyphen (joinHyphenated).
    if (
      t.pos === "NOUN" &&
      /^(\p{L}+)-\p{L}+$/u.test(t.lower) &&
      VERB_PREFIXES.has(t.lower.split("-")[0]!) &&
      (prev?.lower === "to" || prev?.pos === "AUX") &&
      t.lower === t.lemma
    ) {
      tokens[i] = { ...t, pos: "VERB" };
      return;
    }
    // "an end to the fighting.", "the shelling of the city": an -ing form after an article or
    // a possessive that no noun follows is a noun itself.
    if (
      t.pos === "VERB" &&
      /ing$/.test(t.lower) &&
      prev &&
      (ARTICLES.has(prev.lower) || POSSESSIVES.has(prev.lower)) &&
      (!next || /^(?:PUNCT|ADP|CCONJ)$/.test(next.pos))
    ) {
      tokens[i] = { ...t, pos: "NOUN", lemma: t.lower };
      return;
    }
    // "12,000 fallen soldiers", "the agreed text", "the release of detained fighters": a past
    // participle between a number, a determiner or "of" and a noun describes the noun.
    if (
      t.pos === "VERB" &&
      /(?:ed|en)$/.test(t.lower) &&
      t.lower !== t.lemma &&
      next?.pos === "NOUN" &&
      (prev?.pos === "NUM" ||
        prev?.lower === "of" ||
        (prev && (ARTICLES.has(prev.lower) || POSSESSIVES.has(prev.lower))))
    ) {
      tokens[i] = { ...t, pos: "ADJ", lemma: t.lower };
      return;
    }
    // "the widely praised agreement", "the Greek-speaking, internationally recognised Republic",
    // "Beijing's newly appointed special envoy": a past form after an adverb in -ly that a
    // determiner, a possessive, an adjective or a comma opens, before a noun (past an adjective),
    // describes that noun.
    const opener = tokens[i - 2];
    if (
      t.pos === "VERB" &&
      t.lower !== t.lemma &&
      /(?:ed|en|wn)$/.test(t.lower) &&
      prev?.pos === "ADV" &&
      /ly$/.test(prev.lower) &&
      (opener?.pos === "DET" ||
        opener?.pos === "ADJ" ||
        opener?.text === "," ||
        (/^['’]s$/.test(opener?.lower ?? "") && opener?.pos !== "AUX") ||
        POSSESSIVES.has(opener?.lower ?? "")) &&
      (/^(?:NOUN|PROPN)$/.test(next?.pos ?? "") ||
        (next?.pos === "ADJ" && /^(?:NOUN|PROPN)$/.test(tokens[i + 2]?.pos ?? "")))
    ) {
      tokens[i] = { ...t, pos: "ADJ", lemma: t.lower };
      return;
    }
    // "orderly, smooth and coordinated disarmament", "a stable and enduring peace", "a fragile but
    // holding truce": a past or -ing form closing a list of adjectives before a noun is one of them
    // (the tagger may take the adjective after an article for a noun: "a stable"). After "but", only
    // inside a noun phrase: "was wary but welcomed talks" joins two predicates.
    if (
      t.pos === "VERB" &&
      /(?:ed|ing)$/.test(t.lower) &&
      next?.pos === "NOUN" &&
      prev &&
      (/^(?:and|or|,)$/.test(prev.lower) ||
        (/^(?:but|yet)$/.test(prev.lower) &&
          (ARTICLES.has(tokens[i - 3]?.lower ?? "") || POSSESSIVES.has(tokens[i - 3]?.lower ?? "")))) &&
      (tokens[i - 2]?.pos === "ADJ" ||
        (/ing$/.test(t.lower) &&
          prev.lower !== "," &&
          tokens[i - 2]?.pos === "NOUN" &&
          ARTICLES.has(tokens[i - 3]?.lower ?? "")))
    ) {
      tokens[i] = { ...t, pos: "ADJ", lemma: t.lower };
      return;
    }
    // "the interests and well-being of the people", "planning and decision-making of the
    // army": a hyphenated -ing form joined to a noun, before "of", is a noun.
    if (
      (t.pos === "VERB" || t.pos === "AUX") &&
      /^[\p{L}]+-[\p{L}]+ing$/u.test(t.lower) &&
      prev &&
      /^(?:and|or)$/.test(prev.lower) &&
      tokens[i - 2]?.pos === "NOUN" &&
      next?.lower === "of"
    ) {
      tokens[i] = { ...t, pos: "NOUN", lemma: t.lower };
      return;
    }
    // "did not respond to texts and calls seeking comment": a plural joined to a plural noun inside a
    // prepositional phrase, before a participle, a preposition or a mark, is a noun as well.
    if (
      t.pos === "VERB" &&
      /[^s]s$/.test(t.lower) &&
      t.lower !== t.lemma &&
      prev &&
      /^(?:and|or)$/.test(prev.lower) &&
      tokens[i - 2]?.pos === "NOUN" &&
      /s$/.test(tokens[i - 2]!.lower) &&
      tokens[i - 2]!.lower !== tokens[i - 2]!.lemma &&
      tokens[i - 3]?.pos === "ADP" &&
      (!next || /^(?:ADP|PUNCT)$/.test(next.pos) || (next.pos === "VERB" && /ing$/.test(next.lower)))
    ) {
      tokens[i] = { ...t, pos: "NOUN", lemma: t.lemma };
      return;
    }
    // "Ukraine demands ceasefire before talks begin", "Russia plans talks in May", "MOSCOW
    // (Reuters) - Russia reserves the right to …": a verb of asking or intent in the third person,
    // after a name that opens the sentence or a clause set off by a mark or a dateline's dash, and
    // before its object, is the verb ("Ukraine demands were rejected" keeps the noun).
    if (
      t.pos === "NOUN" &&
      THIRD_PERSON_INTENT.has(t.lower) &&
      prev?.pos === "PROPN" &&
      (i === 1 || /^[,:;"“–—-]$/.test(tokens[i - 2]?.text ?? "")) &&
      /^(?:NOUN|ADJ|DET|PROPN|NUM)$/.test(next?.pos ?? "") &&
      !/^(?:AUX|VERB)$/.test(tokens[i + 2]?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: t.lower.slice(0, -1) };
      return;
    }
    // "US, Taliban sign deal", "Thailand and Cambodia agree truce": a verb's base form after
    // names joined by a comma or "and" that open a headline, and before its object, is the verb.
    if (
      t.pos === "NOUN" &&
      JOINT_ACTS.has(t.lower) &&
      prev?.pos === "PROPN" &&
      /^(?:,|and|&)$/.test(tokens[i - 2]?.lower ?? "") &&
      tokens.slice(0, i).every((x) => x.pos === "PROPN" || /^(?:,|and|&)$/.test(x.lower)) &&
      /^(?:NOUN|ADJ|DET|PROPN|NUM)$/.test(next?.pos ?? "") &&
      tokens[i + 2]?.pos !== "AUX" &&
      // ("… sign deal aimed at …": a participle may describe the object)
      !(tokens[i + 2]?.pos === "VERB" && !/ed$/.test(tokens[i + 2]!.lower))
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: t.lower };
      return;
    }
    // "Moscow put forward demands", "the rebels laid out conditions": a verb's -s form right after
    // a verb and its particle is that verb's object, a plural noun; not where the verb and
    // particle end a relative clause ("the plan Moscow put forward calls for a truce").
    const nominal = (k: number) => /^(?:NOUN|PROPN|PRON)$/.test(tokens[k]?.pos ?? "");
    if (
      t.pos === "VERB" &&
      /s$/.test(t.lower) &&
      t.lemma !== t.lower &&
      OBJECT_PARTICLES.has(prev?.lower ?? "") &&
      tokens[i - 2]?.pos === "VERB" &&
      !(nominal(i - 3) && nominal(i - 4)) &&
      !twoNounPhrases(tokens, i - 3) &&
      ![i - 3, i - 4, i - 5].some((k) => /^(?:that|which|who|whom)$/.test(tokens[k]?.lower ?? ""))
    ) {
      tokens[i] = { ...t, pos: "NOUN" };
      return;
    }
    // "Moscow rules out a truce", "the plan sets out a timeline": such a form after its subject
    // and before the particle and an object is the verb, when no verb came before it.
    if (
      t.pos === "NOUN" &&
      PHRASAL_THIRD_PERSON.has(t.lower) &&
      /^(?:NOUN|PROPN)$/.test(prev?.pos ?? "") &&
      PHRASAL_PARTICLES.has(next?.lower ?? "") &&
      /^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(tokens[i + 2]?.pos ?? "") &&
      !verbSinceBreak(tokens, i)
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: t.lower.slice(0, -1) };
      return;
    }
    // "and Acting Prime Minister Phumtham": a capitalised -ing form inside the sentence, before a
    // name or title, is part of the title.
    // "made it clear that …": the adjective of "make clear", not the verb "clear".
    if (
      t.pos === "VERB" &&
      t.lower === "clear" &&
      (tokens[i - 1]?.lemma === "make" || (prev?.lower === "it" && tokens[i - 2]?.lemma === "make"))
    ) {
      tokens[i] = { ...t, pos: "ADJ", lemma: "clear" };
      return;
    }
    // So is "acting", "outgoing" or "incoming" before a capitalised word ("and acting Thai Prime Minister …").
    if (
      t.pos === "VERB" &&
      /ing$/.test(t.lower) &&
      i > 0 &&
      ((/^\p{Lu}/u.test(t.text) && next?.pos === "PROPN") ||
        (TITLE_PARTICIPLES.has(t.lower) && /^\p{Lu}/u.test(next?.text ?? "")))
    ) {
      tokens[i] = { ...t, pos: "ADJ", lemma: t.lower };
      return;
    }
    // "his address to the G20", "the call", "a recorded address": a word after a determiner or
    // possessive, or after one and a modifier, is a noun; a verb cannot stand there. Past forms
    // ("the other said") are left alone.
    const determines = (x: Token | undefined) => !!x && (ARTICLES.has(x.lower) || POSSESSIVES.has(x.lower));
    const modified =
      !!prev && (prev.pos === "ADJ" || /[a-z]ed$/.test(prev.lower)) && determines(tokens[i - 2]) && t.lemma === t.lower;
    if (t.pos === "VERB" && (determines(prev) || modified) && !/ing$/.test(t.lower)) {
      tokens[i] = { ...t, pos: "NOUN", lemma: t.lower.replace(/(?<=[^s])s$/, "") };
      return;
    }
    // After an owner's "'s" no verb stands: a base form is a noun ("the committee's launch",
    // "Kyiv's push"; "let's launch talks" lets), and a past form before a noun describes it ("the
    // guard's left hand", "the army's stated aim"; "the army's left the city" has an article after it).
    if (t.pos === "VERB" && /^['’]s$/.test(prev?.text ?? "") && prev!.pos === "PART") {
      if (t.lower === t.lemma && tokens[i - 2]?.lower !== "let") {
        tokens[i] = { ...t, pos: "NOUN" };
        return;
      }
      if (t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower) && next?.pos === "NOUN") {
        tokens[i] = { ...t, pos: "ADJ", lemma: t.lower };
        return;
      }
    }
    // "American officials note that …", "the government notes the impossibility of …": a verb of
    // saying after its subject, before "that" or (with no verb before it) an object, read as a noun.
    // ('said the government "notes the …"': a quotation may open on the verb.)
    const quoteOpens = prev?.text === '"';
    const subjectBefore = quoteOpens ? tokens[i - 2] : prev;
    if (
      t.pos === "NOUN" &&
      SAYING.has(t.lower) &&
      (next?.lower === "that" || (next?.pos === "DET" && (quoteOpens || !verbSinceBreak(tokens, i)))) &&
      subjectBefore &&
      /^(?:NOUN|PROPN|PRON)$/.test(subjectBefore.pos)
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: t.lower.replace(/s$/, "") };
      return;
    }
    // "refrain from acts of sabotage", "an end to attacks on ports": a plural right after a
    // preposition, before "of" or "on", is a noun, not a verb in the present.
    if (
      t.pos === "VERB" &&
      prev?.pos === "ADP" &&
      prev.lower !== "to" &&
      /^\p{Ll}+s$/u.test(t.text) &&
      (next?.lower === "of" || next?.lower === "on")
    ) {
      tokens[i] = { ...t, pos: "NOUN", lemma: t.lower.replace(/(?<=[^s])s$/, "") };
      return;
    }
    // "the new chief negotiator": before an adjective the tagger reads "new" as an adverb, which
    // cuts the noun phrase (and an inverted speaker) at the article.
    if (t.pos === "ADV" && t.lower === "new" && prev?.pos === "DET") {
      tokens[i] = { ...t, pos: "ADJ", lemma: "new" };
      return;
    }
    // "…, warning he would not sign", "…, warning that talks could fail": after a comma, before
    // what is warned, "warning" is the participle, not the noun ("issued a warning that …").
    if (
      t.pos === "NOUN" &&
      t.lower === "warning" &&
      prev?.text === "," &&
      (next?.lower === "that" || next?.lower === "of" || (next?.pos === "PRON" && SUBJECT_PRONOUNS.has(next.lower)))
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: "warn" };
      return;
    }
    // "Norway thanks Kenya for hosting the talks": "thanks" between its subject and whom it thanks, with
    // no verb before it, is the verb ("thanks to Egypt" stays a preposition's noun).
    if (
      t.pos === "NOUN" &&
      t.lower === "thanks" &&
      /^(?:PROPN|PRON)$/.test(prev?.pos ?? "") &&
      /^(?:PROPN|DET|PRON)$/.test(next?.pos ?? "") &&
      !verbSinceBreak(tokens, i)
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: "thank" };
      return;
    }
    // "…, Suspilne reports.", "…, the ministry says.": a word of saying after a name that closes
    // the sentence behind a comma is the verb of the attribution.
    if (
      t.pos === "NOUN" &&
      SAYING.has(t.lower) &&
      /s$/.test(t.lower) &&
      (!next || (next.pos === "PUNCT" && next.text !== ",")) &&
      prev &&
      /^(?:NOUN|PROPN)$/.test(prev.pos) &&
      tokens.slice(0, i).some((x) => x.text === ",")
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: t.lower.replace(/s$/, "") };
      return;
    }
    // "its offensive against Hamas", "the critical": an adjective that ends a determiner's phrase is its noun.
    if (
      t.pos === "ADJ" &&
      prev &&
      (ARTICLES.has(prev.lower) || POSSESSIVES.has(prev.lower)) &&
      (!next || /^(?:ADP|PUNCT|CCONJ)$/.test(next.pos))
    ) {
      tokens[i] = { ...t, pos: "NOUN" };
      return;
    }
    // "Russia, Turkey and Iran plan to hold a meeting", "Ukraine's allies plan to tighten …": a
    // word of intent between a name or a plural and an infinitive is the verb ("the Iran plan
    // to …", "Kyiv's plan to …", "the peace plan to …" stay nouns).
    const plural = prev?.pos === "NOUN" && prev.lower !== prev.lemma && /s$/.test(prev.lower) && !/s$/.test(t.lower);
    if (
      t.pos === "NOUN" &&
      INTENT.has(t.lower) &&
      prev &&
      (/^(?:PROPN|PRON)$/.test(prev.pos) || plural) &&
      !POSSESSIVES.has(prev.lower) &&
      (plural || tokens[i - 2]?.pos !== "DET") &&
      next?.lower === "to" &&
      tokens[i + 2]?.pos === "VERB"
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: t.lower.replace(/s$/, "") };
      return;
    }
    // "The meeting marks the first …", "The deal envisages a …": an -s form after a subject of one
    // noun and before an article, with no verb yet, is the verb.
    if (
      t.pos === "NOUN" &&
      /^\p{Ll}+s$/u.test(t.text) &&
      t.lower !== t.lemma &&
      prev?.pos === "NOUN" &&
      prev.lower === prev.lemma &&
      ARTICLES.has(tokens[i - 2]?.lower ?? "") &&
      (i === 2 || tokens[i - 3]?.pos === "PUNCT") &&
      ARTICLES.has(next?.lower ?? "")
    ) {
      tokens[i] = { ...t, pos: "VERB" };
      return;
    }
    // 'signed separate "mirror" deals': one quoted word between a determiner or an adjective and
    // a noun describes the noun.
    if (
      t.pos === "VERB" &&
      prev?.text === '"' &&
      next?.text === '"' &&
      /^(?:DET|ADJ|NUM)$/.test(tokens[i - 2]?.pos ?? "") &&
      tokens[i + 2]?.pos === "NOUN"
    ) {
      tokens[i] = { ...t, pos: "ADJ", lemma: t.lower };
      return;
    }
    // "an agreement defining measures to …", "a deal ending the war": an -ing form between a noun
    // and a determiner or a plural noun describes the first noun, as a participle does.
    if (
      t.pos === "NOUN" &&
      /^\p{Ll}+ing$/u.test(t.text) &&
      !ING_NOUNS.has(t.lower) &&
      prev?.pos === "NOUN" &&
      (next?.pos === "DET" || (next?.pos === "NOUN" && next.lower !== next.lemma && /s$/.test(next.lower)))
    ) {
      // (its lemma stays the -ing form: which base it has, "define" or "offer", is a guess)
      tokens[i] = { ...t, pos: "VERB" };
      return;
    }
    // "Fighting between Israel and Hezbollah will cease", "will see fighting in the east end": an
    // -ing form of combat before a preposition, with no subject or auxiliary before it, is the noun.
    if (
      t.pos === "VERB" &&
      COMBAT.has(t.lower) &&
      next?.pos === "ADP" &&
      !/^(?:AUX|NOUN|PROPN|PRON)$/.test(prev?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "NOUN", lemma: t.lower };
      return;
    }
    // "Since fighting began", "shelling resumed at dawn": an -ing form right before an
    // inflected verb is a noun, its subject.
    if (
      t.pos === "VERB" &&
      /ing$/.test(t.lower) &&
      next?.pos === "VERB" &&
      next.lower !== next.lemma &&
      !/ing$/.test(next.lower) &&
      prev?.pos !== "AUX"
    ) {
      tokens[i] = { ...t, pos: "NOUN", lemma: t.lower };
      return;
    }
    // "Should Russia reject it, the allies will …": "should", "were" or "had" opening the sentence
    // before its subject and verb, ahead of a comma, is a condition's "if".
    if (
      i === 0 &&
      t.pos === "AUX" &&
      /^(?:should|were|had)$/.test(t.lower) &&
      (/^(?:PROPN|NOUN|DET|PRON)$/.test(next?.pos ?? "") || (next?.pos === "VERB" && /s$/.test(next.lower))) &&
      verbBeforeComma(tokens)
    ) {
      tokens[i] = { ...t, pos: "SCONJ" };
      return;
    }
    // "Hopes rose after the talks": an -s form that opens the sentence right before a past form
    // is a plural noun, its subject.
    if (
      t.pos === "VERB" &&
      i === 0 &&
      /[^s]s$/.test(t.lower) &&
      t.lower !== t.lemma &&
      next?.pos === "VERB" &&
      next.lower !== next.lemma &&
      !/(?:ing|s)$/.test(next.lower)
    ) {
      tokens[i] = { ...t, pos: "NOUN" };
      return;
    }
    // "his country stops attacking", "Moscow keeps shelling": a verb of phase before a gerund,
    // after its subject, is a verb the tagger may read as a plural noun.
    if (
      t.pos === "NOUN" &&
      PHASE_VERBS.has(t.lower) &&
      next?.pos === "VERB" &&
      /ing$/.test(next.lower) &&
      /^(?:NOUN|PROPN|PRON)$/.test(prev?.pos ?? "") &&
      !POSSESSIVES.has(prev!.lower)
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: t.lower.replace(/s$/, "") };
      return;
    }
    // "– Hopes of a breakthrough dimmed", "Reports of talks …", "But hopes for a solution have
    // risen": an -s word opening the sentence (after a dateline or a conjunction) before "of" or
    // "for" is a plural noun.
    const opening = !prev || prev.pos === "PUNCT" || (prev.pos === "CCONJ" && i === 1);
    if (
      t.pos === "VERB" &&
      (/^\p{Lu}\p{Ll}+s$/u.test(t.text) || (i === 1 && /^\p{Ll}+s$/u.test(t.text))) &&
      (next?.lower === "of" || next?.lower === "for") &&
      opening
    ) {
      tokens[i] = { ...t, pos: "NOUN", lemma: nounLemma(t.lower) };
      return;
    }
    // "the talks were mediated by Norway": an -ed word read as an adjective between a form of "be"
    // and its agent is a passive verb.
    if (
      t.pos === "ADJ" &&
      /^[a-z]{3,}ed$/.test(t.lower) &&
      prev?.pos === "AUX" &&
      prev.lemma === "be" &&
      next?.lower === "by" &&
      /^(?:DET|PROPN|PRON|NOUN)$/.test(tokens[i + 2]?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: pastStem(t.lower) };
      return;
    }
    // "hopes of a breakthrough in Ukraine dimmed on Friday": an -ed word the tagger took for a
    // noun, after a noun and before a phrase, is a past verb.
    if (
      t.pos === "NOUN" &&
      /^[a-z]{4,}ed$/.test(t.lower) &&
      t.lemma === t.lower &&
      prev &&
      /^(?:NOUN|PROPN)$/.test(prev.pos) &&
      next &&
      /^(?:ADP|ADV|DET)$/.test(next.pos)
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: pastStem(t.lower) };
      return;
    }
    // "the deal that facilitates exports": an -s word the tagger took for a noun, after a noun's
    // "that" and before a noun phrase, is the relative clause's verb.
    if (
      t.pos === "NOUN" &&
      /^[a-z]{3,}s$/.test(t.lower) &&
      prev?.lower === "that" &&
      tokens[i - 2]?.pos === "NOUN" &&
      /^(?:NOUN|DET|ADJ|PROPN)$/.test(next?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: nounLemma(t.lower) };
      return;
    }
    // "The Oslo talks mark a new phase": a word the tagger took for a noun, after a
    // plural subject with no verb yet and before a determiner, is the present verb.
    if (
      t.pos === "NOUN" &&
      t.lemma === t.lower &&
      /^[a-z]+$/.test(t.lower) &&
      !/s$/.test(t.lower) &&
      prev?.pos === "NOUN" &&
      prev.lemma !== prev.lower &&
      next?.pos === "DET" &&
      tokens.slice(0, i).every((x) => x.pos !== "VERB" && x.pos !== "AUX")
    ) {
      tokens[i] = { ...t, pos: "VERB" };
      return;
    }
    // "when they last met": "last" before a verb is an adverb.
    if (t.lower === "last" && t.pos === "VERB" && next?.pos === "VERB") {
      tokens[i] = { ...t, pos: "ADV" };
      return;
    }
    // "would first have to agree", "will first need to": "first" between an auxiliary and a verb
    // is an adverb of order, not an adjective starting a new phrase.
    if (
      (t.lower === "first" || t.lower === "last") &&
      t.pos !== "ADV" &&
      prev?.pos === "AUX" &&
      /^(?:AUX|VERB)$/.test(next?.pos ?? "")
    ) {
      tokens[i] = { ...t, pos: "ADV", lemma: t.lower };
      return;
    }
    // "for the poor while the government …": "while" before a noun phrase opens a clause ("a while ago" stays).
    if (t.lower === "while" && t.pos === "NOUN" && next && /^(?:DET|PRON|PROPN|NOUN)$/.test(next.pos)) {
      tokens[i] = { ...t, pos: "SCONJ" };
      return;
    }
    // "open to talks": after "to" a verb never takes -s, so "talks" is the noun.
    if (t.pos === "VERB" && prev?.lower === "to" && /[a-z]s$/.test(t.lower) && t.lower === `${t.lemma}s`) {
      tokens[i] = { ...t, pos: "NOUN" };
      return;
    }
    // "Russia views the roadmap …": a plural-looking noun between a name that opens the
    // sentence and an article is the verb.
    if (
      t.pos === "NOUN" &&
      /[a-z]s$/.test(t.lower) &&
      prev?.pos === "PROPN" &&
      i === 1 &&
      next &&
      ARTICLES.has(next.lower)
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: t.lemma.replace(/s$/, "") };
      return;
    }
    // "The negotiations, currently hosted in Doha, aim to bridge the gap": after a comma, a noun
    // in its base form that an infinitive follows is the verb the subject waited for (a noun
    // there would need an article, ", a plan to end the war", or a plural, ", efforts to end it").
    if (
      t.pos === "NOUN" &&
      t.lower === t.lemma &&
      prev?.text === "," &&
      next?.lower === "to" &&
      next.pos === "PART" &&
      tokens[i + 2]?.pos === "VERB" &&
      tokens[i + 2]!.lower === tokens[i + 2]!.lemma
    ) {
      tokens[i] = { ...t, pos: "VERB" };
      return;
    }
    // "The leaders welcome the start of talks", "Saudi Arabia and the United States welcome the
    // talks", "they free the hostages": an adjective between a plural subject or a name and an article takes the article's noun as its object, so it is the verb
    // ("worth the effort" and the like keep theirs).
    if (
      t.pos === "ADJ" &&
      !ADJECTIVES_BEFORE_ARTICLES.has(t.lower) &&
      next &&
      ARTICLES.has(next.lower) &&
      prev &&
      (prev.pos === "PROPN" ||
        (prev.pos === "NOUN" && prev.lower !== prev.lemma && /s$/.test(prev.lower)) ||
        (prev.pos === "PRON" && PLURAL_SUBJECTS.has(prev.lower)))
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: /[a-z]ed$/.test(t.lower) ? pastStem(t.lower) : t.lower };
      return;
    }
    // "over occupied territories", "the proposed ceasefire", "Russia's stated commitment", "its
    // declared aim": a participle before a noun describes it.
    if (
      t.pos === "VERB" &&
      /[a-z]ed$/.test(t.lower) &&
      next?.pos === "NOUN" &&
      prev &&
      (/^(?:ADP|DET|ADJ|PART)$/.test(prev.pos) || POSSESSIVES.has(prev.lower))
    ) {
      tokens[i] = { ...t, pos: "ADJ" };
      return;
    }
    const afterPronoun =
      prev &&
      RELATIVE_OR_SUBJECT.has(prev.lower) &&
      prev.pos === "PRON" &&
      next &&
      /^(?:DET|PROPN|PRON|NUM|NOUN)$/.test(next.pos);
    // "has accomplished its goals", "had invalidated their deal": after a perfect auxiliary an
    // -ed word is the verb, whether the tagger read it as an adjective or a noun it does not know.
    // ("has successfully brokered the deal": an adverb of manner may come between.)
    const perfect = (x: Token | undefined) => x?.pos === "AUX" && /^(?:has|have|had|'ve)$/.test(x.lower);
    const afterPerfect =
      !!prev && (perfect(prev) || (prev.pos === "ADV" && /ly$/.test(prev.lower) && perfect(tokens[i - 2])));
    if (
      (t.pos === "ADJ" || (t.pos === "NOUN" && afterPerfect)) &&
      /[a-z]ed$/.test(t.lower) &&
      (afterPronoun || afterPerfect)
    ) {
      tokens[i] = { ...t, pos: "VERB", lemma: pastStem(t.lower) };
    }
  });
  return pluralSubjectVerb(thirdPersonVerb(verbAfterTimeAdverb(tokens)));
}

/**
 * "Both sides call for talks", "Its terms call for a withdrawal", "The army and the rebels
 * return to the table", "Envoys of both camps meet in Oslo": a base form the tagger took for the
 * second noun of a compound, right after the plural noun or name phrase that opens the sentence (two
 * joined by "and", or one whose head is plural before an "of" phrase) and before a preposition,
 * a determiner or "to", is the plural subject's verb when no verb comes before it.
 */
function pluralSubjectVerb(tokens: Token[]): Token[] {
  const inPhrase = (w: Token) =>
    /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(w.pos) || POSSESSIVES.has(w.lower) || w.lower === "and" || w.lower === "of";
  if (!tokens[0] || !inPhrase(tokens[0])) return tokens;
  let i = 0;
  while (tokens[i + 1] && inPhrase(tokens[i + 1]!) && !baseFormAt(tokens, i + 1)) i++;
  const run = tokens.slice(0, i + 1);
  const of = run.findIndex((w) => w.lower === "of");
  const plural = run.some((w) => w.lower === "and") || (of > 0 ? isPlural(run[of - 1]!) : isPlural(run[i]!));
  if (
    plural &&
    (run[i]!.pos === "NOUN" || run[i]!.pos === "PROPN") &&
    baseFormAt(tokens, i + 1) &&
    tokens.at(-1)?.text === "." &&
    !finiteAhead(tokens, i + 2)
  )
    tokens[i + 1] = { ...tokens[i + 1]!, pos: "VERB" };
  return tokens;
}

const isPlural = (t: Token) => t.pos === "NOUN" && t.lower !== t.lemma && /s$/.test(t.lower);

/** Whether the word at `k` is a noun-tagged base form before a preposition, a determiner or "to". */
const baseFormAt = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  return (
    t?.pos === "NOUN" &&
    t.lower === t.lemma &&
    /^\p{Ll}+$/u.test(t.text) &&
    !/s$/.test(t.lower) &&
    /^(?:ADP|DET|PRON|PART)$/.test(tokens[k + 1]?.pos ?? "")
  );
};

/**
 * Whether a finite verb follows `from` in the same clause ("The peace talks venue in Geneva was
 * changed"): then the words before it were a compound noun, its subject.
 */
function finiteAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const x = tokens[k]!;
    if (x.text === "," || /^(?:that|which|who|and|but)$/.test(x.lower)) return false;
    if (x.pos === "AUX" || (x.pos === "VERB" && tokens[k - 1]?.lower !== "to")) return true;
  }
  return false;
}

/**
 * Whether token `i` is an -s word tagged as a noun before a preposition or a determiner ("travels
 * to", "marks the"): the verb in the third person where the sentence wants one, not a plural.
 */
const thirdPersonAt = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return (
    t?.pos === "NOUN" &&
    /[a-z]s$/.test(t.text) &&
    !/ss$/.test(t.lower) &&
    /^(?:ADP|DET)$/.test(tokens[i + 1]?.pos ?? "")
  );
};

/** The -s word at `thirdPersonAt` read as that verb, its lemma without the -s. */
const asThirdPerson = (t: Token): Token => ({
  ...t,
  pos: "VERB",
  lemma: t.lemma === t.lower ? t.lower.slice(0, -1) : t.lemma,
});

/**
 * "Mr. Lula travels to Brasilia tomorrow for talks": in a sentence with no verb, an -s word
 * right after the name that opens it, before a preposition or the object's determiner, is the
 * verb in the third person, not a plural noun.
 */
function thirdPersonVerb(tokens: Token[]): Token[] {
  if (tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return tokens;
  const i = tokens.findIndex((t) => t.pos !== "PROPN");
  if (i > 0 && thirdPersonAt(tokens, i) && tokens.some((x, k) => k > i + 1 && x.pos === "PUNCT" && x.text === "."))
    tokens[i] = asThirdPerson(tokens[i]!);
  return tokens;
}

const SENTENCE_ADVERBS = new Set(["today", "tonight", "now", "also", "still", "again"]);

/**
 * "Egypt today marks the anniversary", "Moscow now wants a pause": an adverb of time or focus
 * between a name and an -s word before a determiner or a preposition puts a verb there, not a
 * plural noun, as no noun phrase reads "name, adverb, noun".
 */
function verbAfterTimeAdverb(tokens: Token[]): Token[] {
  return tokens.map((t, i) =>
    i >= 2 && tokens[i - 2]!.pos === "PROPN" && SENTENCE_ADVERBS.has(tokens[i - 1]!.lower) && thirdPersonAt(tokens, i)
      ? asThirdPerson(t)
      : t,
  );
}

/** Letters with no decomposition into a Latin base letter and marks. */
const UNDECOMPOSED: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  œ: "o",
  Œ: "O",
};

/**
 * The sentence with each letter beyond Latin-1 replaced by its base letter, one character for one
 * so that offsets hold: wink's tokenizer splits a name at such a letter ("Erdo|ğ|an",
 * "Çavu|ş|o|ğ|lu", "Nguy|ễ|n"), which breaks the clause analysis around it.
 */
function foldForTagger(sentence: string): string {
  if (!/[^\u0000-\u00ff]/.test(sentence)) return sentence;
  let out = "";
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c.charCodeAt(0) <= 0xff || !/\p{L}/u.test(c)) {
      out += c;
      continue;
    }
    const base = UNDECOMPOSED[c] ?? c.normalize("NFD")[0]!;
    out += base.length === 1 && base.charCodeAt(0) <= 0xff ? base : c;
  }
  return out;
}

/** Tokens of one sentence, in order, with offsets into it. Never throws on odd input. */
/**
 * Forms of verbs in -e that wink's lemmatiser reads as a shorter verb it also knows, dropping the
 * "e" with the ending ("raged" → "rag", "waged" → "wag", "slated" → "slat").
 */
const MISREAD_LEMMAS = new Map(
  ["rage", "wage", "stage", "slate"].flatMap((verb) => [
    [`${verb}d`, verb],
    [`${verb.slice(0, -1)}ing`, verb],
  ]),
);

const WHOLE_DAY_IN_FIGURES = new RegExp(`^${DAY_IN_FIGURES}$`);

export function tagSentence(sentence: string): Token[] {
  if (!sentence.trim()) return [];
  const folded = foldForTagger(sentence);
  const doc = instance().readDoc(folded);
  const its = instance().its;
  const items = doc.tokens();
  const texts = items.out() as string[];
  const tags = items.out(its.pos) as Pos[];
  // wink's type declarations give lemma an extra parameter; it is an ordinary token property.
  const lemmas = items.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  let opensSentence = true;
  texts.forEach((text, i) => {
    let at = folded.indexOf(text, cursor);
    // wink normalises a few spellings (n't, elided forms); such a token keeps the width it covers.
    if (at < 0) at = cursor + (folded.slice(cursor).length - folded.slice(cursor).trimStart().length);
    const end = Math.min(sentence.length, at + text.length);
    // As written: a folded letter goes back to the original ("Erdoğan").
    const written = folded === sentence ? text : sentence.slice(at, end) || text;
    const lower = written.toLowerCase();
    const pos = tags[i] ?? "X";
    const raw = (lemmas[i] ?? text).toLowerCase();
    // wink leaves a few regular past forms unlemmatised ("mediated"); "need", "proceed" are stems.
    // (Seven letters at least: "shred" and "embed" are stems too.)
    const unlemmatised = pos === "VERB" && raw === lower && lower.length >= 7 && /[a-z]{2}[^e]ed$/.test(lower);
    // wink turns a few -ing nouns into their verb ("licensing" → "license", "lifting" → "lift"),
    // as it leaves most ("shelling", "signing"): the act is not the thing ("vehicle licensing" is
    // no trade licence), so every -ing noun keeps its own form.
    const actNoun = pos === "NOUN" && /ing$/.test(lower) && !raw.endsWith("ing");
    const own =
      MISREAD_LEMMAS.get(lower) ??
      (unlemmatised ? pastStem(lower) : raw === text.toLowerCase() || actNoun ? lower : raw);
    const lemma = pos === "PROPN" && opensSentence && own === lower ? nounLemma(lower) : own;
    tokens.push({ text: sentence.slice(at, end) || text, lower, lemma, pos, start: at, end });
    opensSentence &&= !/\w/.test(text);
    // "MUSCAT, Oman (AP) — Negotiations will …": the sentence opens again after a dateline's dash.
    // So it does after a date in figures that follows a city ("Geneva 14.05.2024 Talks …").
    if (
      (/^(?:[—–-]|--)$/.test(text) || WHOLE_DAY_IN_FIGURES.test(text)) &&
      tokens.every((x) => !/\p{Ll}/u.test(x.text[0] ?? ""))
    )
      opensSentence = true;
    cursor = end;
  });
  return repairTags(joinHyphenated(tokens, sentence)).map((t, i, all) => {
    if (t.lower !== "to" || t.pos !== "ADP") return t;
    const next = all[i + 1];
    // A verb joined to "to" by a hyphen rule above makes "to" the infinitive's marker again, and
    // so does a verb's base form after a quotation mark ('an order to "halt …"').
    const hyphenated = next?.pos === "VERB" && /-/.test(next.text);
    const quoted = next?.text === '"' && all[i + 2]?.pos === "VERB" && !/(?:ed|ing)$/.test(all[i + 2]!.lower);
    return hyphenated || quoted ? { ...t, pos: "PART" } : t;
  });
}
