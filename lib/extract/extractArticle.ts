import type { Gazetteer, GazetteerActor } from "../actors/gazetteer";
import { findArticleActors } from "../actors/findArticleActors";
import { attribute, type Attribution } from "../attribution/attribute";
import { splitAttributionTail } from "../attribution/attributionTail";
import { quoteAttributions, type QuoteTail } from "../attribution/quoteAttributions";
import { cleanSentences } from "../clean/cleanSentences";
import { findDates } from "../dates/findDates";
import type { LoadedArticle } from "../load/parseArticle";
import type { Mention } from "../model/mentions";
import type { ArticleMeta, SignalEvent } from "../model/schema";
import { extractPositions } from "../positions/extractPositions";
import type { PositionVocabulary } from "../positions/vocabulary";
import { cameoFor, findCues, scoreTypes, type CueHit, type TypeScore } from "../signals/classifySignal";
import { detectModality } from "../signals/modality";
import { TAXONOMY } from "../signals/taxonomy";
import { articleDates, type ArticleDates } from "./articleDefaultDate";
import { foldAppositions, nearestMention, toEventDate } from "./eventDate";
import { eventId } from "./eventId";
import { summarise } from "./summarise";
import type { ActorMention, CleanSentence, DateMention } from "../model/mentions";

export interface ExtractionContext {
  gazetteer: Gazetteer;
  vocabulary: PositionVocabulary;
}

export interface ArticleExtraction {
  article: ArticleMeta;
  mentions: Mention[];
  unknownActors: { name: string; sentences: string[] }[];
  /** actors the article introduced that the gazetteer does not list (titled people, organisations) */
  discoveredActors: GazetteerActor[];
}

/** A cue must be at least this sure before a sentence becomes an event. */
const MIN_SCORE = 3;
const LEAD_PARAGRAPHS = 2;

interface SentenceFacts {
  sentence: CleanSentence;
  actors: ActorMention[];
  /** found on first use: most sentences are neither in the lead nor carry a signal */
  dates?: DateMention[];
  /** the attribution of a quotation this sentence sits inside, when it closes in a later sentence */
  quoteTail: QuoteTail | null;
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

function uniqueActorIds(mentions: readonly ActorMention[]): string[] {
  return [...new Set(mentions.map((m) => m.actorId))];
}

/**
 * With two dates and two kinds of cue in one sentence ("after the summit in August, … sanctions
 * last month"), each date goes with the cues nearest it, and the sentence yields one event per
 * date. Otherwise the sentence is one event.
 */
function splitByDate(
  sentence: string,
  hits: readonly CueHit[],
  dates: readonly DateMention[],
): { scores: TypeScore[]; date: DateMention | null }[] {
  const whole = scoreTypes(hits);
  if (dates.length < 2)
    return [{ scores: whole, date: whole[0] ? nearestMention(dates, whole[0].hits[0]!.index, sentence) : null }];
  const byDate = new Map<DateMention, CueHit[]>();
  for (const h of hits) {
    const d = nearestMention(dates, h.index, sentence)!;
    byDate.set(d, [...(byDate.get(d) ?? []), h]);
  }
  const parts = [...byDate.entries()]
    .map(([date, list]) => ({ date, scores: scoreTypes(list) }))
    .filter((p) => (p.scores[0]?.score ?? 0) >= MIN_SCORE);
  const types = new Set(parts.map((p) => p.scores[0]!.type));
  if (parts.length >= 2 && types.size === parts.length) return parts.sort((a, b) => a.date.index - b.date.index);
  return [{ scores: whole, date: whole[0] ? nearestMention(dates, whole[0].hits[0]!.index, sentence) : null }];
}

/**
 * Roles in an event: the speaker and anyone named inside the attribution ("American officials
 * note…") are sources; the first other actor is the subject, the rest targets.
 */
function eventActors(mentions: readonly ActorMention[], who: Attribution): SignalEvent["actors"] {
  const inAttribution = (m: ActorMention) =>
    who.index !== undefined && who.text !== undefined && m.index >= who.index && m.index < who.index + who.text.length;
  const sources = new Set([
    ...(who.speaker ? [who.speaker] : []),
    ...mentions.filter(inAttribution).map((m) => m.actorId),
  ]);
  const ids = uniqueActorIds(mentions);
  const out: SignalEvent["actors"] = [...sources].map((id) => ({ id, role: "source" as const }));
  let subject = false;
  for (const id of ids) {
    if (sources.has(id)) continue;
    out.push({ id, role: subject ? "target" : "subject" });
    subject = true;
  }
  return out;
}

function dateFor(
  chosen: DateMention | null,
  speaker: string | null,
  attribution: string,
  dates: ArticleDates,
): SignalEvent["date"] {
  if (chosen) return toEventDate(chosen);
  if (dates.occasion && speaker && attribution === "on-record" && dates.occasion.actors.has(speaker))
    return dates.occasion.date;
  return dates.fallback;
}

/**
 * Whose claim a sentence reports. The speaker who opens it ("Putin described … as legally
 * impossible", "According to Moscow, … illegitimate") holds it; when the reported clause starts
 * with another actor ("According to him, Putin is working …", a quotation about Putin), or the
 * sentence is a third party's reading of intentions (an assessment), that actor does, and the
 * position history marks who relayed it.
 */
function positionHolder(
  text: string,
  mentions: readonly ActorMention[],
  who: Attribution,
  subject: string | null,
  type: SignalEvent["type"],
): string | null {
  if (!who.speaker || type === "assessment") return subject ?? who.speaker;
  const tailStart = splitAttributionTail(text).tailStart;
  if (who.leads && (who.index ?? 0) < tailStart) return who.speaker;
  const clauseStart = who.index !== undefined && who.text && who.index < tailStart ? who.index + who.text.length : 0;
  const first = mentions.find((m) => m.actorId === subject && m.index >= clauseStart);
  const gap = first ? (text.slice(clauseStart, first.index).match(/[A-Za-z]+/g)?.length ?? 0) : Infinity;
  return subject && gap <= 3 ? subject : who.speaker;
}

const sameSpan = (a: SignalEvent["date"], b: SignalEvent["date"]) => a.start === b.start && a.end === b.end;

/**
 * A paragraph often states a signal and then goes on about it ("Putin made it clear … and was
 * ready for a truce" after "a year ago, in the fall of 2022, … interested in a ceasefire"). An
 * event of the same type that follows in the same paragraph, with no date of its own or the
 * very same date, continues the previous one: its sentence joins that event's evidence.
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
    if (
      prev &&
      sameParagraph &&
      prev.event.type === m.event.type &&
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
  const paragraphs = groupByParagraph(sentences).filter((p) => !isHeading(p) && p.some((s) => isEnglish(s.text)));

  const datesOf = (text: string) => foldAppositions(text, findDates(text, published));
  const sentenceDates = (f: SentenceFacts) => (f.dates ??= datesOf(f.sentence.text));
  const found = findArticleActors(paragraphs.flat(), ctx.gazetteer, published);
  let at = 0;
  const facts: SentenceFacts[][] = [];
  for (const paragraph of paragraphs) {
    const texts = paragraph.map((s) => s.text);
    const resolved = paragraph.map(() => found.mentions[at++]!);
    const tails = quoteAttributions(texts, resolved);
    facts.push(
      paragraph.map((sentence, i) => ({
        sentence,
        actors: resolved[i]!,
        quoteTail: tails[i]!,
      })),
    );
  }

  const lead = facts
    .slice(0, LEAD_PARAGRAPHS)
    .flat()
    .map((f) => ({ mentions: sentenceDates(f), actors: uniqueActorIds(f.actors) }));
  const dates = articleDates(published, meta.publisher, meta.cites, lead);

  const mentions: Mention[] = [];
  const continues: boolean[] = [];
  const paragraphOf: number[] = [];
  for (const f of facts.flat()) {
    const text = f.sentence.text;
    if (!isEnglish(text)) continue;

    const hits = findCues(splitAttributionTail(text).claim);
    if (!hits.length) continue;
    const own = sentenceDates(f);
    const ownDate = own.length > 0;
    const tail = f.quoteTail;
    const who = attribute(text, f.actors, tail);
    splitByDate(text, hits, ownDate || !tail ? own : datesOf(tail.text)).forEach((part, ordinal) => {
      const top = part.scores[0];
      if (!top || top.score < MIN_SCORE) return;
      const actors = eventActors(f.actors.length || !tail ? f.actors : tail.mentions, who);
      // A signal needs someone who sends it or a time it happened: a sentence with neither is
      // commentary. Background (elections, appointments) only matters on a timeline when dated.
      if (!actors.length && !part.date) return;
      if (top.type === "context" && !part.date) return;
      const date = dateFor(part.date, who.speaker, who.attribution, dates);
      const subject = actors.find((a) => a.role === "subject")?.id ?? null;
      const holder = positionHolder(text, f.actors, who, subject, top.type);
      const subjectName = subject ? (ctx.gazetteer.byId.get(subject)?.name ?? null) : null;
      const info = TAXONOMY[top.type];
      const quote = text.match(/"([^"]{12,})"/)?.[1];
      continues.push(!ownDate);
      paragraphOf.push(f.sentence.paragraph);
      mentions.push({
        article: meta.id,
        published,
        event: {
          id: eventId(meta.id, published, text, ordinal),
          aliases: [],
          date,
          type: top.type,
          codes: { cameo: cameoFor(top, info.cameo), plover: info.plover },
          modality: detectModality(text, top.type, part.date?.future ?? false),
          actors,
          positions: extractPositions({ sentence: text, holder }, ctx.vocabulary),
          summary: summarise(text, subjectName),
          sources: [
            {
              article: meta.id,
              sentence: text,
              attribution: who.attribution,
              speaker: who.speaker,
              ...(quote ? { quote } : {}),
              ...(who.text ? { attributionText: who.text } : {}),
              offsets: [f.sentence.rawStart, f.sentence.rawEnd],
            },
          ],
        },
      });
    });
  }

  return {
    article: { ...meta, warnings },
    mentions: foldContinuations(mentions, continues, paragraphOf),
    unknownActors: found.unresolved,
    discoveredActors: found.discovered,
  };
}
