import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { eventDocumentSchema, type EventDocument } from "../model/schema";

/** Where the dashboard reads the extracted events: SIGNALS_EVENTS overrides the committed file. */
export function eventsFile(): string {
  const configured = process.env.SIGNALS_EVENTS;
  // The configured file is read at build time only; the ignore keeps the bundler from tracing the whole disk.
  if (configured) return path.resolve(/*turbopackIgnore: true*/ configured);
  return path.join(process.cwd(), "content", "events.json");
}

/** A reason the event document cannot be used, naming the file and where in it the problem is. */
export class EventDocumentProblem extends Error {
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(`${file}: ${where ? `${where}: ` : ""}${problem}`);
    this.name = "EventDocumentProblem";
  }
}

/** Formats a zod issue path the way a reader finds it in the file: events[12].date.start */
export function formatIssuePath(issuePath: readonly PropertyKey[]): string {
  return issuePath
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

export function parseEventDocument(file: string, text: string): EventDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new EventDocumentProblem(file, null, `is not valid JSON (${err instanceof Error ? err.message : err})`);
  }
  const result = eventDocumentSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new EventDocumentProblem(file, formatIssuePath(first.path) || "(document)", first.message);
  }
  return result.data;
}

// Every page of a static build reads the document; parsing 10,000 events once per page would
// dominate the build, so the parse is kept for as long as the file is unchanged.
let cached: { file: string; mtimeMs: number; size: number; doc: EventDocument } | null = null;

export function readEvents(): EventDocument {
  const file = eventsFile();
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith("..") ? relative : file;
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new EventDocumentProblem(
      shown,
      null,
      "is missing: run the extractor to write it, or set SIGNALS_EVENTS to an event document",
    );
  }
  if (cached && cached.file === file && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.doc;
  const doc = parseEventDocument(shown, readFileSync(file, "utf8"));
  cached = { file, mtimeMs: stat.mtimeMs, size: stat.size, doc };
  return doc;
}

export interface EventsForPage {
  doc: EventDocument;
  /** set when the committed event list does not exist yet: the page says so instead of failing */
  missing: string | null;
}

/**
 * The dashboard before the first extraction: a fresh checkout has articles but no event list,
 * and the Sources view must still work. An explicitly configured SIGNALS_EVENTS that is missing,
 * or any invalid document, still stops the build.
 */
export function readEventsForPage(): EventsForPage {
  try {
    return { doc: readEvents(), missing: null };
  } catch (err) {
    if (err instanceof EventDocumentProblem && err.problem.startsWith("is missing") && !process.env.SIGNALS_EVENTS)
      return { doc: { schemaVersion: 1, articles: [], actors: [], events: [] }, missing: err.message };
    throw err;
  }
}
