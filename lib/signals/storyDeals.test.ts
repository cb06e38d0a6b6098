import { describe, expect, it } from "vitest";
import triggers from "../../content/triggers.json";
import { analyseSentence } from "../clauses/analyseSentence";
import { loadLexicon } from "./lexicon";
import { dealsArePlans } from "./storyDeals";

const lex = loadLexicon(triggers);
const story = (...sentences: string[]) =>
  dealsArePlans(
    sentences.map((s) => analyseSentence(s, { reporting: lex.framing })),
    lex,
  );

describe("dealsArePlans", () => {
  it("holds when the deals a story names are all of a matter of their own", () => {
    expect(story("Six powers clinched a nuclear deal with Tehran.", "Lawmakers will review the deal.")).toBe(true);
    expect(story("The ministers signed an agreement on fishing rights.", "The agreement runs for ten years.")).toBe(
      true,
    );
    // (an election deal sets terms for a vote, not a truce)
    expect(story("The government and the opposition reached an electoral deal.", "Both signed it on Monday.")).toBe(
      true,
    );
  });

  it("fails when any deal is the truce's, or no deal says what it is about", () => {
    expect(story("Six powers clinched a nuclear deal with Tehran.", "A peace deal for the region is far off.")).toBe(
      false,
    );
    expect(story("The two sides reached a grain deal.", "They also signed an agreement to end the fighting.")).toBe(
      false,
    );
    expect(story("The two sides signed the agreement.", "The deal was hailed abroad.")).toBe(false);
    expect(story("The rebels said they want peace.")).toBe(false);
    // A story of a truce means that truce by "the deal", though it names another deal in passing.
    expect(
      story(
        "The two sides agreed to a ceasefire on Tuesday.",
        "It comes years after Washington quit the nuclear deal.",
      ),
    ).toBe(false);
  });

  it("counts no deal that is only a word of another part of speech ('according to')", () => {
    expect(story("According to the minister, talks on the grain deal went well.")).toBe(true);
    expect(story("According to the minister, talks went well.")).toBe(false);
  });
});
