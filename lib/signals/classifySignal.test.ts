import { describe, expect, it } from "vitest";
import { findCues, scoreTypes } from "./classifySignal";
import { detectModality } from "./modality";

const top = (s: string) => scoreTypes(findCues(s))[0]?.type ?? null;

// Real sentences from the seed corpus and its kind of reporting.
describe("signal type of a sentence", () => {
  it.each([
    [
      "According to the newspaper's interlocutors, Putin has been hinting since September that he is ready for a truce that would stop the fighting at the current positions.",
      "ceasefire-signal",
    ],
    [
      "In fact, Putin also mentioned a cease-fire agreement a year ago, in the fall of 2022, according to a number of U.S. officials.",
      "ceasefire-signal",
    ],
    ['His condition is that Kyiv recognizes the "borders" along which the front line now runs.', "condition"],
    [
      "American officials note that Putin is no longer demanding that the Zelenskiy government be removed from power in Ukraine.",
      "condition",
    ],
    [
      "Among the many demands that will not be abandoned is Putin's determination to prevent Ukraine from joining NATO.",
      "condition",
    ],
    [
      'Putin\'s spokesman, Dmitry Peskov, responding to a request for comment, said that the Kremlin leader has repeatedly made it clear that Russia is "open to dialogue" to achieve its goals and does not want "eternal war."',
      "negotiation-readiness",
    ],
    [
      "According to the agency, Putin is ready to wage war and seize more territory to force Ukraine and the West to negotiate.",
      "threat",
    ],
    [
      "But William J. Burns, director of the CIA, and Sergei Naryshkin, director of Russia's Foreign Intelligence Service, last met about a year ago in Turkey, officials said.",
      "talks",
    ],
    [
      "Putin is currently holding unofficial negotiations with the Americans and other partners to implement his version of 'peace.'",
      "talks",
    ],
    [
      "However, U.S. Secretary of State Anthony Blinken, speaking in Kyiv last week, told reporters that he did not believe Putin was interested in serious negotiations.",
      "assessment",
    ],
    [
      'Putin described the prospect of signing an agreement with authorities in Kiev as "legally impossible."',
      "legitimacy-dispute",
    ],
    [
      "The Russian president estimated that in October alone, Kiev lost 47,000 troops, but mobilized only around 16,500, with rampant desertion making the situation even more dire for the Ukrainian military.",
      "military-claim",
    ],
    [
      "Russia views the US-drafted peace roadmap aimed at ending the hostilities positively, but considerable work would be required before it could be implemented in any form, Putin stated.",
      "proposal",
    ],
  ])("%s → %s", (sentence, type) => {
    expect(top(sentence)).toBe(type);
  });

  it("finds no signal in background prose", () => {
    expect(
      top(
        "The governments' sources note that his approach to the war is characterized by opportunism and improvisation.",
      ),
    ).toBeNull();
    expect(top("President Vladimir V. Putin's confidence seems to know no bounds.")).toBeNull();
  });

  it("does not read a refusal of elections as a rejection of talks", () => {
    expect(top("Zelensky refused to authorize presidential elections in May 2024, citing martial law.")).not.toBe(
      "rejection",
    );
  });
});

describe("modality", () => {
  it("keeps a forecast apart from a statement that was made", () => {
    expect(
      detectModality(
        "When a certain negotiation framework is agreed upon, Putin will seek a meeting with Trump and possibly with other world leaders.",
        "talks",
        false,
      ),
    ).toBe("predicted");
    expect(
      detectModality(
        "Putin emphasized that Russia will cease hostilities once Ukrainian troops leave Russian territories they still occupy.",
        "condition",
        false,
      ),
    ).toBe("asserted");
    expect(
      detectModality(
        "Russia expects US officials to arrive in Moscow next week to continue discussions over the peace roadmap, the president revealed.",
        "talks",
        true,
      ),
    ).toBe("scheduled");
    expect(detectModality("The Kremlin denied that any talks had taken place.", "talks", false)).toBe("denied");
    expect(detectModality("If they want to negotiate, then negotiate.", "negotiation-readiness", false)).toBe(
      "hypothetical",
    );
    expect(
      detectModality("Among the many demands that will not be abandoned is the demand on NATO.", "condition", false),
    ).toBe("asserted");
  });
});
