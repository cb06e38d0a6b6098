import { keyDate, keySource, type KeySource } from "../merge/mergeKeys";
import type { SignalEvent } from "../model/schema";
import type { ArticleExtraction } from "./extractArticle";
import type { StoredText } from "./mentionStore";
import { eventText } from "./writeEventDocument";

/** One mention as a corpus run keeps it from extraction to assembly. */
export interface PreparedMention {
  /** what merging needs of it */
  key: KeySource;
  /**
   * its event as the document prints it (eventText), in UTF-8, already checked against the
   * schema; or where those bytes lie in the cache's pack, read only when its group is assembled
   */
  text: Buffer | StoredText;
  sources: number;
}

/**
 * An article's results as a corpus run keeps them, and the extraction cache stores them: a
 * cached article then needs no second reading of its sentences' words and no second writing
 * of its events, and a mention that is its own event goes into the document as it is.
 */
export interface PreparedArticle<M extends PreparedMention = PreparedMention> extends Omit<
  ArticleExtraction,
  "mentions"
> {
  mentions: M[];
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

/** A mention just extracted, its text in memory. */
export type FreshMention = PreparedMention & { text: Buffer };

export function prepareArticle(result: ArticleExtraction): PreparedArticle<FreshMention> {
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
 * A mention's merge key and counts as the cache's first line holds them: a list, not an object
 * (no field names repeated for every mention), without the article and publication date that
 * every key of the article shares, the words as one string. A warm run parses one such line per
 * cached article, so its size is what the run pays.
 */
type StoredMention = [
  id: string,
  type: KeySource["type"],
  start: string | null,
  end: string | null,
  precision: KeySource["date"]["precision"],
  basis: KeySource["date"]["basis"],
  open: boolean | null,
  carried: boolean | null,
  actors: readonly string[],
  words: string,
  sources: number,
  bytes: number,
];

function storedMention({ key, sources, text }: FreshMention): StoredMention {
  const { start, end, precision, basis, open, carried } = key.date;
  const words = key.words.join(" ");
  return [
    key.id,
    key.type,
    start,
    end,
    precision,
    basis,
    open ?? null,
    carried ?? null,
    key.actors,
    words,
    sources,
    text.length,
  ];
}

function keyOf(m: StoredMention, article: PreparedArticle["article"]): KeySource {
  const [id, type, start, end, precision, basis, open, carried, actors, words] = m;
  return {
    id,
    article: article.id,
    published: article.published,
    type,
    // The list keeps absent flags as null.
    date: keyDate({ start, end, precision, text: "", basis, open: open ?? undefined, carried: carried ?? undefined }),
    actors,
    words: words ? words.split(" ") : [],
  };
}

/**
 * A prepared article as the cache stores it: a JSON line with everything but the events' texts,
 * then the texts' bytes one after another, so reading it back neither decodes nor unescapes
 * them, and a reader that only needs the merge keys reads the line alone. Returned as the
 * pieces to write one after another: the line first.
 */
export function encodePrepared(p: PreparedArticle<FreshMention>): Buffer[] {
  const head = { ...p, mentions: p.mentions.map(storedMention) };
  return [Buffer.from(`${JSON.stringify(head)}\n`, "utf8"), ...p.mentions.map((m) => m.text)];
}

/**
 * The article encodePrepared wrote, or null when the bytes are not one (a torn or foreign
 * entry). `entry` is the whole entry, or its start from the first line on when `textAt` reads
 * a text by its offset in the entry elsewhere; `length` is the whole entry's.
 */
export function decodePrepared(
  entry: Buffer,
  length = entry.length,
  textAt: (offset: number, length: number) => Buffer | StoredText = (offset, n) => entry.subarray(offset, offset + n),
): PreparedArticle | null {
  const newline = entry.indexOf(10);
  if (newline < 0) return null;
  let head: Omit<PreparedArticle, "mentions"> & { mentions: StoredMention[] };
  try {
    head = JSON.parse(entry.toString("utf8", 0, newline)) as typeof head;
  } catch {
    return null;
  }
  if (!Array.isArray(head.mentions) || !head.article) return null;
  let at = newline + 1;
  const mentions: PreparedMention[] = [];
  for (const m of head.mentions) {
    const bytes = Array.isArray(m) && m.length === 12 ? m[11] : -1;
    if (!Number.isSafeInteger(bytes) || bytes < 0 || at + bytes > length) return null;
    mentions.push({ key: keyOf(m, head.article), sources: m[10], text: textAt(at, bytes) });
    at += bytes;
  }
  return at === length ? { ...head, mentions } : null;
}
