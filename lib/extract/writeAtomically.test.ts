import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeAtomically, writeAtomicallyStreaming } from "./writeAtomically";

describe("writeAtomicallyStreaming", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every piece, in order, larger than one block too", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-write-"));
    const file = path.join(dir, "out", "events.json");
    const piece = "é".repeat(300_000);
    writeAtomicallyStreaming(file, (write) => {
      for (let i = 0; i < 5; i++) write(`${i}${piece}`);
    });
    const text = readFileSync(file, "utf8");
    expect(text.length).toBe(5 * 300_001);
    expect([0, 1, 2, 3, 4].map((i) => text[i * 300_001])).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("keeps the old file and leaves no temporary one when producing fails half-way", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-write-"));
    const file = path.join(dir, "events.json");
    writeFileSync(file, "old");
    expect(() =>
      writeAtomicallyStreaming(file, (write) => {
        write("x".repeat(2_000_000));
        throw new Error("extractor broke");
      }),
    ).toThrow("extractor broke");
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["events.json"]);
    writeAtomically(file, "new");
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
