import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { ExtractionCache } from "./extractCorpus";
import { BlockWriter, ReadBuffer, readAt } from "./fileBlocks";
import { decodePrepared, encodePrepared } from "./prepareArticle";
import { writeAtomically } from "./writeAtomically";

const INDEX = "index.json";
/** source stamp → article key, as the last run found them (ExtractionCache.keyOf) */
const STAMPS = "stamps.json";
const PACK = /^pack-[0-9a-f]+\.bin$/;
const LEGACY = /^[0-9a-f]{40}\.json$/;
/** Packs are rewritten with only the entries still indexed once they hold this much more. */
const DEAD_RATIO = 1;
const DEAD_MIN_BYTES = 1 << 20;

/** key → [pack file, offset, length, length of its first line (encodePrepared)] */
type Entry = [string, number, number, number];
type Index = Record<string, Entry>;

/** A JSON object the cache folder keeps; a missing, torn or foreign file reads as empty. */
function readObject(dir: string, name: string): Record<string, unknown> {
  try {
    const value = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const readIndex = (dir: string) => readObject(dir, INDEX) as Index;

const readStamps = (dir: string) =>
  new Map(Object.entries(readObject(dir, STAMPS)).filter((e): e is [string, string] => typeof e[1] === "string"));

const isOffset = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;

/** An index entry this version wrote, naming a pack of the folder (never a path elsewhere). */
function isEntry(entry: unknown): entry is Entry {
  return (
    Array.isArray(entry) &&
    entry.length === 4 &&
    PACK.test(String(entry[0])) &&
    entry.slice(1).every(isOffset) &&
    entry[3] <= entry[2]
  );
}

/** Pack files of a cache folder opened for reading, each once; a read is overwritten by the next. */
function packReaders(dir: string) {
  const open = new Map<string, { fd: number; size: number }>();
  const reads = new ReadBuffer();
  const pack = (name: string) => {
    let p = open.get(name);
    if (!p) {
      const fd = openSync(path.join(dir, name), "r");
      open.set(name, (p = { fd, size: fstatSync(fd).size }));
    }
    return p;
  };
  return {
    /** `length` bytes of an entry from its start, or null when its pack is shorter than the entry */
    read([name, offset, whole]: Entry, length = whole): Buffer | null {
      const { fd, size } = pack(name);
      return offset + whole <= size ? readAt(fd, offset, length, reads) : null;
    },
    close() {
      for (const { fd } of open.values()) closeSync(fd);
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
 *
 * An article read back is its first line (merge keys and all but the events' texts); its
 * events' texts are pointed at where they lie in the pack, and read only when the document is
 * written: a run that re-extracts a few articles reads a fraction of the pack. An article set
 * in this run is given back the same way, so a corpus run holds its texts once, in the pack.
 */
export function fileCache(dir: string): ExtractionCache & { close(): void } {
  const index = readIndex(dir);
  const added: Index = {};
  // Only the stamps this run saw are kept: a file gone or changed drops out.
  const stamps = readStamps(dir);
  const seenStamps = new Map<string, string>();
  const packs = packReaders(dir);
  let pack: ReturnType<typeof newPack> | null = null;

  return {
    get(key) {
      const entry = added[key] ?? index[key];
      if (!isEntry(entry)) return undefined;
      const [name, offset, length, headLength] = entry;
      try {
        if (name === pack?.name) pack.writer.flush();
        const head = packs.read(entry, headLength);
        const file = path.join(dir, name);
        return (
          (head && decodePrepared(head, length, (at, n) => ({ file, offset: offset + at, length: n }))) ?? undefined
        );
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const [head, ...texts] = encodePrepared(value);
      if (!pack) {
        mkdirSync(dir, { recursive: true });
        pack = newPack(dir);
      }
      const offset = pack.writer.append(head!);
      const file = path.join(dir, pack.name);
      let at = head!.length;
      const stored = texts.map((t) => {
        const text = { file, offset: offset + at, length: t.length };
        pack!.writer.append(t);
        at += t.length;
        return text;
      });
      added[key] = [pack.name, offset, at, head!.length];
      return { ...value, mentions: value.mentions.map((m, i) => ({ ...m, text: stored[i]! })) };
    },
    keyOf(stamp) {
      return stamps.get(stamp);
    },
    stamp(stamp, key) {
      seenStamps.set(stamp, key);
    },
    close() {
      packs.close();
      if (seenStamps.size !== stamps.size || [...seenStamps].some(([k, v]) => stamps.get(k) !== v)) {
        try {
          mkdirSync(dir, { recursive: true });
          writeAtomically(path.join(dir, STAMPS), JSON.stringify(Object.fromEntries(seenStamps)));
        } catch {
          // Stamps only spare the next run some reading: without them it reads every file, as before.
        }
      }
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
      if (!isEntry(entry)) continue;
      let bytes: Buffer | null = null;
      try {
        bytes = from.read(entry);
      } catch {
        // a pack gone missing: its entries are misses
      }
      if (bytes) out[key] = [pack.name, pack.writer.append(bytes), bytes.length, entry[3]];
    }
    pack.writer.flush();
  } finally {
    from.close();
    closeSync(pack.fd);
  }
  for (const old of packs) rmSync(path.join(dir, old), { force: true });
  return out;
}
