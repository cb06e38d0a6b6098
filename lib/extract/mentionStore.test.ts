import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SignalEvent } from "../model/schema";
import { MentionStore } from "./mentionStore";

const event = (i: number, sentence: string): SignalEvent => ({
  id: `e${i}`,
  aliases: [],
  date: { start: "2025-03-01", end: "2025-03-01", precision: "day", text: "on Saturday", basis: "explicit" },
  type: "talks",
  codes: { cameo: "04", plover: "CONSULT" },
  modality: "asserted",
  actors: [{ id: "ukraine", role: "subject" }],
  positions: [],
  summary: sentence,
  sources: [{ article: "a", sentence, attribution: "outlet", speaker: null }],
});

const bytes = (e: SignalEvent) => Buffer.from(JSON.stringify(e), "utf8");

// Multi-byte text: offsets in the scratch file are bytes, not characters.
const sentences = ["Зеленський met envoys in Riyadh.", "Talks in Genève resumed — “at last”.", "Plain ASCII text."];

describe("MentionStore", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("gives back each event as added, from memory and, past the budget, from a scratch file it removes on close", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-store-"));
    const store = new MentionStore({ budget: 1500, dir });
    const added = Array.from({ length: 30 }, (_, i) => event(i, sentences[i % 3]!));
    for (const e of added) store.add(bytes(e));
    expect(readdirSync(dir)).toHaveLength(1);
    // Out of order, as merge groups read them, and each more than once.
    for (const i of [29, 0, 14, 3, 29, 1, 28]) expect(JSON.parse(store.get(i).toString())).toEqual(added[i]);
    store.add(bytes(event(30, "Added after reading.")));
    expect(JSON.parse(store.get(30).toString()).summary).toBe("Added after reading.");
    expect(() => store.get(31)).toThrow(RangeError);
    store.close();
    expect(readdirSync(dir)).toEqual([]);
    expect(store.length).toBe(0);
  });

  it("reads a text that is already in a file where it lies, even once the file is replaced", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-store-"));
    const file = path.join(dir, "pack");
    const texts = [bytes(event(0, sentences[0]!)), bytes(event(1, sentences[1]!))];
    writeFileSync(file, Buffer.concat([Buffer.from("head\n"), ...texts]));
    const store = new MentionStore({ dir });
    store.add({ file, offset: 5 + texts[0]!.length, length: texts[1]!.length });
    store.add(bytes(event(2, sentences[2]!)));
    store.add({ file, offset: 5, length: texts[0]!.length });
    // A cache compacting its packs removes the file the store points into.
    rmSync(file);
    expect([0, 1, 2].map((i) => JSON.parse(store.get(i).toString()).id)).toEqual(["e1", "e2", "e0"]);
    expect(() => store.add({ file: path.join(dir, "gone"), offset: 0, length: 1 })).toThrow(/ENOENT/);
    store.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("makes no scratch file while the mentions fit the budget", () => {
    dir = mkdtempSync(path.join(tmpdir(), "signals-store-"));
    const store = new MentionStore({ dir });
    for (let i = 0; i < 100; i++) store.add(bytes(event(i, sentences[0]!)));
    expect(JSON.parse(store.get(99).toString()).id).toBe("e99");
    expect(readdirSync(dir)).toEqual([]);
    store.close();
  });
});
