import { eventDocumentSchema, eventSchema, type SignalEvent } from "../model/schema";
import type { CorpusRun } from "./extractCorpus";

/** An output that does not match the event model: the extractor's fault, never the input's. */
export class SchemaBreach extends Error {
  constructor(
    readonly at: string,
    message: string,
  ) {
    super(`the extracted document breaks the schema at ${at}: ${message}`);
  }
}

const headSchema = eventDocumentSchema.omit({ events: true });

type Checked = { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

function check(result: Checked, at: readonly string[]): void {
  if (result.success) return;
  const issue = result.error.issues[0]!;
  throw new SchemaBreach([...at, ...issue.path.map(String)].join("."), issue.message);
}

/**
 * An event checked against the event model (docs/event-model.md) and written as it stands in
 * the document's list: `JSON.stringify(document, null, 2)` indents it by four spaces. `at` says
 * where it comes from, for the error.
 */
export function eventText(event: SignalEvent, at: readonly string[]): string {
  check(eventSchema.safeParse(event), at);
  return JSON.stringify(event, null, 2).replace(/\n/g, "\n    ");
}

/**
 * Writes a corpus run as the text `JSON.stringify(document, null, 2)` gives, with a final
 * newline, one event at a time so the document is never whole in memory.
 */
export function writeEventDocument(
  run: CorpusRun,
  write: (piece: string | Uint8Array) => void,
): { events: number; mentions: number } {
  check(headSchema.safeParse(run.head), []);
  const head = JSON.stringify(run.head, null, 2);
  // The head's closing brace comes after the events.
  write(`${head.slice(0, head.lastIndexOf("\n}"))},\n  "events": [`);
  let events = 0;
  let mentions = 0;
  run.eachEvent((text, sources) => {
    write(events ? ",\n    " : "\n    ");
    write(text);
    events++;
    mentions += sources;
  });
  write(events ? "\n  ]\n}\n" : "]\n}\n");
  return { events, mentions };
}
