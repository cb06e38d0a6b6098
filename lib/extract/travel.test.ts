import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseSentence } from "../clauses/analyseSentence";
import { findFrames } from "../clauses/frames";
import { findActors } from "../actors/findActors";
import { readExtractionContext } from "./extractionContext";
import { sentenceSignals } from "./sentenceSignals";
import { travelsToNoParty } from "./travel";

const { ctx } = readExtractionContext(path.resolve(import.meta.dirname, "../../content"));

/** Whether the sentence's first talks reading is travel to no party. */
function travelOnly(sentence: string): boolean {
  const a = analyseSentence(sentence, { reporting: ctx.lexicon.framing });
  const drafts = sentenceSignals(a, findFrames(a, ctx.lexicon.framing), ctx.lexicon, () => [], { minStrength: 2 });
  const talks = drafts.find((d) => d.signal.type === "talks");
  if (!talks) throw new Error(`no talks reading in "${sentence}"`);
  return travelsToNoParty(a, talks, findActors(sentence, ctx.gazetteer, { date: "2024-07-05" }), ctx.gazetteer);
}

describe("travelsToNoParty", () => {
  it("reads a visit to a place no party is named for as travel, not consultation", () => {
    expect(travelOnly("The president visited the southern port city on Monday.")).toBe(true);
    expect(travelOnly("The minister travelled to the front line.")).toBe(true);
    // A truce named in passing is no purpose of the journey.
    expect(travelOnly("The defence minister visited troops near the ceasefire line on Wednesday.")).toBe(true);
  });

  it("keeps a visit to a capital, a state or a person, and a journey for talks", () => {
    expect(travelOnly("The Hungarian prime minister visited Kyiv on Tuesday.")).toBe(false);
    expect(travelOnly("The envoy visited Putin in the Kremlin.")).toBe(false);
    expect(travelOnly("The envoy flew to the Gulf for talks on Monday.")).toBe(false);
    expect(travelOnly("The rebel commander has arrived to sign the accord.")).toBe(false);
  });

  it("keeps a journey whose next clause names the host who received the traveller", () => {
    expect(
      travelOnly(
        "The Omani minister, joined by two aides, arrived in the border village on Friday and was received by Lavrov.",
      ),
    ).toBe(false);
    expect(travelOnly("The Omani minister arrived in the border village on Friday and was received warmly.")).toBe(
      true,
    );
    expect(travelOnly("The Omani minister arrived in the border village on Friday and Lavrov left for Paris.")).toBe(
      true,
    );
  });
});
