import { describe, expect, it } from "vitest";
import triggers from "../../content/triggers.json";
import { analyseSentence } from "../clauses/analyseSentence";
import { findFrames } from "../clauses/frames";
import type { DateMention } from "../model/mentions";
import { loadLexicon } from "../signals/lexicon";
import { clauseHasDate, sentenceSignals, subtree } from "./sentenceSignals";

const lex = loadLexicon(triggers);
const analyse = (sentence: string) => analyseSentence(sentence, { reporting: lex.framing });

/** A date phrase of `sentence`, resolved by hand. */
function date(sentence: string, text: string, start: string, end = start, basis: DateMention["basis"] = "explicit") {
  const index = sentence.indexOf(text);
  if (index < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  return { text, index, start, end, precision: "day", basis, future: false } satisfies DateMention;
}

/** The events of a sentence: type, trigger word and, for one named in passing, its date. */
function events(sentence: string, dates: DateMention[] = [], minStrength = 2) {
  const a = analyse(sentence);
  return sentenceSignals(a, findFrames(a, lex.framing), lex, () => dates, { minStrength }).map((d) => ({
    type: d.signal.type,
    trigger: a.tokens[d.signal.trigger]!.text,
    ...(d.at ? { at: d.at.text } : {}),
  }));
}

describe("sentenceSignals", () => {
  it("gives each clause that carries a claim and reads as a signal, in the order said", () => {
    expect(events("Putin met Orban in Moscow but rejected a ceasefire.")).toEqual([
      { type: "talks", trigger: "met" },
      { type: "rejection", trigger: "rejected" },
    ]);
  });

  it("marks what a denial's clause, or a report a rejection dismisses, says as denied, unless the denial is itself denied", () => {
    const denial = (sentence: string) => {
      const a = analyse(sentence);
      return sentenceSignals(a, findFrames(a, lex.framing), lex, () => [], { minStrength: 2 }).map((d) => [
        d.signal.type,
        d.signal.denial,
      ]);
    };
    expect(denial("The junta denied that it had agreed to a truce.")).toContainEqual(["ceasefire-signal", true]);
    expect(denial("The junta did not deny that it had agreed to a truce.")).toContainEqual(["ceasefire-signal", false]);
    expect(denial("The junta said that it had agreed to a truce.")).toContainEqual(["ceasefire-signal", false]);
    // So is a report that a rejection dismisses.
    expect(denial("The junta rejected claims that it had violated the truce.")).toContainEqual([
      "military-claim",
      true,
    ]);
    expect(denial("The junta confirmed reports that it had violated the truce.")).toContainEqual([
      "military-claim",
      false,
    ]);
  });

  it("reads talks named in a dated side phrase as an event, but not a news conference", () => {
    const summit = "The minister rejected the plan after a peace conference in Oslo on Friday.";
    expect(events(summit, [date(summit, "Friday", "2024-03-08", "2024-03-08", "relative")])).toEqual([
      { type: "rejection", trigger: "rejected" },
      { type: "talks", trigger: "conference", at: "Friday" },
    ]);
    const press = "Speaking at a news conference in Oslo on Friday, the minister rejected the plan.";
    expect(events(press, [date(press, "Friday", "2024-03-08", "2024-03-08", "relative")])).toEqual([
      { type: "rejection", trigger: "rejected" },
    ]);
  });

  it("reads what a past clause of 'when' says happened as an event of its own ('faltered when Russia demanded …')", () => {
    expect(events("The talks collapsed when the rebels rejected the plan.")).toContainEqual({
      type: "rejection",
      trigger: "rejected",
    });
    // one that only sets the time, or is still to come, is not
    expect(events("The talks will resume when the rebels accept the plan.")).not.toContainEqual(
      expect.objectContaining({ trigger: "accept" }),
    );
  });

  it("reads verbs joined on one subject, one of them dated, as one event ('were ambushed and killed … on Saturday')", () => {
    const s = "Ten soldiers were ambushed and killed by the rebels on Saturday.";
    expect(events(s, [date(s, "on Saturday", "2024-05-04", "2024-05-04", "relative")])).toEqual([
      { type: "military-claim", trigger: "killed" },
    ]);
  });

  it("reads an undated participle of the type that hangs on a dated clause as part of its event ('met …, hosted by …')", () => {
    const s =
      "The premier on Tuesday held talks with his Greek counterpart, Elena Voss, hosted by the Swiss envoy in Bern.";
    expect(events(s, [date(s, "on Tuesday", "2024-05-07", "2024-05-07", "relative")])).toEqual([
      { type: "talks", trigger: "held" },
    ]);
  });

  it("reads a clause of contrast with its own subject as a second event ('…, while Y rejected …')", () => {
    expect(events("Kyiv submitted its draft last week, while Moscow rejected the plan.")).toEqual([
      { type: "proposal", trigger: "submitted" },
      { type: "rejection", trigger: "rejected" },
    ]);
    // Without a subject of its own, what the subject does at the same time is an event of its own.
    expect(events("Kyiv submitted its draft while visiting Ankara.")).toEqual([
      { type: "proposal", trigger: "submitted" },
      { type: "talks", trigger: "visiting" },
    ]);
    expect(events("The bloc condemned the coup while demanding the president's release.")).toEqual([
      { type: "assessment", trigger: "condemned" },
      { type: "condition", trigger: "demanding" },
    ]);
  });

  it("reads what another party did to a thing named before a relative clause as a second event ('…, which X rejected')", () => {
    expect(events("The envoys met in Lima on a draft, which the rebels rejected.")).toEqual([
      { type: "talks", trigger: "met" },
      { type: "rejection", trigger: "rejected" },
    ]);
    // without a comma, with the pronoun as subject, or only supposed, it describes the thing
    expect(events("The envoys met in Lima on a draft which the rebels rejected.")).toEqual([
      { type: "talks", trigger: "met" },
    ]);
    expect(events("The envoys met in Lima on a draft, which would have rejected the truce.")).toEqual([
      { type: "talks", trigger: "met" },
    ]);
    expect(events("The envoys met in Lima on a draft, which the rebels would reject.")).toEqual([
      { type: "talks", trigger: "met" },
    ]);
    // the second event is no part of the first
    const a = analyse("The envoys met in Lima on a draft, which the rebels rejected.");
    const [talks, rejection] = sentenceSignals(a, findFrames(a, lex.framing), lex, () => [], { minStrength: 2 });
    expect(talks!.clauses).not.toContain(rejection!.signal.clause);
  });

  it("reads a verb that also reports as a verb of saying when it frames a statement ('he concluded')", () => {
    // With an object it is the category's signal; framing a quotation or a clause it is not one.
    expect(events("The two governments concluded a ceasefire agreement in Doha.").map((e) => e.trigger)).toContain(
      "concluded",
    );
    expect(events('"If they refuse, we will act," the minister concluded.').map((e) => e.trigger)).not.toContain(
      "concluded",
    );
    expect(events("He concluded that the talks had failed.").map((e) => e.trigger)).not.toContain("concluded");
  });

  it("reads an infinitive that completes a noun of duty as a condition ('stressed the need to …')", () => {
    expect(events("The minister stressed the need to end the war through talks.")).toContainEqual(
      expect.objectContaining({ type: "condition" }),
    );
    expect(events("There is no need to end the war through talks.").map((e) => e.type)).not.toContain("condition");
  });

  it("reads what is up to a party to do as laid on it, a condition ('it is up to Kyiv to decide')", () => {
    expect(events("It is now up to the rebels to accept the offer.").map((e) => e.type)).toContain("condition");
    expect(events("Prices are up to 20 percent higher than last year.").map((e) => e.type)).not.toContain("condition");
  });

  it("reads an adjective of need said of a clause as a condition, but not one that describes a noun", () => {
    expect(events("It is vital that the rebels hand over their heavy weapons.").map((e) => e.type)).toContain(
      "condition",
    );
    expect(events("It is imperative for both armies to pull back.").map((e) => e.type)).toContain("condition");
    expect(events("It is crucial to carry out the agreed measures at once.").map((e) => e.type)).toContain("condition");
    expect(events("The minister called it a vital first step towards a settlement.").map((e) => e.type)).not.toContain(
      "condition",
    );
  });

  it("does not read a statement released, or a report that was released, as a release", () => {
    expect(
      events("A joint statement released on state media said the talks would resume.").map((e) => e.type),
    ).not.toContain("ceasefire-signal");
    expect(events("Details of the plan have not been released.")).toEqual([]);
    expect(events("Hamas released three hostages on Sunday.").map((e) => e.type)).toContain("ceasefire-signal");
  });

  it("reads a duty laid on troops as a demand, but a duty to fight as a threat", () => {
    expect(events("The rebel fighters must leave the city by Friday.").map((e) => e.type)).toEqual(["condition"]);
    expect(events("Our soldiers must fight to the end.").map((e) => e.type)).toEqual(["threat"]);
  });

  it("reads voiced dissatisfaction, concern or disappointment as a view (CAMEO 11)", () => {
    expect(events("Beijing voiced strong dissatisfaction over the casualties.").map((e) => e.type)).toEqual([
      "assessment",
    ]);
    expect(events("Cairo expressed concern over the escalation.").map((e) => e.type)).toEqual(["assessment"]);
  });

  it("reads what a frame reports, not the frame ('Peskov said that …')", () => {
    expect(events("Peskov said that Moscow was ready for talks.")).toEqual([
      { type: "negotiation-readiness", trigger: "ready" },
    ]);
  });

  it("drops a reading the caller rules out, so a side clause that surely signals may stand for it", () => {
    const sentence = "The president visited the port city, where he promised to reopen talks.";
    const a = analyse(sentence);
    const read = (passes?: (d: { signal: { type: string } }) => boolean) =>
      sentenceSignals(a, findFrames(a, lex.framing), lex, () => [], { minStrength: 2, passes }).map(
        (d) => a.tokens[d.signal.trigger]!.text,
      );
    expect(read()).toEqual(["visited"]);
    expect(read((d) => d.signal.type === "talks")).toEqual(["promised"]);
  });

  it("reads signing a document that aims at cooperation as the signing ('an agreement aimed at ending the conflict')", () => {
    expect(
      events(
        "The government and the rebels signed a framework agreement for a peace deal aimed at ending the conflict.",
      ),
    ).toEqual([{ type: "ceasefire-signal", trigger: "signed" }]);
  });

  it("reads signing a document that others judged, negotiated or put forward as the signing ('an agreement hailed by the UN')", () => {
    expect(events("Both sides signed an agreement hailed by the envoy as a lasting truce.")).toEqual([
      { type: "ceasefire-signal", trigger: "signed" },
    ]);
    expect(
      events("The rebels have approved a proposal for a truce in the war put forward by mediators Chad and Niger."),
    ).toEqual([{ type: "ceasefire-signal", trigger: "approved" }]);
    // Nor does how it was negotiated.
    expect(events("The deal negotiated in Doha was signed on Monday.")).toEqual([
      { type: "ceasefire-signal", trigger: "signed" },
    ]);
    // What the document itself does is still what signing it signals.
    expect(events("The president signed a decree declaring any negotiations impossible.")[0]).toMatchObject({
      type: "rejection",
    });
  });

  it("reads what was agreed as the agreement, once ('agreed that the truce would start on Monday')", () => {
    const s = "The two sides agreed that the truce would start on Monday.";
    expect(events(s, [date(s, "on Monday", "2025-05-12")])).toEqual([{ type: "ceasefire-signal", trigger: "agreed" }]);
    expect(events("It was agreed between them that talks would resume in Doha.")).toEqual([
      { type: "talks", trigger: "agreed" },
    ]);
    // What is vowed is what the vow intends: a vow to fight again is a threat, once.
    expect(events("The prime minister vowed that the army would resume fighting if the militia rearmed.")).toEqual([
      { type: "threat", trigger: "vowed" },
    ]);
    // A verb that agrees only about something reports what follows "that".
    expect(events("The mediator announced that the two sides had agreed to a truce.")).toEqual([
      { type: "ceasefire-signal", trigger: "agreed" },
    ]);
  });

  it("reads what follows 'provided that' as the condition of the event, not a second agreement", () => {
    expect(events("Kyiv agreed to a truce provided that Moscow agreed to the same terms.")).toEqual([
      { type: "ceasefire-signal", trigger: "agreed" },
    ]);
  });

  it("reads a dated side clause whose subject names talks as their own event ('…, where the talks began on 25 October')", () => {
    const s = "The envoy spoke in Pretoria, where the peace talks between the two sides began on 25 October.";
    expect(events(s, [date(s, "on 25 October", "2022-10-25")])).toContainEqual({ type: "talks", trigger: "talks" });
    expect(events(s.replace(" on 25 October", ""))).not.toContainEqual({ type: "talks", trigger: "talks" });
  });

  it("reads a side clause dated by a relative phrase that points its own way as its own event ('after X last week issued …')", () => {
    const s = "The talks resumed after the rebels last week rejected a truce.";
    const rejection = { type: "rejection", trigger: "rejected" };
    expect(events(s, [date(s, "last week", "2024-03-04", "2024-03-10", "relative")])).toContainEqual(rejection);
    // A bare weekday's direction is a guess: it dates no side clause of its own.
    const t = "The talks resumed after the rebels rejected a truce on Tuesday.";
    expect(events(t, [date(t, "on Tuesday", "2024-03-12", "2024-03-12", "relative")])).not.toContainEqual(rejection);
  });

  it("reads what happened shortly before the main clause as an event of its own ('…, shortly after the cabinet approved the accord')", () => {
    const s = "The president met the envoy on Tuesday, shortly after the cabinet approved the accord.";
    expect(events(s)).toContainEqual({ type: "ceasefire-signal", trigger: "approved" });
  });

  it("reads what a clause of 'after' set off by a comma says a party did as an event of its own ('collapsed on Tuesday, after the rebels refused to sign')", () => {
    const s = "The talks collapsed on Tuesday, after the rebels refused to sign the accord.";
    expect(events(s)).toContainEqual({ type: "rejection", trigger: "refused" });
    // Without the comma it is when the main clause happened; with no verb of the lexicon, a circumstance.
    expect(events(s.replace(", after", " after"))).not.toContainEqual({ type: "rejection", trigger: "refused" });
    expect(events("The president met the envoy on Tuesday, after the storm had passed.")).toEqual([
      { type: "talks", trigger: "met" },
    ]);
  });

  it("reads what a named party did in a place's clause set off by a comma as an event of its own ('…, where X accepted the plan')", () => {
    const s = "The envoy then flew on to Lima, where Ana Ruiz Vela accepted the plan.";
    expect(events(s)).toContainEqual({ type: "proposal", trigger: "accepted" });
    // (nobody named, or nothing the lexicon names: the place's circumstance)
    expect(events("The envoy then flew on to Lima, where the weather was mild.")).toEqual([
      { type: "talks", trigger: "flew" },
    ]);
  });

  it("reads what happened a distance before the main clause as an event of its own ('…, two days after the cabinet approved the accord')", () => {
    const s = "The president met the envoy on Tuesday, two days after the cabinet approved the accord.";
    expect(events(s)).toContainEqual({ type: "ceasefire-signal", trigger: "approved" });
    expect(events(s.replace("two days after", "weeks after"))).not.toContainEqual({
      type: "ceasefire-signal",
      trigger: "approved",
    });
  });

  it("gives one event per type, the first of equal strength", () => {
    expect(events("Putin met Orban and then spoke with Erdogan.")).toEqual([{ type: "talks", trigger: "met" }]);
  });

  it("gives at most three events, the strongest", () => {
    const found = events(
      "Zelensky met Trump and rejected talks, proposing a truce and demanding sanctions, while threatening strikes.",
    );
    expect(found).toHaveLength(3);
    expect(found.map((e) => e.type)).toEqual(["talks", "rejection", "ceasefire-signal"]);
  });

  it("does not read a verb's completion as an event of its own ('agreed to meet')", () => {
    expect(events("The leaders agreed to meet on Friday.")).toEqual([{ type: "talks", trigger: "agreed" }]);
  });

  it("does not read how a statement was made as an event ('speaking to journalists')", () => {
    expect(events("Blinken, speaking to journalists, said Kyiv was ready for talks.")).toEqual([
      { type: "negotiation-readiness", trigger: "ready" },
    ]);
  });

  it("does not read a past participle describing the subject between commas as an event ('The accord, concluded after talks, …')", () => {
    const s =
      "The accord, concluded after talks between envoys of the Government of National Accord and the army, will be followed by elections.";
    expect(events(s)).toEqual([{ type: "context", trigger: "elections" }]);
    // Dated, it is the described thing's own event.
    const dated = "The accord, signed in Geneva on Friday, will be followed by political discussions.";
    expect(events(dated, [date(dated, "on Friday", "2020-10-23")]).map((e) => e.trigger)).toContain("signed");
  });

  it("does not read an opening past participle as the subject's act ('Asked about …', 'Hosted by …')", () => {
    expect(events("Asked about the proposal, the minister rejected any talks.")).toEqual([
      { type: "rejection", trigger: "rejected" },
    ]);
    expect(events("Hosted by the Omani foreign minister, the two envoys held talks in Muscat.")).toEqual([
      { type: "talks", trigger: "held" },
    ]);
  });

  it("reads a participle of purpose as no event of its own, unless nothing else in the sentence is one", () => {
    expect(events("The two sides agreed to a ceasefire, aiming to end weeks of fighting.")).toEqual([
      { type: "ceasefire-signal", trigger: "agreed" },
    ]);
    expect(events("The envoy arrived in Cairo, seeking to revive the stalled talks.").map((e) => e.type)).toEqual([
      "talks",
    ]);
  });

  it("reads nothing in what a superlative is measured from ('the worst violence since X seized power')", () => {
    const s = "Both sides held talks after the worst violence since the rebels seized power in 2021.";
    expect(events(s, [date(s, "in 2021", "2021-01-01", "2021-12-31")]).map((e) => e.trigger)).not.toContain("seized");
  });

  it("drops a clause weaker than the minimum strength", () => {
    expect(events("Negotiations intensified over the weekend.", [], 2)).toEqual([
      { type: "talks", trigger: "Negotiations" },
    ]);
    expect(events("Negotiations intensified over the weekend.", [], 3)).toEqual([]);
  });

  describe("side clauses", () => {
    it("reads a side clause as an event only when it has a date of its own", () => {
      const s = "Putin, who met Orban on June 13, rejected a ceasefire.";
      expect(events(s, [date(s, "June 13", "2025-06-13")])).toEqual([
        { type: "talks", trigger: "met" },
        { type: "rejection", trigger: "rejected" },
      ]);
      expect(events("Putin, who met Orban in Moscow, rejected a ceasefire.")).toEqual([
        { type: "rejection", trigger: "rejected" },
      ]);
    });

    it("lets a side clause stand for a sentence whose main clause signals nothing", () => {
      expect(events("The weather was cold after Putin met Orban.")).toEqual([{ type: "talks", trigger: "met" }]);
    });
  });

  describe("background events named in passing", () => {
    it("reads talks in a dated side phrase as their own event ('following the summit in Alaska in August')", () => {
      const s = "Trump praised the talks following the summit in Alaska in August.";
      expect(events(s, [date(s, "August", "2024-08-01", "2024-08-31")])).toEqual([
        { type: "assessment", trigger: "praised" },
        { type: "talks", trigger: "summit", at: "August" },
      ]);
    });

    it("reads dated talks a clause happens ahead of as their own event ('on the eve of the summit on May 3-4')", () => {
      const s = "Speaking on the eve of the regional summit in Oslo on May 3-4, the minister set out his terms.";
      expect(events(s, [date(s, "May 3-4", "2023-05-03", "2023-05-04")])).toContainEqual({
        type: "talks",
        trigger: "summit",
        at: "May 3-4",
      });
    });

    it("reads talks in a side phrase dated from the story's day as their own event, not a meeting with one's own people", () => {
      const s = "In peace talks with Russia yesterday, the negotiators proposed a neutral status.";
      expect(events(s, [date(s, "yesterday", "2022-03-29", "2022-03-29", "relative")])).toContainEqual({
        type: "talks",
        trigger: "talks",
        at: "yesterday",
      });
      // a day word right after the noun is no compound ("after his meeting yesterday with …")
      const met = "The president took questions after his meeting yesterday with the rebel leader.";
      expect(events(met, [date(met, "yesterday", "2007-09-05", "2007-09-05", "relative")])).toContainEqual({
        type: "talks",
        trigger: "meeting",
        at: "yesterday",
      });
      const own = "At a meeting with his commanders on Friday, the president praised the offensive.";
      expect(events(own, [date(own, "on Friday", "2023-12-22", "2023-12-22", "relative")])).not.toContainEqual(
        expect.objectContaining({ trigger: "meeting" }),
      );
    });

    it("reads talks a dated clause of their own holds as an event ('a meeting Zelenskyy had with advisers over the weekend')", () => {
      const s = "That comes on the heels of a meeting the president had with 18 advisers in Kyiv over the weekend.";
      expect(events(s, [date(s, "the weekend", "2026-01-03", "2026-01-04", "relative")])).toContainEqual({
        type: "talks",
        trigger: "meeting",
        at: "the weekend",
      });
    });

    it("reads talks a dated relative clause opens or closes as an event ('the conference, which is set to open on May 2')", () => {
      const due =
        "The rebels agreed to a truce and to attend the peace conference, which is set to open in the capital on May 2.";
      expect(events(due, [date(due, "on May 2", "2024-05-02")])).toContainEqual({
        type: "talks",
        trigger: "conference",
        at: "on May 2",
      });
      // not another thing that opens, nor talks the clause does not open or close
      const road = "The rebels agreed to a truce on the road, which is due to open on May 2.";
      expect(events(road, [date(road, "on May 2", "2024-05-02")])).not.toContainEqual(
        expect.objectContaining({ type: "talks" }),
      );
      const snub = "The rebels agreed to a truce but snubbed the dialogue, which they called a sham on May 2.";
      expect(events(snub, [date(snub, "on May 2", "2024-05-02")])).not.toContainEqual(
        expect.objectContaining({ trigger: "dialogue", at: "on May 2" }),
      );
    });

    it("reads undated talks a phrase of 'during' or 'at' names as an event when the sentence tells nothing else", () => {
      expect(events("The two leaders argued and raised their voices during the meeting.")).toEqual([
        { type: "talks", trigger: "meeting" },
      ]);
      // not talks inside another noun's phrase, nor talks denied
      expect(events("The plan puts Washington at the center of any negotiations.")).not.toContainEqual(
        expect.objectContaining({ trigger: "negotiations" }),
      );
      expect(events("People test this, not during official meetings but in the corridors.")).toEqual([]);
    });

    it("does not read undated talks in a side phrase as an event ('during a call')", () => {
      expect(events("Trump praised Putin during a call.")).toEqual([{ type: "assessment", trigger: "praised" }]);
      expect(events("Trump praised Putin during a call with Erdogan.")).toEqual([
        { type: "assessment", trigger: "praised" },
      ]);
      // unless the phrase opens the sentence and names the other party: then it sets its scene
      expect(events("During a call with Erdogan, Trump praised Putin.")).toContainEqual({
        type: "talks",
        trigger: "call",
      });
    });

    it("reads a clause of 'as' whose named subject does what the lexicon names as an event of its own", () => {
      expect(events("The talks resumed amid tension, as Halvorsen warned of military action.")).toContainEqual({
        type: "threat",
        trigger: "warned",
      });
      // (what a thing's owner is named in does not make the clause a party's act)
      expect(events("The talks began as Russia's offensive stalled.")).not.toContainEqual(
        expect.objectContaining({ trigger: "stalled" }),
      );
    });

    it("reads the parties' own talks just held as an event, dated with the clause ('following their phone call')", () => {
      expect(
        events("The president accepted a pause in strikes on power plants following their two-hour phone call."),
      ).toContainEqual({
        type: "talks",
        trigger: "call",
      });
      expect(events("The president accepted a pause in strikes after a phone call.")).not.toContainEqual(
        expect.objectContaining({ type: "talks" }),
      );
      // and so do talks the phrase names the parties of
      expect(events("The comments came after a meeting in Doha between Halvorsen and the rebel envoys.")).toEqual([
        { type: "talks", trigger: "meeting" },
      ]); // and talks with a party
      expect(events("The mission left the capital after inconclusive talks with the military junta.")).toEqual([
        { type: "talks", trigger: "talks" },
      ]);
      // and talks counted in hours or days, not in years
      expect(events("The two armies agreed on a truce after 16 hours of tense talks.")).toContainEqual({
        type: "talks",
        trigger: "talks",
      });
      // (or in weeks or rounds, of talks of a kind)
      expect(events("The minister made the announcement after a week of peace talks in Geneva.")).toEqual([
        { type: "talks", trigger: "talks" },
      ]);
      expect(events("The two armies agreed on a truce after years of talks.")).not.toContainEqual(
        expect.objectContaining({ type: "talks" }),
      );
    });

    it("reads a plan described by a dated participle as its own event ('a plan announced last month')", () => {
      const s = "Zelensky rejected a 20-point peace plan announced last month.";
      expect(events(s, [date(s, "last month", "2025-05-01", "2025-05-31", "relative")])).toEqual([
        { type: "rejection", trigger: "rejected" },
        { type: "proposal", trigger: "plan", at: "last month" },
      ]);
      expect(events("Zelensky rejected a 20-point peace plan announced in Washington.")).toEqual([
        { type: "rejection", trigger: "rejected" },
      ]);
      // Only the noun the participle describes: not one before the phrase it sits in.
      const other = "The ministry rejected the plan in a statement issued last month.";
      expect(events(other, [date(other, "last month", "2025-05-01", "2025-05-31", "relative")])).not.toContainEqual(
        expect.objectContaining({ type: "proposal" }),
      );
      // The noun may sit inside the participle's clause, with a phrase after it ("a plan for Sudan announced …").
      const follows = "The truce follows a peace plan for Sudan announced last month by the president.";
      expect(events(follows, [date(follows, "last month", "2025-05-01", "2025-05-31", "relative")])).toContainEqual({
        type: "proposal",
        trigger: "plan",
        at: "last month",
      });
    });
  });
});

describe("subtree and clauseHasDate", () => {
  it("reads a signal found only on a condition as that condition ('if Kyiv is ready to sign …, the way will open')", () => {
    expect(events("He said that if the rebels are ready to sign, relations will improve.")).toEqual([
      { type: "condition", trigger: "ready" },
    ]);
    // not a reading of what might happen: only an offer held out on the condition
    expect(events("He may change his mind if the army seizes the bridge.").map((e) => e.type)).not.toContain(
      "condition",
    );
  });

  it("reads no event in a question, nor in one after a colon", () => {
    expect(events("Will the rebels accept the ceasefire?")).toEqual([]);
    expect(events('"Why should we negotiate with them?"')).toEqual([]);
    expect(events("The rebels signalled a readiness to negotiate, but one question remains: on what terms?")).toEqual([
      expect.objectContaining({ type: "negotiation-readiness" }),
    ]);
  });

  it("reads no event in a name given to a thing ('a plan called the road map')", () => {
    expect(events("The envoys drafted a text called the road map.").map((e) => e.trigger)).not.toContain("called");
    expect(events("The envoy called the minister on Friday.").map((e) => e.type)).toEqual(["talks"]);
  });

  it("reads a condition that something fails to happen as no refusal: with what will follow, a threat", () => {
    expect(events("He warned that the city would fall if a deal is not reached.")).toEqual([
      expect.objectContaining({ type: "threat" }),
    ]);
  });

  it("reads a condition set on verbs joined together as one condition of all of them ('would only cease fire and enter talks if …')", () => {
    expect(
      events("He said Moscow would only cease fire and enter talks if the army withdraws from the regions."),
    ).toEqual([expect.objectContaining({ type: "condition" })]);
  });

  it("reads no event in the source of a claim ('according to officials who met the envoys on Monday')", () => {
    const s = "The two governments signed a joint statement, according to officials who met the envoys on Monday.";
    expect(events(s, [date(s, "on Monday", "2025-06-16")]).map((e) => e.trigger)).toEqual(["signed"]);
  });

  it("states no event for what is asked ('asked whether Hamas was ready'); an open question is a reading of prospects", () => {
    expect(events("The envoy asked whether the rebels were ready to talk.").map((e) => e.type)).toEqual(["proposal"]);
    expect(events("It was still unclear whether a deal was possible.")).toEqual([
      expect.objectContaining({ type: "assessment" }),
    ]);
    expect(events("It was unclear whether the plan means the withdrawal of troops.")).toEqual([
      expect.objectContaining({ type: "assessment" }),
    ]);
    // What someone would not say is neither stated nor a reading of prospects.
    expect(events("The envoy declined to say whether he would meet the rebels.")).toEqual([]);
  });

  it("lists a clause and every clause hanging on it", () => {
    const a = analyse("Erdogan met Putin in Sochi and said Turkey was ready to host talks.");
    expect(subtree(a, 1)).toEqual([1, 2, 3]);
    expect(subtree(a, 3)).toEqual([3]);
  });

  it("leaves out a circumstance that opens the sentence, with what hangs on it", () => {
    const a = analyse("Speaking after talks aimed at ending the war, the envoy said a deal was close.");
    const said = a.clauses.findIndex((c) => c.group && a.tokens[c.group.head]!.text === "said");
    expect(subtree(a, said).map((k) => a.tokens[a.clauses[k]!.group!.head]!.text)).toEqual(["said", "was"]);
  });

  it("finds only an explicit date inside a clause", () => {
    const s = "Putin, who met Orban on June 13, rejected a ceasefire.";
    const a = analyse(s);
    expect(clauseHasDate(a, 0, [date(s, "June 13", "2025-06-13")])).toBe(true);
    expect(clauseHasDate(a, 1, [date(s, "June 13", "2025-06-13")])).toBe(false);
    expect(clauseHasDate(a, 0, [date(s, "June 13", "2025-06-13", "2025-06-13", "relative")])).toBe(false);
  });
  it("dates a past clause of time by a bare weekday inside it when the sentence dates the rest apart", () => {
    const s = "Fishermen cheered on Monday after the two navies agreed to a maritime truce on Sunday.";
    const dates = [
      date(s, "on Monday", "2025-03-10", "2025-03-10", "relative"),
      date(s, "on Sunday", "2025-03-09", "2025-03-09", "relative"),
    ];
    const a = analyse(s);
    const after = a.clauses.findIndex((c) => c.opener === "after");
    expect(clauseHasDate(a, after, dates)).toBe(true);
    expect(events(s, dates).map((e) => e.type)).toContain("ceasefire-signal");
    // (the sentence's only date, it may date the clause the other hangs on)
    expect(clauseHasDate(a, after, dates.slice(1))).toBe(false);
  });
  it("leaves a clause of time set off by a dash out of the event before it ('… truce - as the premier vowed …')", () => {
    const a = analyse("The cabinet approved a truce with the militia - as the premier vowed to crush the group.");
    const [truce] = sentenceSignals(a, findFrames(a, lex.framing), lex, () => [], { minStrength: 2 });
    const words = truce!.clauses.flatMap((i) =>
      a.tokens.slice(a.clauses[i]!.start, a.clauses[i]!.end).map((t) => t.lower),
    );
    expect(truce!.signal.type).toBe("ceasefire-signal");
    expect(words).not.toContain("premier");
  });
});
