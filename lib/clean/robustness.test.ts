import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanBody, type CleanedText } from "./cleanBody";
import { cleanSentences } from "./cleanSentences";
import { article } from "./testFixtures";

function checkMap(raw: string, cleaned: CleanedText): void {
  let previous = 0;
  for (let i = 0; i <= cleaned.text.length; i++) {
    const at = cleaned.toRaw(i);
    expect(Number.isInteger(at)).toBe(true);
    expect(at).toBeGreaterThanOrEqual(previous);
    expect(at).toBeLessThanOrEqual(raw.length);
    previous = at;
  }
  expect(cleaned.toRaw(-1)).toBe(cleaned.toRaw(0));
  expect(cleaned.toRaw(Number.NaN)).toBe(cleaned.toRaw(0));
  expect(cleaned.toRaw(Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(raw.length);
}

// Pieces that reach the interesting paths far more often than uniformly random strings do.
const fragment = fc.constantFrom(
  "Öåé òåêñò ",
  "Ã©",
  "â€™",
  "Ð¿Ñ€",
  "<p>",
  "</p>",
  "<script>",
  "<!--",
  "&amp;",
  "&#8217;",
  "&#x0;",
  "\r\n",
  "\n\n",
  "Other News\n",
  "Read also\n",
  "…\n",
  "1 Min Read 0 67\n",
  "Eric Hill",
  "Source: X\n",
  "“",
  "’",
  "\ud800",
  "\udc00",
  "\u00a0",
  "\ufffd",
  " ",
  "Talks began. ",
);
const mixed = fc.array(fc.oneof(fragment, fc.string()), { maxLength: 40 }).map((parts) => parts.join(""));

describe("robustness", () => {
  it.each([
    ["binary strings", fc.string({ unit: "binary" })],
    ["grapheme strings", fc.string({ unit: "grapheme" })],
    ["scraped-looking fragments", mixed],
  ])("never throws and maps monotonically on %s", (_name, strings) => {
    fc.assert(
      fc.property(strings, fc.option(fc.string(), { nil: undefined }), (raw, title) => {
        const cleaned = cleanBody(raw, { title });
        checkMap(raw, cleaned);
        expect(cleaned.text).not.toMatch(/\n\n|^\n|\n$|^ | $|\n | \n/);
        const { sentences } = cleanSentences(raw, { title });
        for (const s of sentences) {
          expect(s.rawStart).toBeLessThanOrEqual(s.rawEnd);
          expect(s.rawEnd).toBeLessThanOrEqual(raw.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a repeated article", () => article("obozrevatel").body.repeat(700)],
    ["one mis-decoded line", () => "Öåé òåêñò òàêîæ ".repeat(300_000)],
    ["unclosed tags and references", () => "<p>a</p><script><!--&amp;".repeat(200_000)],
    [
      "random bytes",
      () => String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536)).repeat(1000),
    ],
  ])("handles 5 MB of %s without throwing", (_name, make) => {
    const raw = make().slice(0, 5 * 1024 * 1024);
    const { cleaned, sentences } = cleanSentences(raw);
    expect(cleaned.warnings[0]).toMatch(/characters long/);
    expect(cleaned.toRaw(cleaned.text.length)).toBeLessThanOrEqual(raw.length);
    expect(sentences.every((s) => s.rawEnd <= raw.length)).toBe(true);
  });
});
