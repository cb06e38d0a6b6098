import { describe, expect, it } from "vitest";
import type { ActorMention } from "../model/mentions";
import { attributeSpeaker } from "./attributeSpeaker";

const PEOPLE = new Set(["peskov", "zelensky", "erdogan", "putin", "doe", "roe"]);

/** A mention of `actorId` written as `text` inside `phrase`. */
const at = (phrase: string, text: string, actorId: string): ActorMention => ({
  actorId,
  text,
  index: phrase.indexOf(text),
  via: "name",
});

describe("attributeSpeaker", () => {
  it("names no one speaker for two parties a phrase names together ('both sides said')", () => {
    const pair = (actorId: string): ActorMention => ({ actorId, text: "both sides", index: 0, via: "pair" });
    expect(attributeSpeaker("both sides", [pair("israel"), pair("hamas")], PEOPLE).speaker).toBeNull();
  });

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

    it("reads a quantifier standing for unnamed people as anonymous ('according to some')", () => {
      expect(attributeSpeaker("some", [], PEOPLE).attribution).toBe("anonymous");
      expect(attributeSpeaker("others", [], PEOPLE).attribution).toBe("anonymous");
      expect(attributeSpeaker("some media outlets", [], PEOPLE).attribution).toBe("outlet");
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

  describe("who the unnamed are close to does not speak", () => {
    it("reads 'two former officials close to him' as anonymous, not as the man they are close to", () => {
      const phrase = "two former senior officials close to him";
      expect(attributeSpeaker(phrase, [at(phrase, "him", "putin")], PEOPLE)).toMatchObject({
        attribution: "anonymous",
        speaker: null,
      });
    });

    it("reads sources familiar with talks in someone's circle as anonymous", () => {
      const phrase = "four sources familiar with the thinking in Erdogan's inner circle";
      expect(attributeSpeaker(phrase, [at(phrase, "Erdogan's", "erdogan")], PEOPLE)).toMatchObject({
        attribution: "anonymous",
        speaker: null,
      });
    });

    it("puts the person named in apposition on record, not whose adviser they are", () => {
      const phrase = "an adviser to the president, Jane Doe";
      expect(attributeSpeaker(phrase, [at(phrase, "Jane Doe", "doe")], PEOPLE)).toMatchObject({
        attribution: "on-record",
        speaker: "doe",
      });
      const aide = "Zelensky's aide John Roe";
      const mentions = [at(aide, "Zelensky's", "zelensky"), at(aide, "John Roe", "roe")];
      expect(attributeSpeaker(aide, mentions, PEOPLE)).toMatchObject({ attribution: "on-record", speaker: "roe" });
      const his = "his spokesman, Dmitry Peskov,";
      expect(
        attributeSpeaker(his, [at(his, "his", "putin"), at(his, "Dmitry Peskov", "peskov")], PEOPLE),
      ).toMatchObject({ speaker: "peskov" });
    });

    it("lets 'her' speak in 'according to her' but own the head in 'her spokesman'", () => {
      expect(attributeSpeaker("her", [at("her", "her", "doe")], PEOPLE)).toMatchObject({ speaker: "doe" });
      const own = "her spokesman";
      expect(attributeSpeaker(own, [at(own, "her", "doe")], PEOPLE).speaker).toBeNull();
    });
  });

  describe("analysts and outlets", () => {
    it("reads a named commentator (no office: a retired general, a former minister) as an analyst with a speaker", () => {
      const phrase = "retired general Jane Doe";
      expect(attributeSpeaker(phrase, [at(phrase, "Jane Doe", "doe")], PEOPLE, new Set(["doe"]))).toEqual({
        attribution: "analyst",
        speaker: "doe",
        text: phrase,
      });
    });

    it("reads political scientists and historians as analysts", () => {
      expect(attributeSpeaker("a political scientist", [], PEOPLE).attribution).toBe("analyst");
      expect(attributeSpeaker("historians", [], PEOPLE).attribution).toBe("analyst");
    });

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
