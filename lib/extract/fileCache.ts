import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { ExtractionCache } from "./extractCorpus";
import { decodePrepared, encodePrepared } from "./prepareArticle";
import { writeAtomically } from "./writeAtomically";

const INDEX = "index.json";
const PACK = /^pack-[0-9a-f]+\.bin$/;
const LEGACY = /^[0-9a-f]{40}\.json$/;
/** Packs are rewritten with only the entries still indexed once they hold this much more. */
const DEAD_RATIO = 1;
const DEAD_MIN_BYTES = 1 << 20;

/** key → [pack file, offset, length] */
type Index = Record<string, [string, number, number]>;

function readIndex(dir: string): Index {
  try {
    const index = JSON.parse(readFileSync(path.join(dir, INDEX), "utf8")) as unknown;
    return index && typeof index === "object" && !Array.isArray(index) ? (index as Index) : {};
  } catch {
    return {};
  }
}

/**
 * Article results on disk: appended to one pack file per run, with one index of where each
 * article's result is. Creating a file costs about as much here as a tenth of an article's
 * extraction, so a run writes one file rather than one per article. A run's new entries are
 * indexed when it closes the cache (an interrupted run leaves the previous index intact); a
 * missing, torn or foreign entry is just a miss. Packs are compacted when they hold more
 * replaced entries than live ones.
 */
export function fileCache(dir: string): ExtractionCache & { close(): void } {
  const index = readIndex(dir);
  const added: Index = {};
  const readers = new Map<string, number>();
  let pack: { name: string; fd: number; end: number } | null = null;

  const read = ([name, offset, length]: [string, number, number]) => {
    let fd = readers.get(name);
    if (fd === undefined) readers.set(name, (fd = openSync(path.join(dir, name), "r")));
    const bytes = Buffer.allocUnsafe(length);
    return readSync(fd, bytes, 0, length, offset) === length ? bytes : null;
  };

  return {
    get(key) {
      const entry = added[key] ?? index[key];
      if (!Array.isArray(entry) || !PACK.test(String(entry[0]))) return undefined;
      try {
        const bytes = read(entry);
        return (bytes && decodePrepared(bytes)) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const bytes = encodePrepared(value);
      if (!pack) {
        mkdirSync(dir, { recursive: true });
        const name = `pack-${randomBytes(8).toString("hex")}.bin`;
        pack = { name, fd: openSync(path.join(dir, name), "w"), end: 0 };
      }
      let written = 0;
      while (written < bytes.length) written += writeSync(pack.fd, bytes, written, bytes.length - written);
      added[key] = [pack.name, pack.end, bytes.length];
      pack.end += bytes.length;
    },
    close() {
      for (const fd of readers.values()) closeSync(fd);
      readers.clear();
      if (!pack) return;
      closeSync(pack.fd);
      pack = null;
      // Results of earlier versions, one JSON file per article, are never read again.
      for (const name of readdirSync(dir)) if (LEGACY.test(name)) rmSync(path.join(dir, name), { force: true });
      // Another run may have indexed entries meanwhile: keep them, with this run's on top.
      const merged: Index = { ...readIndex(dir), ...added };
      writeAtomically(path.join(dir, INDEX), JSON.stringify(compact(dir, merged)));
    },
  };
}

/** Rewrites the live entries into one new pack when the packs hold more dead bytes than live ones. */
function compact(dir: string, index: Index): Index {
  const packs = readdirSync(dir).filter((n) => PACK.test(n));
  const live = Object.values(index).reduce((n, [, , length]) => n + length, 0);
  const total = packs.reduce((n, name) => n + statSync(path.join(dir, name)).size, 0);
  if (total - live < Math.max(DEAD_MIN_BYTES, live * DEAD_RATIO)) return index;
  const name = `pack-${randomBytes(8).toString("hex")}.bin`;
  const fd = openSync(path.join(dir, name), "w");
  const out: Index = {};
  let end = 0;
  try {
    const readers = new Map<string, number>();
    for (const [key, [pack, offset, length]] of Object.entries(index)) {
      let from = readers.get(pack);
      if (from === undefined) {
        try {
          readers.set(pack, (from = openSync(path.join(dir, pack), "r")));
        } catch {
          continue;
        }
      }
      const bytes = Buffer.allocUnsafe(length);
      if (readSync(from, bytes, 0, length, offset) !== length) continue;
      writeSync(fd, bytes, 0, length, end);
      out[key] = [name, end, length];
      end += length;
    }
    for (const r of readers.values()) closeSync(r);
  } finally {
    closeSync(fd);
  }
  for (const old of packs) rmSync(path.join(dir, old), { force: true });
  return out;
}
