import { describe, expect, it } from "vitest";
import { tagSentence } from "../language/tagSentence";
import { endsInsideQuote, quotedTokens } from "./quotes";

/** The words a sentence has inside quotation marks, in order. */
function quotedWords(sentence: string, startsInside = false): string[] {
  const tokens = tagSentence(sentence);
  const quoted = quotedTokens(tokens, sentence, startsInside);
  return tokens.filter((_, i) => quoted[i]).map((t) => t.text);
}

describe("quotedTokens", () => {
  it("marks the words of a quotation that closes before its attribution", () => {
    expect(quotedWords('"We are ready for talks," Peskov said.')).toEqual(["We", "are", "ready", "for", "talks", ","]);
  });

  it("marks a quotation opened after a colon, and not the frame before it", () => {
    const sentence = 'He said: "We are ready," and left.';
    const tokens = tagSentence(sentence);
    const quoted = quotedTokens(tokens, sentence);
    expect(tokens.filter((_, i) => quoted[i]).map((t) => t.text)).toEqual(["We", "are", "ready", ","]);
    // The quotation marks themselves count as outside.
    tokens.forEach((t, i) => {
      if (t.text === '"') expect(quoted[i]).toBe(false);
    });
  });

  it("follows a quotation nested in another to the outer one's end", () => {
    const words = quotedWords('"They are saying: "We are ready". They want a deal," said an official.');
    expect(words).toEqual(["They", "are", "saying", ":", "We", "are", "ready", ".", "They", "want", "a", "deal", ","]);
  });

  it("marks the words before the closing mark of a quotation opened in an earlier sentence", () => {
    expect(quotedWords('the war is over," he said.', true)).toEqual(["the", "war", "is", "over", ","]);
    expect(quotedWords('the war is over," he said.', false)).toEqual([]);
  });

  it("does not count single quotes around a short name as a quotation (the 'North' group)", () => {
    expect(quotedWords("The ‘North’ group is advancing, while the ‘South’ group holds its line.")).toEqual([]);
  });

  it("counts paired single quotes as quotation marks ('humanitarian' truce)", () => {
    expect(quotedWords("Russia proposed a 'humanitarian' truce.")).toEqual(["humanitarian"]);
  });

  it("does not take a lone apostrophe for a quotation mark", () => {
    expect(quotedWords("Ukraine's envoy said the talks' outcome was unclear.")).toEqual([]);
  });
});

describe("endsInsideQuote", () => {
  it("is true after a sentence that opens a quotation and does not close it", () => {
    expect(endsInsideQuote('"We are ready.', false)).toBe(true);
    expect(endsInsideQuote('Peskov said: "We are ready.', false)).toBe(true);
  });

  it("is false after a sentence that closes the quotation it started inside", () => {
    expect(endsInsideQuote('They want a deal," said an official.', true)).toBe(false);
  });

  it("stays true across a sentence entirely inside the quotation", () => {
    expect(endsInsideQuote("We want peace.", true)).toBe(true);
    expect(endsInsideQuote("We want peace.", false)).toBe(false);
  });

  it("is false after a nested quotation closes both its levels", () => {
    expect(endsInsideQuote('"They are saying: "We are ready". They want a deal," said an official.', false)).toBe(
      false,
    );
  });

  it("is still open after a nested quotation closes only the inner level", () => {
    expect(endsInsideQuote('"They are saying: "We are ready". They want a deal.', false)).toBe(true);
  });
});
