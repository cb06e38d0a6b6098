import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BlockWriter, readAt } from "./fileBlocks";

/** Bytes kept in memory before the rest go to a scratch file. */
const MEMORY_BUDGET = 32 * 1024 * 1024;

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
    writer: BlockWriter;
    starts: number[];
    lengths: number[];
    /** the first text in the file; every later one is there too */
    first: number;
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
    s.starts.push(s.writer.append(text));
    s.lengths.push(text.length);
    return i;
  }

  get(i: number): Buffer {
    if (i < 0 || i >= this.texts.length) throw new RangeError(`no mention ${i} in a store of ${this.texts.length}`);
    const s = this.spill;
    if (!s || i < s.first) return this.texts[i]!;
    s.writer.flush();
    const k = i - s.first;
    const text = readAt(s.fd, s.starts[k]!, s.lengths[k]!);
    if (!text) throw new Error(`the scratch file of mentions ends before mention ${i}`);
    return text;
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
    return { dir, fd, writer: new BlockWriter(fd), starts: [], lengths: [], first };
  }
}
