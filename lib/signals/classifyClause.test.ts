import { describe, expect, it } from "vitest";
import triggers from "../../content/triggers.json";
import { analyseSentence } from "../clauses/analyseSentence";
import { findFrames } from "../clauses/frames";
import { classifyClause } from "./classifyClause";
import { loadLexicon } from "./lexicon";

const lex = loadLexicon(triggers);

/** The signal of one clause of a sentence (the first by default), read as the pipeline reads it. */
function signal(sentence: string, clause = 0) {
  const a = analyseSentence(sentence, { reporting: lex.framing });
  const frames = new Set(findFrames(a, lex.framing).flatMap((f) => (f.clause === null ? [] : [f.clause])));
  const s = classifyClause(a, clause, lex, { frames });
  return s && { ...s, triggerWord: a.tokens[s.trigger]!.text };
}

describe("classifyClause", () => {
  describe("the predicate decides the category", () => {
    it("reads an act a party decides or is told not to do as refused ('decided not to sign the accord')", () => {
      expect(signal("The junta decided not to sign the accord.")).toMatchObject({ type: "rejection", negated: true });
      expect(signal("The premier told his envoys not to sign the accord.")).toMatchObject({ type: "rejection" });
      expect(signal("The junta decided to sign the accord.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads pressing on still to come as a threat of fighting on, and pressing on with talks as none", () => {
      expect(signal("The premier said his country would press on when the lull is over.", 1)).toMatchObject({
        type: "threat",
      });
      expect(signal("The army will press on with the talks.")?.type).not.toBe("threat");
    });

    it("reads facing penalties to come as a threat, and consequences faced now as none", () => {
      expect(signal("Militias that break the accord will face heavy penalties, the commander said.", 1)).toMatchObject({
        type: "threat",
      });
      expect(signal("The president warned that the rebels would face consequences.", 1)).toMatchObject({
        type: "threat",
      });
      expect(signal("The region faces the consequences of the war.")).toBeNull();
    });

    it("reads a price to pay or lives to cost, still to come, as a threat; what was paid or cost as none", () => {
      expect(signal("The junta will pay a heavy price for the raid, the commander said.")).toMatchObject({
        type: "threat",
      });
      expect(signal("The rebels said the blockade would cost more lives.", 1)).toMatchObject({ type: "threat" });
      expect(signal("The drought has cost hundreds of lives.")).toBeNull();
      expect(signal("Farmers paid a higher price for seed.")).toBeNull();
    });

    it("reads sitting at the negotiating table as talks, and refusing to as a rejection", () => {
      expect(signal("The rebels will sit at the negotiating table next week.")).toMatchObject({ type: "talks" });
      expect(signal("The junta will never sit at the table with the rebels.")).toMatchObject({ type: "rejection" });
      expect(signal("He sat at the back of the hall.")).toBeNull();
    });

    it("reads suspending one's participation as quitting, with or without what it is in", () => {
      expect(signal("Moscow suspended its participation on Saturday after an attack on its fleet.")).toMatchObject({
        type: "rejection",
        cameo: "12",
      });
    });

    it("reads brushing a deal aside or off as rejecting it, the particle before or after the object", () => {
      expect(
        signal("A rebel spokesman brushed the accord aside, calling it a pact between two other parties."),
      ).toMatchObject({
        type: "rejection",
      });
      expect(signal("The minister brushed off the proposal on Monday.")).toMatchObject({ type: "rejection" });
    });

    it("reads a lexicon verb as its category, surely", () => {
      expect(signal("Zelensky rejected the proposal.")).toMatchObject({
        type: "rejection",
        cameo: "12",
        strength: 3,
        triggerWord: "rejected",
        classes: ["plan"],
        negated: false,
      });
      expect(signal("Zelensky and Trump met in Rome on Saturday.")).toMatchObject({ type: "talks", cameo: "04" });
      expect(signal("Lavrov accused Kyiv of sabotaging the talks.")).toMatchObject({ type: "assessment", cameo: "11" });
    });

    it("reads an aim said to be doing something as the intent to do it ('the objective is to find a solution')", () => {
      expect(signal("The overall objective of the two sides is to find a negotiated solution.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
      expect(signal("Our goal is to end the war.")).toMatchObject({ type: "ceasefire-signal", cameo: "03" });
      expect(signal("The meeting is to take place on Monday.")).toMatchObject({ type: "talks" });
      // (past a quotation mark)
      expect(signal('The envoy said her aim was "to make the lull last into next week".', 1)).toMatchObject({
        type: "ceasefire-signal",
        cameo: "03",
      });
    });

    it("reads a prospect of something as a view of it, and an objective one acts with as a purpose, not a demand", () => {
      expect(signal("There is no prospect of direct talks between the two sides.")).toMatchObject({
        type: "assessment",
        cameo: "01",
      });
      expect(
        signal("The two sides resumed the dialogue with the objective of reaching a political deal."),
      ).toMatchObject({ type: "talks" });
      expect(signal("Moscow's objectives remain unchanged.")).toMatchObject({ type: "condition" });
    });

    it("reads a version or an annex of a plan or deal as that plan or deal", () => {
      expect(signal("The president agreed to a modified version of the ceasefire plan.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two governments agreed on the annex of the peace agreement.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads how a passive verb of talks says they went as a view of them ('were held in a cordial atmosphere')", () => {
      expect(signal("The negotiations were conducted quite frankly, the envoy said.")).toMatchObject({
        type: "assessment",
        cameo: "01",
      });
      expect(signal("The second round was held in a tense and difficult atmosphere.")).toMatchObject({
        type: "assessment",
      });
      // Where, when or in what form talks were held says nothing of how they went.
      for (const sentence of [
        "The talks were held in Oslo on Monday.",
        "The talks were held in a hybrid format.",
        "The talks were held in an atmosphere of secrecy.",
      ])
        expect(signal(sentence), sentence).toMatchObject({ type: "talks" });
    });

    it("reads the party talks are held with as their partner, not what the clause is about", () => {
      expect(signal("Talks with the army will resume on Monday.")).toMatchObject({ type: "talks" });
      expect(signal("The opposition rejected talks with the regime.")).toMatchObject({ type: "rejection" });
      expect(signal("Kyiv questioned the legitimacy of the regime.")).toMatchObject({ type: "legitimacy-dispute" });
    });

    it("reads a phrase of place or time after the subject's noun as its scene ('delegates at the summit agreed')", () => {
      expect(signal("Delegates at the summit in Lome agreed that the border would reopen in May.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("Talks at the border post resumed on Monday.")).toMatchObject({ type: "talks" });
    });

    it("reads recognising someone in an office, or proclaiming oneself its holder, as about legitimacy", () => {
      expect(signal("Ottawa recognised the senate speaker as acting president.")).toMatchObject({
        type: "legitimacy-dispute",
      });
      expect(signal("The council released a note recognizing the general as head of the government.", 1)).toMatchObject(
        {
          type: "legitimacy-dispute",
        },
      );
      expect(signal("The colonel proclaimed himself interim leader on Friday.")).toMatchObject({
        type: "legitimacy-dispute",
      });
      expect(signal("The bloc recognised the role of the mediators.")).not.toMatchObject({
        type: "legitimacy-dispute",
      });
    });

    it("reads 'let us' and 'let's' as an appeal to act together, and other letting as nothing", () => {
      expect(signal("Let's ratify the accord before winter.")).toMatchObject({ type: "proposal", cameo: "02" });
      expect(signal("Let us sit down at the table.")).toMatchObject({ cameo: "02" });
      expect(signal("Let the mediators finish their work.")?.cameo).not.toBe("02");
    });

    it("reads favouring a deal or talks as backing them, and favouring a party as nothing", () => {
      expect(signal("Israel favours a ceasefire deal.")).toMatchObject({ type: "ceasefire-signal", cameo: "05" });
      expect(signal("Washington favors a negotiated settlement.")).toMatchObject({ cameo: "05" });
      expect(signal("The weather favors the attackers.")?.cameo).not.toBe("05");
    });

    it("reads praising a party or a deal as a view of it, and welcoming a truce as a signal of it (CAMEO 051)", () => {
      // Only what is praised decides: the truce inside "Egypt's role in ending the hostilities" does not.
      expect(signal("The envoy commended Egypt's role in ending the hostilities.")).toMatchObject({
        type: "assessment",
        cameo: "051",
      });
      // A deal praised is done: the praise is a reading of it, not a step towards a truce.
      expect(signal("Washington applauded the agreement.")).toMatchObject({ type: "assessment", cameo: "051" });
      // A deal that is a truce, by its noun or by what it is to do, is welcomed as one.
      expect(signal("The envoy welcomed the ceasefire agreement between the two armies.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The envoy welcomed the agreement between the two armies to halt the fighting.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The secretary-general hailed the accord as a first step.")).toMatchObject({ type: "assessment" });
      expect(signal("The prime minister welcomed yesterday's truce.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "051",
      });
      expect(signal("The minister praised the delegation's balanced approach.")).toMatchObject({ type: "assessment" });
    });

    it("reads tying a deal, a truce or talks to something as setting a condition, and nothing else it ties", () => {
      expect(signal("The government has linked the signing of the treaty to two demands.")).toMatchObject({
        type: "condition",
        cameo: "10",
      });
      expect(signal("Moscow tied any ceasefire to the lifting of sanctions.")).toMatchObject({ type: "condition" });
      expect(signal("Police linked the attack to the rebels.")?.type).not.toBe("condition");
    });

    it("reads a settlement called close, realistic or acceptable as a view of the prospects, not a ceasefire signal", () => {
      expect(signal("The mediator said a settlement was close.", 1)).toMatchObject({ type: "assessment" });
      expect(signal("Both delegations said the compromise accord was acceptable.", 1)).toMatchObject({
        type: "assessment",
      });
      expect(signal("A durable truce is unattainable for now.")).toMatchObject({ type: "assessment" });
      expect(signal("The envoy said the border question remained unresolved.", 1)).toMatchObject({
        type: "assessment",
      });
    });

    it("reads wanting what another party must do or give as a demand, and wanting talks, peace or an end to the war as readiness", () => {
      expect(signal("The junta wants the militia to hand over its weapons first.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The envoy would like to see concrete steps from both capitals.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The opposition wants guarantees for its fighters.")).toMatchObject({ type: "condition" });
      expect(signal("The opposition wants direct talks.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("We want this war to end soon.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The militia wants to negotiate.")).toMatchObject({ type: "negotiation-readiness" });
    });

    it("reads an offer called unfair or unjust as refused (CAMEO 12)", () => {
      expect(signal("The premier called the mediators' scheme unfair.")).toMatchObject({ type: "rejection" });
    });

    it("reads an invitation to talks as the talks (CAMEO 04), and one to anything else as an appeal", () => {
      expect(signal("The emirate invited both delegations to Doha for a new round of talks.")).toMatchObject({
        type: "talks",
      });
      expect(signal("The envoy invited the junta to release the detainees.")).toMatchObject({ type: "proposal" });
    });

    it("reads a minister who landed somewhere as a visit, but not a missile, a plane or a deal landed (CAMEO 04)", () => {
      expect(signal("The foreign minister landed in Nairobi late on Monday.")).toMatchObject({ type: "talks" });
      expect(signal("A rocket landed in an empty field.")).toBeNull();
      expect(signal("The pilot landed the plane safely.")).toBeNull();
    });

    it("reads advancing a truce or a deal as no advance of troops", () => {
      expect(signal("The envoys are advancing a truce for the northern provinces.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The army advanced on the port city overnight.")).toMatchObject({ type: "military-claim" });
      expect(signal("The rebels advanced their positions closer to the capital.")).toMatchObject({
        type: "military-claim",
      });
    });

    it("reads being unwilling to talk as refusing to ('was unwilling to negotiate')", () => {
      expect(signal("He said that the council was still unwilling to negotiate with the militia.", 1)).toMatchObject({
        type: "rejection",
        cameo: "12",
        negated: true,
      });
      expect(signal("He said that the council was ready to negotiate with the militia.", 1)).toMatchObject({
        type: "negotiation-readiness",
      });
      expect(signal("The junta is not only unwilling to negotiate but also unable to.")).toMatchObject({
        type: "rejection",
      });
      // Two negations cancel: "not unwilling" is a guarded yes.
      expect(signal("The council is not unwilling to negotiate with the militia.")).toMatchObject({
        type: "negotiation-readiness",
        negated: false,
      });
    });

    it("reads one of a party's conditions as a condition ('One of the demands of the militia was that …')", () => {
      expect(signal("One of the demands of the militia was that observers attend every round.")).toMatchObject({
        type: "condition",
      });
      expect(signal("Some of the demands were that the army withdraw first.")).toMatchObject({ type: "condition" });
    });

    it("keeps a truce a side phrase names out of the clause ('amid a shaky but holding truce')", () => {
      expect(
        signal("The council expressed readiness to engage in talks with the militia amid a shaky but holding truce."),
      ).toMatchObject({ type: "negotiation-readiness" });
      expect(
        signal("The council expressed readiness to engage in talks with the militia amid a shaky truce."),
      ).toMatchObject({
        type: "negotiation-readiness",
      });
    });

    it("reads the object after a time set between it and the verb ('announced over the weekend a truce')", () => {
      expect(signal("The president proclaimed over the weekend a month-long truce with the militias.")).toMatchObject({
        type: "ceasefire-signal",
      });
      // A side phrase that names no time still keeps what it names out.
      expect(signal("The council met over the border a day later.")?.type).toBe("talks");
    });

    it("reads a distance in time before 'after' as no part of the object ('suspended talks days after …')", () => {
      expect(signal("The government suspended negotiations days after the bombing.")).toMatchObject({
        type: "rejection",
        classes: ["talks"],
      });
    });

    it("reads what talks resulted in as the outcome ('resulted in agreement of a halt to the fighting')", () => {
      expect(signal("The talks have resulted in agreement of a halt to the fighting.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The army acted in breach of the truce.")).toMatchObject({ type: "military-claim" });
      expect(signal("The summit was a good result in terms of security guarantees.")?.classes).not.toContain("plan");
    });

    it("reads a deal on a matter of no class as a plan for it, a deal on a truce or a place as a deal", () => {
      expect(signal("The two sides signed an agreement on the export of grain.")).toMatchObject({
        type: "proposal",
        classes: ["plan"],
      });
      expect(signal("The powers agreed a deal on its nuclear programme.")).toMatchObject({ type: "proposal" });
      expect(signal("The two sides signed an agreement on a ceasefire.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The two sides signed a deal on Gaza.")).toMatchObject({ type: "ceasefire-signal" });
      // A part of a deal, or a matter its "of" phrase names, is no matter of its own.
      expect(signal("The two sides reached an agreement on the first phase.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two sides signed a deal on the release of prisoners.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two sides reached an agreement on the release of the hostages.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two states reached an agreement on the release of frozen funds.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("The two sides reached an agreement on the release of women and children.")).toMatchObject({
        type: "ceasefire-signal",
      });
      // So is what a deal is to do, and a matter a participle describes.
      expect(signal("The two states reached an agreement to reopen their embassies.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("The two sides signed an agreement on missing persons.")).toMatchObject({ type: "proposal" });
      expect(signal("The two sides reached a deal to end the war.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a consensus two parties issue as a joint proposal, not a release of prisoners", () => {
      expect(signal("The two governments released their consensus on Thursday.")).toMatchObject({
        type: "proposal",
        classes: ["plan"],
      });
      expect(signal("The two governments issued a five-point consensus on the crisis.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("The sides reached a consensus on a ceasefire.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads calling an offer a non-starter as rejecting it", () => {
      expect(signal("The proposal is a non-starter for the rebels.")).toMatchObject({ type: "rejection", cameo: "12" });
    });

    it("reads being concerned or pleased about a deal as a view of it, not the deal", () => {
      expect(signal("The mediators remain concerned about the sides' commitment to the accord.")).toMatchObject({
        type: "assessment",
        cameo: "01",
      });
      expect(signal("Officials were pleased with the progress towards a truce.")).toMatchObject({ type: "assessment" });
    });

    it("reads a hope as an optimistic view, whatever it hopes for (CAMEO 013)", () => {
      expect(signal("Qatar hopes that the agreement will pave the way for a national dialogue.")).toMatchObject({
        type: "assessment",
        cameo: "013",
      });
      expect(signal("The president hoped the initiative would lead to a summit.")).toMatchObject({
        type: "assessment",
      });
    });

    it("reads working on a plan, a deal or talks as cooperating on it, not on anything else", () => {
      expect(signal("The envoys are working on a peace plan.")).toMatchObject({ type: "proposal", cameo: "05" });
      expect(signal("The mechanics worked on the engine.")).toBeNull();
    });

    it("reads talks that never stopped as talks going on, not a refusal", () => {
      expect(signal("Talks between the two sides never stopped, even during the war.")).toMatchObject({
        type: "talks",
        negated: false,
      });
      expect(signal("The army did not stop the shelling.")?.type).toBe("rejection");
    });

    it("reads reserving the right to act as a threat, not reserving a seat", () => {
      expect(signal("Israel reserves the right to respond to any violation.")).toMatchObject({
        type: "threat",
        cameo: "13",
      });
      expect(signal("The organisers reserved a seat for the envoy.")?.type).not.toBe("threat");
    });

    it("reads a light verb of showing by the noun it shows ('indicated its readiness for talks')", () => {
      expect(signal("The government indicated its readiness for talks.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
    });

    it("reads keeping a stance by the stance kept ('maintained its commitment to dialogue')", () => {
      expect(signal("The movement maintained its commitment to dialogue after the vote.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
      // What is kept with no noun of a stance stays what the object makes it.
      expect(signal("The army maintained the truce along the river.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a verb of stressing by the noun it stresses ('underlined its willingness to sign the accord')", () => {
      expect(signal("The council underlined its willingness to sign the accord.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
    });

    it("reads an infinitive past a passive verb's phrases of time and place as a purpose", () => {
      // Scheduled for a day and a place, the meeting is what is scheduled, not the plans it will address.
      expect(
        signal("A meeting of the border committee is scheduled for Monday in the capital to address new proposals."),
      ).toMatchObject({ type: "talks" });
      // ("expects the envoys to arrive next week to continue the talks" hands on to what is expected)
      expect(signal("Moscow expects the envoys to arrive next week to continue the talks.")).toMatchObject({
        type: "talks",
        future: true,
      });
    });

    it("lets what the predicate is about decide before what its subject names", () => {
      // The subject's "forces" would make a battlefield report of a clause about the talks.
      expect(signal("The armed forces have confirmed their participation in the talks.")).toMatchObject({
        type: "talks",
      });
    });

    it("reads keeping to an agreement as cooperation, a truce's signal when the agreement is one", () => {
      expect(signal("The rebels will abide by the ceasefire.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "05",
      });
      expect(signal("Both armies pledged to comply with the truce.", 1)).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The government will honour the deal.")).toMatchObject({ cameo: "05" });
      expect(signal("The government will honour the fallen.")).toBeNull();
    });

    it("reads being bound by an agreement as keeping to it, and refusing to be as a rejection", () => {
      expect(signal("The militia said it was not bound by an accord it had not negotiated.", 1)).toMatchObject({
        type: "rejection",
      });
      expect(signal("The two armies are bound by the truce.")).toMatchObject({ type: "ceasefire-signal" });
      // (bound by a rule or a custom is no deal)
      expect(signal("The judges are bound by the constitution.")).toBeNull();
    });

    it("reads penalties a party is warned of as sanctions, but not a court's death penalty", () => {
      expect(signal("The envoy warned of heavy penalties for any faction that broke the truce.")).toMatchObject({
        type: "threat",
      });
      expect(signal("There would be heavy financial penalties for any side that cheated.")).toMatchObject({
        type: "sanction",
      });
      expect(signal("The court upheld the death penalty for the two men.")).toBeNull();
    });

    it("reads a list of terrorist groups as a sanction, written either way ('the terrorist list')", () => {
      expect(signal("The militia will stay on the terrorist list until it disarms.")).toMatchObject({
        type: "sanction",
      });
      expect(
        signal("Ottawa will remove the militia from the list of foreign terrorist groups it keeps."),
      ).toMatchObject({
        type: "sanction",
      });
      // Agreeing to yield on a party by what the phrase after it names: a sanction, not a truce.
      expect(signal("The council agreed to suspend the militia from its terrorist list for a year.")).toMatchObject({
        type: "sanction",
      });
      // A list of anything else is none.
      expect(signal("Ottawa will remove the militia from its list of preferred bidders.")).not.toMatchObject({
        type: "sanction",
      });
    });

    it("reads a verb that needs an object class only with that class ('imposed new sanctions')", () => {
      expect(signal("The EU imposed new sanctions on Moscow.")).toMatchObject({ type: "sanction", cameo: "16" });
      expect(signal("The EU imposed new rules on banks.")).toBeNull();
    });

    it("hands a governing verb's negation to the verb it governs ('is not going to accept')", () => {
      expect(signal("Kyiv is never going to accept the deal.")).toMatchObject({ type: "rejection", negated: true });
      expect(signal("The two sides were not able to agree on a truce.")).toMatchObject({ type: "rejection" });
      expect(signal("The two sides were able to agree on a truce.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a negated copula that denies an offer as a refusal ('a ceasefire is not a solution')", () => {
      expect(signal("A ceasefire is not a solution.")).toMatchObject({ type: "rejection", negated: true });
      expect(signal("We are not ready for talks.")).toMatchObject({ type: "rejection" });
    });

    it("reads a phrasal verb by its particle ('rule out')", () => {
      expect(signal("Kyiv ruled out elections during the war.")).toMatchObject({ cameo: "12", triggerWord: "ruled" });
    });

    it("takes no second particle past the object of a preposition ('called for a truce in the war')", () => {
      // "call in" (bring in fire) needs its particle after the verb or a short object, not after
      // the phrase "for" opens.
      expect(signal("The envoys issued a statement on Sunday calling for a truce in the war.", 1)).toMatchObject({
        cameo: "02",
        type: "ceasefire-signal",
      });
    });

    it("returns null for a clause that signals nothing", () => {
      expect(signal("The weather in Kyiv was cold on Monday.")).toBeNull();
    });

    it("returns null for a clause that is a reporting frame", () => {
      const a = analyseSentence("Peskov said that talks will resume next week.", { reporting: lex.framing });
      expect(classifyClause(a, 0, lex, { frames: new Set([0]) })).toBeNull();
      expect(classifyClause(a, 1, lex, { frames: new Set([0]) })).toMatchObject({ type: "talks", future: true });
    });
  });

  describe("object classes refine the type (byObject)", () => {
    it("reads a deal, plan, talks or truce judged as the verb's own target as rejected (byTarget), and blame for one as blame", () => {
      expect(signal("Nationalist parties denounced the treaty as a surrender to the enemy.")).toMatchObject({
        type: "rejection",
        cameo: "11",
      });
      expect(signal("The roadmap was criticised as unworkable by the opposition.")?.type).toBe("rejection");
      expect(signal("Veterans protested against the accord in the capital.")?.type).toBe("rejection");
      expect(signal("The council condemned last week's ceasefire agreement as a trap.")?.type).toBe("rejection");
      expect(signal("The army blamed the militia for the collapse of the accord.")?.type).toBe("assessment");
      expect(signal("The envoy criticised the slow pace of the negotiations.")?.type).toBe("assessment");
      expect(signal("The mayor condemned the shelling of the market.")?.type).toBe("assessment");
      expect(signal("The opposition denounced the vote as illegitimate.")?.type).toBe("legitimacy-dispute");
    });

    it("reads setting a deadline or conditions as laying them down, past a day written before the noun", () => {
      expect(signal("The envoy set a June 30 deadline for the rebels to disarm.")).toMatchObject({
        type: "condition",
        cameo: "10",
      });
      expect(signal("Moscow set preconditions for any meeting.")).toMatchObject({ type: "condition" });
      expect(signal("The two sides set a date for the next round.")?.type).not.toBe("condition");
    });

    it("lets the verb's own object decide over a scene set by 'in' after it ('withdrew its troops in a ceremony')", () => {
      expect(signal("The army withdrew its last troops in a ceremony at the border.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
      expect(signal("The guerrillas handed over all their weapons in a ceremony near the border.")).toMatchObject({
        type: "ceasefire-signal",
      });
      // an object that names no class hands on to what follows it
      expect(signal("The rebels suspended their participation in the talks.")).toMatchObject({ type: "rejection" });
      // a phrase completing the object is no scene
      expect(signal("The two sides reached an agreement on a ceasefire.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads an armed group disbanding or dissolving itself as a yield, but not a dissolved parliament", () => {
      expect(signal("The militia decided to disband.", 1)).toMatchObject({ type: "ceasefire-signal", cameo: "08" });
      expect(signal("The front said it would dissolve itself.", 1)).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The president dissolved parliament on Monday.")).toBeNull();
    });

    it("reads weapons as forces, so laying them down in a ceremony is a yield; not a nuclear weapon", () => {
      expect(signal("The militia laid down its weapons in a ceremony on Friday.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
      expect(signal("Tehran could soon build a nuclear weapon.")?.classes ?? []).not.toContain("forces");
    });

    it("reads 'raise' as a light verb: what is raised says what the clause is ('raised concerns', 'raised tariffs')", () => {
      expect(signal("The delegations raised the issue of a ceasefire.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The minister raised concerns about the deal.")).toMatchObject({ type: "assessment", cameo: "11" });
      expect(signal("Washington raised tariffs on steel.")).toMatchObject({ type: "sanction" });
      expect(signal("The central bank raised rates.")).toBeNull();
    });

    it("reads congratulating, thanking or appreciating as praise (CAMEO 051), disengaging as yielding, readiness to ease sanctions as a sanction signal", () => {
      expect(signal("The envoy congratulated the two sides on the accord.")).toMatchObject({
        type: "assessment",
        cameo: "051",
      });
      expect(signal("The secretary-general thanked the delegations for their work.")).toMatchObject({ cameo: "051" });
      expect(signal("Norway appreciates Kenya's role in the process.")).toMatchObject({ cameo: "051" });
      expect(signal("The two armies pledged to disengage their forces along the river.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two armies agreed to disengage at two points on the border.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("Washington was prepared to ease the sanctions.")).toMatchObject({ type: "sanction" });
    });

    it("reads a plan met with dissatisfaction as a view of it, and exchanging viewpoints as no exchange of prisoners", () => {
      expect(signal("The draft was met with dissatisfaction in the capital.")).toMatchObject({ type: "assessment" });
      expect(signal("The negotiators exchanged viewpoints on the border.")?.type).not.toBe("context");
      // Exchanging views consults (CAMEO 04), whatever the views are about.
      expect(signal("The envoys exchanged views on the withdrawal of troops.")).toMatchObject({
        type: "talks",
        cameo: "04",
      });
      expect(signal("The two armies exchanged fire overnight.")?.type).not.toBe("talks");
    });

    it("reads agreeing that something is set to happen as agreeing terms", () => {
      expect(signal("Both sides agreed that foreign fighters are set to leave the country.")).toMatchObject({
        type: "proposal",
        cameo: "05",
      });
      // What was set back in the past is no term.
      expect(signal("The two ministers agreed that the war had set back the region.")?.type).not.toBe("proposal");
    });

    it("reads a signing named as an event, and witnessing one, as its ceremony: a meeting of the parties", () => {
      expect(signal("The protest followed Friday's signing of the accord in the capital.", 1)).toMatchObject({
        type: "talks",
      });
      expect(signal("The prime minister witnessed the signing of the peace accord.")).toMatchObject({ type: "talks" });
      expect(signal("Villagers witnessed the shelling of the market.")).toBeNull();
      // (the act itself, not named as an event, stays what is signed)
      expect(signal("The two sides signed the truce on Friday.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads being in attendance as taking part in talks", () => {
      expect(signal("Both ambassadors were also in attendance.")).toMatchObject({ type: "talks" });
    });

    it("reads restraint as a step back from fighting", () => {
      expect(signal("Both capitals urged restraint.")).toMatchObject({ type: "ceasefire-signal", cameo: "02" });
      expect(signal("All parties will show restraint.")).toMatchObject({ type: "ceasefire-signal" });
      // Restraint in spending or pay is no truce; a truce that the police report is one.
      expect(signal("The finance minister urged fiscal restraint.")?.type).not.toBe("ceasefire-signal");
      expect(signal("Police said the ceasefire took effect at midnight.", 1)).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads past a quantity to what it counts ('a number of conditions', 'a package of proposals')", () => {
      expect(signal("The rebels tabled a number of new conditions.")).toMatchObject({ type: "condition" });
      expect(signal("The envoy presented a package of proposals.")).toMatchObject({ type: "proposal" });
      expect(signal("The junta put forward a list of demands.")).toMatchObject({ type: "condition" });
    });

    it("reads a truce, a deal or talks that a demand is for as the demand's aim, not the clause's object", () => {
      expect(signal("The rebels set out conditions for a ceasefire.")).toMatchObject({ type: "condition" });
      expect(signal("The junta listed its demands for a truce.")).toMatchObject({ type: "condition" });
      expect(signal("The militia put forward demands to agree to the truce.")).toMatchObject({ type: "condition" });
      // The clause of "to" by itself still agrees to the truce; a call for one still calls for it.
      expect(signal("The militia put forward demands to agree to the truce.", 1)).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The envoy called for a ceasefire.")).toMatchObject({ type: "ceasefire-signal" });
      // pressing for something asks for it, past a phrase between ("press at the next round for …")
      expect(signal("The envoys pressed for a ceasefire.")).toMatchObject({ type: "ceasefire-signal", cameo: "02" });
      expect(signal("Lima will press at the next round for an inspection regime.")).toMatchObject({ cameo: "02" });
      expect(signal("The rebels pressed on with the siege.")).not.toMatchObject({ cameo: "02" });
      // Accepting the conditions for a truce accepts the truce.
      expect(signal("The militia accepted the conditions for a ceasefire.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads a view of what may come as the subject of a verb of no meaning of its own as that view (CAMEO 01)", () => {
      expect(signal("Prospects for a settlement have improved markedly.")).toMatchObject({ type: "assessment" });
      expect(signal("A rare opportunity for an accord has emerged.")).toMatchObject({ type: "assessment" });
      // A view an infinitive completes after a light verb is the occasion of the infinitive's act.
      expect(signal("We take this chance to call upon the rebels to respond.")).toMatchObject({ cameo: "02" });
      expect(signal("The prospects of a settlement are slim.")).toMatchObject({ type: "assessment" });
      expect(signal("A rare chance to end the war is now within our grasp.", 1)).toMatchObject({ type: "assessment" });
      // An infinitive of no category leaves the view as it is.
      expect(signal("We have a real chance to bring the fighting to a close.")).toMatchObject({ type: "assessment" });
    });

    it("reads declaring a truce as a ceasefire signal (CAMEO 0871), and declaring anything else as nothing of it", () => {
      expect(signal("The rebels declared a unilateral truce.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
      expect(signal("The rebels declared their independence.")?.type).not.toBe("ceasefire-signal");
    });

    it("reads conditions set as a demand, and conditions created for something as no demand", () => {
      expect(signal("Kyiv set three conditions for a resumption of talks.")).toMatchObject({ type: "condition" });
      expect(signal("The envoys will create favourable conditions for a resumption of talks.")?.type).not.toBe(
        "condition",
      );
    });

    it("reads a container by what its 'of' phrase names, and by itself when that names nothing of a class", () => {
      expect(signal("The minister conducted a third round of shuttle diplomacy in Lima.")).toMatchObject({
        type: "talks",
      });
      expect(signal("Brussels approved a new round of sanctions.")).toMatchObject({ type: "sanction" });
    });

    it("reads agreed terms as a proposal, but not the 'terms' of 'in terms of'", () => {
      expect(signal("The two rivals agreed the terms late on Sunday.")).toMatchObject({
        type: "proposal",
        classes: ["plan"],
      });
      expect(signal("The sides remain far apart in terms of the border.")?.classes ?? []).not.toContain("plan");
    });

    it("reads accepting an appeal to meet as intent to meet (CAMEO 036), not yet a meeting", () => {
      expect(signal("The rebels accepted an invitation to peace talks in Oslo.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "036",
      });
      expect(signal("Kyiv accepted the request for a meeting.")).toMatchObject({ type: "negotiation-readiness" });
      // Accepting a plan or a truce agrees to it.
      expect(signal("Kyiv accepted the proposal for a truce.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The rebels accepted the invitation to a ceasefire.")?.type).not.toBe("negotiation-readiness");
    });

    it("reads agreeing to a pause as a ceasefire signal", () => {
      expect(signal("The two sides agreed to a 30-day pause.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "05",
        classes: ["truce"],
      });
    });

    it("reads an appeal for a ceasefire as a ceasefire signal, keeping the appeal's code", () => {
      expect(signal("Trump urged Putin to agree to a ceasefire.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "02",
      });
      // So is asking a party to end the fighting, or not to fight.
      expect(signal("The envoy urged the army to stop the strikes.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The envoy asked the army not to attack the city.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The envoy asked the army to attack the city.")?.type).not.toBe("ceasefire-signal");
    });

    it("reads a memorandum as a paper of positions, a memorandum of understanding as a deal", () => {
      expect(signal("Moscow handed a memorandum to the other side.")).toMatchObject({ classes: ["plan"] });
      expect(signal("The two governments signed a memorandum of understanding.")).toMatchObject({
        type: "ceasefire-signal",
        classes: ["deal"],
      });
    });

    it("reads putting a signature or a name to a deal as signing it, and putting a plan to a party as no signing", () => {
      expect(signal("The two presidents put their signatures to the peace accord in Lima.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "05",
      });
      expect(signal("The envoy put the proposal to the rebels.")?.cameo).not.toBe("05");
    });

    it("reads a signed paper of principles, and a text only initialled, as terms, not the deal itself", () => {
      expect(signal("In Geneva the envoys signed a joint declaration of principles.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("In Geneva the envoys signed a joint declaration of ceasefire.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The negotiators on Tuesday initialled the full text of the peace treaty.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("The delegations initialed the accord in Vienna.")).toMatchObject({ type: "proposal" });
      expect(signal("The delegations signed the accord in Vienna.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a signing that names nothing signed as the story's deal, not readiness", () => {
      expect(signal("Both sides signed on Monday in Doha.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("It was signed on Monday in the palace.")).toMatchObject({ type: "ceasefire-signal" });
      // (a story whose deals are all of matters of their own signs its plan)
      const a = analyseSentence("Both sides signed on Monday in Doha.", { reporting: lex.framing });
      expect(classifyClause(a, 0, lex, { frames: new Set(), dealsArePlans: true })).toMatchObject({ type: "proposal" });
      // Signing what a noun names is signing that.
      expect(signal("He signed the decree on Monday.")?.type).not.toBe("ceasefire-signal");
    });

    it("reads signing the text as signing the story's deal, and initialling it, or nothing named, as its terms", () => {
      expect(signal("The two presidents signed the final text in Lusaka.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The text had been initialled at the lakeside hotel on Friday.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("Both parties initialled the wording on Friday.")).toMatchObject({ type: "proposal" });
      expect(signal("Both sides initialled on Friday in Doha.")).toMatchObject({ type: "proposal" });
    });

    it("reads signing a deal as a ceasefire signal, a trade or nuclear deal as a plan for its matter", () => {
      expect(signal("Kyiv signed the peace agreement.")).toMatchObject({ type: "ceasefire-signal", classes: ["deal"] });
      expect(signal("Moscow signed a minerals deal with Pyongyang.")).toMatchObject({
        type: "proposal",
        classes: ["plan"],
      });
      expect(signal("The six powers clinched a nuclear agreement with Tehran.")).toMatchObject({
        type: "proposal",
        classes: ["plan"],
      });
      // so are a deal on sharing power or wealth, autonomy or normalisation
      expect(signal("The government and the rebels signed a power-sharing accord.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("The two states signed a normalization agreement.")).toMatchObject({ type: "proposal" });
      // An arms deal sells arms: no class at all.
      expect(signal("Moscow signed an arms deal with Pyongyang.")).toMatchObject({ classes: [] });
      // The matter is the deal's own phrase, not the parties, places or sources around it, and a
      // truce's word in it comes first.
      for (const sentence of [
        "Washington brokered a deal between the nuclear powers on Saturday.",
        "Both sides signed the accord at the nuclear research centre in Geneva.",
        "The two sides signed the truce agreement, a UN aid official said.",
        "Armenia and Azerbaijan signed a peace deal with economic guarantees.",
      ])
        expect(signal(sentence)?.classes, sentence).not.toContain("plan");
      // Quitting a deal of any matter rejects it; halting plans for an offensive does not.
      expect(signal("The president tore up the nuclear deal.")).toMatchObject({ type: "rejection", classes: ["deal"] });
      expect(signal("Israel halted its plans for a ground offensive.")?.type).not.toBe("rejection");
    });

    it("reads a bare deal as a plan when the story's deals are all of a matter of their own", () => {
      const read = (sentence: string, dealsArePlans: boolean) => {
        const a = analyseSentence(sentence, { reporting: lex.framing });
        return classifyClause(a, 0, lex, { dealsArePlans });
      };
      expect(read("The parliament will vote on the deal next month.", true)).toMatchObject({ classes: ["plan"] });
      expect(read("The two sides signed the agreement in Vienna.", true)).toMatchObject({ type: "proposal" });
      expect(read("The two sides signed the agreement in Vienna.", false)).toMatchObject({ type: "ceasefire-signal" });
      // A deal that says it is the truce's stays one.
      expect(read("The two sides signed the peace agreement in Vienna.", true)).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(read("Both armies want peace.", true)?.classes).not.toContain("plan");
    });

    it("reads an announced ultimatum as the demand, an announced truce as the truce", () => {
      expect(signal("The bloc announced a 72-hour ultimatum to the junta.")).toMatchObject({
        type: "condition",
        cameo: "10",
      });
      expect(signal("The army announced a 72-hour truce.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads time given a party to act as an ultimatum, a demand", () => {
      expect(signal("The president gave the rebels until Sunday to lay down their arms.")).toMatchObject({
        type: "condition",
        cameo: "10",
      });
      expect(signal("Washington has given Caracas 30 days to free the prisoners.")).toMatchObject({
        type: "condition",
      });
      expect(signal("Qatar gave the talks a new push.")?.type).not.toBe("condition");
      // Who has the time is its target, not the one who demands.
      expect(signal("The rebels have until Sunday to reply.")).toMatchObject({ type: "condition", cameo: null });
    });

    it("reads a vote or a choice completed by an act as that act ('voted to accept the truce')", () => {
      expect(signal("The cabinet voted on Thursday to accept the truce.")?.type).toBe("ceasefire-signal");
      expect(signal("The assembly voted to reject the plan.")?.type).toBe("rejection");
      expect(signal("The rebels chose to walk out of the talks.")?.type).toBe("rejection");
      // a vote of its own, or an appointment whose infinitive says what its object is for, stays background
      expect(signal("The parliament voted on Tuesday.")?.type).toBe("context");
      expect(signal("The council elected a new chairman to lead the talks.")?.type).toBe("context");
      // and so does a choice whose act holds in no sense there: chairing a council is no talks
      expect(signal("Jan Doe was elected to chair a 40-member interim council.")?.type).toBe("context");
      expect(signal("Jan Doe will chair a new interim administration.")).toBeNull();
      expect(signal("Norway will chair the talks in Oslo.")?.type).toBe("talks");
    });

    it("reads agreeing to a step of yielding as a ceasefire signal, to an exchange of prisoners as context, to one of views as neither", () => {
      expect(signal("The two sides agreed to an exchange of all prisoners.")).toMatchObject({
        type: "context",
      });
      expect(signal("The two sides agreed on the release of the hostages.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two sides agreed to an exchange of views.")?.type).not.toMatch(/ceasefire-signal|context/);
    });

    it("reads letting relief through to civilians as yielding (CAMEO 0863), a step towards a truce", () => {
      expect(signal("The army will allow aid convoys into the besieged city.")).toMatchObject({
        type: "ceasefire-signal",
        classes: expect.arrayContaining(["relief"]),
      });
      expect(signal("The two sides agreed on safe passage for civilians.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The Red Cross called for the evacuation of the wounded.")).toMatchObject({
        type: "ceasefire-signal",
      });
      // A route for goods or transit is no relief.
      expect(signal("The two sides agreed on a transit corridor through the province.")?.classes).not.toContain(
        "relief",
      );
    });

    it("reads agreeing to a time set for a step of yielding as agreeing to the step ('push back the deadline for the pullback')", () => {
      expect(
        signal("The two governments agreed to push back the deadline for the pullback of their forces."),
      ).toMatchObject({
        type: "ceasefire-signal",
        classes: expect.arrayContaining(["truce"]),
      });
      expect(signal("The parties agreed to set a timetable for the withdrawal of foreign fighters.")).toMatchObject({
        type: "ceasefire-signal",
      });
      // A time set for anything else is no step towards a truce.
      expect(signal("The parties agreed to set a timetable for the elections.")?.type).not.toBe("ceasefire-signal");
    });

    it("reads a light verb with no object as about its subject's head ('talks on reviving the deal will resume')", () => {
      expect(signal("Talks between the two sides on reviving the truce will resume in Cairo.", 1)).toMatchObject({
        type: "talks",
      });
      expect(signal("Negotiations over the peace plan began in Oslo on Monday.")).toMatchObject({ type: "talks" });
    });

    it("reads what a deal or plan includes, covers or provides for as its terms (CAMEO 027)", () => {
      expect(signal("The accord covers land rights and the resettlement of displaced families.")).toMatchObject({
        type: "proposal",
        cameo: "027",
      });
      expect(signal("The new plan provides for elections within two years.")).toMatchObject({ type: "proposal" });
      expect(signal("The deal includes a ceasefire along the border.")).toMatchObject({ type: "ceasefire-signal" });
      // What other things include or cover states no terms.
      expect(signal("The delegation included three generals.")?.type).not.toBe("proposal");
      expect(signal("Reporters covered the ceremony.")?.type).not.toBe("proposal");
    });

    it("reads what a truce, deal or talks depends on as a condition, and the success or fate of one as about it", () => {
      expect(signal("The success of the truce depends on its implementation.")).toMatchObject({
        type: "condition",
        cameo: "10",
      });
      expect(signal("The whole deal depended on the release of the hostages.")).toMatchObject({ type: "condition" });
      // and so is how long one lasts
      expect(signal("The length of the truce will depend on the rebels.")).toMatchObject({ type: "condition" });
      expect(signal("The island depends on imported fuel.")).toBeNull();
      // What depends on a truce or talks states no terms of them.
      expect(signal("Civilians in the north depend on the truce for food.")?.type).not.toBe("condition");
      expect(signal("Much now depends on the talks in Riyadh.")?.type).not.toBe("condition");
      // Nor is the future of a regime the regime.
      expect(signal("Diplomats questioned the future of the sanctions regime.")).toMatchObject({
        type: "assessment",
      });
    });

    it("reads returning prisoners, or people from captivity, as a return of persons (CAMEO 0841), and returning land as yielding", () => {
      expect(signal("The army returned 40 prisoners of war to the rebels.")).toMatchObject({
        type: "context",
        cameo: "0841",
      });
      expect(signal("Sixty fishermen have been returned from captivity.")).toMatchObject({
        type: "context",
        cameo: "0841",
      });
      expect(signal("The army returned its troops to their barracks.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
    });

    it("reads keeping or carrying out a truce as a ceasefire signal, and arranging a meeting as talks", () => {
      // The verb is the predicate (cameo and full strength), not the object class alone.
      expect(signal("Both armies observed the truce overnight.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "05",
        strength: 3,
      });
      expect(signal("The two sides executed an immediate ceasefire.")).toMatchObject({ cameo: "05", strength: 3 });
      expect(signal("Oslo arranged a meeting of the two delegations.")).toMatchObject({
        type: "talks",
        cameo: "04",
        strength: 3,
      });
      expect(signal("The envoys are preparing a summit of the leaders.")).toMatchObject({ cameo: "04", strength: 3 });
      // Prepared for talks is ready for them; preparing an offensive is no meeting.
      expect(signal("Moscow is prepared for talks.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The army is preparing an offensive.")?.type).not.toBe("talks");
    });

    it("reads a party's own ending of the fighting, or the fighting's ending, as a ceasefire signal", () => {
      expect(signal("Israel will end the fighting at dawn.")).toMatchObject({
        type: "ceasefire-signal",
        classes: ["truce"],
      });
      expect(signal("Under the accord, hostilities in the north will end on Monday.")).toMatchObject({
        type: "ceasefire-signal",
      });
      // Ending a truce cancels it; that the war should end is a demand.
      expect(signal("The rebels ended the truce.")).toMatchObject({ type: "rejection" });
      expect(signal("The war should end on fair terms.")?.type).not.toBe("ceasefire-signal");
    });

    it("reads a clause about several classes by the one listed first ('a proposal for a 30-day halt')", () => {
      expect(signal("Washington backed a proposal for a 30-day halt to attacks.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });
  });

  describe("with no lexicon predicate, the object class alone decides, more weakly", () => {
    it("reads the subject's class ('Negotiations intensified')", () => {
      expect(signal("Negotiations intensified over the weekend.")).toMatchObject({
        type: "talks",
        cameo: null,
        strength: 2.5,
        triggerWord: "Negotiations",
      });
      expect(signal("The US-brokered ceasefire took effect on Sunday.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: null,
        triggerWord: "ceasefire",
      });
    });

    it("reads calling a halt or a truce as declaring one ('called a halt to the attacks')", () => {
      expect(signal("The president called a halt to three weeks of shelling.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
      expect(signal("The rebels called a ceasefire on Friday.")).toMatchObject({ type: "ceasefire-signal" });
      // A call to someone is still a call; calling for one still asks for it.
      expect(signal("The president called his counterpart on Friday.")).toMatchObject({ type: "talks" });
      expect(signal("The president called for a ceasefire.")).toMatchObject({ cameo: "02" });
    });

    it("reads what a verb of naming calls its object past curly quotation marks ('called the launch a “turning point”')", () => {
      expect(signal("The speaker called the panel’s launch a “real turning point.”")).toMatchObject({
        type: "assessment",
      });
    });

    it("reads what a party finds regrettable as disapproval ('it was regrettable that …')", () => {
      expect(signal("The minister said it was regrettable that the army had entered the town.", 1)).toMatchObject({
        type: "assessment",
        cameo: "11",
      });
    });

    it("reads forces that leave as a withdrawal, a yield ('all foreign forces will leave the zone')", () => {
      expect(signal("All foreign forces will leave the buffer zone within a month.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
      // Anyone else who leaves yields nothing.
      expect(signal("The delegation will leave the capital on Monday.")?.cameo).not.toBe("08");
    });

    it("reads readiness to repeat an operation as a threat ('ready to repeat the military operation')", () => {
      expect(signal("The president would be ready to repeat the military operation.")).toMatchObject({
        type: "threat",
      });
    });

    it("reads a mediator promoting talks as readiness, and promoting a deal as backing it", () => {
      expect(signal("Norway will continue to promote direct talks.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
      expect(signal("The envoy promoted the peace plan.")).toMatchObject({ cameo: "05" });
    });

    it("reads an army's readiness for anything but talks, a deal or a truce as a threat", () => {
      expect(signal("The army is fully ready to hit back at any escalation.")).toMatchObject({
        type: "threat",
        cameo: "13",
      });
      expect(signal("The army is ready to hold talks with the rebels.")).toMatchObject({
        type: "negotiation-readiness",
      });
    });

    it("reads 'stand ready' as readiness, as 'be ready' is", () => {
      expect(signal("The mediators stand ready to host a new round.")).toMatchObject({
        type: "negotiation-readiness",
        triggerWord: "ready",
      });
    });

    it("reads engaging in combat as fighting, not as engaging a party in talks", () => {
      expect(signal("The rebels said they would engage in combat solely to defend themselves.", 1)).toMatchObject({
        type: "threat",
      });
      expect(signal("The rebels engaged in heavy fighting with the army.")?.type).toBe("military-claim");
      expect(signal("The cabinet is ready to engage in talks.", 1)).toMatchObject({ type: "talks" });
    });

    it("reads a state of war that ends, or that the parties declare over, as a truce", () => {
      expect(signal("The state of war between the two kingdoms has now ended.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two presidents declared the “state of war” over.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
      expect(signal("The president declared the war a failure.")?.type).not.toBe("ceasefire-signal");
    });

    it("reads breaking or cutting diplomatic ties as reducing relations (CAMEO 161), not breaking anything else", () => {
      expect(signal("The junta reacted by breaking diplomatic relations with Paris.")).toMatchObject({
        type: "sanction",
        cameo: "16",
      });
      expect(signal("Quito cut off ties with the two neighbours on Sunday.")).toMatchObject({ type: "sanction" });
      expect(signal("The army cut the supply lines to the port.")).not.toMatchObject({ type: "sanction" });
      expect(signal("The rebels broke the silence on Friday.")).not.toMatchObject({ type: "sanction" });
    });

    it("reads the recall of an ambassador or the expulsion of diplomats as reducing relations (CAMEO 16)", () => {
      expect(signal("The cabinet announced the recall of its ambassador.")).toMatchObject({
        type: "sanction",
        cameo: "16",
      });
      expect(signal("The ministry announced the expulsion of two diplomats.")).toMatchObject({ cameo: "16" });
    });

    it("reads a party that will not let others fight as warning them ('will never allow our soil to be violated')", () => {
      expect(signal("We will never allow a metre of our soil to be violated.")).toMatchObject({
        type: "threat",
        cameo: "13",
      });
      expect(signal("The army will not permit the rebels to attack the city.")).toMatchObject({ type: "threat" });
      // Its own restraint stays restraint.
      expect(signal("The army will not attack the city.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a person welcomed or received by someone as a guest, the reception a meeting", () => {
      expect(signal("Minister Ana Ruiz was officially welcomed by her counterpart.")).toMatchObject({
        type: "talks",
      });
      expect(signal("He was received by the president in the capital.")).toMatchObject({ type: "talks" });
      // (a guest named by office: "the ministers were received by …")
      expect(signal("The two ministers were then received by the emir at his palace.")).toMatchObject({
        type: "talks",
      });
      // A plan welcomed is praised.
      expect(signal("The plan was welcomed by the European Union.")).toMatchObject({ type: "assessment" });
    });

    it("reads obstacles or conditions a party removes as none it sets ('ready to clear away the obstacles')", () => {
      expect(
        signal("Both governments stressed their readiness to remove every obstacle to closer trade."),
      ).toMatchObject({
        type: "negotiation-readiness",
      });
      expect(signal("Both governments insisted on new preconditions.")).toMatchObject({ type: "condition" });
    });

    it("reads a war foreseen to come about as a threat ('if the talks collapse, there will be war')", () => {
      expect(signal("If the talks collapse, there will be open war.", 1)).toMatchObject({
        type: "threat",
        triggerWord: "war",
      });
      expect(signal("If this round fails, only war will happen.", 1)).toMatchObject({ type: "threat" });
      // Fighting that was, or that will not be, foresees nothing.
      expect(signal("There was heavy fighting near the town on Monday.")).toBeNull();
      expect(signal("There will be no war.")).toBeNull();
    });

    it("reads a word of readiness before its noun as describing it ('open war' is not openness to talks)", () => {
      expect(signal("There will be open war.")?.type).not.toBe("negotiation-readiness");
      expect(signal("The rebels are open to talks.")).toMatchObject({ type: "negotiation-readiness" });
    });

    it("reads what a copula says talks are about as their topic ('the talks were only ever about the deal')", () => {
      expect(signal("Their negotiations were solely about the border agreement.")).toMatchObject({
        type: "talks",
        triggerWord: "negotiations",
      });
      // (what a deal is about is still the deal)
      expect(signal("The deal is about more than trade.")?.type).not.toBe("talks");
    });

    it("reads a copula's complement before its subject ('A federal system is the only viable solution')", () => {
      // (talks so ranked are an idiom of readiness: see "ranked as the way to an end")
      expect(signal("A federal system is the only viable solution.")).toMatchObject({
        type: "proposal",
        triggerWord: "solution",
        strength: 2,
      });
    });

    it("reads what a copula says a deal, plan or truce is like as a view of it ('the deal is a victory')", () => {
      expect(signal("The accord is far worse than anyone had feared.")).toMatchObject({
        type: "assessment",
        cameo: "01",
      });
      expect(signal("The initiative was a triumph for quiet diplomacy.")).toMatchObject({ type: "assessment" });
      // also when the words of the judgement are quoted
      expect(signal('The rebels\' proposals were "empty gestures".')).toMatchObject({ type: "assessment" });
      expect(signal("The truce remains fragile.")).toMatchObject({ type: "assessment" });
      // Where it stands or what it covers is no view: it is the thing itself.
      expect(signal("The truce is in force.")).toMatchObject({ type: "ceasefire-signal" });
      for (const sentence of [
        "The truce is effective from 4 a.m. on Wednesday.",
        "The agreement is legally binding.",
        "The ceasefire is partial.",
        "The deal is now final.",
      ])
        expect(signal(sentence)?.type, sentence).not.toBe("assessment");
      // A class named past the judgement's own noun phrase is only mentioned by it.
      expect(signal("The accord was a leap in the long search for peace.")).toMatchObject({ type: "assessment" });
      expect(signal("The ceasefire was a rare success in a long war.")).toMatchObject({ type: "assessment" });
      // Nor is a copula about talks, which may be held ("the talks were in Doha", "the talks were long").
      expect(signal("The talks were long.")).toMatchObject({ type: "talks" });
    });

    it("reads an adjective a copula gives talks as a view of them ('the talks were constructive')", () => {
      expect(signal("The talks in Lima were constructive.")).toMatchObject({ type: "assessment", cameo: "01" });
      expect(signal("The meeting had been very productive, the envoy said.")).toMatchObject({ type: "assessment" });
      // Where talks stand is no view of them.
      expect(signal("The talks in Lima are ongoing.")).toMatchObject({ type: "talks" });
    });

    it("reads a meeting a copula gives with an adjective that weighs it as a view ('it was a productive meeting')", () => {
      expect(signal("It had been the most fruitful meeting yet, the envoy said.")).toMatchObject({
        type: "assessment",
        cameo: "01",
      });
      expect(signal("Saturday's round was a very difficult meeting.")).toMatchObject({ type: "assessment" });
      // Which meeting it was, or that there may be others, weighs nothing.
      expect(signal("It was the first meeting since the war began.")).toMatchObject({ type: "talks" });
      expect(signal("There may be other calls.")?.type).not.toBe("assessment");
    });

    it("reads what talks or a deal amount to as a view of them ('the talks marked a turning point')", () => {
      expect(signal("The talks marked a real turning point.")).toMatchObject({ type: "assessment", cameo: "01" });
      expect(signal("The accord represents a modest step forward.")).toMatchObject({ type: "assessment" });
      // Marking a date or a place is no judgement.
      expect(signal("The talks marked the first anniversary of the war.")?.type).not.toBe("assessment");
    });

    it("reads playing a constructive role as intent to cooperate (CAMEO 03)", () => {
      expect(signal("Norway will continue to play a helpful role.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
      expect(signal("The role of the envoy is limited.")?.cameo).not.toBe("03");
    });

    it("reads a light verb by its noun ('expressed readiness')", () => {
      expect(signal("Moscow expressed readiness for talks.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
        triggerWord: "readiness",
        strength: 3,
      });
      expect(signal("The junta affirmed its readiness for talks.")).toMatchObject({ type: "negotiation-readiness" });
      // past a noun that says nothing, to the one joined to it
      expect(signal("The minister reiterated his firm stance and total rejection of the plan.")).toMatchObject({
        type: "rejection",
        triggerWord: "rejection",
      });
    });

    it("reads a copula by its adjective ('are ready')", () => {
      expect(signal('"We are ready for talks," Peskov said.')).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
        triggerWord: "ready",
      });
    });

    it("reads readiness to fight as a threat, readiness to eliminate a cause as no fighting", () => {
      expect(signal("Russia is ready in principle to fight to the last soldier.")).toMatchObject({ type: "threat" });
      // and to go on fighting; not to go on talking
      expect(signal("The rebels are ready to resume fighting.")).toMatchObject({ type: "threat" });
      expect(signal("The rebels are ready to resume talks.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The leader wants talks to eliminate the root causes of the conflict.")).not.toMatchObject({
        type: "threat",
      });
      expect(signal("He is willing to reach a ceasefire to end fighting on the front.")).not.toMatchObject({
        type: "threat",
      });
    });

    it("reads war still to come as a threat, not a military claim", () => {
      expect(signal("Russia will continue the war, Lavrov said.")).toMatchObject({
        type: "threat",
        cameo: null,
        classes: ["war"],
        future: true,
      });
      expect(signal("Russia continued the war.")).toMatchObject({ type: "military-claim", future: false });
      // whatever the predicate: a light verb's noun ('continue its offensive') too
      expect(signal("Israel will continue its offensive against Hamas, Netanyahu said.")).toMatchObject({
        type: "threat",
        future: true,
      });
      // What must be done to fighters is a demand.
      expect(signal("The militia's weapons and fighters must be removed from the border area.")).toMatchObject({
        type: "condition",
      });
    });
  });

  describe("modality", () => {
    it("reads a copula's word of the future as the future, as 'is set to' ('the truce is due to begin')", () => {
      expect(signal("The truce is due to begin at dawn.")).toMatchObject({ type: "ceasefire-signal", future: true });
      expect(signal("The truce began at dawn.")).toMatchObject({ future: false });
    });

    it("reads refusing what cooperation would be as a rejection", () => {
      expect(signal("Russia will not recognize the elections.")).toMatchObject({
        type: "rejection",
        cameo: "12",
        negated: true,
        future: true,
      });
      expect(signal("Russia does not want a ceasefire.")).toMatchObject({ type: "rejection", negated: true });
    });

    it("keeps a 'no longer' stance what it was: a demand dropped is no rejection", () => {
      expect(signal("Russia is no longer demanding Ukraine's neutrality.")).toMatchObject({
        type: "condition",
        cameo: "10",
        negated: false,
      });
      expect(signal("Moscow is no longer seeking a ceasefire.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "03",
      });
    });

    it("reads what troops are arranged to do, by no verb of the lexicon, as a term, not a threat", () => {
      expect(signal("The two militias are to merge into one national army.")).toMatchObject({ type: "proposal" });
      expect(signal("The border guard is to be replaced by joint units.")?.type).toBe("proposal");
      expect(signal("Troops are to resume the offensive.")?.type).toBe("threat");
    });

    it("reads giving up one's part in talks or a deal as refusing it ('would no longer sign any accord')", () => {
      expect(signal("The front said it would no longer sign the draft accord.", 1)).toMatchObject({
        type: "rejection",
        cameo: "12",
      });
      expect(signal("The rebels will no longer attend the talks.")?.type).toBe("rejection");
      expect(signal("The junta will no longer sign anything.")?.type).not.toBe("rejection");
    });

    it("reads a subject of none as refusing ('No Palestinian would accept this'), not what none did or should do", () => {
      expect(signal("No Palestinian would accept this plan.")).toMatchObject({ type: "rejection", negated: true });
      expect(signal("Nobody wants a ceasefire now.")).toMatchObject({ type: "rejection" });
      expect(signal("No truce was signed at the meeting.")).toBeNull();
      expect(signal("No talks should be held without Ukraine.")).toMatchObject({ type: "condition" });
      // "Neither A nor B" names who did not: as "A has not signed", a refusal.
      expect(signal("Neither Chile nor Peru has signed the treaty.")).toMatchObject({
        type: "rejection",
        negated: true,
      });
      expect(signal("Neither the rebels nor the army have signed the accord.")).toMatchObject({ type: "rejection" });
    });

    it("reads what is done without doing it as not done ('left without signing'), and an outcome missed as a failed effort", () => {
      expect(signal("The general flew home without signing the truce.", 1)).toMatchObject({
        type: "rejection",
        negated: true,
      });
      expect(signal("The talks closed without reaching an accord.", 1)).toMatchObject({ type: "talks" });
      expect(signal("The talks closed without reaching an accord.", 1)?.negated).toBe(false);
      // (talks that close without agreeing failed; a party that leaves without agreeing refused)
      expect(signal("The envoys closed four days of talks without agreeing on a border.", 1)).toMatchObject({
        type: "talks",
        negated: false,
      });
      expect(signal("The general flew home without agreeing to the truce.", 1)).toMatchObject({ type: "rejection" });
    });

    it("reads talks that did not take place as no signal, talks refused as a rejection", () => {
      expect(signal("The two envoys did not discuss Europe's problems.")).toBeNull();
      expect(signal("The two leaders have not met since 2019.")).toBeNull();
      expect(signal("Putin will not meet Zelensky.")).toMatchObject({ type: "rejection" });
    });

    it("reads what has not happened yet as no signal: neither the act nor a refusal ('has not yet signed')", () => {
      expect(signal("The two sides have not yet signed the agreement.")).toBeNull();
      expect(signal("These plans have not yet been announced publicly.")).toBeNull();
      expect(signal("The rebels have yet to sign the agreement.")).toBeNull();
      expect(signal("The accord is yet to be ratified.")).toBeNull();
      expect(signal("The two sides have not signed the agreement.")).toMatchObject({ type: "rejection" });
    });

    it("reads a duty on talks that names no one to hold them as a proposal ('a meeting should be held')", () => {
      expect(signal("A new round of talks should be held in Geneva.")).toMatchObject({ type: "proposal" });
      expect(signal("No talks should be held without Ukraine.")).toMatchObject({ type: "condition" });
    });

    it("does not read a phrase of purpose as what was done ('with the aim of concluding a deal')", () => {
      expect(signal("The envoys met in Doha in the hope of reaching a truce.")).toMatchObject({ type: "talks" });
      expect(
        signal("The two governments commenced negotiations with the shared aim of concluding a binding accord."),
      ).toMatchObject({ type: "talks" });
      expect(signal("The sides began a process of dialogue.")).toMatchObject({ type: "talks", cameo: "04" });
      // Without the phrase of purpose the completion still says what was agreed.
      expect(signal("The sides agreed on concluding a binding accord.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads what a move is subject, conditional or contingent to as a condition set on it", () => {
      expect(signal("The truce is subject to approval by both parliaments.")).toMatchObject({ type: "condition" });
      expect(signal("Any pullback would be contingent on a lasting ceasefire.")).toMatchObject({ type: "condition" });
      expect(signal("The loan is conditional on reforms.")).toMatchObject({ type: "condition" });
    });

    it("reads a move a party makes conditional or subject to something as a condition it sets", () => {
      expect(signal("Harbour Province made its pullback conditional on the return of the exiles.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The donors made the aid package subject to new elections.")).toMatchObject({ type: "condition" });
      // (without the adjective the made thing keeps its own category)
      expect(signal("The donors made a proposal.")).toMatchObject({ type: "proposal" });
    });

    it("reads a duty as a condition ('should hold talks')", () => {
      expect(signal("Kyiv should hold talks with Moscow.")).toMatchObject({ type: "condition", cameo: "04" });
    });

    it("keeps a duty to stop fighting a ceasefire signal", () => {
      expect(signal("Both sides should stop firing.")).toMatchObject({ type: "ceasefire-signal", cameo: "08" });
      expect(signal("The parties should declare a truce.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("A truce must be agreed before the holidays.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a duty laid on a truce its subject names as a condition set for it ('any truce must include')", () => {
      expect(signal("Any ceasefire must include the return of the deportees.")).toMatchObject({ type: "condition" });
      expect(signal("The truce should be watched by neutral monitors.")).toMatchObject({ type: "condition" });
      expect(signal("The ceasefire needs to be lasting.")).toMatchObject({ type: "condition" });
    });

    it("reads talks held 'only if' something happens as a condition", () => {
      expect(signal("Russia will hold talks only if Ukraine withdraws its troops.")).toMatchObject({
        type: "condition",
        cameo: "04",
        future: true,
      });
    });

    it("reads a truce agreed to 'only … once' or 'only if' something happens as a condition, unlike one a duty asks for", () => {
      expect(signal("The junta would only accept a ceasefire once the militias disarmed.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The junta will accept a truce only if the militias disarm.")).toMatchObject({ type: "condition" });
      // ("only" closing the verb's object opens the clause after it: "… only after …")
      expect(
        signal("The assembly will ratify the treaty only after the border commission finishes its work."),
      ).toMatchObject({
        type: "condition",
      });
      expect(signal("Both sides should stop firing.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a party expected at a named place as a visit to come, and other things expected as a forecast", () => {
      expect(signal("The mediator is expected in Lusaka on Friday.")).toMatchObject({
        type: "talks",
        cameo: "04",
        future: true,
      });
      expect(signal("A settlement is expected in Lusaka soon.")).toMatchObject({ type: "assessment" });
      expect(signal("The verdict is expected at noon.")).toMatchObject({ type: "assessment" });
    });

    it("marks a possibility, and a conditional with an 'if' clause, as hypothetical", () => {
      expect(signal("Talks could resume in Istanbul.")).toMatchObject({ type: "talks", hypothetical: true });
      expect(signal("Ukraine would accept a truce if Russia withdrew.")).toMatchObject({
        type: "ceasefire-signal",
        hypothetical: true,
      });
      expect(signal("Zelensky rejected the proposal.")!.hypothetical).toBe(false);
    });

    it("marks a denial", () => {
      expect(signal("The Kremlin denied that talks had taken place.")).toMatchObject({
        type: "rejection",
        denial: true,
      });
      expect(signal("Russia refused to extend the grain deal.")).toMatchObject({ type: "rejection", denial: true });
    });
  });

  it("reads an objection to troops 'being deployed' as the main verb's object, not a clause of its own", () => {
    expect(
      signal("The party reaffirmed its opposition to foreign soldiers being stationed on the island."),
    ).toMatchObject({
      type: "rejection",
    });
  });

  describe("predicates the category is read through", () => {
    it("reads a deal or talks that hold out a prospect as weighed, not proposed ('offers a chance')", () => {
      expect(signal("The accord brings a ray of hope to the valley, the bishop said.")).toMatchObject({
        type: "assessment",
      });
      expect(signal("The truce offers a real chance of calm.")).toMatchObject({ type: "assessment", cameo: "01" });
      expect(signal('The accord brought a "ray of hope" to the valley.')).toMatchObject({ type: "assessment" });
      expect(signal("These talks provide an opportunity for both sides.")).toMatchObject({ type: "assessment" });
      // So does one that opens the way to something.
      expect(signal("The declaration opens the door to a lasting settlement.")).toMatchObject({ type: "assessment" });
      expect(signal("The truce paves the way for talks on the border.")).toMatchObject({ type: "assessment" });
      expect(signal("Moscow opened the door to talks.")).toMatchObject({ type: "negotiation-readiness" });
      // And one that may let something happen; what it provides for, or lets happen now, is a term.
      expect(signal("The talks could help both sides understand each other.")).toMatchObject({ type: "assessment" });
      expect(signal("The truce would allow aid convoys to reach the city.")).toMatchObject({ type: "assessment" });
      expect(signal("The plan would allow for elections in the spring.")?.type).not.toBe("assessment");
      expect(signal("The plan allows refugees to return home.")?.type).not.toBe("assessment");
      // A party that offers makes an offer.
      expect(signal("Moscow offered a truce to the rebels.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The plan offers a path to elections.")).toMatchObject({ type: "proposal" });
    });

    it("reads seeing signs or progress as a view, and seeing a person as no view ('has seen no sign of goodwill')", () => {
      expect(signal("The envoy said she had seen no sign of goodwill from the junta in the talks.", 1)).toMatchObject({
        type: "assessment",
        cameo: "01",
      });
      expect(signal("Mediators see real progress towards a truce.")).toMatchObject({ type: "assessment" });
      expect(signal("The envoy will see the president in Nairobi to discuss the truce.")).not.toMatchObject({
        cameo: "01",
      });
    });

    it("reads a describing verb by the adjective it gives ('called the sanctions counterproductive')", () => {
      expect(signal("Putin called the sanctions counterproductive.")).toMatchObject({
        type: "assessment",
        cameo: "11",
        classes: ["sanction"],
      });
      expect(signal("The envoy called the talks a constructive step.")).toMatchObject({ cameo: "01" });
      // So is a second noun phrase after the object: what it is called, unless it is a time.
      expect(signal('The minister called the summit "a circus for the cameras".')).toMatchObject({ cameo: "01" });
      expect(
        signal("The premier spoke after the vote, calling it another decisive step for the region."),
      ).toMatchObject({
        type: "assessment",
      });
      expect(signal("The envoy called the accord another welcome breakthrough.")).toMatchObject({ cameo: "01" });
      // an adjective that counts a span is no description ("declared a truce for the next 48 hours")
      expect(signal("The two armies have declared a truce for the next 48 hours.")).toMatchObject({
        type: "ceasefire-signal",
      });
      // nor does one after a preposition right after the verb, which opens no object to describe
      expect(signal("The bloc is calling for a truce for an initial two weeks.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "02",
      });
      // past a phrase that ties the object to others
      expect(signal("The US called the agreement between Kinshasa and the rebels a major step.")).toMatchObject({
        type: "assessment",
      });
      // and past an infinitive that completes the object
      expect(signal("The minister called the decision to recall the envoys a grave mistake.")).toMatchObject({
        type: "assessment",
      });
      // and past a participle that describes the object, a quoted phrase that names it
      expect(signal('The premier called the forum held in Lima last week "a mere show".')).toMatchObject({
        type: "assessment",
      });
      expect(signal("The premier called the envoys gathered in Lima on Friday.")).toMatchObject({ type: "talks" });
      expect(signal("The president called the rebels to discuss the truce on Monday.")).toMatchObject({
        type: "talks",
      });
      expect(signal("The envoy called the head of the council on Monday.")).toMatchObject({ type: "talks" });
      expect(signal("The envoy called the foreign minister the next morning.")).toMatchObject({ cameo: "04" });
      // An adjective inside the object's own phrase is no description: a phone call.
      expect(signal("The envoy called Ukrainian national security adviser Rustem Umerov on Tuesday.")).toMatchObject({
        cameo: "04",
        type: "talks",
      });
    });

    it("reads a view qualified by an adverb as approval or refusal ('views the roadmap positively')", () => {
      expect(signal("Russia views the roadmap positively.")).toMatchObject({ cameo: "05", type: "proposal" });
      expect(signal("Kyiv views the proposal negatively.")).toMatchObject({ cameo: "12", type: "rejection" });
    });

    it("reads a passive participle that is a lexicon adjective by its category ('is determined to')", () => {
      expect(signal("Putin is determined to continue the war.")).toMatchObject({
        cameo: "03",
        type: "threat",
        triggerWord: "determined",
      });
      expect(signal("Russia is committed to the talks.")).toMatchObject({
        cameo: "03",
        type: "negotiation-readiness",
      });
    });

    it("hands a verb outside the lexicon the meaning of the verb it governs ('decided to sign')", () => {
      expect(signal("Kyiv decided to sign the agreement.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "05",
        triggerWord: "sign",
        clause: 0,
      });
    });

    it("hands a copula with an adjective the meaning of the verb it governs ('were able to agree')", () => {
      expect(signal("The two sides were able to agree on a prisoner exchange.")).toMatchObject({
        type: "context",
        cameo: "05",
        triggerWord: "agree",
        clause: 0,
      });
    });

    it("reads launching or carrying out strikes as fighting ('launched airstrikes', 'carried out a raid')", () => {
      expect(signal("The air force launched airstrikes on the depots.")).toMatchObject({
        type: "military-claim",
        cameo: "19",
      });
      expect(signal("The militia carried out a raid on the base.")).toMatchObject({
        type: "military-claim",
        cameo: "19",
      });
      expect(signal("The mediators launched a new round of talks.")?.type).toBe("talks");
      // ("cycle", as copy translated from Spanish has it)
      expect(signal("A third cycle of talks opens in Quito next week.")?.type).toBe("talks");
      expect(signal("The government launched an investigation into the attack.")?.cameo).not.toBe("19");
    });

    it("reads every verb that needs fighting as its object as fighting ('mounted an offensive', 'called in airstrikes')", () => {
      expect(signal("The rebels mounted an offensive in the east.")).toMatchObject({ cameo: "19" });
      expect(signal("The army conducted airstrikes on Thursday.")).toMatchObject({ cameo: "19" });
      expect(signal("The navy also called in air strikes.")).toMatchObject({ type: "military-claim", cameo: "19" });
      expect(signal("The envoy called in the ambassador.")?.cameo).not.toBe("19");
    });

    it("reads violating a truce as fighting, but not violating a constitution or a law", () => {
      expect(signal("The militia violated the truce near the border.")).toMatchObject({ cameo: "19" });
      expect(signal("The militia breached the accord on Friday.")).toMatchObject({ cameo: "19" });
      expect(signal("The decree violates the constitution.")?.cameo).not.toBe("19");
      expect(signal("The strikes breached international law.")?.cameo).not.toBe("19");
    });

    it("reads a verb done jointly as the verb ('co-chaired', 'co-signed')", () => {
      expect(signal("The session was co-chaired by the two defence ministers.")).toMatchObject({
        type: "talks",
        cameo: "04",
      });
      expect(signal("Egypt co-signed the truce on Monday.")).toMatchObject({ cameo: "05" });
    });

    it("reads an appeal to refrain or desist from fighting as a call for a truce", () => {
      expect(signal("The envoy called on the factions to refrain from acts of sabotage.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "02",
      });
      expect(signal("The council urged the militias to desist from attacks.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The council asked the militias not to launch new raids.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads the end of talks, as their start or conclusion, as about the talks ('announced the end of the talks')", () => {
      expect(signal("The two sides announced the end of the talks in Havana.")).toMatchObject({
        type: "talks",
        cameo: "05",
      });
      expect(signal("The two sides announced the start of the talks in Havana.")).toMatchObject({
        type: "talks",
        cameo: "05",
      });
    });

    it("reads the guns falling silent as a truce, and nothing else falling silent", () => {
      expect(signal("By nightfall the guns had fallen silent along the river.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The hall fell silent as the envoy rose to speak.")).toBeNull();
    });

    it("reads agreeing or pledging not to fight as a truce, and pledging to fight as a threat", () => {
      expect(signal("The militia pledged not to launch new raids.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The two armies agreed not to shell each other's towns.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The militia pledged to launch new raids.")).toMatchObject({ type: "threat" });
      // agreeing that no one will fight is one too, whether the verb or its object fights
      expect(signal("The two emirates agreed that neither would attack the other.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The envoys agreed that no party would take hostile action near the dam.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The envoys agreed that the army would attack the town.")?.type).not.toBe("ceasefire-signal");
    });

    it("reads asking a party to keep to terms already made as a demand on its conduct ('urged them to abide by the accord')", () => {
      expect(signal("The council urged the factions to abide by the accord they signed.")).toMatchObject({
        type: "condition",
        cameo: "02",
      });
      expect(signal("We call on the parties to comply with their pledges.")).toMatchObject({ type: "condition" });
      // keeping to it oneself, or agreeing to, is no demand
      expect(signal("The factions agreed to abide by the accord.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The factions will comply with the accord.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads withdrawing or recalling an ambassador as cutting relations (CAMEO 16), and withdrawing troops as yielding", () => {
      expect(signal("Ghana withdrew its ambassador to Mali on Friday.")).toMatchObject({
        type: "sanction",
        cameo: "16",
      });
      expect(signal("Ghana recalled its ambassador from Mali.")).toMatchObject({ type: "sanction", cameo: "16" });
      expect(signal("Kenya downgraded ties with Somalia.")).toMatchObject({ cameo: "16" });
      expect(signal("Ghana withdrew its troops from the border.")).toMatchObject({ cameo: "08" });
      expect(signal("The minister recalled that the talks had failed.")?.cameo).not.toBe("16");
    });

    it("reads firing weapons as fighting, and firing an official as none ('fired rockets', 'fired his adviser')", () => {
      expect(signal("The two sides fired rockets across the border.")).toMatchObject({ cameo: "19" });
      expect(signal("The president fired his defence minister on Monday.")?.cameo).not.toBe("19");
    });

    it("reads pledging to halt or scale down the fighting as a step to a truce, past a phrase of place and day", () => {
      expect(signal("The rebels pledged to halt attacks on the capital.")).toMatchObject({ type: "ceasefire-signal" });
      expect(
        signal("The army promised at the talks on Monday to scale down its operations near the port."),
      ).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a quoted order as a demand on whoever it addresses, and goes on with it after 'and'", () => {
      expect(signal('"Leave our villages," the commander said.')).toMatchObject({ type: "condition", cameo: "10" });
      expect(signal('"Stop the shelling and pull back your troops," the envoy said.', 1)).toMatchObject({
        type: "condition",
      });
      // Not what a speaker will do, not a quotation inside a clause, not "let us".
      expect(signal('"We will stop the shelling and pull back our troops," he said.', 1)?.type).not.toBe("condition");
      expect(signal("The envoy may 'walk away' from the talks, officials said.")?.type).not.toBe("condition");
      expect(signal('"Let us negotiate," he said.')?.type).not.toBe("condition");
    });

    it("reads keeping away from cooperation as refusing it ('avoided signing the accord')", () => {
      expect(signal("The council has avoided signing the accord.")).toMatchObject({ type: "rejection", negated: true });
      expect(signal("The council avoided committing to a truce.")).toMatchObject({ type: "rejection" });
    });

    it("reads agreeing on a matter no class names as agreeing terms ('agreed to hand back the villages')", () => {
      expect(signal("The two governments agreed to hand back three villages.")).toMatchObject({
        type: "proposal",
        cameo: "05",
      });
      expect(signal("The commissions agreed on the route of the river border.")).toMatchObject({ type: "proposal" });
      expect(signal("The factions agreed to the disarmament of their fighters.")).toMatchObject({ type: "proposal" });
      expect(signal("The militia agreed not to recruit in the camps.")).toMatchObject({ type: "proposal" });
      expect(signal("The rivals agreed that the port would reopen.")).toMatchObject({ type: "proposal" });
      // What an agreeing verb acts on directly is a matter too; a noun of the lexicon is not one.
      expect(signal("The assembly approved amendments to the electoral code.")).toMatchObject({ type: "proposal" });
      expect(signal("The junta accepted the creation of a joint border commission.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("The militia accepted a mediation invitation.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The militia accepted it on Friday.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The rivals agreed that the situation is difficult.")).toMatchObject({
        type: "negotiation-readiness",
      });
      // Whom one agrees with, or agreeing to agree, names no matter; a matter a class names keeps its type.
      expect(signal("The minister agreed with his counterpart.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The rebels agreed to accept the guarantees.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The rebels agreed to resume talks.")).toMatchObject({ type: "talks" });
      // Nor do a day, a way of going on, a view, or a class the category does not map.
      for (const sentence of [
        "The two presidents agreed on Monday, officials said.",
        "The two leaders agreed to stay in touch.",
        "Most analysts agree that the offensive will stall.",
        "Both sides agreed to return prisoners of war.",
      ])
        expect(signal(sentence)?.type, sentence).not.toBe("proposal");
    });

    it("reads pledging a matter no class names as terms ('pledged to facilitate the return of refugees')", () => {
      expect(signal("The two governments pledged to facilitate the return of displaced families.")).toMatchObject({
        type: "proposal",
        cameo: "03",
      });
      expect(signal('The rebels committed to "building trust" with the villagers.')).toMatchObject({
        type: "proposal",
      });
      // Pledging talks or a way of going on is readiness; wanting a change demands or aims at it.
      expect(signal("The rebels pledged to hold talks.")?.type).not.toBe("proposal");
      expect(signal("The rebels committed to talking with the government.")?.type).not.toBe("proposal");
      expect(signal("The two leaders pledged to keep working together.")?.type).not.toBe("proposal");
      expect(signal("The president wants to change the constitution.")).toMatchObject({ type: "condition" });
      expect(signal("The movement wanted to register as a political party.")).toMatchObject({ type: "condition" });
      // Wanting talks, or an end to the fighting, is no demand.
      expect(signal("The movement wants to negotiate.")?.type).not.toBe("condition");
      expect(signal("The movement wants to end the war.")?.type).not.toBe("condition");
      // A vow is mostly of force, and doing or responding names no term; "bring" is no gerund.
      for (const sentence of [
        "The general vowed to punish those responsible.",
        "The army promised to respond forcefully.",
        "Both sides committed to doing whatever it takes.",
        'The rebels pledged to "bring" calm to the valley.',
      ])
        expect(signal(sentence)?.type, sentence).not.toBe("proposal");
    });

    it("does not read the parties to talks as what the talks are about ('talks between the army and …')", () => {
      expect(
        signal("The mediators said talks between the army and the paramilitary forces would start on Saturday.", 1),
      ).toMatchObject({ type: "talks" });
    });

    it("reads a move met with a reaction as a view of it, not a meeting ('was met with scepticism')", () => {
      expect(signal("The ceasefire plan was met with scepticism in the capital.")).toMatchObject({
        type: "assessment",
      });
      expect(signal("The foreign ministers met in Ankara on Thursday.")).toMatchObject({ type: "talks" });
    });

    it("reads handing over a memorandum as an offer, and handing over people as a concession", () => {
      expect(signal("Russia handed over its memorandum to the mediators.")).toMatchObject({ type: "proposal" });
      expect(signal("The militants handed over four hostages on Sunday.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads what a naming free relative names as its parent's object ('announced what he called a proposal')", () => {
      expect(signal("The president announced what he called a new proposal for a ceasefire.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads 'in what it called …' as naming, never a phone call", () => {
      const a = "The army crossed the border in what it called a special operation.";
      expect(signal(a, 1)).toMatchObject({ type: "assessment" });
    });

    it("reads a named document as what a clause is about, but not another name ('the Palestinian Authority')", () => {
      expect(signal("The two prime ministers signed the Kuala Lumpur Peace Accord today.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The Palestinian Authority welcomed the move.")).not.toMatchObject({ type: "legitimacy-dispute" });
    });

    it("reads talks ranked as the way to an end as readiness ('the only way forward is talks'), not denied", () => {
      expect(signal("Talks remain the sole route to a settlement.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("Dialogue is the only viable solution.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The best path to peace is a negotiation.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "036",
      });
      expect(signal("A negotiation is not the only route out of the war.")).not.toMatchObject({
        type: "negotiation-readiness",
      });
      expect(signal("The talks in Oslo were brief.")).not.toMatchObject({ type: "negotiation-readiness" });
    });

    it("reads a plan or a deal ranked as the only ground of a settlement as a condition set on it", () => {
      expect(
        signal("The envoy said the Lusaka accords remained the only basis for any lasting settlement.", 1),
      ).toMatchObject({
        type: "condition",
        cameo: "10",
      });
      expect(signal("The six-point plan is the sole realistic way to a lasting peace.")?.type).toBe("condition");
      expect(signal("The only way out of the war is the full implementation of the 2019 agreement.")?.type).toBe(
        "condition",
      );
      expect(signal("The accord is the best route out of the fighting.")?.type).not.toBe("condition");
      expect(signal("The accord is not the only route out of the fighting.")?.type).not.toBe("condition");
    });

    it("reads a named occasion of talks as talks, but not a name ending in a person's title", () => {
      expect(signal("The Northern Reconciliation Conference will be held in May.")).toMatchObject({ type: "talks" });
      expect(signal("The Special Envoy praised the harvest.")).not.toMatchObject({ type: "talks" });
    });

    it("reads 'settlements' as places and 'a settlement' as an agreement", () => {
      expect(signal("The army shelled the settlements near the border.")).not.toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two sides reached a settlement.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads 'an arrangement' as an agreement, and 'security arrangements' as no deal", () => {
      expect(signal("The junta endorsed the arrangement on Friday.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The sides agreed on security arrangements for the border.")).toMatchObject({ type: "proposal" });
    });

    it("gives a bare verb joined by 'and' the duty of the verb it is joined to", () => {
      expect(signal("Any agreement must end the war and get the troops out of the city.", 1)).toMatchObject({
        type: "condition",
      });
    });

    it("reads a warning with something said as a frame, and one without as a threat", () => {
      expect(signal('"This is only the beginning," the mediator warned.', 1)).toBeNull();
      expect(signal("Moscow warned of grave consequences.")).toMatchObject({ type: "threat" });
    });

    it("does not read what completes a noun in a side phrase as part of the predicate", () => {
      expect(
        signal("The three states agreed to resume talks in August following their decision to discuss a truce."),
      ).toMatchObject({ type: "talks" });
    });

    it("reads pledging to yield as a step towards a truce, but wanting to as readiness", () => {
      expect(signal("The rebels vowed to release all hostages.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The army pledged to scale back its operations around the city.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The president wants to release the prisoners.")).toMatchObject({ type: "negotiation-readiness" });
    });

    it("reads cutting back the fighting as de-escalation, a step towards a truce, but not cutting anything else", () => {
      expect(signal("The army will sharply reduce its military activity near the capital.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
      expect(signal("Moscow decided to limit its attacks on the port.", 1)).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The government cut spending on the army.")?.cameo).not.toBe("08");
      expect(signal("The storm cut power to the city.")).toBeNull();
      expect(signal("Diplomatic activity intensified in the capital.")).toBeNull();
    });

    it("reads agreeing to end the fighting as a truce, but readiness to end the war as readiness", () => {
      expect(signal("The two sides agreed to end hostilities.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("Both armies agreed to stop the fighting.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The president is ready to end the war.")).toMatchObject({ type: "negotiation-readiness" });
    });

    it("reads a treaty's parties that undertake to terminate hostilities as pledging a truce, and ending a deal as leaving it", () => {
      expect(signal("The signatories undertake to terminate all hostilities.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two armies committed to terminate hostilities at once.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The junta terminated the accord on Monday.")).toMatchObject({ type: "rejection" });
    });

    it("reads a party's decision to end its fighting as a truce, and one to end a truce as its cancellation", () => {
      expect(signal("Ana Ruiz Vela decided to end the bombing campaign.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The junta resolved to stop the offensive.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The junta decided to end the truce.")).toMatchObject({ type: "rejection" });
    });

    it("reads an end to the war that a party orders or agrees to as a truce, but not one it asks of others", () => {
      expect(signal("The rebel army ordered an end to its armed campaign.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two sides agreed on an end to the war.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The council called for an end to the attacks.")).toMatchObject({ type: "proposal" });
    });

    it("reads a refusal withheld as openness, or as a threat when what is not ruled out is force", () => {
      expect(signal("The Kremlin did not rule out a meeting between the two presidents.")).toMatchObject({
        type: "negotiation-readiness",
        negated: true,
      });
      expect(signal("The army has not ruled out a ceasefire.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("Israel did not rule out further strikes.")).toMatchObject({ type: "threat", cameo: "13" });
      expect(signal("Moscow has never refused peace talks with Kyiv.")).toMatchObject({
        type: "negotiation-readiness",
      });
      // Not denying a report only reports.
      expect(signal("The ministry did not deny the report.")).toMatchObject({ type: "rejection" });
    });

    it("reads the suspension of talks as halting them, and a suspension of fighting as a truce", () => {
      // (CAMEO 164, halt negotiations)
      expect(signal("The rebels announced the suspension of talks with the government.")).toMatchObject({
        type: "rejection",
      });
      expect(signal("The rebels announced a pause in the negotiations.")).toMatchObject({ type: "talks" });
      expect(signal("The army announced a suspension of its offensive.")).toMatchObject({ type: "ceasefire-signal" });
      // halting anything else is no truce; a halt of military action, in a place or of nothing said is
      expect(signal("The ministry announced a pause on grain exports to Harbour.")?.type).not.toBe("ceasefire-signal");
      expect(signal("The army announced a halt to military action across the north.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The army announced a pause in Harbour.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The army announced a humanitarian pause.")).toMatchObject({ type: "ceasefire-signal" });
      // Force of law is no troops.
      expect(signal("The truce goes into force at midnight.")).toMatchObject({ type: "ceasefire-signal" });
      // A truce reached in talks is still a truce.
      expect(signal("The two neighbours agreed to an immediate truce in talks hosted by Oman.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("does not read a word of a name as what the clause is about ('the Palestinian Authority')", () => {
      expect(signal("The Palestinian Authority welcomed the ceasefire proposal.")).toMatchObject({
        type: "assessment",
      });
      expect(signal('The two armies agreed to a "FULL AND IMMEDIATE CEASEFIRE".')).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("Russia Rejects Authority Of Kyiv Government")).toMatchObject({ type: "legitimacy-dispute" });
      // A possessive inside a name joins its words.
      expect(signal("The talks are scheduled between the government and the New People's Army.")).toMatchObject({
        type: "talks",
      });
    });

    it("reads an announced or confirmed readiness as readiness ('confirmed its readiness for talks')", () => {
      expect(signal("Russia confirmed its readiness for talks.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The ministry reaffirmed its commitment to the peace process.")).toMatchObject({
        type: "negotiation-readiness",
      });
    });

    it("reads talks that ended without an agreement as talks; a meeting that will not come without a truce asks for one", () => {
      expect(signal("The summit concluded without an agreement on Friday.")).toMatchObject({ type: "talks" });
      expect(signal("The next round will open without a truce.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads failing to reach an agreement as the talks, not the agreement; a failed attack stays an attack", () => {
      expect(signal("The two sides failed to reach an agreement in Istanbul.")).toMatchObject({
        type: "talks",
        triggerWord: "failed",
      });
      expect(signal("Negotiators failed to finalise the ceasefire.")).toMatchObject({ type: "talks" });
      expect(signal("The army failed to capture the city.")).toMatchObject({ type: "military-claim" });
    });

    it("reads an outcome of none as the effort ('reached no agreement', 'No deal was reached'); any other object of none denies its verb", () => {
      expect(signal("The delegations reached no agreement in Geneva.")).toMatchObject({ type: "talks" });
      expect(signal("No ceasefire deal was reached at the meeting on Friday.")).toMatchObject({ type: "talks" });
      expect(signal("The envoys achieved nothing in Doha.")).toMatchObject({ type: "talks" });
      expect(signal("No talks were held last week.")).toBeNull();
      expect(signal("The rebels have shown no willingness to negotiate.")).toMatchObject({ type: "rejection" });
      expect(signal("The capital may have no intention of reaching a settlement.")).toMatchObject({
        type: "rejection",
      });
      // no object of none: a view ("there can be no"), a time, a complement clause's subject
      expect(signal("There could be no mediation unless both armies attend.")?.type).not.toBe("rejection");
      expect(signal("The sides will reach a deal no later than June.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("They agreed no third country should take part.")?.type).not.toBe("rejection");
      // nor between a phrasal verb and its particle ("will take no part in")
      expect(signal("The government will take no part in the talks.")).toMatchObject({ type: "rejection" });
    });

    it("reads an infinitive after the talks a verb holds as their purpose ('agreed to restart negotiations … to achieve peace')", () => {
      expect(
        signal(
          "The government and the rebels agreed to restart a second round of negotiations in Oslo to achieve a lasting peace.",
        ),
      ).toMatchObject({ type: "talks" });
      // not after talks named in a side phrase ("… after the summit, only for Trump to slap sanctions")
      expect(
        signal(
          "There was an understanding after the summit in August, only for the president to slap sanctions on Moscow.",
        )?.type,
      ).not.toBe("talks");
    });

    it("reads pledging or agreeing to cut back the fighting as a step towards a truce, to step it up as a threat", () => {
      expect(signal("Russia promised to drastically cut its military activity near the capital.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The army agreed to reduce its military operations.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("Russia promised to intensify its military activity near the capital.")).toMatchObject({
        type: "threat",
      });
    });

    it("reads making progress or headway as a reading of the talks' prospects ('we have made progress')", () => {
      expect(signal("The envoys have made progress.")).toMatchObject({ type: "assessment" });
      expect(signal("The delegations made little headway.")).toMatchObject({ type: "assessment" });
      // talks the clause names still make it talks
      expect(signal("Progress was made in the talks.")).toMatchObject({ type: "talks" });
    });

    it("reads tensions or rifts easing as no party's yielding; a party easing restrictions still yields", () => {
      expect(signal("Regional rifts are easing.")?.type).not.toBe("ceasefire-signal");
      expect(signal("Tensions eased on Monday.")?.type).not.toBe("ceasefire-signal");
      expect(signal("The army eased its blockade of the port.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a deal or truce missing from what happened as the failed talks ('ended with no agreement', 'left without a deal for a truce', 'was unable to reach a deal')", () => {
      expect(signal("The summit in Hanoi ended with no agreement.")).toMatchObject({ type: "talks" });
      expect(signal("The envoys left Oslo without a deal for a ceasefire.")).toMatchObject({ type: "talks" });
      expect(signal("The delegations left the capital late on Thursday without announcing any deal.")).toMatchObject({
        type: "talks",
      });
      expect(signal("The mediator was unable to reach an agreement with the junta.")).toMatchObject({ type: "talks" });
      // a failed attack stays an attack; what is still to come without a truce asks for one
      expect(signal("The army was unable to capture the city.")).toMatchObject({ type: "military-claim" });
      expect(signal("The army agreed to a truce with no conditions.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads an outcome not reached, impossible or missing as the effort ('did not reach a deal', 'a deal was not possible', 'without a deal being signed')", () => {
      expect(signal("The delegations did not reach an agreement in Vienna.")).toMatchObject({ type: "talks" });
      expect(signal("A settlement was not possible.")).toMatchObject({ type: "talks" });
      expect(signal("The session was adjourned without a deal being reached.")).toMatchObject({ type: "talks" });
      expect(signal("The session was adjourned without a deal being reached.", 1)).toBeNull();
      // still a refusal: what one will not reach, or not sign
      expect(signal("The rebels will not reach any deal with the junta.")).toMatchObject({ type: "rejection" });
      expect(signal("The junta did not sign the accord.")).toMatchObject({ type: "rejection" });
    });

    it("reads a call for something as an appeal, not a phone call ('renewed his call for a ceasefire')", () => {
      expect(signal("The secretary-general renewed his call for an immediate truce.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The jailed leader made a call for the laying down of arms.")).toMatchObject({ type: "proposal" });
      expect(signal("The two presidents held a call.")).toMatchObject({ type: "talks" });
      // The tagger reads "for" before a gerund as a conjunction; it is still the verb's particle.
      expect(signal("The communique called for strengthening the joint framework.")).toMatchObject({
        type: "proposal",
      });
      // "on" before a day opens the time, not "call on"
      expect(signal("The premier called the emir on Monday.")).toMatchObject({ type: "talks" });
    });

    it("reads what is given in exchange as the price, not what the clause is about", () => {
      // (a deal to do what no class names is a plan for it, whatever it costs)
      expect(
        signal("The powers struck a deal to curb the programme in exchange for relief from sanctions."),
      ).toMatchObject({ type: "proposal", cameo: "05" });
      expect(signal("The government lifted sanctions in return for the release of prisoners.")).toMatchObject({
        type: "sanction",
      });
    });

    it("reads vowing revenge or retaliation as a threat, not a promise to cooperate", () => {
      expect(signal("The militia vowed revenge for the killing.")).toMatchObject({ type: "threat" });
      expect(signal("The prime minister vowed to retaliate.")).toMatchObject({ type: "threat" });
      expect(signal("The rebels vowed to respect the truce.")).toMatchObject({ type: "ceasefire-signal" });
      // retaliation carried out is fighting; still to come, a threat
      expect(signal("The army retaliated with strikes on the port.")).toMatchObject({ type: "military-claim" });
      expect(signal("The army will retaliate.")).toMatchObject({ type: "threat" });
    });

    it("reads a disengagement of troops as a step towards a truce, not fighting", () => {
      expect(signal("Both armies completed the disengagement of troops along the border.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads agreeing to yield as a step towards a truce ('agreed to withdraw troops'), to swap prisoners as an exchange", () => {
      expect(signal("The two sides agreed to swap 500 prisoners each.")).toMatchObject({ type: "context" });
      expect(signal("The army agreed to withdraw its troops.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The rebels agreed to lay down their arms.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The two sides agreed to exchange views.")).toMatchObject({ type: "negotiation-readiness" });
    });

    it("reads laying down arms as a step towards a truce, laying down conditions not", () => {
      expect(signal("The fighters laid down their weapons.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The council laid down its conditions for talks.")).toMatchObject({ type: "condition" });
    });

    it("reads assuming an office or control as no view ('assumed the post of chairman')", () => {
      expect(signal("The general assumed the post of army chief in 2019.")).toBeNull();
      expect(signal("The rebels assumed control of the airport.")?.type).not.toBe("assessment");
    });

    it("reads a meeting only in the active voice ('the demands were met', 'will be met with force' are none)", () => {
      expect(signal("The envoy met the rebel leaders.")).toMatchObject({ type: "talks" });
      expect(signal("All their demands were met.")?.type).not.toBe("talks");
      expect(signal("Any incursion will be met with force.")).toMatchObject({ type: "threat" });
    });

    it("reads withholding what is no offer, appeal or demand as nothing ('offered no details')", () => {
      expect(signal("The ministry offered no details on the timing.")).toBeNull();
      expect(signal("The envoy did not offer details of the plan.")).toBeNull();
      expect(signal("The rebels have not proposed a truce.")).toMatchObject({ type: "rejection" });
      // Not making a deal known refuses nothing; refusing to is a refusal.
      expect(signal("The mediators have not announced a truce.")).toBeNull();
      expect(signal("The mediators refused to announce a truce.")).toMatchObject({ type: "rejection" });
    });

    it("reads withholding words as refusing nothing ('declined to comment on the talks'), and a reporter's call as no talks", () => {
      expect(signal("The spokesman declined to comment on the talks.")).toBeNull();
      expect(signal("The envoy declined to provide any details of the plan.")).toBeNull();
      expect(signal("The envoy refused to elaborate.")).toBeNull();
      expect(signal("The rebels refused to accept the plan.")).toMatchObject({ type: "rejection" });
      expect(signal("The ministry refused to confirm the meeting.")).toBeNull();
      expect(signal("The rebels refused to attend the talks.")).toMatchObject({ type: "rejection" });
      expect(signal("The ministry did not return a call seeking comment.")).toBeNull();
      expect(signal('The spokesman said he "can\'t confirm" the meeting.', 1)).toBeNull();
      expect(signal("The army has not commented on the talks.")).toBeNull();
      expect(signal("The envoy was seeking comment from both sides.")).toBeNull();
    });

    it("reads what talks are about as their topic ('negotiations over a deal are extended')", () => {
      expect(signal("The negotiations in Geneva over a framework deal were extended by a day.")).toMatchObject({
        type: "talks",
      });
      expect(signal("The rebels said they were prepared for urgent talks on the truce.", 1)).toMatchObject({
        type: "negotiation-readiness",
      });
      expect(signal("The rebels agreed to a truce on Monday.")).toMatchObject({ type: "ceasefire-signal" });
      // What talks are for is their aim; a call for a truce still asks for it.
      expect(signal("The envoy stands ready to promote new talks for peace.")).toMatchObject({
        type: "negotiation-readiness",
      });
      expect(signal("The rebels renewed their calls for a truce.")).toMatchObject({ type: "ceasefire-signal" });
      // Past the partner and how long to the talks ("talks with the rebels on a ceasefire").
      expect(
        signal("Officials have been in discussions with their Qatari counterparts for days regarding a truce."),
      ).toMatchObject({ type: "talks" });
      // Past a possessive partner and a gerund that governs the topic.
      expect(signal("The mediators were in Cairo for talks with Egypt's spy chief on a truce.")).toMatchObject({
        type: "talks",
      });
      const extending =
        "Officials from both sides were in Cairo on Monday for talks with Egypt's intelligence chief on extending the truce.";
      expect(signal(extending)).toMatchObject({ type: "talks" });
      expect(signal(extending, 1)).toBeNull();
      // So is a phrase joined to the topic's ("… and widening it to cover the troops").
      const widening =
        "The envoys were in Cairo for talks with the mediators about prolonging the pause and widening it to cover the troops.";
      expect(signal(widening)).toMatchObject({ type: "talks" });
      expect(signal(widening, 2)).toBeNull();
      // ("for" only before how long; an envoy holds no talks the truce could be the topic of)
      expect(signal("The rebels accepted a proposal from the UN envoy for Yemen on a truce.")?.type).not.toBe("talks");
      expect(signal("The UN renewed its calls for calm regarding the fragile truce.")?.type).not.toBe("talks");
      // The peace process is the negotiation, not a peace agreed.
      expect(signal("The rebels withdrew from the peace process.")).toMatchObject({ type: "rejection" });
      expect(signal("The envoy said the peace process had stalled.", 1)).toMatchObject({ type: "talks" });
    });

    it("reads what a verb that needs an object is done for as no object of it ('suspend … to hold talks')", () => {
      expect(signal("The army will suspend all patrols in the north to hold talks with the rebels.")).not.toMatchObject(
        {
          type: "rejection",
        },
      );
      expect(signal("The rebels suspended the talks on Monday.")).toMatchObject({ type: "rejection" });
    });

    it("reads a licence or waiver that exempts trade from sanctions as about sanctions", () => {
      expect(signal("The Treasury issued a licence allowing oil exports to resume.")).toMatchObject({
        type: "sanction",
      });
      expect(signal("Washington will not renew the waiver.")).toMatchObject({ type: "sanction" });
    });

    it("reads a disposition or availability to act, as translated copy writes willingness, as readiness", () => {
      expect(signal("The rebels reaffirmed their disposition to pursue a political path.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
      expect(signal("The government expressed its availability to resume the dialogue.")).toMatchObject({
        type: "negotiation-readiness",
      });
    });

    it("reads backing away from or reneging on a commitment as a refusal, but not troops backing away", () => {
      expect(signal("The rebel leaders backed away hours before the ceremony.")).toMatchObject({
        type: "rejection",
        cameo: "12",
      });
      expect(signal("The government reneged on its pledge.")).toMatchObject({ type: "rejection" });
      expect(signal("The government backed out of the deal.")?.type).toBe("rejection");
      expect(signal("Troops backed away from the border.")?.type).not.toBe("rejection");
    });

    it("reads what a party agrees to have others do as what they do ('agreed to have their teams start talks')", () => {
      expect(signal("The two presidents agreed to have their teams start negotiations immediately.")).toMatchObject({
        type: "talks",
      });
      expect(signal("The two presidents agreed to let their teams start negotiations.")).toMatchObject({
        type: "talks",
      });
    });

    it("reads what a party is expected to do as demanded of it ('expect the rebels to lay down their arms')", () => {
      expect(signal("The villagers expect the KDR to hand in its weapons.")).toMatchObject({
        type: "condition",
        cameo: "10",
      });
      expect(signal("Harbour expected Varnak to follow its example.")).toMatchObject({ type: "condition" });
      // what a thing is expected to do, or what analysts expect, is no demand
      expect(signal("Diplomats expect the talks to resume.")?.type).not.toBe("condition");
      expect(signal("Analysts expect Varnak to hand in its weapons.")?.type).not.toBe("condition");
      expect(signal("Harbour expects Varnak officials to arrive on Monday for further talks.")).toMatchObject({
        type: "talks",
      });
    });

    it("reads readiness to refuse talks, a deal or a plan as a refusal ('ready to walk away from the talks')", () => {
      expect(signal("The administration is ready to walk away from the talks.")).toMatchObject({ type: "rejection" });
      expect(signal("Hamas is ready to reject the plan.")).toMatchObject({ type: "rejection" });
      expect(signal("The government confirmed its commitment to scrapping the old tax.")).not.toMatchObject({
        type: "rejection",
      });
    });

    it("reads readiness to accept what brings a truce as readiness for the truce ('ready to accept a proposal for a truce')", () => {
      expect(signal("Harbour said it stood ready to accept a proposal for a 30-day truce.", 1)).toMatchObject({
        type: "ceasefire-signal",
      });
      // a proposal of nothing said, or talks about a truce, stay what they were
      expect(signal("Harbour said it stood ready to accept the proposal.", 1)).toMatchObject({
        type: "negotiation-readiness",
      });
    });

    it("reads an impersonal threat as none ('the war threatens to spread'), a party's as a threat", () => {
      expect(signal("The war threatens to spread across the region.")).not.toMatchObject({ type: "threat" });
      expect(signal("Famine threatens millions of people in the north.")).toBeNull();
      expect(signal("The rebels threatened to attack the capital.")).toMatchObject({ type: "threat" });
    });

    it("reads what the press made known as nothing done ('was first reported by Reuters')", () => {
      expect(signal("The agreement was first reported by the agency.")).toBeNull();
      expect(signal("The ceasefire was announced by the army on Monday.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a pledge not to fight as restraint, not a threat ('will not attack')", () => {
      expect(signal("Israel will not attack the oil sites.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The army will attack the city.")).toMatchObject({ type: "threat" });
      expect(signal("Russia threatened to invade its neighbour.")).toMatchObject({ type: "threat" });
    });

    it("reads putting a deal, talks or a release on hold as refusing them for now, not sanctions", () => {
      expect(signal("The government put the border talks on hold.")).toMatchObject({ type: "rejection", cameo: "12" });
      expect(signal("A planned release of prisoners has been put on hold.")).toMatchObject({ type: "rejection" });
      expect(signal("The peace accord is on hold.")).toMatchObject({ type: "rejection" });
      expect(signal("Washington put the new sanctions on hold.")).toMatchObject({ type: "sanction" });
    });

    it("reads suspending a plan or a declaration as refusing it, and suspending operations as yielding", () => {
      expect(signal("The government suspended the joint border declaration on Monday.")).toMatchObject({
        type: "rejection",
        cameo: "12",
      });
      expect(signal("The army suspended its operations in the north.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "08",
      });
    });

    it("reads talks said not to come about as called off, and talks that never stopped as going on", () => {
      expect(signal("The next round of talks will not take place.")).toMatchObject({ type: "rejection", cameo: "12" });
      expect(signal("The summit did not happen.")).toMatchObject({ type: "rejection" });
      expect(signal("The talks never stopped.")).toMatchObject({ type: "talks" });
    });

    it("reads wounding or injuring people as fighting, not wounding pride", () => {
      expect(signal("Forty demonstrators were injured in the clashes.")).toMatchObject({ type: "military-claim" });
      expect(signal("Sniper fire wounded three peacekeepers on Sunday.")).toMatchObject({ type: "military-claim" });
      expect(signal("The concession wounded national pride.")).toBeNull();
    });

    it("reads clashes that go on or break out as fighting, and stopping them as a truce", () => {
      expect(signal("Clashes continued in the north on Monday.")).toMatchObject({ type: "military-claim" });
      expect(signal("Fighting erupted near the port overnight.")).toMatchObject({ type: "military-claim" });
      expect(signal("Skirmishes broke out along the frontier.")).toMatchObject({ type: "military-claim" });
      expect(signal("The militias agreed to stop the clashes.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("Protests spread to the capital.")).toBeNull();
      // a rising count of the dead is a casualty claim; rising prices are not
      expect(signal("The death toll rose to 40 on Sunday.")).toMatchObject({ type: "military-claim" });
      expect(signal("Casualties mounted in the south.")).toMatchObject({ type: "military-claim" });
      expect(signal("Fuel prices rose sharply.")).toBeNull();
      // so is one a relative clause tells of, the noun compounds it describes read whole
      expect(signal("Officials gave the death toll, which has climbed to 40.", 1)).toMatchObject({
        type: "military-claim",
      });
      expect(signal("Officials gave the fuel price, which has climbed to 40.", 1)).toBeNull();
    });

    it("reads a relative clause after a name's short form in brackets as about the name ('the Forum (PDF), which …')", () => {
      expect(signal("The vote came at the Coastal Dialogue Forum (CDF), which opened in Accra.", 1)).toMatchObject({
        type: "talks",
      });
      expect(signal("The vote came at the Coastal Dialogue Forum (CDF), which opened in Accra.", 1)!.trigger).toBe(7);
      expect(signal("The vote came at a coastal forum that opened in Accra.", 1)).toMatchObject({ type: "talks" });
    });

    it("reads what is not on the table or the agenda as refused, as what is off the table", () => {
      expect(signal("Recognition of the republic is not on the table.")).toMatchObject({ type: "rejection" });
      expect(signal("A territorial swap is not on the agenda at the talks.")).toMatchObject({ type: "rejection" });
      expect(signal("A territorial swap is off the table.")).toMatchObject({ type: "rejection" });
    });

    it("reads targeting a side as an attack; what sanctions target stays a sanction", () => {
      expect(signal("The army will target the militia's leaders if the truce fails.")).toMatchObject({
        type: "threat",
      });
      expect(signal("Drones targeted the port on Sunday.")).toMatchObject({ type: "military-claim" });
      expect(signal("The new sanctions target the country's banks.")).toMatchObject({ type: "sanction" });
      expect(signal("Washington will target the oligarchs with new measures.")).toBeNull();
    });

    it("reads seizing or capturing a chance as no fighting, and asking a question as no appeal", () => {
      expect(signal("The rebels seized the opportunity to regroup.")).toBeNull();
      expect(signal("The speech captured the mood of the moment.")).toBeNull();
      expect(signal("The rebels seized the town on Monday.")).toMatchObject({ type: "military-claim" });
      expect(signal("The reporter asked a question in Arabic.")).toBeNull();
    });

    it("reads a speaker's own wish or duty to speak as nothing ('I must say', 'I would like to thank')", () => {
      expect(signal("I must say these plenary sessions are never easy.")).toBeNull();
      expect(signal("I would like to thank both delegations for their patience.")).toBeNull();
      expect(signal("We don't want to describe their opening position.")).toBeNull();
      // Another's duty to speak, an appeal to speak and a wish to act still count.
      expect(signal("We call on the rebels to state their terms.")).toMatchObject({ type: "proposal" });
      expect(signal("We want to reach a deal this week.")).toMatchObject({ type: "negotiation-readiness" });
    });

    it("reads committing a crime as no commitment, and troops a participle only describes as no battlefield claim", () => {
      expect(signal("Armed groups continue committing crimes such as extortion.")).toBeNull();
      expect(signal("The two sides committed to a lasting truce.")).toMatchObject({ type: "ceasefire-signal" });
      expect(
        signal("The commander appeared in a video, flanked by female and male fighters dressed in fatigues.", 2),
      ).toBeNull();
    });

    it("reads speaking as consulting only with a partner ('spoke with the emir', 'the two leaders spoke'), not an audience", () => {
      expect(signal("The envoy spoke with the emir on Tuesday.")).toMatchObject({ type: "talks" });
      expect(signal("The envoy spoke on Tuesday to the emir about a truce.")).toMatchObject({
        type: "talks",
        cameo: "04",
      });
      expect(signal("The envoy spoke for two hours to the emir.")).toMatchObject({ type: "talks" });
      expect(signal("The president spoke on Saturday to the Munich Security Conference.")).toBeNull();
      expect(signal("The president spoke on Tuesday to graduates of the academy.")).toBeNull();
      // A sentence may end on the preposition.
      expect(() => signal("The leaders the president has not spoken to")).not.toThrow();
      expect(() => signal("Who the president spoke with")).not.toThrow();
      expect(signal("The two presidents spoke by phone.")).toMatchObject({ type: "talks" });
      expect(signal("The premier and the king spoke for an hour.")).toMatchObject({ type: "talks" });
      expect(signal("The minister spoke during a 40-minute call on Monday.")).toMatchObject({ type: "talks" });
      expect(signal("The minister spoke to reporters after the vote.")).toBeNull();
      expect(signal("The president spoke at a rally in the capital.")).toBeNull();
      expect(signal("Deeds speak louder than promises.")).toBeNull();
      expect(
        signal("Several sources spoke on condition of anonymity due to the sensitivity of the talks.")?.type,
      ).not.toBe("talks");
      expect(signal("The spokesman asked about the timing of the next round.")).toBeNull();
    });

    it("reads receiving a named guest as hosting talks, but not receiving things ('received Witkoff', 'received Patriot missiles')", () => {
      expect(signal("The president received Halvorsen in the palace on Monday.")).toMatchObject({ type: "talks" });
      expect(signal("The president received the envoy.")).toMatchObject({ type: "talks" });
      expect(signal("The army received Patriot missiles.")?.type).not.toBe("talks");
      expect(signal("The rebels received signals from the mediators.")).toBeNull();
      // Welcoming a named guest is hosting; welcoming a thing is a view of it.
      expect(signal("The president welcomed Halvorsen at the palace.")).toMatchObject({ type: "talks" });
      expect(signal("The president welcomed the proposal.")).toMatchObject({ type: "assessment" });
    });

    it("reads suggesting talks, a truce or a plan as proposing it, but suggesting a view as assessing", () => {
      expect(signal("The minister suggested holding talks in Geneva.")).toMatchObject({ type: "proposal" });
      expect(signal("The patriarch suggested a truce over the holiday.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("Reports suggested the army was exhausted.", 0)?.type ?? "assessment").toBe("assessment");
    });

    it("reads what a document's describing participle says it is for as what the document is about", () => {
      expect(signal("The rebels agreed to a proposal put forward by the mediators for a 30-day truce.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads no object in an apposition that ranks the object before it ('…, one of the key points')", () => {
      expect(signal("The rebels agreed to accept the guarantees, one of the key points of the talks.")).toMatchObject({
        type: "negotiation-readiness",
      });
    });

    it("reads neither a purpose of 'in order to' nor a demand said to be missing as what is asked", () => {
      expect(
        signal("The president invited the rebels to resume talks without preconditions in order to reach a truce."),
      ).toMatchObject({ type: "proposal" });
    });

    it("reads a verb outside the lexicon whose object is none of a truce or deal as a view ('would bring no peace')", () => {
      expect(signal("The pact would bring no peace to the valley.")).toMatchObject({ type: "assessment", cameo: "01" });
      expect(signal("Their accord brings neither peace nor unity.")).toMatchObject({ type: "assessment" });
      // an intent of none is no such view
      expect(signal("The envoy has no plans to visit the capital.")?.type).not.toBe("assessment");
    });

    it("reads a session as talks, and a session of talks as the talks ('an opening session takes place')", () => {
      expect(signal("An opening session of the negotiations takes place on March 3 in Oslo.")).toMatchObject({
        type: "talks",
      });
      expect(signal("The joint committee's inaugural session will be held in Oslo on March 3.")).toMatchObject({
        type: "talks",
      });
    });

    it("reads a process by what its modifier names ('the negotiation process'), as 'a round of talks'", () => {
      expect(signal("The two sides agreed to revive the negotiation process.")).toMatchObject({ type: "talks" });
    });

    it("reads agreement to hold talks as about the talks, not a deal ('signalled their agreement to hold talks')", () => {
      expect(signal("The two sides signalled their agreement to hold talks in Oslo.")).toMatchObject({ type: "talks" });
      expect(signal("There is an agreement to hold another round of talks.")).toMatchObject({ type: "talks" });
      // With nothing completing it, the agreement is the deal.
      expect(signal("The two sides announced an agreement.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads the text of a document as the document, and talks on it as talks", () => {
      expect(signal("The two states have agreed on the text of a peace treaty.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("Negotiations on the text of the peace deal were completed.")).toMatchObject({ type: "talks" });
      expect(signal("The wording of the truce agreement was reached overnight.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads an envoy's trip as a visit ('his last trip to Moscow took place in April')", () => {
      expect(signal("His last trip to Moscow took place in April.")).toMatchObject({ type: "talks" });
    });

    it("reads an arms-control treaty as a deal ('an arms deal' sells arms), and halting participation in one as rejecting it", () => {
      expect(signal("The two presidents signed a nuclear arms reduction treaty.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two states signed an arms deal.")?.type).not.toBe("ceasefire-signal");
      expect(signal("Moscow would halt its participation in the treaty.")).toMatchObject({ type: "rejection" });
      expect(signal("The army halted its offensive.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("takes no meaning from what a noun of failing or a subject's noun completes ('Failure to reach a deal could …')", () => {
      expect(signal("Failure to reach an agreement could escalate tensions.", 1)).toBeNull();
      expect(signal("The talks ended in a failure to reach an agreement.")?.type).not.toBe("ceasefire-signal");
    });

    it("reads suspending a truce, a deal or talks as a rejection, suspending attacks as a truce", () => {
      expect(signal("The army suspended the truce on Sunday.")).toMatchObject({ type: "rejection" });
      expect(signal("Moscow suspended its participation in the agreement.")).toMatchObject({ type: "rejection" });
      expect(signal("The army suspended attacks on the city.")).toMatchObject({ type: "ceasefire-signal" });
      // What the verb acts on is its object; the truce that does the suspending is not suspended.
      expect(signal("The truce will suspend fighting along the front.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The truce was suspended on Sunday.")).toMatchObject({ type: "rejection" });
    });

    it("reads cutting back or scaling down military activity as de-escalation (CAMEO 087), not a threat", () => {
      expect(signal('The forces would cut back "military activity near the capital."')).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The army will scale down its operations in the north.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads rejecting a proposal for a vote as rejecting the proposal, and rejecting the vote as disputing it", () => {
      expect(signal("The junta rejected a plan by the envoys to hold a referendum in the north.")).toMatchObject({
        type: "rejection",
      });
      expect(signal("The junta rejected the referendum in the north.")).toMatchObject({ type: "legitimacy-dispute" });
      // An object that is no plan, or one the category refines by, still gives way to what it is about.
      expect(signal("The rebels signed an agreement on a truce in the north.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads an agency's authority ('customs and border authority') as no dispute of legitimacy", () => {
      expect(
        signal("The routes will reopen, with all crossings subject to customs and state authority.")?.type,
      ).not.toBe("legitimacy-dispute");
      expect(signal("The rebels reject the authority of the junta.")).toMatchObject({ type: "legitimacy-dispute" });
      expect(signal("The rebels rejected the authority of the regional government.")).toMatchObject({
        type: "legitimacy-dispute",
      });
    });

    it("reads what is rightly asked as no dispute of legitimacy ('legitimate demands'), an illegitimate leader as one", () => {
      expect(signal("The plan fails to meet the legitimate demands of our people.")).not.toMatchObject({
        type: "legitimacy-dispute",
      });
      expect(signal("The Kremlin called him an illegitimate president.")).toMatchObject({ type: "legitimacy-dispute" });
    });

    it("reads the authorities of a place as its government, and an agreement called legally void as a dispute", () => {
      expect(signal("The envoy held talks with the rebel authorities in the capital.")).toMatchObject({
        type: "talks",
      });
      expect(signal("Moscow questioned the authority of the negotiators.")).toMatchObject({
        type: "legitimacy-dispute",
      });
      expect(signal("He described any deal with the government as legally void.")).toMatchObject({
        type: "legitimacy-dispute",
      });
    });

    it("reads breaching a truce as fighting, as violating it is", () => {
      expect(signal("Aerial bombardments breached the truce in April.")).toMatchObject({ type: "military-claim" });
    });

    it("reads what the verb's own object names before what a later phrase names, and 'poised to' as still to come", () => {
      expect(signal("Moscow will organize a meeting of the ministers to focus on the peace treaty.")).toMatchObject({
        type: "talks",
      });
      expect(
        signal("Moscow is poised to organize a meeting of the ministers to focus on the peace treaty."),
      ).toMatchObject({ type: "talks", future: true });
    });

    it("reads calling something pointless or futile as rejecting it", () => {
      expect(signal('Signing any documents with the current leadership would be "pointless."', 1)).toMatchObject({
        type: "rejection",
      });
      expect(signal("Further talks are futile.")).toMatchObject({ type: "rejection" });
      expect(signal('Negotiations with the junta are "fruitless".')).toMatchObject({ type: "rejection" });
      expect(signal("Any truce would be useless.")).toMatchObject({ type: "rejection" });
      expect(signal("Resuming the negotiations now would be unjustifiable.", 1)).toMatchObject({ type: "rejection" });
    });

    it("reads striking a tone or a balance as no attack", () => {
      expect(signal("The spokesman struck a more cautious tone at the briefing.")).toBeNull();
      expect(signal("Russian missiles struck a power plant.")).toMatchObject({ type: "military-claim" });
    });

    it("ends a noun phrase at a weekday written after it ('signed a peace accord Monday')", () => {
      expect(signal("Rebels signed a peace accord Monday to end the insurgency.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads ending a deal or a truce as rejecting it, and only when it is the object", () => {
      expect(signal("The junta ended the peace deal with the rebels.")).toMatchObject({ type: "rejection" });
      expect(signal("The army ended the truce on Sunday.")).toMatchObject({ type: "rejection" });
      expect(signal("The junta ended with immediate effect the peace deal.")).toMatchObject({ type: "rejection" });
      expect(signal("The talks ended with a deal on Monday.")).not.toMatchObject({ type: "rejection" });
      expect(signal("The arrest had invalidated their peace deal.")).toMatchObject({ type: "rejection" });
      expect(signal("The president tore up the nuclear deal.")).toMatchObject({ type: "rejection" });
      expect(signal("The court annulled the truce agreement.")).toMatchObject({ type: "rejection" });
      // what is ended is the object, not a deal named later in the clause
      expect(signal("The treaty ended 30 years of war as a first step toward peace.")).not.toMatchObject({
        type: "rejection",
      });
      expect(signal("The leaders signed a deal to end the war.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads terminating, quitting or withdrawing from a deal or talks as rejecting it, not as a pullback", () => {
      expect(signal("Moscow terminated the agreement.")).toMatchObject({ type: "rejection", cameo: "12" });
      expect(signal("The rebels withdrew from the peace talks.")).toMatchObject({ type: "rejection" });
      expect(signal("The rebels quit the talks on Monday.")).toMatchObject({ type: "rejection" });
      expect(signal("Ankara pulled out of the transit deal on Monday.")).toMatchObject({ type: "rejection" });
      expect(signal("The rebels pulled out of the peace talks.")).toMatchObject({ type: "rejection" });
      // Troops pulled out of a town are a pullback.
      expect(signal("The army pulled out of the town.")).toMatchObject({ type: "ceasefire-signal" });
      // past a short object of the verb
      expect(signal("The president withdrew the country from the nuclear agreement.")).toMatchObject({
        type: "rejection",
      });
      // What the particle governs says what was left: areas, not the talks named later.
      expect(
        signal("The troops would withdraw from some areas, with details to be agreed in later negotiations."),
      ).not.toMatchObject({ type: "rejection" });
      expect(signal("The army withdrew from the town.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a noun of quitting a deal, a truce or talks as rejecting them, whatever verb announces it", () => {
      expect(signal("The junta announced its withdrawal from the peace accord.")).toMatchObject({ type: "rejection" });
      expect(signal("Moscow announced the suspension of the talks.")).toMatchObject({ type: "rejection" });
      expect(
        signal("The ministry confirmed Ankara's suspension of its participation in the transit deal."),
      ).toMatchObject({ type: "rejection" });
      expect(signal("The exit from the truce came a day after the vote.")).toMatchObject({ type: "rejection" });
      // Troops withdrawn, or fighting suspended, are a step towards a truce.
      expect(signal("The army announced the withdrawal of its troops from the city.")).not.toMatchObject({
        type: "rejection",
      });
      expect(signal("The sides agreed to a suspension of hostilities.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads voting against a deal as rejecting it, voting for it as agreeing ('vote against')", () => {
      expect(signal("The minister will vote against the agreement.")).toMatchObject({ type: "rejection", cameo: "12" });
      expect(signal("The cabinet voted for the ceasefire agreement.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "05",
      });
    });

    it("reads pullbacks of forces as a withdrawal, not fighting to come ('there will be pullbacks')", () => {
      expect(signal("There will be pullbacks by the army.")?.type).not.toBe("threat");
    });

    it("does not read advancing an effort as a military advance ('advanced the peace process')", () => {
      expect(signal("The government advanced the peace process in Doha.")?.type).not.toBe("military-claim");
      expect(signal("Russian forces advanced on the town on Monday.")).toMatchObject({ type: "military-claim" });
    });

    it("does not read releasing a document as releasing people ('released a statement')", () => {
      expect(signal("The ministry released a more measured statement.")).toBeNull();
      expect(signal("The truce was agreed, according to statements released on Saturday.", 1)).toBeNull();
      expect(signal("The group released four hostages on Saturday.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads an intent to fight withdrawn as a step towards a truce, not a refusal ('no longer want to fight')", () => {
      expect(signal("The rebels do not want to fight anymore.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("Kyiv is not willing to continue the war.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("Moscow is not ready to end the war.")).toMatchObject({ type: "rejection" });
      expect(signal("The rebels do not want to negotiate.")).toMatchObject({ type: "rejection" });
    });

    it("does not read exchanging fire or views as exchanging prisoners, as a verb, a passive or a noun (views consult)", () => {
      expect(signal("The two sides exchanged heavy fire across the border.")).toBeNull();
      expect(signal("The two leaders exchanged views on the crisis.")).toMatchObject({ type: "talks" });
      expect(signal("Several messages were exchanged through the mediators.")).toBeNull();
      expect(signal("There was an exchange of fire near the crossing.")).toBeNull();
      // an exchange of prisoners is background to the talks (CAMEO 0841), not a truce
      expect(signal("The two sides exchanged prisoners on Sunday.")).toMatchObject({ type: "context", cameo: "0841" });
      expect(signal("Dozens of prisoners were exchanged on Sunday.")).toMatchObject({ type: "context" });
      expect(signal("There was an exchange of prisoners at the border.")).toMatchObject({ type: "context" });
      expect(signal("The delegations exchanged draft memorandums.")?.type).not.toBe("context");
    });

    it("reads a light verb through its noun, not through an adverb of what completes it", () => {
      expect(signal("Hamas expressed its readiness to deal positively with any proposal.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
      expect(signal("The rebels declared their readiness for talks.")).toMatchObject({ type: "negotiation-readiness" });
    });

    it("does not read a vote the clause only happened in as what it is about ('rejected the plan in a referendum')", () => {
      expect(signal("Voters rejected the peace deal in a referendum.")).toMatchObject({ type: "rejection" });
      expect(signal("The opposition rejected the referendum.")).toMatchObject({ type: "legitimacy-dispute" });
    });

    it("reads a round or series of something as that thing ('the third and final round of a prisoner swap')", () => {
      expect(signal("Both sides confirmed the third and final round of a prisoner swap.")).toMatchObject({
        type: "context",
      });
      expect(signal("The bloc approved a new round of sanctions.")).toMatchObject({ type: "sanction" });
      expect(signal("The next round of talks will be held in Geneva.")).toMatchObject({ type: "talks" });
    });

    it("reads settling on something as agreeing to it", () => {
      expect(signal("The two sides settled on a ceasefire.")).toMatchObject({ type: "ceasefire-signal", cameo: "05" });
    });

    it("does not read a sticking or turning point as a point of a plan", () => {
      expect(signal("Control of the east is the last remaining sticking point.")).toBeNull();
      expect(signal("The share is one percentage point higher than a year ago.")).toBeNull();
    });

    it("reads calling something futile as rejecting it ('sees no point in talks', 'no sense to negotiate')", () => {
      expect(signal("The junta sees no point in holding talks with the rebels.")).toMatchObject({
        type: "rejection",
        triggerWord: "point",
      });
      expect(signal("It makes no sense to negotiate now.")).toMatchObject({ type: "rejection" });
      expect(signal("The council sees no point in the summit.")).toMatchObject({ type: "rejection" });
    });

    it("reads what is possible 'but only after' something as a condition", () => {
      expect(
        signal(
          "The envoy said a summit of the two leaders was possible, but only after the ministers had agreed on a text.",
          1,
        ),
      ).toMatchObject({ type: "condition" });
      expect(
        signal("The envoy said a summit of the two leaders was possible after the ministers met.", 1)?.type,
      ).not.toBe("condition");
    });

    it("reads what a party will do once its demands are met as a condition, and a time alone as none", () => {
      expect(signal("The junta said it would rejoin the accord as soon as its demands were met.", 1)).toMatchObject({
        type: "condition",
      });
      expect(signal("The militia will sign the truce once all its conditions have been fulfilled.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The truce will begin as soon as the captives are freed.")?.type).not.toBe("condition");
    });

    it("reads a party claiming alone the right to decide as a demand, and what only one did as none", () => {
      expect(signal("Only the islanders can decide the shape of any settlement, the envoy said.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The envoy said only the assembly may determine the border.", 1)).toMatchObject({
        type: "condition",
      });
      expect(signal("Only the assembly decided to act.")?.type).not.toBe("condition");
    });

    it("reads speaking between a subject of more than one as talks, an acronym in the plural too", () => {
      expect(signal("The two SRSGs will speak again on Friday.")).toMatchObject({ type: "talks" });
      expect(signal("The OSCE will speak on Friday.")?.type).not.toBe("talks");
    });

    it("reads a party's blocking still to come as a threat, and a vote blocked or a past blockade as none", () => {
      expect(signal("The militia said it would block the border crossing if the talks failed.", 1)).toMatchObject({
        type: "threat",
        triggerWord: "block",
      });
      // so is vowing or promising to do it: what one vows is still to come
      expect(signal("The herders vowed to block the mountain pass.")).toMatchObject({ type: "threat", cameo: "13" });
      expect(signal("The premier promised to press on until the valley is retaken.")).toMatchObject({
        type: "threat",
      });
      expect(signal("The envoy will block the resolution at the council.")?.type).not.toBe("threat");
      expect(signal("The militia blocked the border crossing in May.")?.type).not.toBe("threat");
    });

    it("reads making out what is still to come as a target or an enemy as a threat, a partner or the past as none", () => {
      expect(
        signal("The navy said tankers bound for the island would be treated as hostile combatants.", 2),
      ).toMatchObject({
        type: "threat",
        triggerWord: "treated",
      });
      expect(signal("The general warned that he will regard the supply convoys as fair targets.", 1)).toMatchObject({
        type: "threat",
      });
      expect(signal("The envoy said the offer would be regarded as a basis for talks.", 1)?.type).not.toBe("threat");
      expect(signal("The general regarded the convoys as fair targets.")?.type).not.toBe("threat");
    });

    it("reads refusing to cede land as a rejection, as refusing to concede it is", () => {
      expect(signal("The islanders will never cede their land to the invaders.")).toMatchObject({
        type: "rejection",
        triggerWord: "cede",
      });
      // "give up" yields as "cede" does, but not a seat or a post
      expect(signal("The islanders will never give up an inch of their land.")).toMatchObject({ type: "rejection" });
      expect(signal("The rebels agreed to give up their weapons.")).toMatchObject({ type: "ceasefire-signal" });
      expect(signal("The minister gave up his seat in parliament.")).toBeNull();
    });

    it("reads having no plans or intention to act as not planning to ('has no plans to meet')", () => {
      expect(signal("The premier has no plans to meet the rebel commander.")).toMatchObject({
        type: "rejection",
        negated: true,
      });
      expect(signal("There was no decision to resume the talks in Oslo.")).toMatchObject({ type: "rejection" });
      expect(signal("The premier has plans to meet the rebel commander.")).toMatchObject({ type: "talks" });
    });

    it("reads a response vowed with force as a threat, and one already given as none", () => {
      expect(signal("The junta said it would respond decisively to any breach of the line.", 1)).toMatchObject({
        type: "threat",
        triggerWord: "respond",
      });
      expect(signal("The junta responded decisively to the breach.")?.type).not.toBe("threat");
    });

    it("reads an occasion used for an act as that act, also when only its object names it", () => {
      expect(signal("The rebel envoy used the meeting to repeat the movement's demands.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The minister used the visit to reject the plan.")).toMatchObject({ type: "rejection" });
    });

    it("reads declaring an accord void as ending it, and an accord that holds or a text's nature as neither", () => {
      expect(signal("The junta said the border accord was no longer valid.", 1)).toMatchObject({
        type: "rejection",
        triggerWord: "valid",
      });
      expect(signal("The rebels said the truce had ceased to be in force at midnight.", 1)).toMatchObject({
        type: "rejection",
      });
      expect(signal("The truce is not in effect any more.")).toMatchObject({ type: "rejection" });
      expect(signal("The truce is not in effect yet.")?.type).not.toBe("rejection");
      expect(signal("The truce remains in force.")?.type).not.toBe("rejection");
      expect(signal("The memorandum is not legally binding.")?.type).not.toBe("rejection");
    });

    it("reads doubting a party's sincerity as judging it, and a pledge to bargain in good faith as none", () => {
      expect(signal("The envoy said the junta's plan was not tabled in good faith.", 1)).toMatchObject({
        type: "assessment",
        triggerWord: "faith",
      });
      expect(signal("The rebels are bargaining in bad faith, the mediator said.")).toMatchObject({
        type: "assessment",
      });
      expect(signal("Both delegations pledged to bargain in good faith.", 1)?.type).not.toBe("assessment");
    });

    it("reads the door idiom: open to talks is readiness, closed is a rejection, negated the other way", () => {
      expect(signal("The door to negotiations remains open.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The junta left the door open for talks.")).toMatchObject({ type: "negotiation-readiness" });
      expect(signal("The rebels have closed the door to talks.")).toMatchObject({ type: "rejection" });
      expect(signal("The rebels have not closed the door to dialogue.")).toMatchObject({
        type: "negotiation-readiness",
      });
      expect(signal("He opened the door of the car.")).toBeNull();
    });

    it("reads walking away from talks or a deal as rejecting it, not walking out of a room", () => {
      expect(signal("The rebels walked away from the negotiating table.")).toMatchObject({ type: "rejection" });
      expect(signal("The delegation walked out of the talks.")).toMatchObject({ type: "rejection" });
      expect(signal("He walked out of the room.")).toBeNull();
      // walking out with nothing said of what is left leaves the talks
      expect(signal("The rebel delegation walked out late on Friday.")).toMatchObject({ type: "rejection" });
    });

    it("reads advancing a date as no advance of troops, and stopping a person as no halt to fighting", () => {
      expect(signal("The mediator advanced the date of the vote.")?.type).not.toBe("military-claim");
      expect(signal("Nobody can stop me now.")).toBeNull();
    });

    it("reads pushing back at a proposal as rejecting it, not pushing back troops or a date", () => {
      expect(signal("Kyiv pushed back at proposals to cede the region.")).toMatchObject({ type: "rejection" });
      expect(signal("The army pushed back the enemy troops.")?.type).not.toBe("rejection");
      expect(signal("The general said the army could push them back across the river.", 1)?.type).not.toBe("rejection");
      expect(signal("The talks have been pushed back from late August.")?.type).not.toBe("rejection");
      expect(signal("Both sides accepted the 20-point plan.")).toMatchObject({ type: "proposal" });
    });

    it("reads brokering a truce or a deal as reaching one, and brokering anything else as mediation", () => {
      expect(signal("Oman has brokered a ceasefire between the two sides.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "05",
      });
      expect(signal("Qatar brokered talks between the two sides.")).toMatchObject({ type: "talks", cameo: "04" });
    });

    it("does not read a verb of criticism used of a crash as criticism ('drones slammed into the city')", () => {
      expect(signal("Dozens of drones slammed into the capital overnight.")).toBeNull();
      expect(signal("The minister slammed the proposal.")).toMatchObject({ cameo: "11" });
    });

    it("reads a pseudo-cleft on a want or a need as a demand ('what Moscow wants is …')", () => {
      expect(signal("What Ukraine needs is security guarantees.", 1)).toMatchObject({ type: "condition" });
      expect(signal("What the envoy described is a new plan.", 1)?.type).not.toBe("condition");
    });

    it("reads recognising the impossibility of talks as a rejection, and proposing a refusal as an offer", () => {
      expect(signal("Kyiv recognised the impossibility of talks with Moscow.")).toMatchObject({ type: "rejection" });
      expect(signal("The envoy proposed a mutual refusal to strike energy facilities.")?.type).not.toBe("rejection");
    });

    it("reads a vow to fight as a threat ('vowed to crush the army')", () => {
      expect(signal("The rebel commander vowed to crush the army.")).toMatchObject({ type: "threat" });
      expect(signal("The rebel commander vowed to capture the capital.")).toMatchObject({ type: "threat" });
      // A noun of vowing governs the infinitive as its verb does.
      expect(signal("The minister renewed a pledge to crush the militia.")).toMatchObject({ type: "threat" });
      expect(signal("The minister renewed a pledge to respect the truce.")?.type).not.toBe("threat");
    });

    it("lets the verb it hands over to share its subject ('talks are expected to resume')", () => {
      expect(signal("Talks are expected to resume next week.")).toMatchObject({ type: "talks", future: true });
      expect(signal("The truce is set to take effect on Sunday.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads 'is expected to' as dating what follows", () => {
      expect(signal("Witkoff is expected to meet Putin next week.")).toMatchObject({
        type: "talks",
        cameo: "04",
        future: true,
        clause: 0,
        triggerWord: "meet",
      });
    });

    it("reads a plan the clause acts on as the plan, whatever it is to do ('agreed on a plan to implement the accord')", () => {
      expect(signal("The two sides agreed on a plan to implement the stalled peace accord.")).toMatchObject({
        type: "proposal",
        clause: 0,
      });
      expect(signal("The council approved a roadmap to hold elections in March.")).toMatchObject({ type: "proposal" });
      // (an annex is part of an accord's plan: "signed the annex on revenue sharing")
      expect(signal("The two delegations signed the annex on revenue sharing in Kuala Lumpur.")).toMatchObject({
        type: "proposal",
      });
      // ("in principle" names no plan: agreeing to a truce stays a truce)
      expect(signal("The junta agreed in principle to a ceasefire.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads fighting that rages or flares as a battlefield claim", () => {
      expect(signal("Fighting has raged in the north for weeks.")).toMatchObject({ type: "military-claim" });
      expect(signal("The fighting flared again near the border town.")).toMatchObject({ type: "military-claim" });
    });

    it("reads what a meeting agreed on is for as its purpose ('agreed to meet in Manila to pursue peace')", () => {
      expect(signal("The two sides agreed to meet monthly in Cairo to pursue a lasting peace.")).toMatchObject({
        type: "talks",
      });
    });

    it("reads what talks that are the subject are for as their purpose ('the next round will take place … to review the truce')", () => {
      expect(signal("The next round of talks will be in Lima on May 3 to review the ceasefire.")).toMatchObject({
        type: "talks",
      });
      // (an infinitive right after a noun completes that noun)
      expect(signal("The meeting produced little, apart from an agreement to exchange prisoners.")?.type).not.toBe(
        "talks",
      );
    });

    it("reads being in talks for an aim as talks ('was in talks with both capitals to restore the accord')", () => {
      expect(signal("The envoy was in talks with both capitals to restore the accord.")).toMatchObject({
        type: "talks",
      });
      // (a verb outside the lexicon still hands on what it is used for)
      expect(signal("The president used the summit to demand a full withdrawal.")).toMatchObject({ type: "condition" });
    });

    it("reads denying a party the standing to act as a legitimacy dispute ('lacks the mandate to sign')", () => {
      expect(signal("The interim council lacks the mandate to sign any accord.")).toMatchObject({
        type: "legitimacy-dispute",
        classes: ["legitimacy"],
      });
      expect(signal("The envoy has no authority to negotiate a truce.")).toMatchObject({ type: "legitimacy-dispute" });
      expect(signal("The army chief does not have the right to sign the deal.")).toMatchObject({
        type: "legitimacy-dispute",
      });
      expect(signal("The parliament has the authority to ratify the deal.")?.type).not.toBe("legitimacy-dispute");
      expect(signal("The rebels lack the weapons to fight on.")?.type).not.toBe("legitimacy-dispute");
      expect(signal("Refugees have no right to return to their villages.")?.type).not.toBe("legitimacy-dispute");
    });

    it("reads a conference or a signing ceremony as talks, not a news conference", () => {
      expect(signal("A signing ceremony is planned for the port city on Friday.")).toMatchObject({ type: "talks" });
      expect(signal("The peace conference ended in failure.")).toMatchObject({ type: "talks" });
      expect(signal("The news conference ended early.")).toBeNull();
      expect(signal("The funeral ceremony will take place on Friday.")).toBeNull();
      // only right before the noun: "the press" elsewhere leaves talks talks
      expect(signal("The minister told the press that talks would resume next week.", 1)).toMatchObject({
        type: "talks",
      });
    });

    it("reads 'more than willing' as willing", () => {
      expect(signal("The kingdom is more than willing to mediate between the two leaders.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
    });

    it("reads agreeing to lift or cease sanctions as about sanctions, not a truce", () => {
      expect(signal("The bloc agreed to lift sanctions on the central bank.")).toMatchObject({ type: "sanction" });
      expect(signal("The bloc agreed to cease all nuclear-related sanctions.")).toMatchObject({ type: "sanction" });
      expect(signal("Both armies agreed to cease hostilities.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads what a copula says stands in the way as a condition, whatever it names ('the hurdle to a deal remains …')", () => {
      expect(
        signal("The main obstacle to signing the accord remains the dissolution of the old council.", 1),
      ).toMatchObject({ type: "condition" });
    });

    it("reads what stands in the way of a deal as a condition ('the main sticking point was …')", () => {
      expect(signal("The main sticking point was the rebels' claim to the port.")).toMatchObject({ type: "condition" });
      expect(signal("The government complained that its exports faced obstacles.", 1)).toMatchObject({
        type: "condition",
      });
    });

    it("reads talks a party will only hold on one matter or with one partner as terms it sets", () => {
      expect(signal("The army would only negotiate with an elected government.")).toMatchObject({ type: "condition" });
      expect(signal("The rebels will only discuss a humanitarian truce.")).toMatchObject({ type: "condition" });
      // (what talks only covered is a description of them)
      expect(signal("The envoys only discussed the border process.")).toMatchObject({ type: "talks" });
    });

    it("reads a deal a party will only sign or accept in one form as terms it sets, not a deal it signed", () => {
      expect(signal("The president will only sign the text of last week.")).toMatchObject({ type: "condition" });
      expect(signal("The rebels would only accept a plan drawn up by the African Union.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The two sides only signed the text on Friday.")).not.toMatchObject({ type: "condition" });
    });

    it("reads releasing prisoners as a return of persons (CAMEO 0841), not a truce; hostages stay truce terms", () => {
      expect(signal("The two governments will release 200 prisoners of war on Friday.")).toMatchObject({
        type: "context",
        cameo: "0841",
      });
      expect(signal("Both sides agreed to free all detainees.")).toMatchObject({ type: "context" });
      expect(signal("The militia will release 40 hostages.")).toMatchObject({ type: "ceasefire-signal" });
      // The remains of the dead are returned as captives are; a monitoring body is no one's dead.
      expect(signal("The army will hand over the bodies of 300 fallen soldiers.")).toMatchObject({
        type: "context",
        cameo: "0841",
      });
      expect(signal("The rebels will hand over the town to a joint monitoring body.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads conducting talks as talks, and not meaning to conduct them as a refusal", () => {
      expect(signal("Norway conducted talks with both delegations.")).toMatchObject({ type: "talks", cameo: "04" });
      expect(signal("The junta does not intend to conduct talks with the rebels.")).toMatchObject({
        type: "rejection",
      });
    });

    it("reads a participle of feeling with nothing to do after it as a view ('were encouraged by the outcome')", () => {
      expect(signal("The mediators were encouraged by the outcome of the round.")).toMatchObject({
        type: "assessment",
        cameo: "01",
      });
      expect(signal("The parties were encouraged to resume the talks.")).toMatchObject({ type: "proposal" });
    });

    it("reads looking forward to something as intent to cooperate, and 'looking forward,' alone as nothing", () => {
      expect(signal("The junta looks forward to the next round of talks.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "03",
      });
      expect(signal("Looking forward, the rebels will regroup.")).toBeNull();
    });

    it("reads what a party can do on a condition as the condition ('we can sign the deal if …')", () => {
      expect(signal("We can sign the accord if the answers are positive.")).toMatchObject({ type: "condition" });
      expect(signal("The rebels could accept the plan if the army withdraws.")).toMatchObject({ type: "condition" });
      // Without the condition it is an offer; what could not be done, or could be in the past, is not one.
      expect(signal("We can sign the accord.")?.type).not.toBe("condition");
    });

    it("reads a refusal that holds until something is done as a condition ('will not disarm until …')", () => {
      expect(signal("The militia will not lay down its arms until the army leaves the valley.")).toMatchObject({
        type: "condition",
      });
      // So is "no" before what is refused ("there can be no vote until …").
      expect(signal("There will be no referendum in the province until the militias disarm.")).toMatchObject({
        type: "condition",
      });
      // So is a refusal on a condition ("will not sign unless …", "cannot sign if …").
      expect(signal("The rebels will not sign the accord unless the sanctions are lifted.")).toMatchObject({
        type: "condition",
      });
      expect(signal("We cannot sign the accord if the army stays.")).toMatchObject({ type: "condition" });
      expect(signal("There can be no mediated round if either army stays away.")).toMatchObject({
        type: "condition",
      });
      // So is one that holds while a state lasts, but not a contrast after a comma.
      expect(signal("The junta will not resume talks while its envoys remain in detention.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The junta will not resume talks, while the rebels will.")).toMatchObject({ type: "rejection" });
      // Told of the past, it is what happened.
      expect(signal("The militia did not sign the accord until the army left the valley.")?.type).not.toBe("condition");
      expect(signal("There was no referendum until the militias disarmed.")?.type).not.toBe("condition");
    });

    it("reads talks or a deal there will be none of as refused ('there will be no negotiations with …')", () => {
      expect(signal("There will be no negotiations with the rebels.")).toMatchObject({
        type: "rejection",
        cameo: "12",
      });
      expect(signal("There can be no deal with the junta.")).toMatchObject({ type: "rejection" });
      // What there was none of is a report; "no" before another noun refuses nothing.
      expect(signal("There were no negotiations last week.")?.type).not.toBe("rejection");
      expect(signal("There is no alternative to talks.")?.type).not.toBe("rejection");
    });

    it("reads what any deal is to do as a term set for one ('any agreement would bar …')", () => {
      expect(signal("Any agreement would bar the return of the militias.")).toMatchObject({ type: "condition" });
      expect(signal("Any accord will include the withdrawal of foreign fighters.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The agreement would bar the return of the militias.")?.type).not.toBe("condition");
    });

    it("reads a noun of duty as a duty ('stressed their obligation to honour …')", () => {
      expect(signal("The envoys stressed the rivals' obligation to honour the border accords.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The rivals had no obligation to honour the border accords.")?.type).not.toBe("condition");
    });

    it("reads not permitting a plan as refusing it, as not allowing it is", () => {
      expect(signal("The junta would not permit the roadmap to go forward.")).toMatchObject({ type: "rejection" });
      expect(signal("The junta would not allow the roadmap to go forward.")).toMatchObject({ type: "rejection" });
    });

    it("reads a paper of the plan class that the parties sign as a deal, not a paper of a matter", () => {
      expect(signal("The two presidents signed the declaration in Juba on Tuesday.")).toMatchObject({
        type: "ceasefire-signal",
        cameo: "05",
      });
      expect(signal("The two ministers signed a memorandum on grain exports.")).toMatchObject({ type: "proposal" });
      expect(signal("The two presidents agreed on a declaration.")).toMatchObject({ type: "proposal" });
    });

    it("reads a deal's topic past the day it was signed ('an agreement on Tuesday on power-sharing')", () => {
      const day = "The rival factions signed an agreement late on Tuesday on a power-sharing council for the province.";
      expect(signal(day)).toMatchObject({ type: "proposal" });
      expect(signal("The rival factions signed an agreement on Tuesday on a truce in the province.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads a deal by what its relative clause says it does ('an agreement that renames the province')", () => {
      expect(signal("The two governors signed an accord late on Friday that renames the province.")).toMatchObject({
        type: "proposal",
      });
      // one that ends the fighting is the truce's, and one that says only what befell the deal is bare
      expect(signal("The two sides signed an agreement that ends thirty years of war.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The two sides signed an agreement that the rebels rejected.")).toMatchObject({
        type: "ceasefire-signal",
      });
    });

    it("reads what a party will do under a deal as one of its terms, a proposal, whatever the verb", () => {
      expect(
        signal("Under the deal, the rebel army will gather at five assembly points within a month."),
      ).toMatchObject({
        type: "proposal",
        negated: false,
        future: false,
      });
      // a term that is an event of its own stays one: a truce, as a deal that provides for one is, or an election
      expect(signal("Under the accord, both armies will halt fire along the river.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("Under the deal, the province will hold elections within a year.")).toMatchObject({
        type: "context",
      });
      expect(signal("Under its provisions the rebel units will join one national force.")).toMatchObject({
        type: "proposal",
      });
      const described =
        "Under a timetable signed with the accord, 2,000 fighters will move into camps, while the police is to shrink by half.";
      expect(signal(described, 1)).toMatchObject({ type: "proposal" });
      expect(signal(described, 2)).toMatchObject({ type: "proposal" });
      // a term is a term, refused or not
      expect(signal("Under the agreement, the army will not enter the capital.")).toMatchObject({
        type: "proposal",
        negated: false,
      });
      // what was done under a deal, or under anything else, is no term of it
      expect(signal("Under the deal, the army left the three border towns.")).not.toMatchObject({ type: "proposal" });
      expect(signal("Under pressure from Harbour, Varnak will resume the talks.")).toMatchObject({ type: "talks" });
    });

    it("reads a name given with a participle as no call ('a paper called …'), a call by someone still as one", () => {
      const sentence = "The rebels published a paper called Principles for a Lasting Peace.";
      expect(signal(sentence, 1)).toBeNull();
      expect(signal("The general, called by the president on Monday, agreed to the plan.")).toMatchObject({
        type: "talks",
      });
    });

    it("reads confidence conveyed or expressed as a view ('conveyed his confidence in the roadmap')", () => {
      expect(signal("The envoy conveyed his confidence in the new roadmap.")).toMatchObject({
        type: "assessment",
        cameo: "01",
      });
      expect(signal("The mediator expressed confidence in the process.")).toMatchObject({ type: "assessment" });
    });

    it("reads accusing a party of fighting as a battlefield claim, of anything else as disapproval", () => {
      expect(signal("The herders accused the militia of shelling the market town.")).toMatchObject({
        type: "military-claim",
      });
      expect(signal("The militia accused the herders of breaching the truce.")).toMatchObject({
        type: "military-claim",
      });
      expect(signal("The minister accused the mediator of lying.")).toMatchObject({ type: "assessment", cameo: "11" });
      // a charge written as a noun too
      expect(signal("The governor blamed the rebels for the strike on the dam.")).toMatchObject({
        type: "military-claim",
      });
      expect(signal("The governor blamed the rebels for the delay.")).toMatchObject({ type: "assessment" });
      // ("of opening fire", which the tagger reads as a noun of two words)
      expect(signal("Each side accused the other's border guards of opening fire at dawn.")).toMatchObject({
        type: "military-claim",
      });
    });

    it("reads assailing, deploring or rebuking as disapproval (CAMEO 11)", () => {
      expect(signal("Several senators assailed the draft accord.")).toMatchObject({ cameo: "11" });
      expect(signal("The council deplored the shelling of the market.")).toMatchObject({ cameo: "11" });
      // and so is regretting or lamenting a party's act
      expect(signal("The bloc's envoy regretted the junta's refusal to meet.")).toMatchObject({ cameo: "11" });
      expect(signal("Aid groups lamented the closure of the crossing.")).toMatchObject({ cameo: "11" });
    });

    it("reads fighting that comes to an end as a truce, whichever joined noun names it", () => {
      expect(signal("The fighting in the valley came to an end on Sunday.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The shelling and the bloodshed came to an end on Friday.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The talks came to an end without a deal.")).toMatchObject({ type: "talks" });
    });

    it("reads a participle that ends the fighting as no claim of fighting ('…, ending two weeks of war')", () => {
      const sentence = "The rebels accepted a truce on Monday, ending nearly three years of escalating war.";
      expect(signal(sentence)).toMatchObject({ type: "ceasefire-signal" });
      expect(signal(sentence, 1)).toBeNull();
      expect(signal(sentence, 2)).toBeNull();
    });

    it("reads a duty stated with 'have to' as a condition ('the rebels would first have to agree on a map')", () => {
      expect(signal("The rebels would first have to agree on a new border map.")).toMatchObject({
        type: "condition",
      });
      expect(signal("The militia has to withdraw its fighters.")).toMatchObject({ type: "condition" });
    });

    it("reads a duty stated with 'need to' or 'be obliged to' as a condition, a truce still a truce", () => {
      expect(signal("The militia needs to withdraw its fighters from the port.")).toMatchObject({ type: "condition" });
      expect(signal("The army would be obliged to leave the border towns.")).toMatchObject({ type: "condition" });
      expect(signal("Both sides need to agree to a truce.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a deal a plan or a demand is for as detail of it ('a common vision of the conditions for peace')", () => {
      expect(signal("The envoys formed a common vision of the conditions for peace.")).toMatchObject({
        type: "proposal",
      });
      expect(signal("The sides signed the roadmap for peace.")).toMatchObject({ type: "proposal" });
      // (an accord for peace is the accord)
      expect(signal("The sides signed the accord for peace.")).toMatchObject({ type: "ceasefire-signal" });
    });

    it("reads a capitalised name's last word as its head ('the Peace and Security Framework')", () => {
      expect(signal("The talks are hinged on the Peace and Security Framework.")).toMatchObject({
        type: "proposal",
      });
    });
  });

  describe("a noun of the lexicon's acts", () => {
    it("acts on what its 'of' phrase names ('announced its acceptance of the peace plan')", () => {
      expect(signal("Chile announced its acceptance of the peace plan on Tuesday.")).toMatchObject({
        type: "proposal",
        classes: ["plan"],
      });
      expect(signal("Chile announced its acceptance of the truce on Tuesday.")).toMatchObject({
        type: "ceasefire-signal",
      });
      // An "of" phrase after any other noun only details it.
      expect(signal("Chile praised the spirit of the truce.")).toMatchObject({ type: "assessment" });
    });

    it("reads a verb's subject-bound sense by the subject of the verb its infinitive completes ('the thaw will continue to advance')", () => {
      expect(signal("The thaw between the two capitals will continue to advance next year.")?.type).not.toBe("threat");
      expect(signal("Rebel forces will continue to advance on the capital.")).toMatchObject({ type: "threat" });
    });

    it("reads a passive 'it' as the last noun named before it ('before it is signed')", () => {
      expect(signal("The parties will review the peace accord before it is signed in May.", 1)).toMatchObject({
        type: "ceasefire-signal",
      });
      // Active, "it" may be a party: no noun before it is taken for it.
      expect(signal("Chile studied the plan before it signed.", 1)?.classes ?? []).not.toContain("plan");
    });

    it("reads what a paper declares in its 'of' phrase as its content ('a declaration of ceasefire')", () => {
      expect(signal("The militia made a one-sided declaration of ceasefire.")).toMatchObject({
        type: "ceasefire-signal",
      });
      expect(signal("The militia issued a declaration of principles.")).toMatchObject({ type: "proposal" });
    });
  });

  describe("ties between states", () => {
    it("restored, resumed or reopened, are a step of diplomatic cooperation told as background (CAMEO 050)", () => {
      for (const sentence of [
        "Chile and Peru restored diplomatic ties on Friday.",
        "Ecuador reopened its embassy in Lima on Monday.",
        "The two governments resumed diplomatic relations last month.",
        "The neighbours reopened two border crossings on Tuesday.",
      ])
        expect(signal(sentence), sentence).toMatchObject({ type: "context", cameo: "050" });
    });

    it("still to come, are the intent to take that step", () => {
      expect(signal("Peru will reopen its embassy in Quito next week.")).toMatchObject({
        type: "negotiation-readiness",
        cameo: "050",
      });
      expect(signal("Consular relations would be re-established.")).toMatchObject({
        type: "negotiation-readiness",
      });
    });

    it("are no such step when the verb acts on something else ('reopened the schools', 'restored power')", () => {
      expect(signal("The city reopened its schools on Monday.")).toBeNull();
      expect(signal("Engineers restored power to the capital.")).toBeNull();
    });
  });
});
