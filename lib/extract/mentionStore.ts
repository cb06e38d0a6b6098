import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BlockWriter, ReadBuffer, readAt } from "./fileBlocks";

/** Bytes kept in memory before the rest go to a scratch file. */
const MEMORY_BUDGET = 32 * 1024 * 1024;

/** Where a text already lies in a file (a cache pack): the store reads it there when asked. */
export interface StoredText {
  file: string;
  offset: number;
  length: number;
}

/**
 * Every mention's event, from the moment its article is read until its merge group is
 * assembled, as the UTF-8 bytes of its JSON text: far smaller than the objects, outside the
 * garbage-collected heap, and written to the output as they are. A text that is already in a
 * file is only pointed at; past a budget, the others go to a scratch file. Either way they are
 * read back by offset, so a large corpus costs disk, not memory. Texts are numbered in the
 * order they were added.
 */
export class MentionStore {
  /** texts in memory, by number; null for a text in a file */
  private readonly texts: (Buffer | null)[] = [];
  /** for a text in a file: its file descriptor, offset and length */
  private readonly fds: number[] = [];
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private inMemory = 0;
  /** files opened for stored texts, by path: opened when first pointed at, so they may be replaced meanwhile */
  private readonly files = new Map<string, number>();
  private spill: { dir: string; fd: number; writer: BlockWriter } | null = null;
  private readonly reads = new ReadBuffer();

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
  add(text: Buffer | StoredText): number {
    const i = this.texts.length;
    if (!Buffer.isBuffer(text)) {
      let fd = this.files.get(text.file);
      if (fd === undefined) this.files.set(text.file, (fd = openSync(text.file, "r")));
      this.point(fd, text.offset, text.length);
    } else if (!this.spill && this.inMemory + text.length <= (this.options.budget ?? MEMORY_BUDGET)) {
      this.texts.push(text);
      this.fds.push(-1);
      this.offsets.push(0);
      this.lengths.push(0);
      this.inMemory += text.length;
    } else {
      const s = (this.spill ??= this.open());
      this.point(s.fd, s.writer.append(text), text.length);
    }
    return i;
  }

  /** Text `i`; one read from a file is overwritten by the next, so use it (or copy it) at once. */
  get(i: number): Buffer {
    if (i < 0 || i >= this.texts.length) throw new RangeError(`no mention ${i} in a store of ${this.texts.length}`);
    const inMemory = this.texts[i];
    if (inMemory) return inMemory;
    const fd = this.fds[i]!;
    if (fd === this.spill?.fd) this.spill.writer.flush();
    const text = readAt(fd, this.offsets[i]!, this.lengths[i]!, this.reads);
    if (!text) throw new Error(`the file holding mention ${i} ends before its text`);
    return text;
  }

  /** Lets go of the texts, closes the files and removes the scratch file, if one was made; the store is empty afterwards. */
  close(): void {
    for (const list of [this.texts, this.fds, this.offsets, this.lengths]) list.length = 0;
    this.inMemory = 0;
    const fds = [...this.files.values()];
    this.files.clear();
    const spill = this.spill;
    this.spill = null;
    try {
      for (const fd of fds) closeSync(fd);
      if (spill) closeSync(spill.fd);
    } finally {
      if (spill) rmSync(spill.dir, { recursive: true, force: true });
    }
  }

  private point(fd: number, offset: number, length: number): void {
    this.texts.push(null);
    this.fds.push(fd);
    this.offsets.push(offset);
    this.lengths.push(length);
  }

  private open(): NonNullable<MentionStore["spill"]> {
    const dir = mkdtempSync(path.join(this.options.dir ?? tmpdir(), "signals-mentions-"));
    const fd = openSync(path.join(dir, "mentions"), "w+");
    return { dir, fd, writer: new BlockWriter(fd) };
  }
}
