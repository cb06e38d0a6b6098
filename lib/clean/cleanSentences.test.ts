import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { cleanSentences } from "./cleanSentences";
import { article, articleFiles } from "./testFixtures";

/** Raw text as the cleaned sentence should read it: repaired, straight quotes, single spaces. */
function asCleaned(raw: string): string {
  const repaired = /[À-ÿ]{3}/.test(raw) ? iconv.decode(iconv.encode(raw, "win1252"), "win1251") : raw;
  return repaired
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

describe("cleanSentences", () => {
  it.each(articleFiles)("%s: every sentence maps back to the same words in the raw body", (file) => {
    const a = article(file);
    const { cleaned, sentences } = cleanSentences(a.body, { title: a.title });
    expect(sentences.length).toBeGreaterThan(5);
    for (const s of sentences) {
      expect(cleaned.text.slice(s.start, s.end)).toBe(s.text);
      expect(asCleaned(a.body.slice(cleaned.toRaw(s.start), cleaned.toRaw(s.end - 1) + 1))).toBe(s.text);
      expect(asCleaned(a.body.slice(s.rawStart, s.rawEnd))).toBe(s.text);
    }
  });

  it("numbers paragraphs by cleaned line", () => {
    const { sentences } = cleanSentences("Talks began. They ended.\n\nOther News\nRead this\n");
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ["Talks began.", 0],
      ["They ended.", 0],
    ]);
  });

  it("gives the whole raw span of characters that several raw characters produced", () => {
    const raw = "<p>Peskov said it&#8217;s over&hellip;</p><p>Talks itâ€™s done.</p>";
    const { sentences } = cleanSentences(raw);
    expect(sentences.map((s) => [s.text, raw.slice(s.rawStart, s.rawEnd)])).toEqual([
      ["Peskov said it's over…", "Peskov said it&#8217;s over&hellip;"],
      ["Talks it's done.", "Talks itâ€™s done."],
    ]);
  });
});
