import { closeSync, mkdirSync, openSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { BlockWriter } from "./fileBlocks";

/**
 * Writes what `produce` hands to `write`, piece by piece, through a temporary file and a
 * rename, so a crash or an error in `produce` never leaves a half-written output, and a
 * large output is never one string in memory. `produce` may also append through the writer
 * itself (to copy from another file).
 */
export function writeAtomicallyStreaming(
  file: string,
  produce: (write: (piece: string | Uint8Array) => void, out: BlockWriter) => void,
): void {
  const dir = path.dirname(path.resolve(file));
  mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = openSync(tmp, "w");
  try {
    const out = new BlockWriter(fd);
    produce((piece) => out.append(piece), out);
    out.flush();
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
