import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BlockWriter, readAt } from "./fileBlocks";

describe("BlockWriter and readAt", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("says where each piece starts, across blocks, and reads back what was flushed", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-blocks-"));
    const fd = openSync(path.join(dir, "f"), "w+");
    const out = new BlockWriter(fd);
    const big = Buffer.alloc(1_500_000, 0x61);
    const at = [Buffer.from("Genève — “talks”"), big, Buffer.from("tail")].map((b) => out.append(b));
    expect(at).toEqual([0, Buffer.byteLength("Genève — “talks”"), Buffer.byteLength("Genève — “talks”") + big.length]);
    out.flush();
    expect(readAt(fd, at[0]!, at[1]!)?.toString()).toBe("Genève — “talks”");
    expect(readAt(fd, at[2]!, 4)?.toString()).toBe("tail");
    expect(readAt(fd, at[2]!, 5)).toBeNull();
    closeSync(fd);
  });
});
