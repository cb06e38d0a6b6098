import { readSync, writeSync } from "node:fs";

/** Pieces are handed to the file system in blocks of about this many bytes. */
const BLOCK = 1 << 20;

/** Writes all of `bytes` at `position`: writeSync may write fewer bytes than asked. */
function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let written = 0; written < bytes.length;)
    written += writeSync(fd, bytes, written, bytes.length - written, position + written);
}

/**
 * Appends bytes to an open file in blocks, not one system call per piece, and says where each
 * piece starts. Pieces are copied into one block that is reused from flush to flush: fresh
 * memory is what costs most when a run writes a large file (each new page is a fault), and
 * the caller may reuse a piece's bytes once `append` returns. Call `flush` before reading back
 * what was appended, and before closing.
 */
export class BlockWriter {
  private readonly block: Buffer;
  private used = 0;
  private flushed: number;

  /** `start`: where in the file the first piece goes. */
  constructor(
    private readonly fd: number,
    start = 0,
    blockSize = BLOCK,
  ) {
    this.flushed = start;
    this.block = Buffer.allocUnsafe(blockSize);
  }

  /** Where the next piece will start. */
  get end(): number {
    return this.flushed + this.used;
  }

  /** Returns where `piece` (a string is written as UTF-8) starts in the file. */
  append(piece: Uint8Array | string): number {
    const at = this.end;
    const room = this.block.length - this.used;
    // A UTF-16 unit takes at most three bytes in UTF-8.
    const most = typeof piece === "string" ? piece.length * 3 : piece.length;
    if (most > room) {
      this.flush();
      if (most > this.block.length) {
        const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
        writeAll(this.fd, bytes, this.flushed);
        this.flushed += bytes.length;
        return at;
      }
    }
    if (typeof piece === "string") this.used += this.block.write(piece, this.used, "utf8");
    else {
      this.block.set(piece, this.used);
      this.used += piece.length;
    }
    return at;
  }

  /**
   * Appends `length` bytes of another open file from `offset`, read straight into the block;
   * throws when that file ends first.
   */
  copyFrom(fd: number, offset: number, length: number): void {
    for (let done = 0; done < length;) {
      if (this.used === this.block.length) this.flush();
      const n = readSync(
        fd,
        this.block,
        this.used,
        Math.min(length - done, this.block.length - this.used),
        offset + done,
      );
      if (n === 0) throw new Error(`the file copied from ends ${length - done} bytes short`);
      this.used += n;
      done += n;
    }
  }

  flush(): void {
    if (!this.used) return;
    writeAll(this.fd, this.block.subarray(0, this.used), this.flushed);
    this.flushed += this.used;
    this.used = 0;
  }
}

/**
 * `length` bytes at `offset` of an open file, or null when the file is shorter. They are read
 * into `into` when given (a ReadBuffer's), else into new memory.
 */
export function readAt(fd: number, offset: number, length: number, into?: ReadBuffer): Buffer | null {
  const bytes = into ? into.take(length) : Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, offset + read);
    if (n === 0) return null;
    read += n;
  }
  return bytes;
}

/**
 * One buffer for reads that are used at once (parsed, or copied into a BlockWriter), so that
 * reading a large file does not touch new memory for every piece. What `take` gives is
 * overwritten by the next read into it.
 */
export class ReadBuffer {
  private bytes = Buffer.allocUnsafe(1 << 16);

  take(length: number): Buffer {
    if (length > this.bytes.length) this.bytes = Buffer.allocUnsafe(Math.max(length, this.bytes.length * 2));
    return this.bytes.subarray(0, length);
  }
}
