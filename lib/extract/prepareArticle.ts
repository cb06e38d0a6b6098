import { keySource, type KeySource } from "../merge/mergeEvents";
import type { SignalEvent } from "../model/schema";
import type { ArticleExtraction } from "./extractArticle";
import { eventText } from "./writeEventDocument";

/** One mention as a corpus run keeps it from extraction to assembly. */
export interface PreparedMention {
  /** what merging needs of it */
  key: KeySource;
  /** its event as the document prints it (eventText), in UTF-8, already checked against the schema */
  text: Buffer;
  sources: number;
}

/**
 * An article's results as a corpus run keeps them, and the extraction cache stores them: a
 * cached article then needs no second reading of its sentences' words and no second writing
 * of its events, and a mention that is its own event goes into the document as it is.
 */
export interface PreparedArticle extends Omit<ArticleExtraction, "mentions"> {
  mentions: PreparedMention[];
  /** every actor an event of the article refers to: its actors, position holders and speakers */
  actorIds: string[];
}

function actorIdsOf(e: SignalEvent): string[] {
  return [
    ...e.actors.map((a) => a.id),
    ...e.positions.map((p) => p.actor),
    ...e.sources.flatMap((s) => (s.speaker ? [s.speaker] : [])),
  ];
}

export function prepareArticle(result: ArticleExtraction): PreparedArticle {
  const { mentions, ...rest } = result;
  return {
    ...rest,
    mentions: mentions.map((m, i) => {
      // Checked first: the key reads the event's evidence sentence.
      const text = eventText(m.event, [result.article.id, `mention ${i}`]);
      return { key: keySource(m), text: Buffer.from(text, "utf8"), sources: m.event.sources.length };
    }),
    actorIds: [...new Set(mentions.flatMap((m) => actorIdsOf(m.event)))],
  };
}

/**
 * A prepared article as the cache stores it: a JSON line with everything but the events' texts,
 * then the texts' bytes one after another, so reading it back neither decodes nor unescapes
 * them: they go into the document as they are.
 */
export function encodePrepared(p: PreparedArticle): Buffer {
  const head = { ...p, mentions: p.mentions.map((m) => ({ key: m.key, sources: m.sources, bytes: m.text.length })) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, "utf8"), ...p.mentions.map((m) => m.text)]);
}

/** The article encodePrepared wrote, or null when the bytes are not one (a torn or foreign file). */
export function decodePrepared(bytes: Buffer): PreparedArticle | null {
  const newline = bytes.indexOf(10);
  if (newline < 0) return null;
  let head: Omit<PreparedArticle, "mentions"> & { mentions: { key: KeySource; sources: number; bytes: number }[] };
  try {
    head = JSON.parse(bytes.toString("utf8", 0, newline)) as typeof head;
  } catch {
    return null;
  }
  if (!Array.isArray(head.mentions)) return null;
  let at = newline + 1;
  const mentions: PreparedMention[] = [];
  for (const m of head.mentions) {
    mentions.push({ key: m.key, sources: m.sources, text: bytes.subarray(at, at + m.bytes) });
    at += m.bytes;
  }
  return at === bytes.length ? { ...head, mentions } : null;
}
