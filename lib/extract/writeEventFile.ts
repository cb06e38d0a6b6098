import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import type { CorpusRun } from "./extractCorpus";
import { writeAtomically, writeAtomicallyStreaming } from "./writeAtomically";
import { writeEventDocument, type PlacedEvent, type PreviousDocument } from "./writeEventDocument";

/** What tells a file apart from any other content at the same path: rewritten, it differs. */
interface Fingerprint {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** Where each event of the document last written to a file lies in it, and which file that was. */
interface Layout {
  document: Fingerprint;
  events: PlacedEvent[];
}

const fingerprint = (s: Stats): Fingerprint => ({ size: s.size, mtimeMs: s.mtimeMs, ino: s.ino });

const sameFile = (a: Fingerprint, b: Fingerprint) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

const isPlaced = (e: unknown): e is PlacedEvent =>
  Array.isArray(e) &&
  e.length === 3 &&
  typeof e[0] === "string" &&
  Number.isSafeInteger(e[1]) &&
  Number.isSafeInteger(e[2]) &&
  e[1] >= 0 &&
  e[2] > 0;

/** A layout kept for `file`, when it describes the file as it is now. */
function readLayout(layoutFile: string, file: string): Layout | null {
  try {
    const layout = JSON.parse(readFileSync(layoutFile, "utf8")) as Partial<Layout>;
    const events = layout.events;
    if (!layout.document || !Array.isArray(events) || !sameFile(layout.document, fingerprint(statSync(file))))
      return null;
    const size = layout.document.size;
    return events.every((e) => isPlaced(e) && e[1] + e[2] <= size) ? (layout as Layout) : null;
  } catch {
    return null;
  }
}

/** The events of the document at `file`, by identity, for copying (the file stays open until `close`). */
function openPrevious(layout: Layout, file: string, copy: (fd: number, offset: number, length: number) => void) {
  const byIdentity = new Map<string, readonly [number, number, number]>();
  layout.events.forEach(([identity, offset, length], index) => byIdentity.set(identity, [index, offset, length]));
  const fd = openSync(file, "r");
  return {
    find: (identity: string) => byIdentity.get(identity),
    copy: (offset: number, length: number) => copy(fd, offset, length),
    close: () => closeSync(fd),
  } satisfies PreviousDocument & { close(): void };
}

/**
 * Writes a corpus run's document to `file` (atomically). With a `layoutDir` (the extraction
 * cache's folder), it also keeps there where each event lies in the file, and the next run
 * copies from the file every event whose mentions did not change, in runs of consecutive
 * events, instead of reading each one's text back from the cache and printing it: after one
 * article changed, that is nearly all of a large document. The layout is used only while the
 * file is exactly as it was written (same size, modification time and inode).
 */
export function writeEventFile(
  run: CorpusRun,
  file: string,
  layoutDir?: string,
): ReturnType<typeof writeEventDocument> {
  const layoutFile = layoutDir
    ? path.join(layoutDir, `layout-${createHash("sha1").update(path.resolve(file)).digest("hex").slice(0, 16)}.json`)
    : null;
  const layout = layoutFile ? readLayout(layoutFile, file) : null;
  const placed: PlacedEvent[] | undefined = layoutFile ? [] : undefined;
  let written!: ReturnType<typeof writeEventDocument>;
  writeAtomicallyStreaming(file, (write, out) => {
    const previous = layout && openPrevious(layout, file, (fd, offset, length) => out.copyFrom(fd, offset, length));
    try {
      written = writeEventDocument(run, write, { ...(previous ? { previous } : {}), placed });
    } finally {
      previous?.close();
    }
  });
  if (layoutFile)
    try {
      writeAtomically(layoutFile, JSON.stringify({ document: fingerprint(statSync(file)), events: placed }));
    } catch {
      // Without a layout the next run prints every event again: slower, never wrong. One left
      // from before describes the file as it was, so it is not used either.
    }
  return written;
}
