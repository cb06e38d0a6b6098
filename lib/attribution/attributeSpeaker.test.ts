import { describe, expect, it } from "vitest";
import type { ActorMention } from "../model/mentions";
import { attributeSpeaker } from "./attributeSpeaker";

const PEOPLE = new Set(["peskov", "zelensky", "erdogan"]);

/** A mention of `actorId` written as `text` inside `phrase`. */
const at = (phrase: string, text: string, actorId: string): ActorMention => ({
  actorId,
  text,
  index: phrase.indexOf(text),
  via: "name",
});

describe("attributeSpeaker", () => {
  describe("on record", () => {
    it("puts a named person on record as the speaker", () => {
      const phrase = "Kremlin spokesman Dmitry Peskov";
      expect(attributeSpeaker(phrase, [at(phrase, "Dmitry Peskov", "peskov")], PEOPLE)).toEqual({
        attribution: "on-record",
        speaker: "peskov",
        text: phrase,
      });
    });

    it("prefers the person to the body named before them", () => {
      const phrase = "Turkish President Recep Tayyip Erdogan";
      const mentions = [at(phrase, "Turkish", "turkey"), at(phrase, "Recep Tayyip Erdogan", "erdogan")];
      expect(attributeSpeaker(phrase, mentions, PEOPLE)).toMatchObject({
        attribution: "on-record",
        speaker: "erdogan",
      });
    });

    it("puts a named body on record ('the Kremlin', 'Ukraine's Foreign Ministry')", () => {
      const phrase = "Ukraine's Foreign Ministry";
      expect(attributeSpeaker(phrase, [at(phrase, "Ukraine", "ukraine")], PEOPLE)).toMatchObject({
        attribution: "on-record",
        speaker: "ukraine",
      });
    });

    it("keeps a statement, readout or ministry no actor was found in on record, without a speaker", () => {
      for (const phrase of ["a statement", "the readout", "the ministry", "a spokeswoman"])
        expect(attributeSpeaker(phrase, [], PEOPLE)).toMatchObject({ attribution: "on-record", speaker: null });
    });

    it("trims the phrase it reports", () => {
      expect(attributeSpeaker("  the readout ", [], PEOPLE).text).toBe("the readout");
    });
  });

  describe("anonymous", () => {
    it("reads a group of unnamed officials as anonymous, whoever they are about ('US officials')", () => {
      const phrase = "US officials";
      expect(attributeSpeaker(phrase, [at(phrase, "US", "usa")], PEOPLE)).toEqual({
        attribution: "anonymous",
        speaker: null,
        text: phrase,
      });
    });

    it("reads 'a senior Israeli official' and 'three sources familiar with the talks' as anonymous", () => {
      const official = "a senior Israeli official";
      expect(attributeSpeaker(official, [at(official, "Israeli", "israel")], PEOPLE).attribution).toBe("anonymous");
      expect(attributeSpeaker("three sources familiar with the discussions", [], PEOPLE)).toMatchObject({
        attribution: "anonymous",
        speaker: null,
      });
    });

    it("reads someone speaking on condition of anonymity as anonymous", () => {
      expect(
        attributeSpeaker("a person who spoke on condition of anonymity to discuss private talks", [], PEOPLE)
          .attribution,
      ).toBe("anonymous");
    });

    it("reads officials named after a person ('Zelensky officials') as anonymous, not the person", () => {
      const phrase = "Zelensky officials";
      expect(attributeSpeaker(phrase, [at(phrase, "Zelensky", "zelensky")], PEOPLE)).toMatchObject({
        attribution: "anonymous",
        speaker: null,
      });
    });
  });

  describe("analysts and outlets", () => {
    it("reads analysts, experts and think tanks as analysts", () => {
      expect(attributeSpeaker("Western analysts", [], PEOPLE)).toMatchObject({ attribution: "analyst", speaker: null });
      expect(attributeSpeaker("a military expert", [], PEOPLE).attribution).toBe("analyst");
      expect(attributeSpeaker("the Institute for the Study of War think tank", [], PEOPLE).attribution).toBe("analyst");
    });

    it("reads a named outlet as the outlet", () => {
      expect(attributeSpeaker("the Financial Times", [], PEOPLE)).toMatchObject({
        attribution: "outlet",
        speaker: null,
      });
      expect(attributeSpeaker("Reuters", [], PEOPLE).attribution).toBe("outlet");
      expect(attributeSpeaker("Russian media", [], PEOPLE).attribution).toBe("outlet");
    });

    it("falls back to the outlet for a phrase it cannot place", () => {
      expect(attributeSpeaker("the report", [], PEOPLE)).toMatchObject({ attribution: "outlet", speaker: null });
    });
  });
});
