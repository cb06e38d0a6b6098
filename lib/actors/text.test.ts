import { describe, expect, it } from "vitest";
import { isTitleCase, tokenize } from "./text";

describe("isTitleCase", () => {
  it("knows a headline in Title Case", () => {
    expect(isTitleCase(tokenize("Trump Says He Will Meet Putin in Alaska Next Month"))).toBe(true);
    expect(isTitleCase(tokenize("Kremlin Rejects Ceasefire Proposal as Talks Stall"))).toBe(true);
  });

  it("reads a sentence of the body dense with names and titles as no headline", () => {
    expect(
      isTitleCase(
        tokenize(
          "On October 21, Senior Director for Europe at the National Security Council, Tomasz Kowalski, arrived in Baku.",
        ),
      ),
    ).toBe(false);
    expect(isTitleCase(tokenize("The talks resumed in Geneva on Monday."))).toBe(false);
  });
});
