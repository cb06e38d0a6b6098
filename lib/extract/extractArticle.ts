import type { Gazetteer, GazetteerActor } from "../actors/gazetteer";
import { findArticleActors } from "../actors/findArticleActors";
import { attributeSpeaker, type Attribution } from "../attribution/attributeSpeaker";
import { analyseSentence, tokenAtChar, type SentenceAnalysis } from "../clauses/analyseSentence";
import { findFrames, type Frame } from "../clauses/frames";
import { endsInsideQuote } from "../clauses/quotes";
import { isCaption } from "../clean/captions";
import { datelineLength } from "../dates/dateline";
import { cleanSentences } from "../clean/cleanSentences";
import { directionFrom } from "../dates/clauseDirection";
import { findDates } from "../dates/findDates";
import type { LoadedArticle } from "../load/parseArticle";
import type { ActorMention, CleanSentence, DateMention, Mention } from "../model/mentions";
import type { ArticleMeta, EventDate, SignalEvent } from "../model/schema";
import { extractPositions } from "../positions/extractPositions";
import type { PositionVocabulary } from "../positions/vocabulary";
import type { Lexicon } from "../signals/lexicon";
import { TAXONOMY } from "../signals/taxonomy";
import { draftDates, frameDate } from "./clauseDates";
import { foldAppositions, toEventDate } from "./eventDate";
import { eventId } from "./eventId";
import { modalityOf } from "./modality";
import { carriesReference, ReferenceTime } from "./referenceTime";
import { sentenceSignals, type SignalDraft } from "./sentenceSignals";
import { summariseClauses } from "./summarise";

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
const CLAIMS: ReadonlySet<SignalEvent["type"]> = new Set([
  "negotiation-readiness",
  "ceasefire-signal",
  "condition",
  "rejection",
  "legitimacy-dispute",
  "proposal",
  "threat",
  "sanction",
  "assessment",
]);

/** How sure a clause reading must be to become an event; a headline needs a lexicon predicate. */
const MIN_STRENGTH = 2;
const HEADING_STRENGTH = 3;

/** One sentence after the language pass, actors and clause analysis. */
interface Read {
  sentence: CleanSentence;
  analysis: SentenceAnalysis;
  actors: ActorMention[];
  frames: Frame[];
  /** the frame of a quotation this sentence sits in, said in another sentence */
  quoteFrame: { frame: Frame; read: Read } | null;
  heading: boolean;
  /** the first sentence of its paragraph, where a dateline can stand */
  opensParagraph: boolean;
  dates?: DateMention[];
}

/** A one-line paragraph without a closing stop is a headline, standfirst or section title. */
function isHeading(paragraph: readonly CleanSentence[]): boolean {
  return paragraph.length === 1 && !/[.!?…"'”]$/.test(paragraph[0]!.text);
}

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
 * inside takes that frame. A paragraph that is all quotation continues the last one opened.
 */
function linkQuotations(
  paragraph: Read[],
  opened: { frame: Frame; read: Read } | null,
): { frame: Frame; read: Read } | null {
  let inside = false;
  let open: number | null = null;
  let carried = opened;
  paragraph.forEach((r, k) => {
    const wasInside = inside;
    inside = endsInsideQuote(r.sentence.text, inside);
    if (!wasInside && inside) open = k;
    const introducing = r.frames.find((f) => f.clause !== null && f.content.some((c) => c > f.clause!));
    if (inside && introducing) carried = { frame: introducing, read: r };
    if (wasInside && !inside && open !== null) {
      const tail = r.frames.find((f) => f.clause !== null && f.content.some((c) => c < f.clause!));
      if (tail) for (let i = open; i < k; i++) paragraph[i]!.quoteFrame ??= { frame: tail, read: r };
      open = null;
    }
    if (!r.frames.length && /^["']/.test(r.sentence.text) && carried && carried.read !== r) r.quoteFrame ??= carried;
  });
  return inside ? carried : null;
}

/**
 * A speaker given only as a pronoun inside someone else's quotation ('"They are saying: "We
 * are ready"…," said an official') is relayed: the claim rests on whoever the quotation is from.
 */
function unnamedSpeaker(read: Read, frame: Frame): boolean {
  if (!frame.speaker) return true;
  const words = read.analysis.tokens.slice(frame.speaker[0], frame.speaker[1]);
  return words.every((t) => t.pos === "PRON") && !mentionsIn(read.analysis, read.actors, frame.speaker).length;
}

function attributionOf(
  read: Read,
  draft: SignalDraft,
  gazetteer: Gazetteer,
  people: ReadonlySet<string>,
): Attribution & { source: Read | null } {
  const via =
    draft.frame && !(read.quoteFrame && unnamedSpeaker(read, draft.frame))
      ? { frame: draft.frame, read }
      : read.quoteFrame;
  if (via?.frame.speaker) {
    const a = via.read.analysis;
    const [from, to] = charRange(a, via.frame.speaker);
    const verb = a.tokens[via.frame.verb]!;
    const phrase = a.text.slice(Math.min(from, verb.start), Math.max(to, verb.end));
    return {
      ...attributeSpeaker(a.text.slice(from, to), mentionsIn(a, via.read.actors, via.frame.speaker), people),
      text: phrase,
      source: via.read,
    };
  }
  // No verb of saying: an actor who urges, proposes, rejects or warns speaks on record.
  const c = read.analysis.clauses[draft.signal.clause]!;
  const subject = mentionsIn(read.analysis, read.actors, c.subject ?? null)[0];
  const speechAct =
    draft.signal.cameo !== null && !["04", "05", "08", "19", "16", "context"].includes(draft.signal.cameo);
  if (subject && speechAct && gazetteer.byId.has(subject.actorId))
    return { attribution: "on-record", speaker: subject.actorId, source: null };
  return { attribution: "outlet", speaker: null, source: null };
}

/**
 * A third party's reading of another side's intentions ("Rinkevics said Putin is determined to
 * continue the war", "analysts say Putin wants to delay talks") is an assessment, as the event
 * model defines it; the same words from the actor's own side are its signal.
 */
function readsIntentions(
  draft: SignalDraft,
  who: Attribution,
  subject: string | null,
  countryOf: ReadonlyMap<string, string | null>,
): boolean {
  if (draft.signal.cameo !== "03" || !draft.frame) return false;
  if (who.attribution === "analyst") return true;
  if (!who.speaker || !subject || who.speaker === subject) return false;
  const [a, b] = [countryOf.get(who.speaker), countryOf.get(subject)];
  return !!a && !!b && a !== b;
}

/** The actor named as the event clause's grammatical subject, if any. */
function clauseSubject(read: Read, draft: SignalDraft): string | null {
  const c = read.analysis.clauses[draft.signal.clause]!;
  return mentionsIn(read.analysis, read.actors, c.subject)[0]?.actorId ?? null;
}

/** Actors of an event: the speaker and anyone named in the attribution are sources, the clause's subject the subject, the rest targets. */
function eventActors(
  read: Read,
  draft: SignalDraft,
  who: Attribution,
  speakerMentions: readonly ActorMention[],
): SignalEvent["actors"] {
  const a = read.analysis;
  const head = a.clauses[draft.signal.clause]!;
  // A participle or a clause joined by "and" acts for the subject of the clause it hangs on
  // ("The minister rejected the plan …, and in 2021 signed an order …").
  const parentSubject = head.parent !== null ? a.clauses[head.parent]!.subject : null;
  const own = mentionsIn(a, read.actors, head.subject);
  const shares = head.kind === "participle" || head.coordinated || !head.subject;
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
  return out;
}

const sameSpan = (a: SignalEvent["date"], b: SignalEvent["date"]) => a.start === b.start && a.end === b.end;

/**
 * A paragraph often states a signal and then goes on about it. An event of the same type and
 * speaker that follows in the same paragraph, with no date of its own or the very same date,
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
            .map((x) => ({ ...x, role: x.role === "source" ? x.role : ("target" as const) })),
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

export function extractArticle(loaded: LoadedArticle, ctx: ExtractionContext): ArticleExtraction {
  const { body, file: _file, ...meta } = loaded;
  const published = meta.published;
  const { sentences, cleaned } = cleanSentences(body, { title: meta.title });
  const warnings = [...meta.warnings, ...cleaned.warnings];
  const paragraphs = groupByParagraph(sentences).filter(
    (p) => p.some((s) => isEnglish(s.text)) && !isCaption(p.map((s) => s.text).join(" ")),
  );
  const found = findArticleActors(paragraphs.flat(), ctx.gazetteer, published);
  let at = 0;
  const actors = paragraphs.map((p) => p.map(() => found.mentions[at++]!));
  const lex = ctx.lexicon;
  const nameOf = new Map([...ctx.gazetteer.actors, ...found.discovered].map((x) => [x.id, x.name]));
  const countryOf = new Map([...ctx.gazetteer.actors, ...found.discovered].map((x) => [x.id, x.country ?? null]));
  const people = new Set(
    [...ctx.gazetteer.actors, ...found.discovered].filter((x) => x.kind === "person").map((x) => x.id),
  );

  const reads: Read[][] = [];
  let openQuote: { frame: Frame; read: Read } | null = null;
  paragraphs.forEach((paragraph, p) => {
    let inside = false;
    const heading = isHeading(paragraph);
    const list = paragraph.map((sentence, k): Read => {
      const analysis = analyseSentence(sentence.text, { startsInsideQuote: inside, reporting: lex.framing });
      inside = endsInsideQuote(sentence.text, inside);
      return {
        sentence,
        analysis,
        actors: actors[p]![k]!,
        frames: findFrames(analysis, lex.framing),
        quoteFrame: null,
        heading,
        opensParagraph: k === 0,
      };
    });
    openQuote = linkQuotations(list, openQuote);
    reads.push(list);
  });

  // A paragraph's opening dateline ("WASHINGTON, Aug 19 —") dates the filing, not the events.
  const datesOf = (r: Read) =>
    (r.dates ??= foldAppositions(
      r.sentence.text,
      findDates(r.sentence.text, published, { direction: directionFrom(r.analysis) }).filter(
        (d) => d.index >= (r.opensParagraph ? datelineLength(r.sentence.text) : 0),
      ),
    ));
  const reference = new ReferenceTime(published);
  const mentions: Mention[] = [];
  const continues: boolean[] = [];
  const paragraphOf: number[] = [];
  for (const r of reads.flat()) {
    const text = r.sentence.text;
    if (!isEnglish(text)) continue;
    const drafts = sentenceSignals(r.analysis, r.frames, lex, () => datesOf(r), {
      minStrength: r.heading ? HEADING_STRENGTH : MIN_STRENGTH,
    });
    let ordinal = 0;
    for (const draft of drafts) {
      const who = attributionOf(r, draft, ctx.gazetteer, people);
      const speakerMentions =
        who.source && draft.frame?.speaker ? mentionsIn(r.analysis, r.actors, draft.frame.speaker) : [];
      const eventActorList = eventActors(r, draft, who, speakerMentions);
      let stated = draftDates(r.analysis, draft, datesOf(r));
      if (!stated.length && r.quoteFrame) {
        const said = frameDate(r.quoteFrame.read.analysis, r.quoteFrame.frame, datesOf(r.quoteFrame.read));
        if (said) stated = [said];
      }
      // A signal needs someone who sends it, a time, or at least a source that reports it
      // ("Talks sped up over the past week, according to the diplomat").
      if (!eventActorList.length && !stated.length && !draft.frame && !r.quoteFrame && draft.signal.strength < 3)
        continue;
      if (draft.signal.type === "context" && !stated.length) continue;
      const grammatical = clauseSubject(r, draft);
      const type = readsIntentions(draft, who, grammatical, countryOf) ? "assessment" : draft.signal.type;
      // Who holds a claimed position: the speaker on record, who states their own; but a reading
      // of another side (an assessment, or what unnamed sources or analysts report) is about the
      // actor the claim's own clause names as subject. An actor only mentioned or targeted never
      // holds it.
      const onRecord = who.attribution === "on-record" ? who.speaker : null;
      const readsOther = type === "assessment" || who.attribution !== "on-record";
      const holder = readsOther ? (grammatical ?? onRecord) : (onRecord ?? grammatical);
      // The summary names the actor the clause's own subject refers to ("The chancellor" → Scholz).
      const subjectName = grammatical ? (nameOf.get(grammatical) ?? null) : null;
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
      const summary = summariseClauses(r.analysis, draft.clauses, subjectName, frameClause);
      for (const when of stated.length ? stated : [null]) {
        const date: EventDate = when ? toEventDate(when) : reference.dateFor();
        if (when && carriesReference(when, published)) reference.set(date);
        continues.push(!when);
        paragraphOf.push(r.sentence.paragraph);
        mentions.push({
          article: meta.id,
          published,
          event: {
            id: eventId(meta.id, published, text, ordinal++),
            aliases: [],
            date,
            type,
            codes: {
              cameo: draft.signal.cameo && /^\d/.test(draft.signal.cameo) ? draft.signal.cameo : info.cameo,
              plover: info.plover,
            },
            modality: modalityOf(draft.signal, when),
            actors: eventActorList,
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
    mentions: foldContinuations(mentions, continues, paragraphOf),
    unknownActors: found.unresolved,
    discoveredActors: found.discovered,
  };
}
