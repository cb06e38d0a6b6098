import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { ExtractionCache } from "./extractCorpus";
import { BlockWriter, readAt } from "./fileBlocks";
import { decodePrepared, encodePrepared } from "./prepareArticle";
import { writeAtomically } from "./writeAtomically";

const INDEX = "index.json";
const PACK = /^pack-[0-9a-f]+\.bin$/;
const LEGACY = /^[0-9a-f]{40}\.json$/;
/** Packs are rewritten with only the entries still indexed once they hold this much more. */
const DEAD_RATIO = 1;
const DEAD_MIN_BYTES = 1 << 20;

/** key → [pack file, offset, length] */
type Entry = [string, number, number];
type Index = Record<string, Entry>;

function readIndex(dir: string): Index {
  try {
    const index = JSON.parse(readFileSync(path.join(dir, INDEX), "utf8")) as unknown;
    return index && typeof index === "object" && !Array.isArray(index) ? (index as Index) : {};
  } catch {
    return {};
  }
}

/** Pack files of a cache folder opened for reading, each once. */
function packReaders(dir: string) {
  const open = new Map<string, number>();
  return {
    read([name, offset, length]: Entry): Buffer | null {
      let fd = open.get(name);
      if (fd === undefined) open.set(name, (fd = openSync(path.join(dir, name), "r")));
      return readAt(fd, offset, length);
    },
    close() {
      for (const fd of open.values()) closeSync(fd);
      open.clear();
    },
  };
}

/** A new pack file, appended to in blocks. */
function newPack(dir: string) {
  const name = `pack-${randomBytes(8).toString("hex")}.bin`;
  const fd = openSync(path.join(dir, name), "w");
  return { name, fd, writer: new BlockWriter(fd) };
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
  const packs = packReaders(dir);
  let pack: ReturnType<typeof newPack> | null = null;

  return {
    get(key) {
      const entry = added[key] ?? index[key];
      if (!Array.isArray(entry) || !PACK.test(String(entry[0]))) return undefined;
      try {
        if (entry[0] === pack?.name) pack.writer.flush();
        const bytes = packs.read(entry);
        return (bytes && decodePrepared(bytes)) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const bytes = encodePrepared(value);
      if (!pack) {
        mkdirSync(dir, { recursive: true });
        pack = newPack(dir);
      }
      added[key] = [pack.name, pack.writer.append(bytes), bytes.length];
    },
    close() {
      packs.close();
      if (!pack) return;
      pack.writer.flush();
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
  const pack = newPack(dir);
  const from = packReaders(dir);
  const out: Index = {};
  try {
    for (const [key, entry] of Object.entries(index)) {
      let bytes: Buffer | null = null;
      try {
        bytes = from.read(entry);
      } catch {
        // a pack gone missing: its entries are misses
      }
      if (bytes) out[key] = [pack.name, pack.writer.append(bytes), bytes.length];
    }
    pack.writer.flush();
  } finally {
    from.close();
    closeSync(pack.fd);
  }
  for (const old of packs) rmSync(path.join(dir, old), { force: true });
  return out;
}
