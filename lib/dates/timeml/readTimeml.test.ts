import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTimeml } from "./readTimeml";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("readTimeml", () => {
  it("reads the creation time, the plain text and each TIMEX3 as offsets into it", () => {
    const doc = readTimeml("wire", fixture("wire/WIRE20240315.tml"));
    expect(doc.dct).toBe("2024-03-15");
    expect(doc.text).not.toMatch(/<|&quot;/);
    expect(doc.text).toContain('both sides "see a path" to a deal');
    expect(doc.timexes).toHaveLength(9);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.timexes[0]).toMatchObject({ text: "Tuesday", type: "DATE", value: "2024-03-12" });
    expect(doc.timexes.map((t) => t.type)).toEqual([
      "DATE",
      "DATE",
      "DATE",
      "DURATION",
      "DURATION",
      "TIME",
      "SET",
      "DATE",
      "DATE",
    ]);
  });

  it("keeps a modifier and decodes entities before offsets are counted", () => {
    const doc = readTimeml("biz", fixture("business/BIZ19891102.tml"));
    const early = doc.timexes.find((t) => t.text === "early 1990");
    expect(early).toMatchObject({ value: "1990", mod: "START" });
    expect(doc.text).toContain("fell 8% & the company");
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it("skips empty TIMEX3s and reads a document without a creation time", () => {
    const doc = readTimeml(
      "x",
      '<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="2024"></TIMEX3>Monday <TIMEX3 tid="t2" type="DATE" value="XXXX-WXX-1">Monday</TIMEX3></TEXT></TimeML>',
    );
    expect(doc.dct).toBeNull();
    expect(doc.timexes).toEqual([{ start: 10, end: 16, text: "Monday", type: "DATE", value: "XXXX-WXX-1" }]);
  });

  it("names the file when the document is malformed", () => {
    expect(() => readTimeml("a.tml", "<TimeML></TimeML>")).toThrow(/a\.tml: no <TEXT>/);
    expect(() => readTimeml("b.tml", '<TEXT><TIMEX3 tid="t1" type="DATE" value="2024">2024</TEXT>')).toThrow(
      /b\.tml: a TIMEX3 is never closed/,
    );
    expect(() => readTimeml("c.tml", '<TEXT><TIMEX3 tid="t1" type="DAY" value="2024">2024</TIMEX3></TEXT>')).toThrow(
      /c\.tml: TIMEX3 t1 has no valid type/,
    );
  });
});
