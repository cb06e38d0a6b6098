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

const NESTED_OPEN = "[\n  [\n    ";
const NESTED_CLOSE = "\n  ]\n]";

/**
 * An event checked against the event model (docs/event-model.md) and written as it stands in
 * the document's list: `JSON.stringify(document, null, 2)` indents it by four spaces. `at` says
 * where it comes from, for the error.
 */
export function eventText(event: SignalEvent, at: readonly string[]): string {
  check(eventSchema.safeParse(event), at);
  // Printed two lists deep, it is indented as the document's list holds it, with no second pass
  // over the text: only the lists' brackets are cut off.
  return JSON.stringify([[event]], null, 2).slice(NESTED_OPEN.length, -NESTED_CLOSE.length);
}

/** Where an event's text lies in a written document: its identity (RunEvent), offset and length in bytes. */
export type PlacedEvent = [identity: string, offset: number, length: number];

/** A document written before, whose unchanged events are copied rather than read and printed again. */
export interface PreviousDocument {
  /** an event of that document with this identity: its index there, offset and length */
  find(identity: string): readonly [index: number, offset: number, length: number] | undefined;
  /** appends `length` bytes of that document from `offset` to the output */
  copy(offset: number, length: number): void;
}

/** What comes between two events of the list. */
const SEPARATOR = ",\n    ";

/**
 * Writes a corpus run as the text `JSON.stringify(document, null, 2)` gives, with a final
 * newline, one event at a time so the document is never whole in memory. With a `previous`
 * document, an event found there is copied from it, and events that followed each other there
 * are copied in one piece (`copied` counts the events copied). `placed`, when given, receives
 * where each event's text lies.
 */
export function writeEventDocument(
  run: CorpusRun,
  write: (piece: string | Uint8Array) => void,
  options: { previous?: PreviousDocument; placed?: PlacedEvent[] } = {},
): { events: number; mentions: number; copied: number } {
  const { previous, placed } = options;
  check(headSchema.safeParse(run.head), []);
  const head = JSON.stringify(run.head, null, 2);
  let position = 0;
  const put = (piece: string | Uint8Array) => {
    write(piece);
    position += typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
  };
  // Bytes of the previous document still to copy, and the index there of the last event in them.
  let pending: { from: number; to: number; last: number } | null = null;
  const copyPending = () => {
    if (!pending) return;
    previous!.copy(pending.from, pending.to - pending.from);
    position += pending.to - pending.from;
    pending = null;
  };
  // The head's closing brace comes after the events.
  put(`${head.slice(0, head.lastIndexOf("\n}"))},\n  "events": [`);
  let events = 0;
  let mentions = 0;
  let copied = 0;
  run.eachEvent((event) => {
    const identity = previous || placed ? event.identity() : "";
    const found = previous?.find(identity);
    let at: number;
    if (found && pending && found[0] === pending.last + 1 && found[1] === pending.to + SEPARATOR.length) {
      // It followed the pending event there too, so the separator between them is copied with it.
      at = position + found[1] - pending.from;
      pending.to = found[1] + found[2];
      pending.last = found[0];
    } else {
      copyPending();
      put(events ? SEPARATOR : "\n    ");
      at = position;
      if (found) pending = { from: found[1], to: found[1] + found[2], last: found[0] };
      else put(event.text());
    }
    placed?.push([identity, at, found ? found[2] : position - at]);
    if (found) copied++;
    events++;
    mentions += event.sources;
  });
  copyPending();
  put(events ? "\n  ]\n}\n" : "]\n}\n");
  return { events, mentions, copied };
}
