import { readSync, writeSync } from "node:fs";

/** Pieces are handed to the file system in blocks of about this many bytes. */
const BLOCK = 1 << 20;

/**
 * Appends bytes to an open file in blocks, not one system call per piece, and says where each
 * piece starts. Call `flush` before reading back what was appended, and before closing.
 */
export class BlockWriter {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private flushed: number;

  /** `start`: where in the file the first piece goes. */
  constructor(
    private readonly fd: number,
    start = 0,
  ) {
    this.flushed = start;
  }

  /** Where the next piece will start. */
  get end(): number {
    return this.flushed + this.pendingBytes;
  }

  /** Returns where `bytes` start in the file. */
  append(bytes: Uint8Array): number {
    const at = this.end;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= BLOCK) this.flush();
    return at;
  }

  flush(): void {
    if (!this.pendingBytes) return;
    const block = Buffer.concat(this.pending, this.pendingBytes);
    // writeSync may write fewer bytes than asked.
    for (let written = 0; written < block.length;)
      written += writeSync(this.fd, block, written, block.length - written, this.flushed + written);
    this.flushed += block.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** `length` bytes at `offset` of an open file, or null when the file is shorter. */
export function readAt(fd: number, offset: number, length: number): Buffer | null {
  const bytes = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, offset + read);
    if (n === 0) return null;
    read += n;
  }
  return bytes;
}
