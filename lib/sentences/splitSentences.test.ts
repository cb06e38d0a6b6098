import { describe, expect, it } from "vitest";
import { splitSentences } from "./splitSentences";

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe("splitSentences", () => {
  it("does not split after initials, titles, months or U.S.", () => {
    expect(
      texts(
        "President Vladimir V. Putin’s confidence seems to know no bounds. Bolstered by Ukraine’s failed counteroffensive, he waits. But William J. Burns, director of the CIA, and Sergei Naryshkin met. However, U.S. Secretary of State Anthony Blinken, speaking in Kyiv last week, told reporters.",
      ),
    ).toEqual([
      "President Vladimir V. Putin’s confidence seems to know no bounds.",
      "Bolstered by Ukraine’s failed counteroffensive, he waits.",
      "But William J. Burns, director of the CIA, and Sergei Naryshkin met.",
      "However, U.S. Secretary of State Anthony Blinken, speaking in Kyiv last week, told reporters.",
    ]);
    expect(texts("Gen. Syrskyi met Mr. Umerov on Jan. 5 in Kyiv. They talked.")).toHaveLength(2);
  });

  it("does not split a dateline that puts a stop after its city ('KYIV. April 22 (Agency) –')", () => {
    expect(texts("MINSK. May 3 (Wire) – The envoys met. They talked.")).toEqual([
      "MINSK. May 3 (Wire) – The envoys met.",
      "They talked.",
    ]);
    // not inside a paragraph, and not before a word that is no day of the month
    expect(texts("The envoys met in MINSK. May 3 was the date.")).toHaveLength(2);
    expect(texts("NATO. Allies met.")).toHaveLength(2);
  });

  it("keeps a quoted sentence with its attribution", () => {
    expect(
      texts(
        '"Putin can fight as long as he needs to, but Putin is also ready for a ceasefire – to freeze the war," said another senior Russian source. Reuters added more.',
      ),
    ).toHaveLength(2);
    expect(texts("“We’re not going to give up what’s ours,” he declared. Then he left.")).toEqual([
      "“We’re not going to give up what’s ours,” he declared.",
      "Then he left.",
    ]);
  });

  it("ends sentences inside a long quotation", () => {
    const s = texts(
      '"They are saying: "We are ready to negotiate a ceasefire". They want to stay where they are on the battlefield," said a senior official who met with Moscow this fall.',
    );
    expect(s).toEqual([
      '"They are saying: "We are ready to negotiate a ceasefire".',
      'They want to stay where they are on the battlefield," said a senior official who met with Moscow this fall.',
    ]);
  });

  it("ends sentences at line breaks and numbers paragraphs", () => {
    const out = splitSentences("Headline without stop\nFirst. Second.\n\nThird");
    expect(out.map((s) => [s.text, s.paragraph])).toEqual([
      ["Headline without stop", 0],
      ["First.", 1],
      ["Second.", 1],
      ["Third", 2],
    ]);
  });

  it("reports offsets that point back into the text", () => {
    const text = "  One thing. Another thing.  ";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps decimals and numbers together", () => {
    expect(texts("Prices rose 3.5 percent. Then fell.")).toHaveLength(2);
  });

  it("ends a sentence whose space to the next one was lost in scraping", () => {
    expect(texts("The envoys signed the deal in the capital.Both sides had initialled it in May.")).toEqual([
      "The envoys signed the deal in the capital.",
      "Both sides had initialled it in May.",
    ]);
    expect(texts("Envoys flew to St.Petersburg and met U.S.Officials.")).toHaveLength(1);
    expect(texts("Read it on example.com today.")).toHaveLength(1);
  });
});
