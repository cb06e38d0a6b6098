import { describe, expect, it } from "vitest";
import { looksAhead } from "./looksAhead";

describe("looksAhead", () => {
  it.each([
    "Russia expects US officials to arrive in Moscow next week to continue discussions over the peace roadmap.",
    "While it is not yet clear who exactly will come, the delegation will be headed by Foreign Ministry officials.",
    "According to some, the ideal time would be before the Russian presidential elections scheduled for March.",
    "However, former Russian officials say the ideal time would be before the Russian presidential election in March.",
    "Opposition groups are preparing for the election in March.",
    "The upcoming summit is set for June.",
    "Ministers plan to meet in Geneva.",
    "The talks are due to begin in May.",
    "They'll sign it in April.",
  ])("sees a cue in %j", (s) => {
    expect(looksAhead(s)).toBe(true);
  });

  it.each([
    "During a discussion with his generals on Tuesday, Putin boasted that Ukraine is backed into a corner.",
    "Zelensky refused to authorize presidential elections in May 2024, citing martial law.",
    "The election in March was held under martial law.",
    "It depends on the political will of the West.",
    "He stood next to Lukashenko in Minsk.",
    "The talks were postponed due to the war.",
    "Putin has been hinting since September that he is ready for a truce.",
    // "the next day" counts from a day told before, not from now
    "The envoys met on Monday and initialled the text the next day.",
    "They talked until late, and the mediators left the next morning.",
  ])("sees no cue in %j", (s) => {
    expect(looksAhead(s)).toBe(false);
  });
});
