import { describe, expect, it } from "vitest";
import { tagSentence } from "../language/tagSentence";
import { verbGroups, type VerbGroup } from "./verbGroups";

/** The verb groups of a sentence with their words and head, for readable assertions. */
function groups(sentence: string): (VerbGroup & { words: string; headWord: string })[] {
  const tokens = tagSentence(sentence);
  return verbGroups(tokens).map((g) => ({
    ...g,
    words: tokens
      .slice(g.start, g.end)
      .map((t) => t.text)
      .join(" "),
    headWord: tokens[g.head]!.text,
  }));
}

const only = (sentence: string) => {
  const all = groups(sentence);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe("verbGroups", () => {
  it("reads an -ing form between a determiner or possessive and its noun as no predicate", () => {
    expect(groups("Moscow's rapidly growing army will stay.").map((g) => g.headWord)).toEqual(["stay"]);
    expect(groups("The escalating war will end.").map((g) => g.headWord)).toEqual(["end"]);
    expect(groups("Russia is advancing troops.").map((g) => g.headWord)).toEqual(["advancing"]);
  });

  it("reads a verb whose participle is its base form, after a noun and with no object, as a participle ('a plan put forward by …')", () => {
    expect(
      groups("The rebels accepted a plan put forward by the envoy.").find((g) => g.headWord === "put"),
    ).toMatchObject({ participle: true });
    expect(groups("Russia put forward a plan.")[0]).toMatchObject({ participle: false });
  });

  it("keeps an infinitive split by an adverb one group ('to drastically scale back')", () => {
    expect(groups("The army pledged to drastically scale back its operations.")[1]).toMatchObject({
      infinitive: true,
      headWord: "scale",
    });
  });

  it("keeps an infinitive split by any adverb or a negation one group ('to first sign', 'to not attend')", () => {
    expect(groups("The envoy urged Kyiv to first sign the deal.")[1]).toMatchObject({
      infinitive: true,
      headWord: "sign",
    });
    expect(groups("The rebels chose to also attend the talks.")[1]).toMatchObject({
      infinitive: true,
      headWord: "attend",
    });
    expect(groups("The rebels chose to not attend the talks.")[1]).toMatchObject({
      infinitive: true,
      headWord: "attend",
      negated: true,
    });
  });

  it("reads a bare verb right after 'help' as the infinitive it completes", () => {
    const [, eased] = groups("The corridor that helped ease the shortage was closed.");
    expect(eased).toMatchObject({ headWord: "ease", infinitive: true });
    expect(groups("The envoys met and talked.")[1]).toMatchObject({ infinitive: false });
  });

  it("keeps 'to' and its verb one infinitive across an opening quotation mark", () => {
    const [, recognise] = groups('Kyiv issued a decree to "recognise the impossibility of talks."');
    expect(recognise).toMatchObject({ infinitive: true, headWord: "recognise" });
  });

  it("keeps an auxiliary and its verb one group across an adverb in quotation marks ('will \"radically\" cut')", () => {
    expect(only('The army will "radically" cut its operations.')).toMatchObject({
      words: 'will " radically " cut',
      headWord: "cut",
      tense: "future",
    });
  });

  it("keeps an auxiliary and its verb one group across an opening quotation mark", () => {
    const ended = only('It has "ended with immediate effect" the deal.');
    expect(ended).toMatchObject({ words: 'has " ended', headWord: "ended" });
  });

  it("keeps an auxiliary and its verb one group across a quotation opened on an adverb before the verb", () => {
    expect(only('The pact had been "openly flouted" by both armies.')).toMatchObject({
      headWord: "flouted",
      tense: "past",
      passive: true,
    });
  });

  it("keeps an auxiliary and its verb one group across an aside set off by commas ('will, from now on, act')", () => {
    expect(only("The army will, from next week, reopen the corridor.")).toMatchObject({
      headWord: "reopen",
      tense: "future",
    });
    expect(only("The council has, for the first time, backed the plan.")).toMatchObject({
      headWord: "backed",
      tense: "past",
    });
    // An aside with a verb of its own is a clause of its own.
    expect(groups("He will, she said, reopen the corridor.")[0]).toMatchObject({ headWord: "will", end: 2 });
  });

  it("finds one group per predicate, in order, with the lexical verb as head", () => {
    const all = groups("Peskov said that talks will resume next week.");
    expect(all.map((g) => g.words)).toEqual(["said", "will resume"]);
    expect(all.map((g) => g.headWord)).toEqual(["said", "resume"]);
  });

  describe("tense", () => {
    it("reads a simple past as past and a bare present as present", () => {
      expect(only("Zelensky met Trump in Rome.").tense).toBe("past");
      expect(only("Russia wants a ceasefire.").tense).toBe("present");
    });

    it("reads 'will' as future and keeps an adverb inside the group ('will now wait')", () => {
      const g = only("The Kremlin will now wait for Washington's answer.");
      expect(g).toMatchObject({ words: "will now wait", headWord: "wait", tense: "future", modal: null });
    });

    it("reads a present perfect as past ('has accomplished')", () => {
      expect(only("Israel has accomplished its goals.")).toMatchObject({ tense: "past", words: "has accomplished" });
    });

    it("reads 'is to' as the arranged future of wire copy", () => {
      expect(only("The prisoners are to be freed on Monday.")).toMatchObject({
        words: "are to be freed",
        tense: "future",
        passive: true,
        arranged: true,
      });
      expect(only("The prisoners will be freed on Monday.")).toMatchObject({ arranged: false });
    });

    it("reads a past progressive auxiliary as past and a present one as present", () => {
      expect(only("Moscow was preparing a new offensive.").tense).toBe("past");
      expect(only("Moscow is preparing a new offensive.").tense).toBe("present");
    });
  });

  describe("modality", () => {
    it("names the duty of 'must', the possibility of 'could' and the condition of 'would'", () => {
      expect(only("Kyiv must withdraw its troops.")).toMatchObject({ modal: "obligation", tense: "future" });
      expect(only("Talks could resume in Istanbul.")).toMatchObject({ modal: "possibility", tense: "future" });
      expect(only("Russia would recognize the vote.")).toMatchObject({ modal: "conditional" });
    });

    it("reads 'would have' as a past conditional", () => {
      expect(only("Russia would have signed the deal.")).toMatchObject({ modal: "conditional", tense: "past" });
    });
  });

  describe("negation", () => {
    it("marks 'not', 'n't' and 'never' as negation", () => {
      expect(only("Russia would not recognize the vote.")).toMatchObject({
        words: "would not recognize",
        negated: true,
        dropped: false,
      });
      expect(only("Russia does not want a ceasefire.").negated).toBe(true);
      expect(only("Ukraine's president didn't rule out elections.")).toMatchObject({ negated: true, tense: "past" });
      expect(only("Kyiv must never accept the terms.")).toMatchObject({ negated: true, modal: "obligation" });
    });

    it("reads the negation before an infinitive's 'to' as the infinitive's ('chose not to attend')", () => {
      const [chose, attend] = groups("The rebels chose not to attend the talks.");
      expect(chose!.negated).toBe(false);
      expect(attend).toMatchObject({ headWord: "attend", negated: true });
      expect(groups("The envoy told them never to sign it.").at(-1)).toMatchObject({ headWord: "sign", negated: true });
      expect(groups("The rebels chose to attend the talks.").at(-1)!.negated).toBe(false);
    });

    it("reads an emphatic 'cannot … enough' as no negation", () => {
      expect(groups("I cannot urge you strongly enough to sign.")[0]!.negated).toBe(false);
      expect(only("We can't thank the mediators enough.").negated).toBe(false);
      expect(only("Kyiv cannot accept the terms.").negated).toBe(true);
    });

    it("reads the negation after a copula ('are not ready', 'is no longer willing')", () => {
      expect(only("We are not ready for talks.")).toMatchObject({ negated: true, tense: "present" });
      expect(only("Kyiv was never keen on the plan.")).toMatchObject({ negated: true, tense: "past" });
      expect(only("Moscow is no longer open to a deal.")).toMatchObject({ dropped: true, negated: false });
    });

    it("reads 'no longer' as a stance dropped, not a negation", () => {
      expect(only("Russia is no longer demanding Ukraine's neutrality.")).toMatchObject({
        words: "is no longer demanding",
        headWord: "demanding",
        dropped: true,
        negated: false,
      });
    });

    it("marks the past perfect ('had called'), not the present perfect, a modal or 'had' as the verb", () => {
      expect(only("The envoy had called for a truce.")).toMatchObject({ pluperfect: true, tense: "past" });
      expect(only("The envoy had been told of the plan.")).toMatchObject({ pluperfect: true });
      expect(only("The envoy has called for a truce.")).toMatchObject({ pluperfect: false });
      expect(only("The envoy would have called for a truce.")).toMatchObject({ pluperfect: false });
      expect(only("The envoys had talks in Doha.")).toMatchObject({ pluperfect: false });
    });

    it("leaves an affirmative group unnegated", () => {
      expect(only("Moscow has not yet responded.")).toMatchObject({
        negated: true,
        pending: true,
        words: "has not yet responded",
      });
      expect(only("Moscow has already responded.").negated).toBe(false);
      // "has yet to", "is yet to": not so far, as "has not yet" is
      expect(only("Moscow has yet to respond.")).toMatchObject({ pending: true, headWord: "respond" });
      expect(only("The accord is yet to be signed.")).toMatchObject({ pending: true });
      expect(only("Moscow has responded.").pending).toBe(false);
    });
  });

  describe("voice and form", () => {
    it("reads the auxiliaries after 'to' as part of an infinitive ('to be released')", () => {
      const [, released] = verbGroups(tagSentence("He called for the prisoners to be released."));
      expect(released).toMatchObject({ infinitive: true, passive: true, tense: "present" });
    });

    it("marks 'be' with a past participle as passive", () => {
      expect(only("The deal was signed in Istanbul.")).toMatchObject({ passive: true, tense: "past" });
      expect(only("They signed the agreement.").passive).toBe(false);
    });

    it("marks a bare 'to'-verb as an infinitive", () => {
      const [, inf] = groups("Witkoff will travel to Moscow next week to meet Putin.");
      expect(inf).toMatchObject({ words: "to meet", headWord: "meet", infinitive: true, gerund: false });
    });

    it("marks an -ing form with no auxiliary as a gerund ('by withdrawing')", () => {
      const [end, withdrawing] = groups("Russia can end the war by withdrawing its troops.");
      expect(end).toMatchObject({ gerund: false, modal: "possibility" });
      expect(withdrawing).toMatchObject({ headWord: "withdrawing", gerund: true, infinitive: false });
    });

    it("marks a group that opens on 'being' as a gerund ('troops being deployed', 'for being open')", () => {
      const [, deployed] = groups("The ministry repeated its objection to foreign troops being deployed there.");
      expect(deployed).toMatchObject({ headWord: "deployed", gerund: true });
      const [, being] = groups("The envoy praised the rebels for being open to dialogue.");
      expect(being).toMatchObject({ headWord: "being", gerund: true });
    });

    it("marks a sentence-opening -ing form as a gerund but a progressive as none", () => {
      expect(groups("Saying the talks had failed, Zelensky left Riyadh.")[0]).toMatchObject({ gerund: true });
      expect(only("Moscow has been preparing an offensive.")).toMatchObject({ gerund: false, tense: "past" });
    });

    it("marks a bare past form as a participle, and one with an auxiliary as none", () => {
      expect(groups("The proposal, made without consulting Kyiv, was rejected.").map((g) => g.participle)).toEqual([
        true,
        false,
      ]);
    });

    it("keeps a floating quantifier inside the group ('have all failed')", () => {
      expect(only("The earlier truces have all failed.")).toMatchObject({ words: "have all failed", tense: "past" });
    });

    it("never marks a past form that is no participle as one ('the initiative, which aims at peace, came …')", () => {
      expect(groups("The initiative, which aims at peace, came within the framework.")[1]!.participle).toBe(false);
      expect(groups("The initiative came within the framework.").map((g) => g.participle)).toEqual([false]);
    });

    it("reads 'have to' as a duty, not a perfect, even after 'would' and an adverb ('would first have to agree')", () => {
      expect(only("The rebels would first have to agree on a map.")).toMatchObject({
        headWord: "agree",
        modal: "obligation",
        tense: "future",
      });
      expect(only("The army has to pull back its tanks.")).toMatchObject({ modal: "obligation", tense: "future" });
      expect(only("The army had to pull back its tanks.")).toMatchObject({ modal: "obligation", tense: "past" });
      // "has yet to" is what has not happened so far, and "has agreed" a perfect.
      expect(only("The envoy has yet to receive a reply.")).toMatchObject({ modal: null, tense: "past" });
      expect(only("The envoy has agreed.")).toMatchObject({ modal: null, tense: "past" });
    });
  });
});
