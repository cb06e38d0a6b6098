import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BlockWriter, ReadBuffer, readAt } from "./fileBlocks";

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

  it("copies each piece, so the caller may reuse it, and writes strings as UTF-8 across small blocks", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-blocks-"));
    const file = path.join(dir, "f");
    const fd = openSync(file, "w+");
    const out = new BlockWriter(fd, 0, 16);
    const piece = Buffer.from("Kyiv");
    const pieces = ["Зеленський", piece, " — “talks” in Genève", "x".repeat(40), "."];
    const at = pieces.map((p) => out.append(p));
    piece.write("XXXX");
    out.flush();
    closeSync(fd);
    const expected = ["Зеленський", "Kyiv", " — “talks” in Genève", "x".repeat(40), "."].join("");
    expect(readFileSync(file, "utf8")).toBe(expected);
    expect(at[2]).toBe(Buffer.byteLength("ЗеленськийKyiv"));
  });

  it("reads into one reused buffer when given one", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-blocks-"));
    const fd = openSync(path.join(dir, "f"), "w+");
    const out = new BlockWriter(fd);
    out.append("first second");
    out.flush();
    const reads = new ReadBuffer();
    const a = readAt(fd, 0, 5, reads)!;
    expect(a.toString()).toBe("first");
    const b = readAt(fd, 6, 6, reads)!;
    expect(b.toString()).toBe("second");
    // The first read's bytes were overwritten: use a read at once.
    expect(a.buffer).toBe(b.buffer);
    closeSync(fd);
  });

  it("copies a range of another file straight into its blocks, and says when that file is too short", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-blocks-"));
    const source = path.join(dir, "source");
    writeFileSync(source, "0123456789abcdefghijklmnopqrstuvwxyz");
    const from = openSync(source, "r");
    const fd = openSync(path.join(dir, "f"), "w+");
    const out = new BlockWriter(fd, 0, 8);
    out.append("<");
    out.copyFrom(from, 10, 20);
    out.append(">");
    expect(() => out.copyFrom(from, 30, 10)).toThrow(/4 bytes short/);
    out.flush();
    expect(readFileSync(path.join(dir, "f"), "utf8")).toBe("<abcdefghijklmnopqrst>uvwxyz");
    closeSync(from);
    closeSync(fd);
  });
});
