import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Bytes kept in memory before the rest go to a scratch file. */
const MEMORY_BUDGET = 32 * 1024 * 1024;
/** The scratch file is written in blocks, not one system call per text. */
const WRITE_BLOCK = 1 << 20;

/**
 * Every mention's event, from the moment its article is read until its merge group is
 * assembled, as the UTF-8 bytes of its JSON text: far smaller than the objects, outside the
 * garbage-collected heap, and written to the output as they are. Past a budget they go to a
 * scratch file and are read back by offset, so a large corpus costs disk, not memory. Texts
 * are numbered in the order they were added.
 */
export class MentionStore {
  /** texts in memory, by number; past the budget, undefined and in the file */
  private readonly texts: (Buffer | undefined)[] = [];
  private inMemory = 0;
  private spill: {
    dir: string;
    fd: number;
    starts: number[];
    lengths: number[];
    /** the first text in the file; every later one is there too */
    first: number;
    end: number;
    pending: Buffer[];
    pendingBytes: number;
  } | null = null;

  constructor(
    private readonly options: {
      /** bytes kept in memory before spilling */
      budget?: number;
      /** where the scratch folder is made (the system's temporary folder by default) */
      dir?: string;
    } = {},
  ) {}

  get length(): number {
    return this.texts.length;
  }

  /** Keeps `text` as it is (not a copy), so the caller must not change it afterwards. */
  add(text: Buffer): number {
    const i = this.texts.length;
    if (!this.spill && this.inMemory + text.length <= (this.options.budget ?? MEMORY_BUDGET)) {
      this.texts.push(text);
      this.inMemory += text.length;
      return i;
    }
    this.texts.push(undefined);
    const s = (this.spill ??= this.open(i));
    s.starts.push(s.end + s.pendingBytes);
    s.lengths.push(text.length);
    s.pending.push(text);
    s.pendingBytes += text.length;
    if (s.pendingBytes >= WRITE_BLOCK) this.flush();
    return i;
  }

  get(i: number): Buffer {
    if (i < 0 || i >= this.texts.length) throw new RangeError(`no mention ${i} in a store of ${this.texts.length}`);
    const s = this.spill;
    if (!s || i < s.first) return this.texts[i]!;
    if (s.pendingBytes) this.flush();
    const k = i - s.first;
    const buffer = Buffer.allocUnsafe(s.lengths[k]!);
    readSync(s.fd, buffer, 0, buffer.length, s.starts[k]!);
    return buffer;
  }

  /** Lets go of the texts and removes the scratch file, if one was made; the store is empty afterwards. */
  close(): void {
    this.texts.length = 0;
    this.inMemory = 0;
    if (!this.spill) return;
    try {
      closeSync(this.spill.fd);
    } finally {
      rmSync(this.spill.dir, { recursive: true, force: true });
      this.spill = null;
    }
  }

  private open(first: number): NonNullable<MentionStore["spill"]> {
    const dir = mkdtempSync(path.join(this.options.dir ?? tmpdir(), "signals-mentions-"));
    const fd = openSync(path.join(dir, "mentions"), "w+");
    return { dir, fd, starts: [], lengths: [], first, end: 0, pending: [], pendingBytes: 0 };
  }

  private flush(): void {
    const s = this.spill!;
    const block = Buffer.concat(s.pending, s.pendingBytes);
    let written = 0;
    while (written < block.length) written += writeSync(s.fd, block, written, block.length - written, s.end + written);
    s.end += block.length;
    s.pending = [];
    s.pendingBytes = 0;
  }
}
