import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** Pieces are handed to the file system in blocks of about this many bytes. */
const BLOCK = 1 << 20;

/**
 * Writes what `produce` hands to `write`, piece by piece, through a temporary file and a
 * rename, so a crash or an error in `produce` never leaves a half-written output, and a
 * large output is never one string in memory.
 */
export function writeAtomicallyStreaming(
  file: string,
  produce: (write: (piece: string | Uint8Array) => void) => void,
): void {
  const dir = path.dirname(path.resolve(file));
  mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = openSync(tmp, "w");
  try {
    let pending: Uint8Array[] = [];
    let size = 0;
    const flush = () => {
      const block = Buffer.concat(pending, size);
      let written = 0;
      while (written < size) written += writeSync(fd, block, written, size - written);
      pending = [];
      size = 0;
    };
    produce((piece) => {
      const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      pending.push(bytes);
      size += bytes.length;
      if (size >= BLOCK) flush();
    });
    flush();
    closeSync(fd);
    renameSync(tmp, file);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // already closed: the rename failed
    }
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves a half-written output. */
export function writeAtomically(file: string, text: string | Uint8Array): void {
  writeAtomicallyStreaming(file, (write) => write(text));
}
