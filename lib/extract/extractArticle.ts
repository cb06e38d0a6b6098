import { stateOfPerson, type Gazetteer, type GazetteerActor } from "../actors/gazetteer";
import { findArticleActors, type ArticleActors } from "../actors/findArticleActors";
import { PARTY_PAIR_NOUNS } from "../actors/lexicon";
import { officeState, withOfficeStates } from "../actors/stateOffice";
import { withStoryParties } from "../actors/storyParties";
import { attributeSpeaker, isPluralPronoun, isPronounSpeaker, type Attribution } from "../attribution/attributeSpeaker";
import { isCommentator } from "../attribution/commentators";
import { analyseSentence, hasAdverb, tokenAtChar, type SentenceAnalysis } from "../clauses/analyseSentence";
import { findFrames, type Frame } from "../clauses/frames";
import { endsInsideQuote } from "../clauses/quotes";
import { isSide, isTelling, type Clause } from "../clauses/segment";
import { isCaption } from "../clean/captions";
import { isInterviewerTurn } from "../clean/interviewTurns";
import { datelineLength, filedOn } from "../dates/dateline";
import { cleanSentences } from "../clean/cleanSentences";
import { directionFrom } from "../dates/clauseDirection";
import { findDates } from "../dates/findDates";
import { COUNT, countOf } from "../dates/words";
import { FULL_MONTH, WEEKDAY } from "../language/calendarNames";
import type { LoadedArticle } from "../load/parseArticle";
import type { ActorMention, CleanSentence, DateMention, Mention } from "../model/mentions";
import type { ArticleMeta, EventDate, SignalEvent, SignalType } from "../model/schema";
import { SIGNAL_TYPES, takesPart } from "../model/vocabulary";
import { extractPositions } from "../positions/extractPositions";
import type { PositionVocabulary } from "../positions/vocabulary";
import type { Lexicon } from "../signals/lexicon";
import { AUDIENCES, SUBJECT_STRENGTH } from "../signals/classifyClause";
import { dealsArePlans } from "../signals/storyDeals";
import { TAXONOMY } from "../signals/taxonomy";
import { draftDates, effectDate, frameDate, isDeadline, simplePast } from "./clauseDates";
import { clauseOffset, dateAfterClause, offsetDate, type ClauseOffset } from "./clauseOffset";
import { dayOfTalks, OPENINGS } from "./dayOfTalks";
import { foldAppositions, toEventDate } from "./eventDate";
import { eventId } from "./eventId";
import { isPostSignature } from "./posts";
import { datedLater } from "./datedLater";
import { modalityOf } from "./modality";
import { withPictured, type Pictured } from "./pictured";
import { isYearless, NARRATIVE_PARAGRAPHS, narrativeDay, writesYear } from "./narrativeYear";
import { dealTerms } from "./dealTerms";
import { followsTheAct, pointsBack, speaksOfTheAct, tellsAnotherStory, toldOf } from "./pointsBack";
import { PartnerReply } from "./partnerReply";
import { carriesReference, ReferenceTime, tellsPublicationDay } from "./referenceTime";
import { reciprocalDraft, sentenceSignals, type SignalDraft } from "./sentenceSignals";
import { summariseClauses, summarisePhrase } from "./summarise";
import { speaksOnlyToPress } from "./press";
import { travelsToNoParty } from "./travel";

export interface ExtractionContext {
  gazetteer: Gazetteer;
  vocabulary: PositionVocabulary;
  lexicon: Lexicon;
}

export interface ArticleExtraction {
  article: ArticleMeta;
  mentions: Mention[];
  unknownActors: { name: string; sentences: string[] }[];
  /** actors the article introduced that the gazetteer does not list (titled people, organisations) */
  discoveredActors: GazetteerActor[];
}

/**
 * The types that claim a position (docs/positions.md): what an actor demands, offers, refuses or
 * says about the other side. A meeting, a battlefield report or background states none.
 */
const NO_CLAIM: ReadonlySet<SignalEvent["type"]> = new Set(["talks", "military-claim", "context"]);
const CLAIMS: ReadonlySet<SignalEvent["type"]> = new Set(SIGNAL_TYPES.filter((t) => !NO_CLAIM.has(t)));

/** "Hours later, …", "Later that day …", "… said afterwards": a sentence of the day the one before told of. */
const SAME_DAY_AFTER =
  /^(?:(?:just|only|a few|several)\s+)?(?:hours|minutes|moments)\s+(?:later|earlier)\b|^later\s+(?:that|the same)\s+day\b|^(?:that|the)\s+same\s+day\b|^(?:(?:shortly|soon|immediately)\s+)?afterwards?\b|\b(?:said|told|added|wrote|speaking)\b[^.,;"]{0,30}\bafterwards?\b/i;

/**
 * "Speaking that evening, …", "In a statement the next day, …": a sentence of the last day the
 * story stated, or of the day after it. (A bare "that day" is too often any day: "until that day".)
 */
const THAT_DAY = /\b(?:that|the\s+same)\s+(?:evening|night|morning|afternoon)\b|\bthe\s+same\s+day\b/i;
const NEXT_DAY = /\bthe\s+(?:next|following)\s+(?:day|morning)\b/i;
/**
 * "Two days later, …", "a week later", "days later": counted from that same day; "two days
 * earlier" counts back ("two days earlier than planned" compares, and counts nothing).
 */
const COUNTED = new RegExp(
  String.raw`\b(?:(?<n>${COUNT})\s+)?(?<u>day|week)(?<pl>s)?\s+(?<dir>later|earlier)\b(?!\s+than\b)`,
  "i",
);
/** "the day before", closing its clause: the day before the one told ("the day before the vote" counts from the vote). */
const DAY_BEFORE = /\bthe\s+day\s+before(?=\s*(?:[,.;:)"'”’]|$))/i;

/**
 * The day a sentence's "the next day", "two days later", "the day before" or "that evening"
 * tells: from a day the sentence names before the words, else from the last day the story stated;
 * `at` is where the counted words are (-1 for "that evening", which is of the whole sentence).
 */
function toldDayOf(
  text: string,
  lastDay: EventDate | null,
  own: () => readonly DateMention[],
): { date: EventDate; at: number } | null {
  let offset: ClauseOffset | null = null;
  let at = -1;
  const next = NEXT_DAY.exec(text);
  if (next) {
    offset = { text: "the next day", unit: "day", n: 1, bound: null, sign: 1 };
    at = next.index;
  } else {
    const before = DAY_BEFORE.exec(text);
    const counted = before ? null : COUNTED.exec(text);
    const { n, u, pl, dir } = counted?.groups ?? {};
    const count = n ? countOf(n) : null;
    if (before) {
      offset = { text: "the day before", unit: "day", n: 1, bound: null, sign: -1 };
      at = before.index;
    } else if (counted && (count ? !count.vague : !!pl)) {
      const unit = u!.toLowerCase() as "day" | "week";
      offset = {
        text: counted[0],
        unit,
        n: count?.n ?? 1,
        bound: count ? null : "few",
        sign: dir!.toLowerCase() === "later" ? 1 : -1,
      };
      at = counted.index;
    }
  }
  if (!offset && !THAT_DAY.test(text)) return null;
  const named =
    offset !== null
      ? own()
          .filter((d) => d.precision === "day" && d.start === d.end && d.index < at)
          .at(-1)
      : undefined;
  // (a day the sentence names but reads as still to come, "On 14 March … would close the next
  // morning", is in doubt: nothing is counted from it, nor from a day before it)
  if (named?.future) return null;
  const start = named ? toEventDate(named) : lastDay;
  const date = start && offset ? offsetDate(start, offset) : start;
  return date && { date, at };
}

const WEEKDAY_WORDS = new RegExp(String.raw`\b(?:${WEEKDAY})\b`, "gi");

/** The day a line names and nothing else ("Friday, November 24", "Nov. 24:"), or null. */
function onlyDay(text: string, dates: readonly DateMention[]): EventDate | null {
  if (dates.length !== 1) return null;
  const [m] = dates as [DateMention];
  if (m.start === null || m.start !== m.end) return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m.text.length))
    .replace(WEEKDAY_WORDS, "")
    .replace(/[\s\p{P}]+/gu, "");
  return rest === "" ? toEventDate(m) : null;
}

/** A weekday, a month before or after a day number, or today: a sentence that may state a day. */
const DAY_NAMED = new RegExp(
  String.raw`\b(?:${WEEKDAY})\b|\b(?:${FULL_MONTH})\.?\s+\d|\d\s+(?:${FULL_MONTH})\b|\b(?:[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\b`,
);

/** How sure a clause reading must be to become an event; a headline needs a lexicon predicate. */
const MIN_STRENGTH = 2;

/**
 * How many paragraphs back "the truce" may find the one it points to: news paragraphs are one
 * or two sentences, and a story goes on about its accord for several of them (a day heading,
 * a quotation, an aside) before naming it again.
 */
const POINTS_BACK_PARAGRAPHS = 6;
const HEADING_STRENGTH = 3;

/** One sentence after the language pass, actors and clause analysis. */
interface Read {
  sentence: CleanSentence;
  analysis: SentenceAnalysis;
  actors: ActorMention[];
  /** states the sentence names only as places, which its events mention */
  places: ActorMention[];
  frames: Frame[];
  /** the frame of a quotation this sentence sits in, said in another sentence */
  quoteFrame: { frame: Frame; read: Read } | null;
  heading: boolean;
  /**
   * who the outlet's own statements in this sentence rest on, when a later sentence says where
   * the outlet took them from ("the agency reports this, citing two officials")
   */
  sourcedBy?: Attribution;
  /** the speaker of the last frame in an earlier sentence of the same paragraph */
  continues?: Attribution;
  /**
   * characters of the dateline the sentence opens its paragraph with ("TBILISI/BAKU —"), 0 without
   * one: where the story was filed, which neither acts nor dates an event
   */
  dateline: number;
  /** the people a photo caption right before the sentence's paragraph pictures, for its first sentence */
  pictured: readonly Pictured[];
  dates?: DateMention[];
}

/**
 * A one-line paragraph without a closing stop is a headline, standfirst or section title; one
 * that opens on a bullet is an item of a list, which live pages write as sentences without stops.
 * `last`: the paragraph ends the body.
 */
function isHeading(paragraph: readonly CleanSentence[], last: boolean): boolean {
  const text = paragraph[0]!.text;
  // (The body's last paragraph, long and without a stop, is a sentence the page or the copy cut off.)
  if (last && text.split(/\s+/).length > CUT_SENTENCE_WORDS) return false;
  return paragraph.length === 1 && !/[.!?…"'”]$/.test(text) && !/^[•▪◦‣·*–-]\s/.test(text);
}

/** More words than a headline at the end of a body has: a sentence cut off there. */
const CUT_SENTENCE_WORDS = 15;

/** Lines in another language (a repaired Ukrainian notice, say) are kept in the text but not read for events. */
function isEnglish(text: string): boolean {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      latin++;
      letters++;
    } else if (c >= 0xc0 && text[i]!.toLowerCase() !== text[i]!.toUpperCase()) letters++;
  }
  return letters > 0 && latin / letters > 0.8;
}

function groupByParagraph(sentences: readonly CleanSentence[]): CleanSentence[][] {
  const out: CleanSentence[][] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else out.push([s]);
  }
  return out;
}

const charRange = (a: SentenceAnalysis, range: readonly [number, number]) =>
  [a.tokens[range[0]]!.start, a.tokens[range[1] - 1]!.end] as const;

function mentionsIn(a: SentenceAnalysis, actors: readonly ActorMention[], range: readonly [number, number] | null) {
  if (!range || range[1] <= range[0]) return [];
  const [from, to] = charRange(a, range);
  return actors.filter((m) => m.index >= from && m.index < to);
}

/**
 * A quotation that runs over several sentences names its speaker once: after it closes
 * (`"…," Malomuzh explained.`) or before it opens (`He said in a statement: "…`). Each sentence
 * inside takes that frame. A paragraph that is all quotation continues the last one opened, or
 * the speaker who closed the paragraph before on a quotation.
 */
function linkQuotations(
  paragraph: Read[],
  opened: { frame: Frame; read: Read } | null,
): { frame: Frame; read: Read } | null {
  let inside = false;
  let open: number | null = null;
  let carried = opened;
  let closedBy: { frame: Frame; read: Read } | null = null;
  paragraph.forEach((r, k) => {
    const wasInside = inside;
    inside = endsInsideQuote(r.sentence.text, inside);
    if (!wasInside && inside) open = k;
    const introducing = r.frames.find((f) => f.clause !== null && f.content.some((c) => c > f.clause!));
    if (inside && introducing) carried = { frame: introducing, read: r };
    // (the frame of the words before it: '…," Misri said, Reuters reported' is Misri's, which Reuters reports)
    const tail = r.frames
      .filter((f) => f.clause !== null && f.content.some((c) => c < f.clause!))
      .sort((x, y) => Math.min(...x.content) - Math.min(...y.content))[0];
    if (wasInside && !inside && open !== null) {
      if (tail) for (let i = open; i < k; i++) paragraph[i]!.quoteFrame = { frame: tail, read: r };
      open = null;
    }
    // '"…," said Trump. "We will honor that."': a quotation after one closed on its speaker goes on
    // with him, whose "I hope" or "we believe" inside it frames nothing of its own.
    const ownFrames = r.frames.filter((f) => !(f.speaker && r.analysis.quoted[f.speaker[0]] && unnamedSpeaker(r, f)));
    // 'Moser said: "The talks were useful. We made progress."': the quotation's next sentence is
    // still his.
    const quoteNext =
      !ownFrames.length && /^["']/.test(r.sentence.text)
        ? (closedBy ?? carried)
        : !ownFrames.length && wasInside
          ? carried
          : null;
    if (quoteNext && quoteNext.read !== r) r.quoteFrame ??= quoteNext;
    closedBy = !inside && tail && /^["']/.test(r.sentence.text) ? { frame: tail, read: r } : null;
  });
  // '"…," he added.' closing a paragraph: a paragraph of quotation after it goes on with him; so
  // does one after a paragraph that ends on what he said ("Trump added that …").
  const last = paragraph.at(-1);
  const saying = last?.frames.findLast((f) => f.speaker !== null && f.content.length > 0);
  return inside ? carried : (closedBy ?? (last && saying ? { frame: saying, read: last } : null));
}

/**
 * A speaker given only as a pronoun inside someone else's quotation ('"They keep telling us: "We
 * will sign"…," said an official') is relayed: the claim rests on whoever the quotation is from.
 */
function unnamedSpeaker(read: Read, frame: Frame): boolean {
  if (!frame.speaker) return true;
  const words = read.analysis.tokens.slice(frame.speaker[0], frame.speaker[1]);
  return words.every((t) => t.pos === "PRON") && !mentionsIn(read.analysis, read.actors, frame.speaker).length;
}

/** Words that may come before "statement by" in a title ("Below is the full text of the statement by"). */
const TITLE_LEAD = new Set(["below", "here", "is", "are", "the", "full", "text", "of", "read", "a", "his", "her", ":"]);
/** What a title may say follows it: a statement, remarks, a speech or an address. */
const STATEMENTS = new Set(["statement", "remarks", "speech", "address"]);
/** Types of a deal's terms that keep their own type and day: the talks or truce it sets. */
const SET_ON_THEIR_DAY = new Set(["talks", "ceasefire-signal"]);

/**
 * "FULL STATEMENT BY FOREIGN MINISTER X", "Remarks by President X": a title that says whose
 * statement follows, by the first actor it names after "by"; null for any other line.
 */
function statementTitle(r: Read): string | null {
  const tokens = r.analysis.tokens;
  const k = tokens.findIndex((t) => STATEMENTS.has(t.lower));
  if (k < 0 || tokens[k + 1]?.lower !== "by" || !tokens.slice(0, k).every((t) => TITLE_LEAD.has(t.lower))) return null;
  return mentionsIn(r.analysis, r.actors, [k + 2, tokens.length])[0]?.actorId ?? null;
}

/**
 * "Foreign Secretary Jeremy Hunt yesterday said:" closing a paragraph introduces a statement
 * printed after it, with or without quotation marks, as press offices and transcripts print
 * one: the paragraphs that follow are his words, up to a heading ("Further information") or a
 * sentence that names a speaker of its own.
 */
function linkStatements(reads: Read[][]): void {
  let statement: { frame: Frame; read: Read } | null = null;
  for (const paragraph of reads) {
    if (statement && paragraph[0]?.heading) statement = null;
    for (const r of paragraph) {
      if (r.frames.some((f) => f.speaker !== null)) statement = null;
      else if (statement) r.quoteFrame ??= statement;
    }
    const last = paragraph.at(-1);
    const opening = last?.frames.find((f) => f.speaker !== null && !f.content.length);
    if (last && opening) statement = { frame: opening, read: last };
  }
}

/**
 * "Vladimir Putin, President of the Russian Federation:" on a line of its own, as transcripts
 * and state broadcasters print a speaker before their words: the paragraphs after it, up to the
 * next heading, are that person's. The line names a person first, after a title at most, and
 * has no verb.
 */
function markSpeakerLabels(reads: Read[][], isPerson: (id: string) => boolean): void {
  let who: Attribution | null = null;
  for (const paragraph of reads) {
    const [r] = paragraph;
    if (!r) continue;
    if (r.heading) {
      const first = r.actors[0];
      const label =
        paragraph.length === 1 &&
        /:\s*$/.test(r.sentence.text) &&
        !!first &&
        /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(r.sentence.text.slice(0, first.index)) &&
        // (only a title may follow the name: "Zelensky on the truce:" is a topic)
        /^\s*(?:,[^,:]*)?:\s*$/.test(r.sentence.text.slice(first.index + first.text.length)) &&
        isPerson(first.actorId) &&
        !r.analysis.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX");
      // ("FULL STATEMENT BY FOREIGN MINISTER X": a title that says whose statement follows labels it too)
      const speaker = label ? first.actorId : statementTitle(r);
      who = speaker ? { attribution: "on-record", speaker, text: r.sentence.text } : null;
      continue;
    }
    if (who) for (const x of paragraph) x.sourcedBy ??= who;
  }
}

/** How many paragraphs back from its signature an embedded post may run. */
const MAX_POST_PARAGRAPHS = 4;

/**
 * An embedded post ("Today, I have good news … — President Biden (@POTUS) November 26, 2024")
 * is its author's: the lines before the signature, in its paragraph and in the paragraphs just
 * before it that frame nothing of their own, rest on the author the signature names.
 */
function markPostAuthors(reads: Read[][]): void {
  reads.forEach((paragraph, p) => {
    paragraph.forEach((r, k) => {
      const author = isPostSignature(r.sentence.text) ? r.actors[0] : undefined;
      if (!author) return;
      const who: Attribution = { attribution: "on-record", speaker: author.actorId, text: r.sentence.text };
      for (const before of paragraph.slice(0, k)) before.sourcedBy ??= who;
      for (let q = p - 1; q >= 0 && q >= p - MAX_POST_PARAGRAPHS; q--) {
        if (reads[q]!.some((x) => x.frames.length > 0)) break;
        for (const before of reads[q]!) before.sourcedBy ??= who;
      }
    });
  });
}

/** The people among the actors: a lookup, not a copy of the gazetteer's ids for every article. */
type IdSet = Pick<ReadonlySet<string>, "has">;

/** A set read by asking: each id's answer is worked out once, when first asked. */
function memoised(test: (id: string) => boolean): IdSet {
  const known = new Map<string, boolean>();
  return {
    has(id) {
      let answer = known.get(id);
      if (answer === undefined) known.set(id, (answer = test(id)));
      return answer;
    },
  };
}

/** What attribution needs beside the sentence: the people, commentators and each frame's speaker. */
interface Speakers {
  people: IdSet;
  commentators: IdSet;
  /** each frame's attribution, read in text order (a pronoun speaker continues the one before) */
  ofFrame: ReadonlyMap<Frame, Attribution>;
  framing: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
}

/** The words of a token range, and the actors named in them counted from its start. */
function phraseAt(read: Read, range: readonly [number, number]) {
  const a = read.analysis;
  const [from, to] = charRange(a, range);
  const mentions = mentionsIn(a, read.actors, range).map((m) => ({ ...m, index: m.index - from }));
  return { text: a.text.slice(from, to), mentions };
}

/** Verbs that name something in the speaker's words: "what Peskov called an 'information frenzy' over …". */
const NAMING = new Set(["call", "term", "dub", "label", "brand", "describe"]);

/**
 * The speaker of "what <speaker> called <words>" when `trigger` stands in those words, which run
 * to the next comma outside quotation or the end of the sentence: the words are the speaker's
 * characterisation, even where the clause analysis reads them as a clause of their own.
 */
function namingSpan(read: Read, trigger: number): [number, number] | null {
  const t = read.analysis.tokens;
  for (let i = 0; i < trigger; i++) {
    if (t[i]!.lower !== "what") continue;
    let v = i + 1;
    while (v < t.length && v - i <= 10 && !NAMING.has(t[v]!.lemma) && t[v]!.pos !== "VERB" && t[v]!.pos !== "AUX") v++;
    if (v >= t.length || !NAMING.has(t[v]!.lemma) || v === i + 1 || v > trigger) continue;
    let end = v + 1;
    while (end < t.length && !(t[end]!.text === "," && !read.analysis.quoted[end])) end++;
    if (trigger < end) return [i + 1, v];
  }
  return null;
}

/** A copula describes a state ("is ready", "remains unlikely to agree"); the actor does not say it. */
const COPULAS = new Set(["be", "remain", "become", "seem", "appear", "look", "stay"]);

/** "refused to hold the vote", "declined to attend": not doing something is an act, not a statement. */
const ACT_REFUSALS = new Set(["refuse", "decline", "fail"]);

/**
 * Who an event rests on when no verb of saying frames it. An actor who urges, proposes, rejects
 * or warns in their own clause, or who reiterates or states a claim, speaks on record; a claim in
 * a clause hanging on what unnamed people learned or saw ("diplomats have noticed signs
 * that …") is theirs, anonymous; anything else (a copula's description, "X is unlikely
 * to agree", an act such as "refused to hold the vote") is the outlet's own statement.
 */
function unframedAttribution(read: Read, draft: SignalDraft, gazetteer: Gazetteer, sp: Speakers): Attribution {
  const a = read.analysis;
  const c = a.clauses[draft.signal.clause]!;
  // A side phrase read as an event of its own ("… after the ministers' meeting in Oslo") inside what a frame reports.
  const reporting = read.frames.find((f) => f.content.includes(draft.signal.clause) && sp.ofFrame.has(f));
  if (reporting) return sp.ofFrame.get(reporting)!;
  const named = namingSpan(read, draft.signal.trigger);
  if (named) {
    const phrase = phraseAt(read, named);
    return attributeSpeaker(phrase.text, phrase.mentions, sp.people, sp.commentators);
  }
  for (let k = c.parent; k !== null; k = a.clauses[k]!.parent) {
    const up = a.clauses[k]!;
    // "They say the plan offered by Moscow would …": a clause inside a reporting clause is said by its speaker.
    const frame = read.frames.find((f) => f.clause === k && sp.ofFrame.has(f));
    if (frame) return sp.ofFrame.get(frame)!;
    if (!up.subject) continue;
    const phrase = phraseAt(read, up.subject);
    const who = attributeSpeaker(phrase.text, phrase.mentions, sp.people, sp.commentators);
    if (who.attribution === "anonymous" || (who.attribution === "analyst" && !who.speaker)) return who;
  }
  // "ECOWAS condemned the coup, calling for …": a participle acts for the subject of its clause.
  const shared = !c.subject && c.parent !== null && (c.kind === "participle" || !!c.group?.gerund);
  const subject = subjectMention(read, shared ? a.clauses[c.parent!]!.subject : c.subject);
  if (!subject || !gazetteer.byId.has(subject.actorId) || !c.group) return { attribution: "outlet", speaker: null };
  const head = a.tokens[c.group.head]!;
  const as = (actor: string): Attribution => ({
    attribution: sp.commentators.has(actor) ? "analyst" : "on-record",
    speaker: actor,
  });
  // "Peskov reiterated Russia's claim about …": a verb of saying is the actor's own statement.
  if (sp.framing.has(head.lemma) && !c.group.negated) return as(subject.actorId);
  const trigger = a.tokens[draft.signal.trigger];
  const performed =
    trigger !== undefined &&
    a.clauseOf[draft.signal.trigger] === draft.signal.clause &&
    !COPULAS.has(head.lemma) &&
    (trigger.pos === "VERB" || (trigger.pos === "NOUN" && sp.lightVerbs.has(head.lemma)));
  const refusesAct =
    ACT_REFUSALS.has(head.lemma) &&
    a.children[draft.signal.clause]!.some(
      (k) => a.clauses[k]!.kind === "infinitive" && a.clauses[k]!.start === c.group!.end,
    );
  const speechAct =
    performed &&
    !refusesAct &&
    draft.signal.cameo !== null &&
    !["04", "05", "08", "19", "16", "context"].includes(draft.signal.cameo);
  return speechAct ? as(subject.actorId) : { attribution: "outlet", speaker: null };
}

function attributionOf(
  read: Read,
  draft: SignalDraft,
  gazetteer: Gazetteer,
  sp: Speakers,
): Attribution & { source: Read | null } {
  // '"We assume that Kyiv will sign," Putin added': a speaker given only as a pronoun inside a
  // quotation that the sentence itself attributes speaks for whoever it is attributed to.
  // So does one nobody could be named for ('Mr Blair said the governments believed …').
  const inner = draft.frame;
  const nobody = (f: Frame) => (sp.ofFrame.get(f) ?? frameAttribution(read, f, sp)).attribution === "outlet";
  const outer =
    inner?.clause != null && (unnamedSpeaker(read, inner) || nobody(inner))
      ? read.frames.find(
          (f) => f !== inner && f.content.includes(inner.clause!) && !unnamedSpeaker(read, f) && !nobody(f),
        )
      : undefined;
  const via = outer
    ? { frame: outer, read }
    : draft.frame && !(read.quoteFrame && unnamedSpeaker(read, draft.frame))
      ? { frame: draft.frame, read }
      : read.quoteFrame;
  if (via?.frame.speaker) {
    const a = via.read.analysis;
    const [from, to] = charRange(a, speakerSpan(via.read, via.frame));
    const verb = a.tokens[via.frame.verb]!;
    const phrase = a.text.slice(Math.min(from, verb.start), Math.max(to, verb.end));
    const who = sp.ofFrame.get(via.frame) ?? frameAttribution(via.read, via.frame, sp);
    // ("I think that …" after a speaker's label: the "I" is the labelled speaker)
    if (!who.speaker && read.sourcedBy?.speaker && unnamedSpeaker(via.read, via.frame))
      return { ...read.sourcedBy, text: phrase, source: via.read };
    return { ...who, text: phrase, source: via.read };
  }
  const who = unframedAttribution(read, draft, gazetteer, sp);
  if (who.attribution === "outlet" && read.sourcedBy) return { ...read.sourcedBy, source: null };
  // "According to officials, Putin hinted … . Putin made it clear he was ready …": a run of
  // sentences that goes on with what unnamed sources said stays theirs.
  if (who.attribution === "outlet" && read.continues?.attribution === "anonymous")
    return { ...read.continues, source: null };
  return { ...who, source: null };
}

/**
 * The tokens of a frame's speaker. A subject the clause analysis cut after a preposition ("Three
 * people close to [the talks in the premier's circle] said") is taken back to where
 * its noun phrase starts, so that the unnamed sources speak and not what they are close to.
 */
function speakerSpan(read: Read, frame: Frame): [number, number] {
  const a = read.analysis;
  let [start] = frame.speaker!;
  const before = a.tokens[start - 1];
  if (before && (before.pos === "ADP" || before.pos === "ADJ") && frame.clause !== null)
    while (start > 0 && a.clauseOf[start - 1] === frame.clause && !/^[,;:"()]$/.test(a.tokens[start - 1]!.text))
      start--;
  return [start, frame.speaker![1]];
}

/** The attribution of a frame's speaker phrase by itself. */
function frameAttribution(read: Read, frame: Frame, sp: Pick<Speakers, "people" | "commentators">): Attribution {
  const phrase = phraseAt(read, speakerSpan(read, frame));
  return attributeSpeaker(phrase.text, phrase.mentions, sp.people, sp.commentators);
}

/** "citing four sources in Russia", "citing officials familiar with the talks": who the outlet took it from. */
function citedSources(read: Read, sp: Pick<Speakers, "people" | "commentators">): Attribution | null {
  const a = read.analysis;
  for (const c of a.clauses) {
    if (c.kind !== "participle" || !c.group || a.tokens[c.group.head]!.lemma !== "cite") continue;
    const range: [number, number] = [c.group.end, c.end];
    if (range[1] <= range[0]) continue;
    const phrase = phraseAt(read, range);
    const who = attributeSpeaker(phrase.text, phrase.mentions, sp.people, sp.commentators);
    if (who.attribution === "anonymous") return who;
  }
  return null;
}

/**
 * Reads every frame's speaker in text order, so that a speaker written only as a pronoun
 * ("They say …", "According to him, …") continues the speaker before it in the same or the
 * previous paragraph when the number agrees: "they" a group of unnamed people or analysts, "he"
 * or "she" one person or one unnamed source. And where an outlet says it took its report from
 * unnamed sources ("the agency reports this, citing two officials in Lima"), the outlet's own
 * statements it refers back to (the paragraph before, or the sentences before in the same one)
 * and what the rest of its paragraph attributes to the outlet ("According to the agency, …")
 * rest on those sources.
 */
function readSpeakers(
  reads: readonly Read[][],
  sp: Pick<Speakers, "people" | "commentators">,
  titleHeads: ReadonlyMap<string, ReadonlySet<string>>,
): Map<Frame, Attribution> {
  const out = new Map<Frame, Attribution>();
  let last: { who: Attribution; paragraph: number } | null = null;
  let cited: { who: Attribution; paragraph: number } | null = null;
  reads.forEach((paragraph, p) => {
    paragraph.forEach((r, k) => {
      if (last?.paragraph === p) r.continues = last.who;
      const sources = citedSources(r, sp);
      for (const f of r.frames) {
        if (!f.speaker) continue;
        let who = frameAttribution(r, f, sp);
        const words = r.analysis.tokens
          .slice(f.speaker[0], f.speaker[1])
          .filter((t) => t.pos !== "ADV")
          .map((t) => t.text)
          .join(" ");
        const unresolved = !mentionsIn(r.analysis, r.actors, f.speaker).length && last && last.paragraph >= p - 1;
        // "…, the president revealed": a role that names nobody here continues the speaker who holds it.
        const role = words.match(/^the\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu)?.[1]?.toLowerCase();
        const holders = role ? titleHeads.get(role) : undefined;
        if (unresolved && holders && last!.who.speaker && holders.has(last!.who.speaker)) who = { ...last!.who };
        else if (isPronounSpeaker(words) && unresolved && last) {
          const prev = last.who;
          const plural = isPluralPronoun(words);
          const group = (prev.attribution === "anonymous" || prev.attribution === "analyst") && !prev.speaker;
          const groupIsPlural = group && PLURAL_UNNAMED.test(prev.text ?? "");
          if (plural ? groupIsPlural : prev.speaker !== null || (group && !groupIsPlural))
            who = { attribution: prev.attribution, speaker: prev.speaker, text: prev.text ?? "" };
        } else if (who.attribution === "outlet" && sources) who = sources;
        else if (who.attribution === "outlet" && cited && cited.paragraph === p) who = cited.who;
        out.set(f, who);
        last = { who, paragraph: p };
      }
      // "Reuters writes about this, citing …": what it wrote is what came just before.
      if (sources && refersBack(r)) {
        cited = { who: sources, paragraph: p };
        const before = k > 0 ? paragraph.slice(0, k) : (reads[p - 1] ?? []);
        for (const b of before) b.sourcedBy ??= sources;
      }
    });
  });
  return out;
}

const PLURAL_UNNAMED =
  /\b(?:officials|sources|people|persons|interlocutors|diplomats|insiders|aides|advisers|advisors|emissaries|negotiators|figures|members|analysts|experts|observers|commentators)\b/i;

/** "writes about this", "reported it": a report whose content is what the sentences before said. */
function refersBack(read: Read): boolean {
  return /\b(?:about|on|of)\s+(?:this|it|that)\b|\b(?:reports?|reported|writes|wrote|says|said)\s+(?:this|so)\b/i.test(
    read.sentence.text,
  );
}

const COMMITMENTS = new Set(["promise", "pledge", "vow", "commit", "commitment", "guarantee", "undertake"]);
/**
 * Light verbs that make a noun of intention the subject's act: "expressed readiness", "confirmed
 * his willingness" (not "showed" or "signalled", which a thing may do and a speaker read).
 */
const EXPRESSING = new Set([
  "express",
  "voice",
  "declare",
  "announce",
  "confirm",
  "reaffirm",
  "affirm",
  "reiterate",
  "renew",
  "convey",
  "state",
]);

/** Verbs of belief: what they frame is what the speaker thinks true, not what anyone does. */
const BELIEVING = new Set([
  "believe",
  "think",
  "doubt",
  "predict",
  "reckon",
  "suspect",
  "speculate",
  "surmise",
  "conjecture",
]);

/**
 * "says he believes the agreement will hold": a belief about what will come is a reading of
 * prospects, an assessment, whoever holds it.
 */
function predicts(read: Read, draft: SignalDraft): boolean {
  if (!draft.frame || !BELIEVING.has(read.analysis.tokens[draft.frame.verb]?.lemma ?? "")) return false;
  const g = read.analysis.clauses[draft.signal.clause]?.group;
  // ("he believed the deal would lead to peace": "would" after a past belief is its future)
  const believed = draft.frame.clause !== null && read.analysis.clauses[draft.frame.clause]?.group?.tense === "past";
  return (
    !!g && ((g.tense === "future" && !g.modal) || g.modal === "possibility" || (g.modal === "conditional" && believed))
  );
}

/** Whether a word of the lexicon states an intent (CAMEO 03: "ready", "determined", "intend"). */
const intends = (lex: Lexicon, lemma: string) =>
  lex.readiness.words.has(lemma) ||
  lex.adjectives.get(lemma)?.cameo === "03" ||
  !!lex.verbs.get(lemma)?.some((v) => v.category.cameo === "03");

/**
 * A third party's reading of another side's intentions ("the envoy said the junta is set on
 * fighting on", "analysts say Putin wants to delay talks") is an assessment, as the event
 * model defines it; the same words from the actor's own side are its signal.
 */
function readsIntentions(
  lex: Lexicon,
  read: Read,
  draft: SignalDraft,
  who: Attribution,
  subject: string | null,
  actorOf: (id: string) => GazetteerActor | undefined,
): boolean {
  // (what a side wants, a demand by its own mouth, is read by a third party as an intention too;
  // so is a readiness to fight, a threat by its own mouth: "is ready to resume fighting")
  const trigger = read.analysis.tokens[draft.signal.trigger];
  const wants = trigger?.lemma === "want";
  const fightsBy =
    draft.signal.type === "threat" && !!trigger && (intends(lex, trigger.lemma) || intends(lex, trigger.lower));
  if ((draft.signal.cameo !== "03" && !wants && !fightsBy) || !draft.frame) return false;
  // "Biden said Israel has promised a cessation of hostilities": a promise is an act reported,
  // not a reading of what someone intends.
  if (COMMITMENTS.has(read.analysis.tokens[draft.signal.trigger]?.lemma ?? "")) return false;
  // "Meloni said the Pope had expressed his readiness to host talks": an intention expressed is
  // the subject's own act, which the speaker reports ("is ready", with no act, is the speaker's reading).
  const head = read.analysis.clauses[draft.signal.clause]?.group?.head;
  if (head !== undefined && head !== draft.signal.trigger && EXPRESSING.has(read.analysis.tokens[head]!.lemma))
    return false;
  if (who.attribution === "analyst") return true;
  if (!who.speaker || !subject || who.speaker === subject) return false;
  const [a, b] = [actorOf(who.speaker)?.country, actorOf(subject)?.country];
  return !!a && !!b && a !== b;
}

/**
 * The name a summary gives the actor the clause's subject refers to: a person's for "the
 * Ukrainian leader", but no state's for "the Russian delegation" (a body of the state, not it).
 */
function namedSubject(read: Read, draft: SignalDraft, actor: GazetteerActor | undefined): string | null {
  const a = read.analysis;
  const subject = a.clauses[draft.signal.clause]!.subject;
  // "Both sides agreed": a subject that names two parties is not one of them.
  if (!actor || new Set(mentionsIn(a, read.actors, subject).map((m) => m.actorId)).size > 1) return null;
  const proper = !!subject && a.tokens.slice(subject[0], subject[1]).some((t) => t.pos === "PROPN");
  return proper && actor.kind !== "person" ? null : actor.name;
}

/**
 * "He also called for …" opening a paragraph, where the pronoun resolves to nobody: the one
 * person the event is from or about, when no other person could be meant.
 */
function pronounHolder(
  read: Read,
  draft: SignalDraft,
  actors: SignalEvent["actors"],
  actorOf: (id: string) => GazetteerActor | undefined,
): string | null {
  const a = read.analysis;
  const clause = a.clauses[draft.signal.clause]!;
  const subject = clause.subject;
  if (!subject || a.quoted[subject[0]] || a.tokens.slice(subject[0] + 1, subject[1]).some((t) => t.pos !== "ADV"))
    return null;
  if (!/^(?:he|she)$/.test(a.tokens[subject[0]]!.lower)) return null;
  // "where he met with Kim": a person the clause names after its subject is not the subject.
  const after = new Set(mentionsIn(a, read.actors, [subject[1], clause.end]).map((m) => m.actorId));
  const people = actors.filter((x) => x.role !== "target" && actorOf(x.id)?.kind === "person" && !after.has(x.id));
  return people.length === 1 ? (actorOf(people[0]!.id)?.name ?? null) : null;
}

/**
 * News of these types that names at most one side, and not of another story ("Separately, …",
 * "talks over pay"), is news of the story's two sides (withStoryParties).
 */
const STORY_PARTY_TYPES = new Set<SignalType>(["ceasefire-signal", "talks"]);

/** Adverbs that put what a clause tells after what went before ("the rebels later rejected …"). */
const AFTERWARDS = new Set(["later", "since", "afterwards", "afterward", "subsequently", "then", "now", "meanwhile"]);
/** The adverb that tells the next step of the turn of events just told ("He then rejected …"). */
const THEN: ReadonlySet<string> = new Set(["then"]);

/**
 * Whether what the draft tells, or the words that report it, is in the past perfect ("the envoy
 * had called for a truce", '"…," the envoy had said'): before the story's time.
 */
function toldBefore(a: SentenceAnalysis, draft: SignalDraft): boolean {
  const frame = draft.frame?.clause;
  return (
    !!a.clauses[draft.signal.clause]?.group?.pluperfect || (frame != null && !!a.clauses[frame]?.group?.pluperfect)
  );
}

/**
 * Whether what the draft tells came next in the turn of events just told, "then" in the past
 * ("the premier then rejected the plan"), after the act just told ("After the signing, the
 * envoy announced …") or in it ("In the same speech, …"): of the day told last, though the
 * story has reached a later one.
 */
function nextInTurn(a: SentenceAnalysis, draft: SignalDraft, lex: Lexicon): boolean {
  const told = (k: number | null | undefined) => {
    const g = k == null ? undefined : a.clauses[k]!.group;
    return g?.tense === "past" && !g.modal;
  };
  if (told(draft.signal.clause) && hasAdverb(a, draft.signal.clause, THEN)) return true;
  // (what was said after it: "After the ceremony, the envoy said the drills would stop")
  return (told(draft.signal.clause) || told(draft.frame?.clause)) && followsTheAct(a, draft, lex);
}

/**
 * Whether counted words in clause `wordsClause` date the draft: they lie in its clauses or in one before
 * them ("Two days later the envoy left …", "said two days later that …", "arrived two days later and
 * proposed a plan"); a clause after the draft's is another act, even one that seems to report it
 * ("swapped prisoners, an exchange the envoy had announced the day before").
 */
function countsFor(draft: SignalDraft, wordsClause: number | undefined): boolean {
  return wordsClause === undefined || wordsClause <= Math.max(...draft.clauses);
}

/** Whether the clause's subject is "they" alone, with no plural noun before it in the sentence. */
function pluralPronounSubject(read: Read, draft: SignalDraft): boolean {
  const subject = read.analysis.clauses[draft.signal.clause]!.subject;
  const tokens = read.analysis.tokens;
  if (!subject) return false;
  const words = tokens.slice(subject[0], subject[1]).map((t) => t.lower);
  // ("the two countries", "both sides" that found no pair named before them are such parties too)
  if (PAIR_SUBJECT.test(words.join(" "))) return true;
  return (
    subject[1] - subject[0] === 1 &&
    words[0] === "they" &&
    !tokens.slice(0, subject[0]).some((t) => (t.pos === "NOUN" && t.lower !== t.lemma) || t.lower === "and")
  );
}

/** A subject that names two parties by number alone ("the two countries", "both sides"). */
const PAIR_SUBJECT = new RegExp(`^(?:the two|both|both the) (?:${[...PARTY_PAIR_NOUNS].join("|")})$`);

/** The actor named as the event clause's grammatical subject, if any. */
function clauseSubject(read: Read, draft: SignalDraft): string | null {
  return subjectMention(read, read.analysis.clauses[draft.signal.clause]!.subject)?.actorId ?? null;
}

/** The actor a subject names: "the European Union's envoy Josep Borrell" is Borrell, not the owner. */
function subjectMention(read: Read, subject: readonly [number, number] | null): ActorMention | undefined {
  // "Both sides agreed": two parties at once are neither one's speaker nor holder.
  const named = mentionsIn(read.analysis, read.actors, subject).filter((m) => m.via !== "pair");
  const owner = (m: ActorMention) =>
    /['’]s?$/.test(m.text) || /^['’]s\b/.test(read.analysis.text.slice(m.index + m.text.length));
  return named.find((m, k) => !(owner(m) && named[k + 1])) ?? named[0];
}

/**
 * Who is named as saying what a frame reports: its own speaker, and the speaker of a frame that
 * reports it in turn ("Moscow has said it is ready …, Foreign Minister Lavrov said").
 */
function framedSpeakers(read: Read, frame: Frame): ActorMention[] {
  const outer = read.frames.filter(
    (f) => f !== frame && f.speaker && frame.clause !== null && f.content.includes(frame.clause),
  );
  return [frame, ...outer].flatMap((f) => (f.speaker ? mentionsIn(read.analysis, read.actors, f.speaker) : []));
}

/** Participles of being with someone ("meeting with", "speaking alongside"). */
const MEETING = new Set(["meet", "speak", "talk", "confer", "stand", "sit", "appear"]);

/**
 * Whether a clause's subject is "it", "he" or "she" standing for the one actor the subject of
 * the clause it hangs on names ("the junta has made clear it will boycott the talks"): "it"
 * for a state or a group, "he" or "she" for a person.
 */
function pointsUp(a: SentenceAnalysis, c: Clause, read: Read, people: IdSet): boolean {
  if (!c.subject || c.subject[1] - c.subject[0] !== 1 || c.parent === null) return false;
  const pronoun = a.tokens[c.subject[0]]!.lower;
  if (!/^(?:it|he|she)$/.test(pronoun)) return false;
  const named = new Set(mentionsIn(a, read.actors, a.clauses[c.parent]!.subject).map((m) => m.actorId));
  return named.size === 1 && people.has([...named][0]!) === (pronoun !== "it");
}

/** Actors of an event: the speaker and anyone named in the attribution are sources, the clause's subject the subject, the rest targets. */
function eventActors(
  read: Read,
  draft: SignalDraft,
  who: Attribution,
  speakerMentions: readonly ActorMention[],
  people: IdSet,
): SignalEvent["actors"] {
  const a = read.analysis;
  const head = a.clauses[draft.signal.clause]!;
  // A participle or a clause joined by "and" acts for the subject of the clause it hangs on
  // ("The minister rejected the plan …, and in 2021 signed an order …").
  const parentSubject = head.parent !== null ? a.clauses[head.parent]!.subject : null;
  const own = mentionsIn(a, read.actors, head.subject);
  const shares = head.kind === "participle" || head.coordinated || !head.subject || pointsUp(a, head, read, people);
  const subjects = new Set(
    (own.length || !shares ? own : mentionsIn(a, read.actors, parentSubject)).map((m) => m.actorId),
  );
  const inClauses = read.actors.filter((m) => {
    const k = tokenAtChar(a, m.index);
    return k >= 0 && draft.clauses.includes(a.clauseOf[k]!);
  });
  const sources = new Set([...(who.speaker ? [who.speaker] : []), ...speakerMentions.map((m) => m.actorId)]);
  const pool = inClauses.length || subjects.size ? inClauses : read.actors;
  const out: SignalEvent["actors"] = [...sources].map((id) => ({ id, role: "source" as const }));
  for (const id of subjects) if (!sources.has(id)) out.push({ id, role: "subject" });
  for (const m of pool)
    if (!out.some((x) => x.id === m.actorId)) out.push({ id: m.actorId, role: subjects.size ? "target" : "subject" });
  /** Actors named in tokens [from, to) not yet counted, as those the signal was sent to. */
  const targetsIn = (from: number, to: number) => {
    for (const m of read.actors) {
      const k = tokenAtChar(a, m.index);
      if (k >= from && k < to && !out.some((x) => x.id === m.actorId)) out.push({ id: m.actorId, role: "target" });
    }
  };
  // "Meeting with Erdogan in Ankara, Putin called for …": whom a participle of meeting that sets
  // the clause's scene has the speaker with is the one it was said to.
  const scene = [draft.signal.clause, draft.frame?.clause ?? null];
  for (const c of a.clauses) {
    const g = c.group;
    if (c.kind !== "participle" || !g || !scene.includes(c.parent)) continue;
    // (the tagger may leave an opening "Meeting" its own lemma)
    const verb = a.tokens[g.head]!;
    if (!MEETING.has(verb.lemma) && !MEETING.has(verb.lower.replace(/ing$/, ""))) continue;
    if (/^(?:with|alongside)$/.test(a.tokens[g.end]?.lower ?? "")) targetsIn(g.end + 1, c.end);
  }
  // "the minister told the visiting envoy she was ready to talk": whom the speaker told is the one the
  // signal was sent to.
  const frame = draft.frame?.clause != null ? a.clauses[draft.frame.clause]!.group : null;
  if (frame && isTelling(a.tokens[frame.head]!.lemma)) {
    const clauseEnd = a.clauses[draft.frame!.clause!]!.end;
    // ("told Russian state television": an audience, whatever its country, is no party told; the
    // listener's head is the last noun or name of the phrase.)
    const head = a.tokens.slice(frame.end, clauseEnd).findLast((t) => t.pos === "NOUN" || t.pos === "PROPN");
    if (!(head?.pos === "NOUN" && AUDIENCES.has(head.lemma))) targetsIn(frame.end, clauseEnd);
  }
  // "Peru reopened its embassy in Chile", "rejected the plan that Brazil drafted":
  // whoever else the evidence sentence names is part of the story an analyst filters for, though
  // not a party to this clause.
  for (const m of [...read.actors, ...read.places])
    if (!out.some((x) => x.id === m.actorId)) out.push({ id: m.actorId, role: "mentioned" });
  return out;
}

/** The year of a day ("2025-03-14"); an undated event is of no year an office ended before. */
const yearOf = (day: string | null | undefined) => (day ? Number(day.slice(0, 4)) : -Infinity);

/** Whether a sentence goes on about the person the one before told of: "He asked …", '"…," she said'. */
function continuesPerson(r: Read): boolean {
  const singular = (x: Read, k: number) => {
    const t = x.analysis.tokens[k];
    return t?.pos === "PRON" && /^(?:he|she)$/.test(t.lower);
  };
  const pronounSpeaks = (x: Read, f: Frame) =>
    !!f.speaker && f.speaker[1] - f.speaker[0] === 1 && singular(x, f.speaker[0]);
  // (a quotation's first sentences are said by whom its last one names)
  return (
    singular(r, 0) ||
    r.frames.some((f) => pronounSpeaks(r, f)) ||
    (!!r.quoteFrame && pronounSpeaks(r.quoteFrame.read, r.quoteFrame.frame))
  );
}

const sameSpan = (a: SignalEvent["date"], b: SignalEvent["date"]) => a.start === b.start && a.end === b.end;

/**
 * A paragraph often states a signal and then goes on about it. An event of the same type,
 * speaker and attribution that follows in the same paragraph, with no date of its own or the very same date,
 * continues the previous one: its sentence joins that event's evidence.
 */
function foldContinuations(
  mentions: Mention[],
  continues: readonly boolean[],
  paragraphOf: readonly number[],
): Mention[] {
  const out: Mention[] = [];
  let last = -1;
  mentions.forEach((m, i) => {
    const prev = out[out.length - 1];
    const sameParagraph = last >= 0 && paragraphOf[last] === paragraphOf[i];
    const sameSentence = prev && prev.event.sources[0]!.sentence.includes(m.event.sources[0]!.sentence);
    if (
      prev &&
      sameParagraph &&
      !sameSentence &&
      prev.event.type === m.event.type &&
      prev.event.sources[0]!.speaker === m.event.sources[0]!.speaker &&
      prev.event.sources[0]!.attribution === m.event.sources[0]!.attribution &&
      (continues[i] || sameSpan(prev.event.date, m.event.date))
    ) {
      const [a, b] = [prev.event.sources[0]!, m.event.sources[0]!];
      const offsets: [number, number] | undefined = a.offsets && b.offsets ? [a.offsets[0], b.offsets[1]] : undefined;
      const ids = new Set(prev.event.actors.map((x) => x.id));
      prev.event = {
        ...prev.event,
        actors: [
          ...prev.event.actors,
          ...m.event.actors
            .filter((x) => !ids.has(x.id))
            .map((x) => ({ ...x, role: x.role === "source" || !takesPart(x.role) ? x.role : ("target" as const) })),
        ],
        positions: [...prev.event.positions, ...m.event.positions],
        sources: [
          { ...a, sentence: `${a.sentence} ${b.sentence}`, ...(offsets ? { offsets } : {}), quote: a.quote ?? b.quote },
        ],
      };
      if (!prev.event.sources[0]!.quote) delete prev.event.sources[0]!.quote;
    } else {
      out.push(m);
    }
    last = i;
  });
  return out;
}

/**
 * The body a person's title names right before them ("Hamas official Ali Darwish", "K-21
 * commander Abel Moyo"): a group or organisation ending a few lower-case words before the name.
 */
function titleBody(text: string, mentions: readonly ActorMention[], m: ActorMention, found: ArticleActors) {
  const before = mentions.filter((o) => o.index + o.text.length <= m.index).at(-1);
  if (!before || found.lookup.get(m.actorId)?.kind !== "person") return undefined;
  const kind = found.lookup.get(before.actorId)?.kind;
  if (kind !== "group" && kind !== "organization") return undefined;
  const between = text.slice(before.index + before.text.length, m.index);
  // ("Hamas and Fatah officials Ali Darwish and …": the title words name no second body)
  return /^\s+(?:\p{Ll}+\s+){1,3}$/u.test(between) && !/\b(?:and|or|of|with|for|to|by|at|in)\b/.test(between)
    ? before.actorId
    : undefined;
}

/** The people the caption's sentences name, with the state or body each acts for. */
function picturedIn(
  sentences: readonly number[],
  texts: readonly string[],
  found: ArticleActors,
  g: Gazetteer,
  year: number,
): Pictured[] {
  const out: Pictured[] = [];
  sentences.forEach((n, k) => {
    const mentions = found.mentions[n]!;
    for (const m of mentions) {
      const actor = found.lookup.get(m.actorId);
      const state = officeState(g, actor, year) ?? stateOfPerson(g, actor) ?? titleBody(texts[k]!, mentions, m, found);
      if (state && !out.some((x) => x.id === m.actorId)) out.push({ id: m.actorId, state });
    }
  });
  return out;
}

export function extractArticle(loaded: LoadedArticle, ctx: ExtractionContext): ArticleExtraction {
  const { body, file: _file, ...meta } = loaded;
  const published = meta.published;
  const { sentences, cleaned } = cleanSentences(body, { title: meta.title });
  const warnings = [...meta.warnings, ...cleaned.warnings];
  const english = groupByParagraph(sentences).filter((p) => p.some((s) => isEnglish(s.text)));
  const captions = english.map((p) => isCaption(p.map((s) => s.text).join(" ")));
  // A caption tells no event, but it introduces the people it pictures ("Presidents Jan Kowal and
  // Eva Lind after the signing"), whom the story may then call by surname or "the two leaders".
  const found = findArticleActors(
    english.flatMap((p, k) => (captions[k] ? p.map((s) => ({ ...s, caption: true })) : p)),
    ctx.gazetteer,
    published,
  );
  let at = 0;
  const sentenceAtAll = english.map((p) => p.map(() => at++));
  const sentenceAt = sentenceAtAll.filter((_, p) => !captions[p]);
  const paragraphs = english.filter((_, p) => !captions[p]);
  const year = yearOf(published);
  const picturedBefore = english
    .map((_, p): Pictured[] =>
      p > 0 && captions[p - 1]
        ? picturedIn(
            sentenceAtAll[p - 1]!,
            english[p - 1]!.map((x) => x.text),
            found,
            ctx.gazetteer,
            year,
          )
        : [],
    )
    .filter((_, p) => !captions[p]);
  const lex = ctx.lexicon;
  // Looked up, rather than copied from the whole gazetteer for every article.
  const actorOf = (id: string) => found.lookup.get(id);
  const people: IdSet = { has: (id) => actorOf(id)?.kind === "person" };

  const reads: Read[][] = [];
  let openQuote: { frame: Frame; read: Read } | null = null;
  paragraphs.forEach((paragraph, p) => {
    let inside = false;
    const heading = isHeading(paragraph, p === paragraphs.length - 1);
    const list = paragraph.map((sentence, k): Read => {
      const analysis = analyseSentence(sentence.text, {
        startsInsideQuote: inside,
        reporting: lex.framing,
        reportingThat: lex.framingThat,
      });
      inside = endsInsideQuote(sentence.text, inside);
      const dateline = k === 0 ? datelineLength(sentence.text) : 0;
      const n = sentenceAt[p]![k]!;
      const afterDateline = (ms: ActorMention[]) => (dateline ? ms.filter((m) => m.index >= dateline) : ms);
      return {
        sentence,
        analysis,
        actors: afterDateline(found.mentions[n]!),
        places: afterDateline(found.places[n]!),
        frames: findFrames(analysis, lex.framing, lex.framingThat),
        quoteFrame: null,
        heading,
        dateline,
        pictured: k === 0 ? picturedBefore[p]! : [],
      };
    });
    openQuote = linkQuotations(list, openQuote);
    reads.push(list);
  });
  linkStatements(reads);
  markPostAuthors(reads);
  markSpeakerLabels(reads, (id) => actorOf(id)?.kind === "person");
  // Asked of the few speakers an article names, not worked out for every person the gazetteer knows.
  const commentators: IdSet = memoised((id) => {
    const actor = actorOf(id);
    return actor !== undefined && isCommentator(actor, published);
  });
  const speakers: Speakers = {
    people,
    commentators,
    ofFrame: readSpeakers(reads, { people, commentators }, ctx.gazetteer.titleHeads),
    framing: lex.framing,
    lightVerbs: lex.lightVerbs,
  };

  // A wire story reprinted a day or two later tells of the day its dateline gives.
  const opening = reads.flat().find((r) => r.dateline > 0);
  const storyDay = (opening && filedOn(opening.sentence.text, published)) ?? published;
  // Read past the dateline, so that its date never runs into the story's first one ("Jan. 22,
  // 2023 — On Saturday, Jan. 21, …" is no range).
  // (the clause analysis is of the whole sentence: a phrase's place past the dateline is moved back onto it)
  const datesAt = (r: Read, now: string | null) => {
    const direction = directionFrom(r.analysis);
    return foldAppositions(
      r.sentence.text,
      findDates(r.sentence.text.slice(r.dateline), now, {
        direction: (index, length) => direction(index + r.dateline, length),
      }).map((d) => ({ ...d, index: d.index + r.dateline })),
    );
  };
  // Words quoted from a statement made before the story's day count "today" and "yesterday" from
  // the day it was made ('Hunt yesterday said: … Today's agreement in Stockholm …'); a statement
  // that says no day of its own was made on the day the story has reached, as it is dated ('The
  // two sides announced the truce on Monday. "… concluded today …," the envoy said.').
  // Each sentence's dates counted from the story's day, read once.
  const fromStoryDay = new Map<Read, DateMention[]>();
  const storyDates = (r: Read) => {
    let dates = fromStoryDay.get(r);
    if (!dates) fromStoryDay.set(r, (dates = datesAt(r, storyDay)));
    return dates;
  };
  const spokenOn = (r: Read) => {
    // (of the sentence's own frames, the one that says a day: "told the agency on Saturday that
    // …, warning it would …")
    const inSentence = r.analysis.quoted.includes(true) ? r.frames.filter((f) => f.speaker !== null) : [];
    const framed = r.quoteFrame ? [r.quoteFrame] : inSentence.map((frame) => ({ frame, read: r }));
    if (!framed.length) return storyDay;
    const said = framed.map((f) => frameDate(f.read.analysis, f.frame, storyDates(f.read))).find((d) => d !== null);
    if (!said) return reference.toldDay() ?? storyDay;
    return storyDay && said.precision === "day" && said.start && said.start < storyDay ? said.start : storyDay;
  };
  // The day written with a year, of a year not the story's, that sets the year of days written
  // without one after it, and its paragraph (narrativeYear.ts).
  let narrative: { day: string; paragraph: number } | null = null;
  /** Whether the story still goes on in that other year at paragraph `p`. */
  const inOtherYear = (p: number) => narrative !== null && p - narrative.paragraph <= NARRATIVE_PARAGRAPHS;
  const datesOf = (r: Read) => {
    if (r.dates) return r.dates;
    const day = spokenOn(r);
    const dates = day === storyDay ? storyDates(r) : datesAt(r, day);
    if (!inOtherYear(r.sentence.paragraph) || !dates.some((d) => isYearless(d, r.sentence.text)))
      return (r.dates = dates);
    // (a day the story goes on to tell in that year carries it on as a day written in full does)
    narrative!.paragraph = Math.max(narrative!.paragraph, r.sentence.paragraph);
    const again = findDates(r.sentence.text.slice(r.dateline), narrative!.day, { direction: () => "nearest" });
    return (r.dates = dates.map((d) =>
      isYearless(d, r.sentence.text)
        ? { ...d, ...again.find((x) => x.index + r.dateline === d.index), index: d.index }
        : d,
    ));
  };
  const reference = new ReferenceTime(storyDay);
  const mentions: Mention[] = [];
  const continues: boolean[] = [];
  const paragraphOf: number[] = [];
  const sentenceOf: number[] = [];
  /** the deals, truces and talks told of so far, with their parties */
  const told: { cls: string; actors: SignalEvent["actors"]; paragraph: number }[] = [];
  // An interviewer's turn asks; it states no one's claim.
  const asked = new Set(
    reads.flatMap((p) => (p[0] && isInterviewerTurn(p[0].sentence.text) ? [p[0].sentence.paragraph] : [])),
  );
  const lead = reads.flat().find((r) => !r.heading && isEnglish(r.sentence.text));
  const reply = new PartnerReply();
  const plans = dealsArePlans(
    reads.flat().map((r) => r.analysis),
    lex,
  );
  // The day the sentence before stated for its events, which a sentence opening "Hours later"
  // is of, however long before publication it was.
  let dayBefore: EventDate | null = null;
  // Whether the sentence before told its day as backstory, in the past perfect: a sentence that
  // goes on in the simple past is back on the story's time ("had called on Wednesday. He rejected …").
  let backstory = false;
  // The last day the story stated for an event, which "the next day" is counted from.
  let lastDay: EventDate | null = null;
  // The day the story last said talks opened, which "on the third day of the summit" counts from.
  let talksBegan: EventDate | null = null;
  const isMeeting = (noun: string) =>
    [noun, noun.replace(/s$/, "")].some((w) => lex.objectNouns.get(w)?.name === "talks");
  for (const [sentence, r] of reads.flat().entries()) {
    reply.at(sentence);
    const text = r.sentence.text;
    const dayWords: { date: EventDate; at: number } | null =
      toldDayOf(text, lastDay, () => datesOf(r)) ?? dayOfTalks(text, talksBegan, isMeeting);
    const toldDay: EventDate | null = dayWords?.date ?? null;
    // (the clause the counted words stand in, when they are not of the whole sentence)
    const wordsClause =
      dayWords && dayWords.at >= 0 ? r.analysis.clauseOf[tokenAtChar(r.analysis, dayWords.at)] : undefined;
    // (what "that evening" follows "the next day" with is of that next day)
    if (toldDay) lastDay = toldDay;
    // ("Putin spoke on Thursday. He asked who would …": the person just told of goes on that day,
    // unless the day is still to come.)
    const goesOn = !!dayBefore && !backstory && (dayBefore.end ?? "") <= (published ?? "") && continuesPerson(r);
    const continuing = SAME_DAY_AFTER.test(text) || goesOn;
    const sameDay = continuing ? dayBefore : toldDay;
    // (and passes the day on: "He asked …. Hours earlier, …")
    if (!continuing) dayBefore = null;
    // (a page's label of its own date, on the publication day, opens nothing, unless the story
    // has gone back to an earlier day, as a page told day by day does before its last heading)
    const headingDay = r.heading ? onlyDay(text, datesOf(r)) : null;
    if (headingDay && (!published || headingDay.end! < published || reference.toldDay() !== null)) {
      reference.opensDay(headingDay);
      dayBefore = lastDay = headingDay;
      backstory = false;
      continue;
    }
    // (only a sentence that writes a year has its dates read here, before its events need them)
    const yearOfStory = writesYear(text) ? narrativeDay(datesOf(r), storyDay ?? null) : undefined;
    if (yearOfStory !== undefined)
      narrative = yearOfStory ? { day: yearOfStory, paragraph: r.sentence.paragraph } : null;
    if (!inOtherYear(r.sentence.paragraph)) reference.tellsOtherYear(null);
    if (!isEnglish(text) || asked.has(r.sentence.paragraph)) continue;
    const drafts = sentenceSignals(r.analysis, r.frames, lex, () => datesOf(r), {
      minStrength: r.heading ? HEADING_STRENGTH : MIN_STRENGTH,
      dealsArePlans: plans,
      passes: (draft) =>
        travelsToNoParty(r.analysis, draft, r.actors, ctx.gazetteer) ||
        speaksOnlyToPress(r.analysis, draft, ctx.gazetteer),
    });
    // "The letter reached the secretary-general on 18 July 1988. Two days later, …": "later"
    // counts from the last day told, though its sentence tells no event the lexicon knows.
    if (!drafts.length && !r.heading) {
      const days = datesOf(r).filter(
        (m) => m.basis === "explicit" && m.precision === "day" && !m.future && !isDeadline(r.analysis, m),
      );
      if (days.length === 1) lastDay = toEventDate(days[0]!);
      // ("The general warned on Thursday that the lull would be short. He told his troops …": the
      // person told of on a day, in words of no event, goes on that day.)
      const told = datesOf(r).filter(
        (m) => carriesReference(m, storyDay) && m.start === m.end && !isDeadline(r.analysis, m),
      );
      if (told.length === 1) {
        dayBefore = toEventDate(told[0]!);
        backstory = false;
      }
    }
    // "Snow fell in Oslo on Sunday, 25 September": a sentence that tells no event may
    // still give the story its first day, which the statements after it are of; so may a main
    // clause of no event beside one that tells one ("The decision was taken on Tuesday, and the
    // pullback will begin within a week").
    if (!r.heading && DAY_NAMED.test(text)) {
      const main = r.analysis.clauses.findIndex(
        (c, k) => c.kind === "main" && !drafts.some((d) => d.clauses.includes(k)),
      );
      const told = datesOf(r).filter(
        (m) =>
          carriesReference(m, storyDay) &&
          !isDeadline(r.analysis, m) &&
          r.analysis.clauseOf[tokenAtChar(r.analysis, m.index)] === main,
      );
      // (a dateline's day is the publication day: the story may still go back a day or two)
      if (told.length === 1 && tellsPublicationDay(told[0]!, storyDay)) reference.settingToday(toEventDate(told[0]!));
      else if (told.length === 1) {
        reference.setting(toEventDate(told[0]!));
        // "The president announced a truce. The announcement was made on Tuesday.": the day of the act
        // the sentence before told without one is that day.
        if (speaksOfTheAct(r.analysis, main))
          for (const [k, m] of mentions.entries())
            if (
              sentenceOf[k] === sentence - 1 &&
              m.event.date.basis === "publication" &&
              m.event.modality === "asserted"
            )
              mentions[k] = { ...m, event: { ...m.event, date: { ...toEventDate(told[0]!), carried: true } } };
      }
    }
    // ("a statement its office released on May 2", in a story of May 2: the story is of its
    // publication day, though the day dates no event of its own)
    if (drafts.length && datesOf(r).some((m) => tellsPublicationDay(m, storyDay))) reference.reachToday();
    // "…," he declared. "We expect the rebels to follow our example": doing what
    // another party did is an event of the kind just told, in this paragraph or the one before.
    const last = mentions.at(-1);
    if (!drafts.length && last && r.sentence.paragraph - paragraphOf.at(-1)! <= 1) {
      const reciprocal = reciprocalDraft(r.analysis, r.frames, lex, last.event.type);
      if (reciprocal) drafts.push(reciprocal);
    }
    let ordinal = 0;
    for (const draft of drafts) {
      const who = attributionOf(r, draft, ctx.gazetteer, speakers);
      const speakerMentions = who.source && draft.frame ? framedSpeakers(r, draft.frame) : [];
      let eventActorList = eventActors(r, draft, who, speakerMentions, people);
      // (a state named only as a place, "in Chile", is no party the sentence names)
      const mentionedOnly = eventActorList.filter((a) => !takesPart(a.role));
      const noParty = mentionedOnly.length === eventActorList.length;
      /** Parties found outside the sentence, then whom it only mentions. */
      const withMentioned = (parties: SignalEvent["actors"]) => [
        ...parties,
        ...mentionedOnly.filter((a) => !parties.some((x) => x.id === a.id)),
      ];
      // "The agreement was reached during the eighth round": the deal "the" points back to is
      // between the parties of the last one told of, in this paragraph or the few before.
      const pointed = noParty ? pointsBack(r.analysis, draft, lex) : null;
      const antecedent = pointed
        ? told.findLast((x) => x.cls === pointed && r.sentence.paragraph - x.paragraph <= POINTS_BACK_PARAGRAPHS)
        : undefined;
      if (antecedent) eventActorList = withMentioned(antecedent.actors);
      // "Both sides will pull back their fighters. They also agreed to form a joint force": a
      // plural pronoun subject, with no plural named before it in its own sentence, is the
      // parties that acted in the sentence just before; so is "the two countries" or "both
      // sides" that found no pair named (both sides of a meeting, not its topic:
      // "Putin met Erdogan about Syria. They agreed …").
      else if (noParty && pluralPronounSubject(r, draft) && sentenceOf.at(-1) === sentence - 1) {
        const before = mentions.at(-1)!.event;
        const subjects = before.actors.filter((a) => a.role === "subject");
        const kinds = new Set(subjects.map((a) => actorOf(a.id)?.kind));
        const partners = before.type === "talks" ? before.actors.filter((a) => a.role === "target") : [];
        const parties = [...subjects, ...partners.filter((a) => kinds.has(actorOf(a.id)?.kind))];
        const plural = parties.length > 1 || (parties.length === 1 && actorOf(parties[0]!.id)?.kind !== "person");
        if (plural) eventActorList = withMentioned(parties);
      }
      const takingPart = eventActorList.filter((a) => takesPart(a.role));
      let stated = draftDates(r.analysis, draft, lex, datesOf(r));
      // "Under the deal, the army will pull out by March": a deal's terms are news of the day the
      // deal was made, which the words naming it may state ("Under the deal signed on Sunday"), or
      // else the story's time; not of the days its terms name. (Talks or a truce it sets are
      // those, on their day: "Under the deal, the commanders were to meet on Tuesday".)
      const terms = SET_ON_THEIR_DAY.has(draft.signal.type) ? null : dealTerms(r.analysis, draft.signal.clause, lex);
      if (terms) {
        const [from, to] = terms;
        const naming = datesOf(r).filter((m) => {
          const at = tokenAtChar(r.analysis, m.index);
          return at >= from && at < to && !m.future && (!published || (m.end ?? "") <= published);
        });
        // (a single day the clause's own date phrase gives still dates it: "will sit on 3 May")
        stated = naming.length ? naming : stated.filter((m) => m.precision === "day" && m.start === m.end);
      }
      // "announced on Saturday that the talks will resume on February 13": a day of saying before
      // the publication day is the story's time, whatever day is said. (Said on the publication
      // day, it would keep the story from going back to the day before that later sentences tell.)
      const saidOn = draft.frame ? frameDate(r.analysis, draft.frame, datesOf(r)) : null;
      // (One day: words are said on a day, and a span in the clause of saying is what was said about.)
      const sayingDay = saidOn && saidOn.start === saidOn.end && carriesReference(saidOn, storyDay);
      if (sayingDay && (saidOn.end ?? "") < (storyDay ?? "")) reference.set(toEventDate(saidOn));
      else if (sayingDay) reference.reachToday();
      // "announced on Monday that a ceasefire would begin on Wednesday": a truce still to come,
      // in words the sentence dates, is news of the day they were said ("said a ceasefire would begin on
      // Wednesday", undated, is of the day it begins).
      if (
        draft.signal.type === "ceasefire-signal" &&
        draft.signal.future &&
        saidOn?.precision === "day" &&
        stated[0] &&
        (stated[0].start ?? "") > (saidOn.end ?? "")
      )
        stated = [saidOn];
      if (!stated.length && r.quoteFrame) {
        const said = frameDate(r.quoteFrame.read.analysis, r.quoteFrame.frame, datesOf(r.quoteFrame.read));
        if (said) stated = [said];
      }
      // ("…," he told supporters minutes after the polls closed on Sunday): a day of what the event,
      // or its saying, came soon after, or a counted distance after, dates it.
      if (!stated.length) {
        const after =
          dateAfterClause(r.analysis, draft.signal.clause, datesOf(r)) ??
          (draft.frame?.clause != null ? dateAfterClause(r.analysis, draft.frame.clause, datesOf(r)) : null);
        if (after) stated = [after];
      }
      // "declared a one-month truce from December 24", told two months on: a truce that took effect
      // before the story's days is dated nearer by that day than by the publication day.
      if (!stated.length && !draft.signal.future) {
        const effect = effectDate(r.analysis, draft, lex, datesOf(r));
        if (effect && (effect.end ?? "") < (storyDay ?? "") && !carriesReference(effect, storyDay)) stated = [effect];
      }
      // A signal a side phrase names needs someone who sends it, a time, or at least a source that
      // reports it ("Talks sped up over the past week, according to the diplomat"); the story's lead
      // tells the news of its day by itself, and so does a clause about the signal itself, as its
      // subject ("The truce has largely held.", "The new sanctions freeze the central bank's reserves.");
      // but not troops as subject of a verb of no fighting ("The army did not follow suit.").
      if (
        !takingPart.length &&
        !stated.length &&
        !draft.frame &&
        !r.quoteFrame &&
        (draft.signal.strength < SUBJECT_STRENGTH ||
          (draft.signal.strength < 3 && draft.signal.classes.includes("forces"))) &&
        r !== lead
      )
        continue;
      // Undated background still to come, or only supposed ("elections are due"), is no news; what
      // has happened ("the forum has voted on a transitional council") is news of the story's time,
      // as is an exchange of prisoners the parties agreed or made.
      const exchange = draft.signal.classes.includes("exchange") || draft.signal.cameo === "0841";
      if (
        draft.signal.type === "context" &&
        !terms &&
        !stated.length &&
        !exchange &&
        (r.analysis.tokens[draft.signal.trigger]?.pos !== "VERB" ||
          draft.signal.future ||
          draft.signal.hypothetical ||
          draft.signal.negated)
      )
        continue;
      const grammatical = clauseSubject(r, draft);
      const type = terms
        ? "proposal"
        : readsIntentions(lex, r, draft, who, grammatical, actorOf) || predicts(r, draft)
          ? "assessment"
          : draft.signal.type;
      // Who holds a claimed position: the speaker on record, who states their own; but a reading
      // of another side (an assessment, or what unnamed sources or analysts report) is about the
      // actor the claim's own clause names as subject. An actor only mentioned or targeted never
      // holds it.
      const onRecord = who.attribution === "on-record" ? who.speaker : null;
      const readsOther = type === "assessment" || who.attribution !== "on-record";
      const holder = readsOther ? (grammatical ?? onRecord) : (onRecord ?? grammatical);
      // The summary names the actor the clause's own subject refers to ("The chancellor" → Scholz).
      const subjectName = grammatical
        ? namedSubject(r, draft, actorOf(grammatical))
        : pronounHolder(r, draft, eventActorList, actorOf);
      const info = TAXONOMY[type];
      const quote = text.match(/"([^"]{12,})"/)?.[1];
      const frameClause = draft.frame?.clause != null ? r.analysis.clauses[draft.frame.clause]! : null;
      const positions = CLAIMS.has(type)
        ? extractPositions(
            {
              sentence: summariseClauses(r.analysis, draft.clauses, null, frameClause),
              holder,
              negated: draft.signal.negated,
            },
            ctx.vocabulary,
          )
        : [];
      const summary = draft.phrase
        ? summarisePhrase(r.analysis, draft.phrase, subjectName)
        : summariseClauses(r.analysis, draft.clauses, subjectName, frameClause, r.dateline);
      // "will meet on Monday, nearly a week after the group called off the talks": a clause that
      // its distance from another dates, without a date of its own, is that far from that one's.
      // (Or what was said in such a clause: "a day after the group announced it would free …".)
      const frameAt = draft.frame?.clause ?? null;
      const distanced = clauseOffset(r.analysis, draft.signal.clause);
      const storyNews = STORY_PARTY_TYPES.has(type) && !tellsAnotherStory(r.analysis, draft, lex);
      const offset = distanced ?? (frameAt !== null ? clauseOffset(r.analysis, frameAt) : null);
      for (const when of stated.length ? stated : [null]) {
        // (Not what the partner did "later" or "since", nor any fighting.)
        const replied =
          when ||
          draft.signal.future ||
          type === "military-claim" ||
          hasAdverb(r.analysis, draft.signal.clause, AFTERWARDS)
            ? null
            : reply.dateFor(sentence, eventActorList);
        const past =
          !draft.signal.future &&
          [draft.signal.clause, draft.frame?.clause].some(
            (k) => k != null && simplePast(r.analysis, r.analysis.clauses[k]!),
          );
        // ("an exchange the envoy had announced the day before": counted words in a clause of their own
        // date that clause, not the exchange)
        const counted = continuing || countsFor(draft, wordsClause);
        // (A date of the clause's own words, or of the words that report it, is its own: "two days
        // after the group announced on Monday that …".)
        const whenClause = when ? r.analysis.clauseOf[tokenAtChar(r.analysis, when.index)] : undefined;
        // "announced a truce on New Year's Eve, which the rebels said days later they rejected":
        // words of the clause itself, or of its saying, count from the day another clause states,
        // rather than take it.
        const countedFrom =
          when &&
          whenClause !== undefined &&
          !draft.clauses.includes(whenClause) &&
          wordsClause !== undefined &&
          (draft.clauses.includes(wordsClause) || wordsClause === draft.frame?.clause)
            ? toldDay
            : null;
        const stamped: EventDate =
          countedFrom ??
          (when
            ? toEventDate(when)
            : ((counted ? sameDay : null) ??
              replied ??
              reference.dateFor(toldBefore(r.analysis, draft) || nextInTurn(r.analysis, draft, lex), past)));
        const own = whenClause === draft.signal.clause || (!distanced && whenClause === frameAt);
        const shifted = offset && !own ? offsetDate(stamped, offset) : null;
        // What has happened is not dated after the report.
        const moved =
          shifted && (draft.signal.future || !published || (shifted.end ?? "") <= published) ? shifted : null;
        // A side clause told only by its distance ("two months after the rebels walked out", from a
        // month) is no event when the distance cannot be counted.
        if (distanced && !own && !moved && isSide(r.analysis.clauses[draft.signal.clause]!.kind)) continue;
        const date = moved ?? stamped;
        // A deadline ("were to finalise a deal by August 18") is no time the story has reached, nor
        // the day a plan its own clause sets ("the truce is set to take effect on Thursday"), even
        // the publication day; a day of saying beside it is ("said on Tuesday the war should end").
        const ahead = draft.signal.future && whenClause !== undefined && draft.clauses.includes(whenClause);
        if (when && !moved && !ahead && carriesReference(when, storyDay) && !isDeadline(r.analysis, when)) {
          reference.set(date);
          if (type === "talks" || draft.signal.cameo?.startsWith("04")) reply.talks(sentence, date, eventActorList);
        }
        if (narrative && date.precision === "day" && date.start?.slice(0, 4) === narrative.day.slice(0, 4))
          reference.tellsOtherYear(date);
        if (when && !moved && date.precision === "day" && date.start === date.end) {
          dayBefore = lastDay = date;
          backstory = toldBefore(r.analysis, draft);
          const verb = r.analysis.clauses[draft.signal.clause]!.group?.head;
          if (type === "talks" && OPENINGS.has(r.analysis.tokens[verb ?? -1]?.lemma ?? "")) talksBegan = date;
        }
        // (a day "the next day" or "two days later" tells is its own, not a continuation)
        continues.push(!when && !moved && !toldDay);
        paragraphOf.push(r.sentence.paragraph);
        sentenceOf.push(sentence);
        for (const cls of toldOf(draft))
          if (takingPart.length) told.push({ cls, actors: takingPart, paragraph: r.sentence.paragraph });
        const withOffices = withOfficeStates(
          eventActorList,
          found.lookup,
          ctx.gazetteer,
          yearOf(date.start ?? published),
        );
        const withPeople = withPictured(withOffices, type, r.pictured);
        mentions.push({
          article: meta.id,
          published,
          event: {
            id: eventId(meta.id, published, text, ordinal++),
            aliases: [],
            date,
            type,
            codes: {
              // (a clause read as a view of another side is coded as one, whatever its verb's category)
              cameo:
                type === draft.signal.type && draft.signal.cameo && /^\d/.test(draft.signal.cameo)
                  ? draft.signal.cameo
                  : info.cameo,
              plover: info.plover,
            },
            modality: modalityOf(draft.signal, when),
            actors: storyNews ? withStoryParties(withPeople, found.sides, found.lookup) : withPeople,
            positions,
            summary,
            sources: [
              {
                article: meta.id,
                sentence: text,
                attribution: who.attribution,
                speaker: who.speaker,
                ...(quote ? { quote } : {}),
                ...(who.text ? { attributionText: who.text } : {}),
                offsets: [r.sentence.rawStart, r.sentence.rawEnd],
              },
            ],
          },
        });
      }
    }
  }

  return {
    article: { ...meta, warnings },
    mentions: datedLater(foldContinuations(mentions, continues, paragraphOf)),
    unknownActors: found.unresolved,
    discoveredActors: found.discovered,
  };
}
