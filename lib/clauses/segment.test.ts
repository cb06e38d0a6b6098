import { describe, expect, it } from "vitest";
import { tagSentence } from "../language/tagSentence";
import { quotedTokens } from "./quotes";
import { isSide, segmentClauses, type Clause } from "./segment";
import { verbGroups } from "./verbGroups";

interface Shown {
  kind: Clause["kind"];
  parent: number | null;
  opener: string | null;
  subject: string | null;
  head: string | null;
  coordinated: boolean;
}

/** The words of each clause of a sentence, joined by spaces. */
function clauseWords(sentence: string): string[] {
  const tokens = tagSentence(sentence);
  return segmentClauses(tokens, quotedTokens(tokens, ""), verbGroups(tokens)).map((c) =>
    tokens
      .slice(c.start, c.end)
      .map((t) => t.text)
      .join(" "),
  );
}

/** The clauses of a sentence, with subject and head as words. */
function clauses(sentence: string): Shown[] {
  const tokens = tagSentence(sentence);
  const quoted = quotedTokens(tokens, sentence);
  return segmentClauses(tokens, quoted, verbGroups(tokens)).map((c) => ({
    kind: c.kind,
    parent: c.parent,
    opener: c.opener,
    subject: c.subject
      ? tokens
          .slice(c.subject[0], c.subject[1])
          .map((t) => t.text)
          .join(" ")
      : null,
    head: c.group ? tokens[c.group.head]!.text : null,
    coordinated: c.coordinated,
  }));
}

describe("segmentClauses", () => {
  it("reads the verb after a noun and its infinitive as the predicate, past 'and' in the noun phrase and 'with' after it", () => {
    const shown = clauses(
      "Talks between Chilean and Peruvian envoys to settle the maritime dispute ended in Lima on Friday with more rounds planned.",
    );
    expect(shown[1]).toMatchObject({
      kind: "main",
      head: "ended",
      subject: "Talks between Chilean and Peruvian envoys",
    });
    expect(shown[0]).toMatchObject({ kind: "infinitive", parent: 1 });
  });
  it("reads a name that opens the sentence, with its apposition, as the subject ('X, head of Y, rejected …')", () => {
    const shown = clauses("Maria Ortiz, head of the rebel delegation, rejected the offer.");
    expect(shown[0]).toMatchObject({
      kind: "main",
      head: "rejected",
      subject: "Maria Ortiz , head of the rebel delegation ,",
    });
  });
  it("reads a plural verb after a phrase of 'since' that ends on a singular noun as the sentence's predicate", () => {
    const shown = clauses("Nine fishermen held in the port since the spring raid were set free on Sunday.");
    expect(shown.find((c) => c.head === "set")).toMatchObject({ kind: "main", parent: null });
    expect(shown.find((c) => c.head === "held")).toMatchObject({ kind: "relative" });
    // a phrase of "since" whose noun agrees with the verb still opens a clause
    expect(clauses("The envoys have met twice since the talks were suspended.")[1]).toMatchObject({
      kind: "adverbial",
      opener: "since",
    });
  });
  it("keeps a verb whose object follows its phrase as the predicate ('ended without a deal a summit held in Lomé')", () => {
    const shown = clauses(
      "The two presidents on Friday closed without a deal a summit hosted in Lomé to settle the dispute.",
    );
    expect(shown[0]).toMatchObject({ kind: "main", head: "closed", subject: "The two presidents on Friday" });
    expect(shown[1]).toMatchObject({ kind: "relative", parent: 0, head: "hosted" });
    // a participle describing the subject still gives way to the verb after it
    expect(clauses("The envoys gathered at the summit in Lomé signed a truce.")[1]).toMatchObject({
      kind: "main",
      head: "signed",
    });
  });
  it("gives what was said its subject across a relative clause that cuts it off ('said that the summit, which …, will begin')", () => {
    const shown = clauses(
      "The envoy said on Monday that the summit, which both sides had sought, will begin in Accra on Friday.",
    );
    expect(shown[2]).toMatchObject({
      kind: "complement",
      parent: 0,
      opener: "that",
      subject: "the summit",
      head: "begin",
    });
    expect(shown[1]).toMatchObject({ kind: "relative", parent: 2 });
    expect(clauses("The ministry said the envoy, who arrived on Monday, will meet the rebels.")[2]).toMatchObject({
      kind: "complement",
      subject: "the envoy",
    });
  });
  it("reads a participle after 'with' and a noun as a side act of the clause before, and the noun as a gerund's subject", () => {
    const shown = clauses("The summit opens in Nairobi on Friday, with envoys from both camps expected to attend.");
    expect(shown[0]).toMatchObject({ kind: "main", head: "opens" });
    expect(shown[1]).toMatchObject({
      kind: "participle",
      parent: 0,
      head: "expected",
    });
    expect(clauses("Talks resumed, with officials from the two armies saying progress was made.")[1]).toMatchObject({
      kind: "participle",
      subject: "officials from the two armies",
    });
  });
  it("gives the infinitive a verb of expecting governs that verb's object for its subject ('expects talks to resume')", () => {
    expect(clauses("The mediator expects the two delegations to meet next week.")[1]).toMatchObject({
      kind: "infinitive",
      parent: 0,
      subject: "the two delegations",
      head: "meet",
    });
    // Other verbs keep the infinitive completing them.
    expect(clauses("The mediator urged the two delegations to meet next week.")[1]).toMatchObject({
      kind: "infinitive",
      subject: null,
    });
  });

  it("gives a sentence without a verb one main clause with no predicate", () => {
    expect(clauses("Peace talks in Istanbul")).toEqual([
      { kind: "main", parent: null, opener: null, subject: null, head: null, coordinated: false },
    ]);
  });

  it("finds the subject after an opening phrase of a quotation that has no comma", () => {
    expect(clauses('"By then the talks will have ended."')[0]).toMatchObject({ subject: "the talks", head: "ended" });
  });

  it("leaves a phrase a comma sets off at the head of what was said out of its subject", () => {
    expect(clauses("The envoy said that in April alone, the militia lost nine posts.")[1]).toMatchObject({
      kind: "complement",
      subject: "the militia",
      head: "lost",
    });
    // (the tagger reads a capitalised adjective at the start of a quotation as a name)
    expect(
      clauses('The governor said: "Effective at 6 a.m. on Monday, the shelling along the river will stop."')[1],
    ).toMatchObject({ subject: "the shelling along the river", head: "stop" });
  });

  it("keeps a phrase of place after a noun inside the subject ('the shelling along the river')", () => {
    expect(clauses("The envoy said the shelling across the river will end at dawn.")[1]).toMatchObject({
      kind: "complement",
      subject: "the shelling across the river",
      head: "end",
    });
  });

  it("reads 'that' before a report of the verb after it as relative ('a strike that the ministry said killed …')", () => {
    const shown = clauses("The army launched a strike that the ministry said killed a farmer.");
    expect(shown[1]).toMatchObject({ kind: "relative", parent: 0, opener: "that", subject: "the ministry" });
    // what was said with "that" and a subject of its own stays what was said
    expect(clauses("Officials said that the ministry said talks would resume.")[1]).toMatchObject({
      kind: "complement",
      opener: "that",
    });
  });

  it("gives what was said its subject across a bare participle that describes it ('said the talks, planned for Monday, would …')", () => {
    const shown = clauses("The minister said that the talks, planned for Monday, would not go ahead.");
    expect(shown[1]).toMatchObject({ kind: "participle", parent: 2, head: "planned", subject: null });
    expect(shown[2]).toMatchObject({
      kind: "complement",
      parent: 0,
      opener: "that",
      subject: "the talks",
      head: "go",
    });
    expect(clauses("He said the deal, signed in May, had collapsed.")[2]).toMatchObject({
      kind: "complement",
      subject: "the deal",
      head: "collapsed",
    });
  });

  it("reads a single clause with its subject", () => {
    expect(clauses("Zelensky rejected the proposal.")).toEqual([
      { kind: "main", parent: null, opener: null, subject: "Zelensky", head: "rejected", coordinated: false },
    ]);
  });

  it("keeps days joined by 'and' inside the subject ('clashes on May 3 and 9 turned …')", () => {
    expect(clauses("Clashes on May 3 and 9 turned into a wider war.")[0]).toMatchObject({
      subject: "Clashes on May 3 and 9",
      head: "turned",
    });
  });

  it("closes an aside between two typed dashes ('--') as between two dashes", () => {
    const found = clauses("The border talks in Oslo -- which had been due to close on Friday -- will go on into May.");
    expect(found.find((c) => c.head === "go")).toMatchObject({ kind: "main", subject: "The border talks in Oslo" });
  });

  it("reads a quantifier floated after the subject as part of it ('Kabul and the rebels both said')", () => {
    expect(clauses("Kabul and the rebels both said they would attend.")[0]).toMatchObject({
      subject: "Kabul and the rebels both",
      head: "said",
    });
    expect(clauses("The envoys all agreed.")[0]).toMatchObject({ subject: "The envoys all", head: "agreed" });
  });

  it("keeps a preposition's object inside the subject, but not a verb's object before it", () => {
    expect(clauses("Direct talks between the two delegations ended in Geneva.")[0]).toMatchObject({
      subject: "Direct talks between the two delegations",
      head: "ended",
    });
    expect(clauses("Talks over Moscow's rapidly growing arsenal will resume in Oslo.")[0]).toMatchObject({
      subject: "Talks over Moscow 's rapidly growing arsenal",
      head: "resume",
    });
    expect(clauses("The head of the Russian delegation said talks would resume.")[0]).toMatchObject({
      subject: "The head of the Russian delegation",
    });
    // A share of a noun phrase ("One of", "some of") opens the subject.
    expect(clauses("One of the demands of the militia was a pause in shelling.")[0]).toMatchObject({
      subject: "One of the demands of the militia",
    });
    expect(clauses("Some of the envoys left Geneva early.")[0]).toMatchObject({ subject: "Some of the envoys" });
    // An apposition after a name stays between the name and its verb.
    expect(clauses("He said that Lind, head of the mission, met the rebel envoys.")[1]).toMatchObject({
      kind: "complement",
      subject: "Lind , head of the mission",
      head: "met",
    });
    expect(clauses("In Geneva, the talks, held behind closed doors, ended.")[1]).toMatchObject({ head: "ended" });
    // After a verb of saying the phrase is what was said about; after any other verb, its object.
    expect(clauses("Kozak said no meeting of the four countries would be held.")[1]).toMatchObject({
      subject: "no meeting of the four countries",
    });
    // A phrase of time or place after a noun ("during", "amid", "near") is inside the subject too.
    expect(clauses("The envoy said a pause in shelling during the harvest would save lives.")[1]).toMatchObject({
      subject: "a pause in shelling during the harvest",
      head: "save",
    });
    expect(
      clauses("The ministry rejected the demand in a statement issued a day later.").some(
        (c) => c.subject === "the demand in a statement",
      ),
    ).toBe(false);
  });

  it("gives the noun phrase that opens the sentence its verb past a relative clause without commas", () => {
    expect(clauses("The round that opened in Nairobi will move to Addis Ababa.")).toMatchObject([
      { kind: "relative", opener: "that", parent: 1 },
      { kind: "main", subject: "The round", head: "move" },
    ]);
    expect(clauses("The mediator who drafted the text will travel to Juba.")[1]).toMatchObject({
      kind: "main",
      subject: "The mediator",
    });
    // So does such a phrase at the head of what was said, past whom a verb of telling addresses.
    expect(clauses("The mediators said the round that opened on May 2 will close on Friday.")[2]).toMatchObject({
      kind: "complement",
      parent: 0,
      subject: "the round",
    });
    expect(clauses("She told journalists the mediator who drafted the text would travel to Juba.")[2]).toMatchObject({
      kind: "complement",
      subject: "the mediator",
    });
    // A verb of saying in the relative clause keeps what it says ("who said talks would resume").
    expect(clauses("The aide who said the truce would hold resigned on Friday.")[1]).toMatchObject({
      kind: "complement",
      subject: "the truce",
    });
  });

  it("reads the clause after a side clause that opens what was said as what was said", () => {
    // "said that [if …,] X would …": the condition hangs on what was said, not on the saying.
    const shown = clauses("The envoy said that if the pledges were kept, the rebels would return to the table.");
    expect(shown[1]).toMatchObject({ kind: "condition", parent: 2, opener: "if" });
    expect(shown[2]).toMatchObject({ kind: "complement", parent: 0, subject: "the rebels", head: "return" });
    // Without "that", the clause after the comma goes on with the sentence.
    expect(clauses("The envoy spoke after the pledges were kept, and the rebels returned.")[2]).toMatchObject({
      kind: "main",
    });
  });

  it("reads a verb after ', and' inflected as the verb of saying, past a complement on a modal or a bare form, as that speaker's", () => {
    const shown = clauses("The junta insists that observers leave the region, and rejects any deadline.");
    expect(shown[2]).toMatchObject({ kind: "main", parent: null, subject: "The junta", head: "rejects" });
    const modal = clauses("The envoy said the rebels would disarm, and demanded guarantees for them.");
    expect(modal[2]).toMatchObject({ kind: "main", subject: "The envoy", head: "demanded" });
    // inflected as what was said, the verb goes on with it
    expect(clauses("The envoy said the rebels had attacked the town, and burned the market.")[2]).toMatchObject({
      kind: "complement",
      subject: "the rebels",
    });
  });

  it("reads a purpose between 'that' and what was said as a side clause of it ('said that in order to …, X must …')", () => {
    const shown = clauses("The mediator said that in order to close the gap, both camps must give ground.");
    expect(shown[1]).toMatchObject({ kind: "adverbial", parent: 2, opener: "to" });
    expect(shown[2]).toMatchObject({ kind: "complement", parent: 0, subject: "both camps", head: "give" });
    expect(clauses("The mediator said that to close the gap, both camps must give ground.")[2]).toMatchObject({
      kind: "complement",
      parent: 0,
    });
  });

  it("reads a phrase after a verb of saying, names joined by 'and' included, as what was said about", () => {
    expect(clauses("The envoy said Armenia and Georgia agreed on the text.")[1]).toMatchObject({
      kind: "complement",
      subject: "Armenia and Georgia",
      head: "agreed",
    });
    const shown = clauses("The mediators confirmed talks between the army and the militia would start on Saturday.");
    expect(shown[1]).toMatchObject({
      kind: "complement",
      subject: "talks between the army and the militia",
      head: "start",
    });
    // A quoted noun before the preposition keeps it inside the subject.
    expect(clauses('A "lull in violence" between the army and the militia will begin soon.')[0]).toMatchObject({
      kind: "main",
      subject: 'A " lull in violence " between the army and the militia',
      head: "begin",
    });
  });

  it("reads 'that' after the person a verb of telling addresses as opening what is told ('promised the citizens that')", () => {
    expect(clauses("The minister promised the citizens that Israel would resume fighting.")[1]).toMatchObject({
      kind: "complement",
      opener: "that",
      subject: "Israel",
    });
    expect(clauses("The envoy assured the rebels that Kyiv would hold its fire.")[1]).toMatchObject({
      kind: "complement",
      subject: "Kyiv",
    });
    // ("met the officials that negotiated the deal": a noun's own relative clause stays one)
    expect(clauses("The envoy met the officials that negotiated the deal.")[1]).toMatchObject({ kind: "relative" });
    // (nor one after a word the tagger reads as an adjective: "the offensive that began …")
    expect(clauses("The army pressed on with the offensive that began in May.").at(-1)).toMatchObject({
      kind: "relative",
    });
  });

  it("opens a clause at a free relative: what was said after a verb, a side remark after a preposition", () => {
    expect(clauses("The envoy explained what Moscow would accept.")[1]).toMatchObject({
      kind: "complement",
      opener: "what",
    });
    expect(clauses("The army crossed the border in what it called a special operation.")[1]).toMatchObject({
      kind: "relative",
      opener: "what",
    });
  });

  it("reads a list's comma before the first verb as inside the subject ('A, B and C will …'), not a time's", () => {
    const list = clauses("Channels between the prime ministers, foreign ministers and army chiefs will reopen.");
    expect(list[0]).toMatchObject({
      kind: "main",
      subject: "Channels between the prime ministers , foreign ministers and army chiefs",
    });
    expect(clauses("Last week, Norway and Chile met in Oslo.")[0]).toMatchObject({ subject: "Norway and Chile" });
    expect(clauses("In Oslo, Norway and Chile met.")[0]).toMatchObject({ subject: "Norway and Chile" });
    expect(clauses("Hours after the truce, Norway and Chile met.")[0]).toMatchObject({ subject: "Norway and Chile" });
  });

  it("reads a bare participle with 'by' after the subject as describing it when a verb follows a comma ('A delegation led by X, Y, arrived')", () => {
    const led = clauses("A delegation led by the minister of fisheries, Ana Ruiz, arrived in Lima for talks.");
    expect(led.find((c) => c.head === "led")).toMatchObject({ kind: "participle" });
    expect(led.find((c) => c.head === "arrived")).toMatchObject({ kind: "main", subject: "A delegation" });
    // "stood by" is the verb when a closing "…, said X" follows.
    const stood = clauses("The militia stood by its demand for a truce, said Ana Ruiz, a senior official.");
    expect(stood.find((c) => c.head === "stood")).toMatchObject({ kind: "main", subject: "The militia" });
  });

  it("gives a waiting subject to a past form with a preposition when no predicate follows the asides", () => {
    const met = clauses("The delegation, chaired by the ambassador, met with the council head, who runs the north.");
    expect(met.find((c) => c.head === "met")).toMatchObject({ kind: "main", subject: "The delegation" });
    const held = clauses("Talks, held in Doha, ended on Monday.");
    expect(held.find((c) => c.head === "held")).toMatchObject({ kind: "participle" });
    expect(held.find((c) => c.head === "ended")).toMatchObject({ kind: "main", subject: "Talks" });
    // A verb after an apposition, whose phrase of time is followed by "that", is the subject's verb.
    const said = clauses("Ivo Marsh, an aide to the premier, said on Friday that the rebels were satisfied.");
    expect(said.find((c) => c.head === "said")).toMatchObject({
      kind: "main",
      subject: "Ivo Marsh , an aide to the premier",
    });
  });

  it("reads a bare past form set off by commas before the subject's verb as an aside ('X, called Y, has been …')", () => {
    const named = clauses("The commander, called Sparrow by his men, has been in talks since May.");
    expect(named.find((c) => c.head === "called")).toMatchObject({ kind: "participle" });
    expect(named.find((c) => c.head === "been")).toMatchObject({ kind: "main", subject: "The commander" });
    const signed = clauses("The rebels, called the Front, signed a deal.");
    expect(signed.find((c) => c.head === "signed")).toMatchObject({ kind: "main", subject: "The rebels" });
    // the verb the subject waits for, with another aside after it
    const known = clauses("The two leaders, seated side by side, signed a treaty, known as the accord.");
    expect(known.find((c) => c.head === "signed")).toMatchObject({ kind: "main", subject: "The two leaders" });
    // an adverb opening the aside, and a name quoted inside it whose mark closes after the comma
    const adverb = clauses("The pact, formally called the Coast Accord, was unveiled in Oslo.");
    expect(adverb.find((c) => c.head === "called")).toMatchObject({ kind: "participle" });
    expect(adverb.find((c) => c.head === "unveiled")).toMatchObject({ kind: "main", subject: "The pact" });
    const quotedName = clauses('The corridor, officially called the "Bridge of Trade," was unveiled on Monday.');
    expect(quotedName.find((c) => c.head === "called")).toMatchObject({ kind: "participle" });
    expect(quotedName.find((c) => c.head === "unveiled")).toMatchObject({ kind: "main", subject: "The corridor" });
  });

  it("does not take a past form describing a noun ('in a letter delivered to …') for the predicate still to come", () => {
    const letter = clauses(
      "The leader, held in prison, called on the fighters to stop in a letter delivered to crowds.",
    );
    expect(letter.find((c) => c.head === "called")).toMatchObject({ kind: "main", subject: "The leader" });
  });

  it("makes a free relative the subject of the copula after it (a pseudo-cleft)", () => {
    const reported = clauses("The spokesman said what Moscow will wait for to resume talks is a new position of Kyiv.");
    expect(reported.find((c) => c.head === "is")).toMatchObject({
      kind: "complement",
      parent: 0,
      subject: "what Moscow will wait for to resume talks",
    });
    expect(reported.find((c) => c.head === "wait")).toMatchObject({ kind: "relative", opener: "what" });
    expect(clauses("What Ukraine needs is security guarantees.").find((c) => c.head === "is")).toMatchObject({
      kind: "main",
      parent: null,
    });
  });

  it("reads the past form after a gerund phrase that describes the opening noun as that noun's verb ('Envoys attending the talks in Lima agreed …')", () => {
    const shown = clauses("Envoys attending the talks in Lima agreed on Friday to extend the truce.");
    expect(shown.find((c) => c.head === "agreed")).toMatchObject({ kind: "main", parent: null, subject: "Envoys" });
    expect(shown.find((c) => c.head === "attending")).toMatchObject({ kind: "relative", parent: 1 });
    // set off by a comma, the past form is no longer read so
    expect(
      clauses("Envoys attending the talks in Lima, agreed on Friday, were tired.").find((c) => c.head === "agreed"),
    ).not.toMatchObject({ kind: "main", subject: "Envoys" });
  });

  it("reads the past form after a relative clause on the opening noun as that noun's verb ('The pact that began in May collapsed …')", () => {
    const shown = clauses("The pact that began in May collapsed on August 9.");
    expect(shown.find((c) => c.head === "collapsed")).toMatchObject({
      kind: "main",
      parent: null,
      subject: "The pact",
    });
    expect(shown.find((c) => c.head === "began")).toMatchObject({ kind: "relative", opener: "that", parent: 1 });
    // (set off by a comma, it is not)
    expect(
      clauses("The pact that began in May, signed on August 9, was short.").find((c) => c.head === "signed"),
    ).not.toMatchObject({ kind: "main" });
  });

  it("reads the verb after a relative clause on two joined noun phrases as theirs ('The army and the militias that …')", () => {
    expect(clauses("The army and the militias that fought it will meet in Harbour.").at(-1)).toMatchObject({
      kind: "main",
      parent: null,
      subject: "The army and the militias",
    });
    // past the pronoun an infinitive of the relative clause takes ("to unseat it"), a past form with an object
    const shown = clauses(
      "Varnak's army and the two rebel groups that have tried to unseat it signed an accord on Monday.",
    );
    expect(shown.find((c) => c.head === "signed")).toMatchObject({
      kind: "main",
      parent: null,
      subject: "Varnak 's army and the two rebel groups",
    });
  });

  it("reads the noun phrase after the relative clause's verb as its object, not the next verb's subject", () => {
    const shown = clauses(
      "The Qatari and Egyptian mediators who brokered a two-week truce in Cairo formally suspended the talks on Monday.",
    );
    expect(shown.find((c) => c.head === "suspended")).toMatchObject({
      kind: "main",
      parent: null,
      subject: "The Qatari and Egyptian mediators",
    });
    expect(shown.find((c) => c.head === "brokered")).toMatchObject({ kind: "relative", opener: "who" });
  });

  it("reads a participle opening the sentence before a bare copula as one inverted clause ('Heading the team was …')", () => {
    expect(clauses("Heading the rebel team at the talks was its veteran negotiator, Omar Haddad.")).toEqual([
      {
        kind: "main",
        parent: null,
        opener: null,
        subject: "its veteran negotiator",
        head: "Heading",
        coordinated: false,
      },
    ]);
    expect(clauses("Also invited to the signing were the envoys of Chile and Peru.")[0]).toMatchObject({
      kind: "main",
      subject: "the envoys of Chile and Peru",
      head: "invited",
    });
    // A comma after the phrase sets off an opening participle of the clause after it.
    expect(clauses("Speaking in Lima, the envoy was confident.").find((c) => c.head === "Speaking")).toMatchObject({
      kind: "participle",
      parent: 1,
    });
  });

  it("opens a clause at the 'and' after a comma when its subject joins two names ('…, and A and B offered')", () => {
    const shown = clauses("The envoy proposed talks on Thursday, and China and the United States offered to help.");
    expect(shown.find((c) => c.head === "offered")).toMatchObject({
      kind: "main",
      coordinated: true,
      subject: "China and the United States",
    });
  });

  it("reads a short quoted noun phrase after a verb of saying as the subject of what was said ('said \"good news\" would come')", () => {
    const shown = clauses('The mediator said "real progress" would be announced on Friday.');
    expect(shown.find((c) => c.head === "announced")).toMatchObject({
      kind: "complement",
      subject: '" real progress "',
    });
    // A quotation with a verb of its own is what was said in the speaker's words.
    expect(clauses('The mediator said "we are close" and left.').find((c) => c.head === "are")?.kind).toBe("main");
  });

  it("reads a pronoun after a phrase that opens a clause of 'that' as its subject, not a relative clause on the noun", () => {
    const shown = clauses("The minister said that during talks with the envoy he had raised the prisoners.");
    expect(shown.find((c) => c.head === "raised")).toMatchObject({ kind: "complement", subject: "he" });
    // Without "that" before the phrase, a noun and a pronoun are still a relative clause.
    expect(clauses("Russia freed the hostages it was holding.").find((c) => c.head === "holding")?.kind).toBe(
      "relative",
    );
  });

  it("opens a clause at 'and it' after a noun phrase ('… as a step towards peace in the region and it followed …')", () => {
    const shown = clauses(
      "The accord is seen as a step towards peace in the region and it followed a deal signed in May.",
    );
    expect(shown.find((c) => c.head === "followed")).toMatchObject({ kind: "main", coordinated: true, subject: "it" });
  });

  it("keeps an adverb of an adjective inside the subject ('the newly appointed envoy met …')", () => {
    const shown = clauses("Oslo's newly appointed special envoy has met the rebel leaders, the ministry said.");
    expect(shown.find((c) => c.head === "met")).toMatchObject({
      kind: "main",
      subject: "Oslo 's newly appointed special envoy",
    });
  });

  it("keeps days joined by 'and' inside a subject that has a phrase of 'to' ('his visit to Kyiv on Monday and Tuesday')", () => {
    const shown = clauses("The envoy's visit to Kyiv on Monday and Tuesday opened a tour of the region.");
    expect(shown.find((c) => c.head === "opened")).toMatchObject({
      kind: "main",
      subject: "The envoy 's visit to Kyiv on Monday and Tuesday",
    });
  });

  it("keeps names joined by 'and' after a verb of saying as one subject ('said he and A and B will meet')", () => {
    const shown = clauses("The envoy said he and Foreign Ministers Tarek Ameri and Selim Vardan will meet in May.");
    expect(shown.find((c) => c.head === "meet")).toMatchObject({
      kind: "complement",
      subject: "he and Foreign Ministers Tarek Ameri and Selim Vardan",
    });
  });

  it("goes on with whoever was speaking on a verb of saying after 'and' ('said …, and added that …')", () => {
    const shown = clauses("Lavrov said the talks had been useful, and added that Moscow was ready.");
    expect(shown.find((c) => c.head === "added")).toMatchObject({ kind: "main", coordinated: true, subject: "Lavrov" });
    // So does declining to say more, after "but" too.
    const declined = clauses("The envoy said progress had been made in the talks, but declined to give details.");
    expect(declined.find((c) => c.head === "declined")).toMatchObject({ kind: "main", subject: "The envoy" });
    // And so does the same verb of saying again after "but".
    const again = clauses("The minister has said that Moscow was stalling the talks, but said he was ready to meet.");
    expect(again.filter((c) => c.head === "said")[1]).toMatchObject({ kind: "main", subject: "The minister" });
    // So does what a speaker does in words besides saying, after a comma and "and".
    const demanded = clauses(
      "The opposition said the accord favoured the rebels who had shelled the town, and demanded that the KDR disarm first.",
    );
    expect(demanded.find((c) => c.head === "demanded")).toMatchObject({ kind: "main", subject: "The opposition" });
  });

  it("keeps company joined to the subject, and a list of names between dashes, in the subject's clause", () => {
    expect(clauses("Kenya, together with its neighbours, urged a truce.")[0]).toMatchObject({
      kind: "main",
      subject: "Kenya , together with its neighbours",
      head: "urged",
    });
    const listed = clauses(
      "As reported earlier, on May 10 Chad, along with its allies - Niger, Mali and Benin - proposed a truce.",
    );
    expect(listed.find((c) => c.head === "proposed")).toMatchObject({
      kind: "main",
      subject: "Chad , along with its allies - Niger , Mali and Benin -",
    });
  });

  it("reads an inverted condition ('Should the talks fail, …', 'Had the talks failed, …') as a condition", () => {
    expect(clauses("Should the talks fail, the army will resume its offensive.")[0]).toMatchObject({
      kind: "condition",
      opener: "if",
      subject: "the talks",
    });
    expect(clauses("Should we agree?")[0]).toMatchObject({ kind: "main" });
  });

  it("keeps names joined by 'and' after a dateline's dash one subject ('GENEVA (Wire) - A and B have agreed')", () => {
    expect(clauses("GENEVA (Wire) - Chad and Niger have agreed on a truce.")[0]).toMatchObject({
      kind: "main",
      subject: "Chad and Niger",
    });
  });

  it("reads what a verb of announcing reports with its subject right after it, also inside a side clause", () => {
    const sentence = "Talks resumed after the rebels announced they would cease hostilities.";
    const tokens = tagSentence(sentence);
    const found = segmentClauses(
      tokens,
      quotedTokens(tokens, sentence),
      verbGroups(tokens),
      new Set(["say"]),
      new Set(["announce"]),
    );
    expect(found.find((c) => c.group && tokens[c.group.head]!.text === "cease")).toMatchObject({ kind: "complement" });
  });

  it("keeps a few quoted words after 'that' as the subject of what was said ('and that \"mutual trust\" had grown')", () => {
    const shown = clauses('The envoy said that the next round is set for May and that "mutual trust" had grown.');
    expect(shown[2]).toMatchObject({ kind: "complement", opener: "that", head: "grown" });
    expect(shown[2]!.subject).toContain("mutual trust");
  });

  it("reads a quotation opened right after 'that' as what was said ('declared that \"the war …\"')", () => {
    const shown = clauses('The president declared categorically that "the war must never return".');
    expect(shown.find((c) => c.head === "return")).toMatchObject({ kind: "complement", parent: 0, opener: "that" });
  });

  it("keeps a past form the main verb when a later participle takes an agent past its particle ('a plan drawn up by …')", () => {
    expect(clauses("The rebels agreed to a plan drawn up by the mediators.")[0]).toMatchObject({
      kind: "main",
      head: "agreed",
    });
  });

  it("reads a past form with no finite verb beside it as the main verb after an opening phrase ('On Monday the rebels agreed')", () => {
    expect(clauses("On Monday the rebels agreed to a truce.")[0]).toMatchObject({
      kind: "main",
      subject: "the rebels",
      head: "agreed",
    });
  });

  it("sets a second speaker after ', but' beside the first, not inside what the first said", () => {
    const shown = clauses("The rebels said they had accepted the truce, but the army said the terms fell short.");
    expect(shown.find((c) => c.subject === "the army")).toMatchObject({ kind: "main", parent: null, head: "said" });
    expect(shown.find((c) => c.head === "fell")).toMatchObject({ kind: "complement", parent: 2 });
  });

  it("keeps a speaker reported inside what was said there ('said that Kyiv said …')", () => {
    const shown = clauses("Peskov said that Kyiv said it was ready.");
    expect(shown.find((c) => c.subject === "Kyiv")).toMatchObject({ kind: "complement", parent: 0 });
  });

  describe("an inflected verb after 'and' and an active infinitive", () => {
    it("goes on the clause that carries the sentence, not the infinitive ('to reach a truce and urged …')", () => {
      const shown = clauses("The mediators regretted the failure to reach a truce and urged both sides to talk.");
      expect(shown.find((c) => c.head === "urged")).toMatchObject({ kind: "main", parent: null, coordinated: true });
    });

    it("goes on a relative clause whose pronoun is its subject ('who was not authorised to comment and spoke')", () => {
      const shown = clauses("Talks went on, said an official who was not authorised to comment and spoke anonymously.");
      expect(shown.find((c) => c.head === "spoke")).toMatchObject({ kind: "relative", coordinated: true });
    });

    it("leaves a participle on a passive infinitive ('to be arrested and charged')", () => {
      const shown = clauses("He was expected to be arrested and charged with treason.");
      expect(shown.find((c) => c.head === "charged")).toMatchObject({ kind: "infinitive", coordinated: true });
    });
  });

  describe("coordination after an infinitive", () => {
    const sentence =
      "The ministry said Baku was ready to begin talks on the date and venue for signing, but insisted that Yerevan first amend its laws.";

    it("does not let 'and' open a clause on a verb a preposition governs ('venue for signing')", () => {
      expect(clauses(sentence).some((c) => c.opener === "and")).toBe(false);
    });

    it("goes on the finite clause before, not the infinitive, with an inflected verb after 'but'", () => {
      const shown = clauses(sentence);
      const insisted = shown.find((c) => c.head === "insisted")!;
      expect(insisted).toMatchObject({ kind: "complement", parent: 0, coordinated: true, subject: "Baku" });
      expect(shown.find((c) => c.head === "amend")).toMatchObject({ kind: "complement", opener: "that" });
    });

    it("takes no phrase of time after 'and' for a subject ('and in 2022 signed')", () => {
      const shown = clauses("The minister rejected the plan, promised to fight on, and in 2021 signed an order.");
      expect(shown.find((c) => c.head === "signed")).toMatchObject({ coordinated: true, subject: null, parent: 0 });
      expect(clauses("Putin met Erdogan and on Friday flew to Minsk.")[1]).toMatchObject({
        kind: "main",
        coordinated: true,
        subject: "Putin",
      });
    });

    it("keeps a bare verb after 'and' on the infinitive ('to start talks and reach a deal')", () => {
      expect(clauses("Kyiv wants to start talks and reach a deal.")[2]).toMatchObject({
        kind: "infinitive",
        parent: 0,
        coordinated: true,
        head: "reach",
      });
    });
  });

  describe("complements", () => {
    it("hangs what was said on the verb of saying, with 'that'", () => {
      const [said, what] = clauses("Peskov said that talks will resume next week.");
      expect(said).toMatchObject({ kind: "main", subject: "Peskov", head: "said" });
      expect(what).toMatchObject({ kind: "complement", parent: 0, opener: "that", subject: "talks", head: "resume" });
    });

    it("hangs what was said on the verb of saying without 'that'", () => {
      const [, what] = clauses("Peskov said talks will resume next week.");
      expect(what).toMatchObject({ kind: "complement", parent: 0, opener: null, subject: "talks", head: "resume" });
    });

    it("opens what was said on a noun a bare participle describes ('said a truce signed by both sides would hold')", () => {
      const [, signed, hold] = clauses("The minister said a truce signed by both sides would hold.");
      expect(signed).toMatchObject({ kind: "relative", parent: 2, head: "signed" });
      expect(hold).toMatchObject({ kind: "complement", parent: 0, subject: "a truce", head: "hold" });
      const [, , stay] = clauses("The minister said a truce already agreed would stay in force.");
      expect(stay).toMatchObject({ kind: "complement", parent: 0, subject: "a truce", head: "stay" });
    });

    it("keeps a reported verb whose object opens a quotation a complement ('condemned \"the war\"')", () => {
      const [said, condemned] = clauses(
        'The spokesman said the chancellor condemned "the war of aggression" during the call.',
      );
      expect(said).toMatchObject({ kind: "main", head: "said" });
      expect(condemned).toMatchObject({ kind: "complement", parent: 0, subject: "the chancellor", head: "condemned" });
    });

    it("reads past a short quotation inside the subject of what was said ('that the \"right time\" for …')", () => {
      const [said, come] = clauses(
        'The chancellor said that the "right time" for a call with the president would come soon.',
      );
      expect(said).toMatchObject({ kind: "main", head: "said" });
      expect(come).toMatchObject({ kind: "complement", parent: 0, opener: "that", head: "come" });
      expect(come!.subject).toMatch(/^the " right time " for a call/);
    });

    it("keeps adjectives joined by 'and' inside the subject of what was said ('a \"full and lasting\" truce')", () => {
      const [, hold] = clauses('The mediator says a "full and lasting" truce between the two armies will hold.');
      expect(hold).toMatchObject({ kind: "complement", parent: 0, head: "hold" });
      expect(hold!.subject).toMatch(/^a " full and lasting " truce between/);
    });

    it("hangs a second thing said, after 'and that', where the first one hangs", () => {
      const shown = clauses(
        "The official said Israel had agreed so long as Iran held its fire and that Oman brokered the deal.",
      );
      expect(shown.find((c) => c.head === "brokered")).toMatchObject({
        kind: "complement",
        parent: 0,
        coordinated: true,
      });
      const belief = clauses("They want to reinforce his belief that time is on his side and that he can wait.");
      expect(belief.find((c) => c.head === "wait")).toMatchObject({ kind: "relative", coordinated: true });
    });

    it("reads past a short quotation inside the subject before its verb ('its \"primary causes\" must be …')", () => {
      const [, resolved] = clauses('Putin insisted that its "primary causes" must be resolved first.');
      expect(resolved).toMatchObject({ kind: "complement", opener: "that", head: "resolved" });
      expect(resolved!.subject).toBe('its " primary causes "');
    });

    it("keeps the subject of a quotation that opens on its predicate ('said Kyiv \"is not ready\"')", () => {
      const [, said] = clauses('The spokesman said Kyiv "is not ready for talks".');
      expect(said).toMatchObject({ kind: "complement", parent: 0, head: "is" });
      expect(said!.subject).toBe('Kyiv "');
      // An adverb may open the quotation before the predicate ('that he "personally asked"').
      const [, asked] = clauses('The president said on Monday that he "personally asked" the rebels to stop.');
      expect(asked).toMatchObject({ kind: "complement", opener: "that", head: "asked" });
      // A quotation opening on a noun phrase after a determiner is no predicate's.
      expect(clauses('The envoys welcomed the "start of talks" on Monday.')[1]).toMatchObject({ subject: null });
    });

    it("reads 'said that' before a fronted phrase as what was said, however the tagger reads 'that'", () => {
      const said = clauses("The president said that following the talks in Jeddah, Moscow rejected the offer.");
      expect(said[1]).toMatchObject({ kind: "complement", opener: "that", parent: 0, head: "rejected" });
    });

    it("keeps a name in single quotes inside the subject (the ‘North’ group)", () => {
      const c = clauses("The army holds its line, while the ‘North’ group is advancing on the town.");
      expect(c.find((x) => x.head === "advancing")).toMatchObject({
        kind: "adverbial",
        subject: "the ‘ North ’ group",
      });
    });

    it("does not let a verb joined by 'and' go on with an expletive 'there' ('indicated there was … and vowed')", () => {
      const c = clauses("The ministry indicated there was no progress and vowed to keep fighting.");
      expect(c.find((x) => x.head === "vowed")).toMatchObject({ subject: "The ministry", coordinated: true });
    });

    it("reads a past form that is no participle, after a noun's infinitive, as the noun's predicate", () => {
      const c = clauses("The first round of talks to end nearly six decades of war took place in Caracas.");
      expect(c.find((x) => x.head === "took")).toMatchObject({ kind: "main", subject: "The first round of talks" });
    });

    it("reads 'so that' as the opener of a purpose, not of what was said", () => {
      expect(clauses("The parties held a vote so that citizens could endorse the deal.")[1]).toMatchObject({
        kind: "adverbial",
        opener: "so that",
        parent: 0,
      });
    });

    it("reads a pronoun after a weekday as the subject of what was said ('said on Thursday it agrees')", () => {
      expect(clauses("The movement said on Thursday it agrees to a truce.")[1]).toMatchObject({
        kind: "complement",
        subject: "it",
      });
    });

    it("leaves a weekday after 'on' out of the subject of what was said ('said on Sunday Russia was …')", () => {
      expect(clauses("The Kremlin said on Sunday Russia was willing to talk.")[1]).toMatchObject({
        kind: "complement",
        subject: "Russia",
      });
    });

    it("keeps 'said last week that …' a complement, not a relative clause", () => {
      const [said, what] = clauses("Lavrov said last week that Moscow was open to talks.");
      expect(said!.head).toBe("said");
      expect(what).toMatchObject({ kind: "complement", parent: 0, opener: "that", subject: "Moscow" });
    });

    it("opens no clause at 'and' before a noun and a bare -ing form ('by Russian and Turkish troops starting …')", () => {
      const shown = clauses("The corridor will be patrolled by Russian and Turkish troops starting March 15.");
      expect(shown.some((c) => c.opener === "and")).toBe(false);
      // nor before a noun and a past participle with its agent
      const freed = clauses("The deal will see 50 women and children held by the militia in the north freed.");
      expect(freed.some((c) => c.opener === "and")).toBe(false);
      // and the object of "by" is no subject of the participle after it
      expect(freed.find((c) => c.head === "freed")?.subject).toBeNull();
      // a finite verb after a subject that holds a preposition keeps it
      const said = clauses("Sources familiar with the talks in the capital said the deal was near.");
      expect(said.find((c) => c.head === "said")).toMatchObject({ kind: "main" });
    });

    it("reads 'that' right before a verb after a noun as relative, after a verb of saying too", () => {
      const shown = clauses("The accord declares an end to an insurgency that killed 13,000 people.");
      expect(shown.find((c) => c.head === "killed")).toMatchObject({ kind: "relative", opener: "that" });
      // also where the tagger calls it a conjunction ("the disputes that had flared up in 2019")
      const flared = clauses("The deal settles the disputes that had flared up along the river in 2019.");
      expect(flared.find((c) => c.head === "flared")).toMatchObject({ kind: "relative", opener: "that" });
    });

    it("closes a phrase of time with its day before the subject of what was said ('said on Feb. 26 Turkey aims')", () => {
      for (const sentence of [
        "The minister said on Feb. 26 Turkey aims to play a key role.",
        "The minister said on 26 May Turkey aims to play a key role.",
      ])
        expect(clauses(sentence).find((c) => c.head === "aims")).toMatchObject({
          kind: "complement",
          subject: "Turkey",
        });
    });

    it("opens a complement on 'how' after a verb", () => {
      const [, how] = clauses("Zelensky recounted how Russian troops had attacked the city.");
      expect(how).toMatchObject({ kind: "complement", parent: 0, opener: "how", subject: "Russian troops" });
    });
  });

  describe("relative clauses", () => {
    it("reads 'that' after a noun as a relative pronoun", () => {
      const [main, rel] = clauses("Kyiv signed the deal that will see prisoners freed.");
      expect(main).toMatchObject({ kind: "main", head: "signed" });
      expect(rel).toMatchObject({ kind: "relative", parent: 0, opener: "that", head: "see" });
    });

    it("reads a clause without a pronoun after a noun as relative ('the hostages it is holding')", () => {
      const [main, rel] = clauses("Hamas will release the hostages it is holding.");
      expect(main).toMatchObject({ kind: "main", subject: "Hamas", head: "release" });
      expect(rel).toMatchObject({ kind: "relative", parent: 0, opener: null, subject: "it", head: "holding" });
    });

    it("keeps an adverb between a reported subject and its verb inside the clause ('said the issues still remained …')", () => {
      const [, said] = clauses("The mediator said the main issues still remained open.");
      expect(said).toMatchObject({ kind: "complement", subject: "the main issues", head: "remained" });
    });

    it("reads a clause without 'that' after whom a verb of telling addresses as what was told ('told the envoy he was ready')", () => {
      const [main, told] = clauses("The emir on Monday told the visiting envoy he was ready to host the talks.");
      expect(main).toMatchObject({ kind: "main", head: "told" });
      expect(told).toMatchObject({ kind: "complement", parent: 0, subject: "he", head: "was" });
      expect(clauses("She told the story she knew best.")[1]).toMatchObject({ kind: "relative" });
      // two objects: the clause describes the second ("told the rebels the terms he had set")
      expect(clauses("The envoy told the rebels the terms he had set.")[1]).toMatchObject({ kind: "relative" });
    });

    it("reads 'the outcome he wanted' as a relative clause on the clause it ends", () => {
      const all = clauses(
        "Trump said on Wednesday the planned summit was off because he did not believe it would achieve the outcome he wanted.",
      );
      expect(all.map((c) => c.kind)).toEqual(["main", "complement", "adverbial", "complement", "relative"]);
      expect(all[4]).toMatchObject({ parent: 3, subject: "he", head: "wanted" });
      expect(all[2]).toMatchObject({ opener: "because", parent: 1 });
    });

    it("does so past a name and its apposition that end the aside, and past a side clause opening the sentence", () => {
      const apposed = clauses(
        "The Omani delegation, which included Said al-Harthy, the deputy foreign minister, met the envoys on Monday.",
      );
      expect(apposed.map((c) => [c.kind, c.parent, c.subject, c.head])).toEqual([
        ["relative", 1, null, "included"],
        ["main", null, "The Omani delegation", "met"],
      ]);
      const opened = clauses(
        "When the round stalled, the Omani delegation, which had flown in from Muscat, met the envoys on Monday.",
      );
      expect(opened.map((c) => [c.kind, c.parent, c.subject, c.head])).toEqual([
        ["adverbial", 2, "the round", "stalled"],
        ["relative", 2, null, "flown"],
        ["main", null, "the Omani delegation", "met"],
      ]);
    });

    it("ends a side clause at the comma after its verb's object, not reading a list across it", () => {
      const all = clauses(
        "The minister said that if the envoys failed to reach decisions, Norway and the United Nations would step in.",
      );
      expect(all.find((c) => c.head === "step")).toMatchObject({
        kind: "complement",
        parent: 0,
        subject: "Norway and the United Nations",
      });
      // a list after a verb of saying is still the subject's
      expect(clauses("He said officials, diplomats and analysts were worried.")[1]).toMatchObject({
        kind: "complement",
        subject: "officials , diplomats and analysts",
      });
    });

    it("gives the subject cut off by a relative aside to the verb after it", () => {
      const all = clauses(
        "Qatar's Foreign Ministry, which mediated the deal, said the hostages would be released on Friday.",
      );
      expect(all).toEqual([
        { kind: "relative", parent: 1, opener: "which", subject: null, head: "mediated", coordinated: false },
        {
          kind: "main",
          parent: null,
          opener: null,
          subject: "Qatar 's Foreign Ministry",
          head: "said",
          coordinated: false,
        },
        { kind: "complement", parent: 1, opener: null, subject: "the hostages", head: "released", coordinated: false },
      ]);
    });

    it("gives a name before an apposition with a relative clause in it to the verb after them", () => {
      const all = clauses(
        "Jane Doe, an aide to the mayor who attended the talks, said that the sides agreed to a truce.",
      );
      expect(all.find((c) => c.head === "said")).toMatchObject({ kind: "main", subject: "Jane Doe", parent: null });
      // A phrase of place before such a clause is no name.
      expect(
        clauses("In Geneva, the envoy who led the talks said little.").find((c) => c.head === "said"),
      ).not.toMatchObject({ subject: "In Geneva" });
    });
  });

  describe("clauses that complete a verb", () => {
    it("hangs an infinitive on the verb it completes", () => {
      const [agreed, meet] = clauses("The leaders agreed to meet on Friday.");
      expect(agreed).toMatchObject({ kind: "main", subject: "The leaders" });
      expect(meet).toMatchObject({ kind: "infinitive", parent: 0, opener: "to", subject: null, head: "meet" });
    });

    it("reads 'by' + gerund as an argument of the verb before it", () => {
      const [end, by] = clauses("Russia can end the war by withdrawing its troops.");
      expect(end).toMatchObject({ kind: "main", subject: "Russia", head: "end" });
      expect(by).toMatchObject({ kind: "argument", parent: 0, opener: "by", subject: null, head: "withdrawing" });
    });

    it("reads 'after' + gerund as an adverbial side clause", () => {
      const [, after] = clauses("Orban spoke to Putin after visiting Kyiv.");
      expect(after).toMatchObject({ kind: "adverbial", parent: 0, opener: "after", head: "visiting" });
    });
  });

  describe("participles and asides", () => {
    it("hangs no clause on one that hangs on it, so every chain of parents ends", () => {
      // The speaker's apposition makes "said a panel ," read as an aside, and the panel's own
      // aside would hang it on the clause it frames.
      const shown = clauses(
        "The head of the delegation, Ana Ruiz Vela, said a panel, designed to give the parties a voice, would be set up on Monday.",
      );
      shown.forEach((_, i) => {
        const seen = new Set<number>();
        for (let k: number | null = i; k !== null; k = shown[k]!.parent) {
          expect(seen.has(k), `clause ${i} reaches clause ${k} twice`).toBe(false);
          seen.add(k);
        }
      });
      expect(shown.find((c) => c.head === "designed")).toMatchObject({ parent: 0 });
    });

    it("reads ', calling on …' as an act of the same subject, without a subject of its own", () => {
      const [main, calling] = clauses("Zelensky addressed the summit, calling on leaders to back his peace formula.");
      expect(main).toMatchObject({ kind: "main", subject: "Zelensky", head: "addressed" });
      expect(calling).toMatchObject({ kind: "participle", parent: 0, subject: null, head: "calling" });
    });

    it("gives ', with X stating …' the subject after 'with', where the clause would hang without it", () => {
      const shown = clauses("The question of a truce was raised, with the envoy stating Moscow remains open to talks.");
      expect(shown.find((c) => c.head === "stating")).toMatchObject({ subject: "the envoy" });
      const hanging = clauses("Kyiv lost ground, but held the city, with desertion making matters worse.");
      expect(hanging.find((c) => c.head === "making")).toMatchObject({ kind: "participle", subject: "desertion" });
    });

    it("hangs ', adding that …' on the clause that reports, however deep the clause before it", () => {
      const shown = clauses(
        "The envoy told reporters on Monday that the army had not confirmed its attendance, while the rebels had assured that they will come, adding that no talks could start without both.",
      );
      const adding = shown.find((c) => c.head === "adding")!;
      expect(adding.kind).toBe("participle");
      expect(shown[adding.parent!]).toMatchObject({ head: "told", subject: "The envoy" });
    });

    it("reads the verb after a gerund describing the sentence's first noun as its predicate", () => {
      const [representing, arrived] = clauses("The delegation representing the president has arrived in Oslo.");
      expect(representing).toMatchObject({ kind: "relative", parent: 1, head: "representing" });
      expect(arrived).toMatchObject({ kind: "main", parent: null, subject: "The delegation", head: "arrived" });
    });

    it("reads the noun phrase before an aside between dashes as the subject of the verb after them", () => {
      const shown = clauses("The United Nations - which has mediated since May - said a deal was close.");
      expect(shown.find((c) => c.head === "said")).toMatchObject({ kind: "main", subject: "The United Nations" });
    });

    it("reads the verb after a preposition's gerund in the sentence's first noun phrase as its predicate", () => {
      const [reviving, resume] = clauses("Talks between the two sides on reviving the truce will resume in Cairo.");
      expect(reviving).toMatchObject({ kind: "argument", parent: 1, head: "reviving" });
      expect(resume).toMatchObject({
        kind: "main",
        parent: null,
        subject: "Talks between the two sides",
        head: "resume",
      });
      // A day and an hour may open the sentence before that noun phrase.
      expect(
        clauses("On Monday at 9 a.m., talks between the two sides on reviving the truce will resume.").at(-1),
      ).toMatchObject({ kind: "main", subject: "talks between the two sides", head: "resume" });
      // A phrase of place or time before the sentence's subject is no noun phrase of it.
      expect(
        clauses("After talks on ending the war the envoys flew home.").find((c) => c.head === "flew"),
      ).not.toMatchObject({
        subject: "After talks",
      });
    });

    it("keeps a list of names with commas inside one subject, but not a phrase of place or time before it", () => {
      expect(clauses("Iran, Russia and Turkey have agreed to resume talks.")[0]).toMatchObject({
        kind: "main",
        subject: "Iran , Russia and Turkey",
      });
      expect(clauses("He said Qatar, Egypt and the United States would meet.")[1]).toMatchObject({
        kind: "complement",
        subject: "Qatar , Egypt and the United States",
      });
      expect(clauses("In Geneva, Russia and the US agreed to talk.")[0]).toMatchObject({
        subject: "Russia and the US",
      });
      expect(clauses("Last week, Russia and Ukraine met.")[0]).toMatchObject({ subject: "Russia and Ukraine" });
      expect(clauses("Russia, Ukraine, and Turkey will gather on Friday.")[0]).toMatchObject({
        kind: "main",
        subject: "Russia , Ukraine , and Turkey",
      });
      expect(clauses("Putin met Erdogan, and the two agreed to talk.")[1]).toMatchObject({ coordinated: true });
    });

    it("reads a past form after a verb of saying and a subject as what was said, past adverbs between ('said the delegation once again arrived')", () => {
      const said = clauses("The minister said the rebel delegation once again arrived in Oslo without a plan.");
      expect(said[1]).toMatchObject({ kind: "complement", parent: 0, head: "arrived" });
      expect(said[1]!.subject).toMatch(/^the rebel delegation/);
    });

    it("reads a clause whose subject an owner opens right after a noun as describing the noun ('the ceasefire his fighters keep')", () => {
      const [announced, observing] = clauses(
        "The rebel commander announced a renewal of the ceasefire his fighters have been keeping.",
      );
      expect(announced).toMatchObject({ kind: "main", head: "announced" });
      expect(observing).toMatchObject({ kind: "relative", parent: 0, subject: "his fighters" });
      // Told to someone, it is what was said.
      expect(clauses("The minister told the envoy his country would attend.")[1]).toMatchObject({
        kind: "complement",
        subject: "his country",
      });
    });

    it("reads a participle after a noun phrase that a time closes as describing it ('talks in Oslo on May 4 aimed at …')", () => {
      const [opened, aimed] = clauses("Norway opened talks in Oslo on May 4 aimed at ending the war.");
      expect(opened).toMatchObject({ kind: "main", head: "opened" });
      expect(aimed).toMatchObject({ kind: "relative", parent: 0, subject: null, head: "aimed" });
    });

    it("reads the verb after a noun's infinitive and its object as the noun's predicate", () => {
      const [hold, welcomed] = clauses("The decision to hold talks was welcomed by both sides.");
      expect(hold).toMatchObject({ kind: "infinitive", parent: 1 });
      expect(welcomed).toMatchObject({ kind: "main", subject: "The decision", head: "welcomed" });
      // (an object with a phrase of its own, which ends on what looks like the verb's subject)
      const [ease, suspended] = clauses("Talks to settle the dispute over the valley were suspended on Monday.");
      expect(ease).toMatchObject({ kind: "infinitive", parent: 1 });
      expect(suspended).toMatchObject({ kind: "main", subject: "Talks", head: "suspended" });
      const said = clauses("Officials warned that failure to reach an agreement could escalate tensions.");
      expect(said.find((c) => c.head === "escalate")).toMatchObject({
        kind: "complement",
        parent: 0,
        subject: "failure",
      });
    });

    it("reads the verb right after a noun's infinitive with no object as the noun's predicate, past an owner and joined infinitives", () => {
      const said = clauses(
        "The minister said that Ferreira's appeal for his fighters to regroup and withdraw was historic.",
      );
      expect(said.find((c) => c.head === "was")).toMatchObject({
        kind: "complement",
        parent: 0,
        subject: "Ferreira 's appeal for his fighters",
      });
      expect(said.filter((c) => c.kind === "infinitive").map((c) => c.parent)).toEqual([3, 3]);
      const acronym = clauses("The appeal for the Free Coast Front (FCF) to disarm was welcomed.");
      expect(acronym.find((c) => c.head === "welcomed")).toMatchObject({
        kind: "main",
        subject: "The appeal for the Free Coast Front ( FCF )",
      });
    });

    it("keeps an acronym in brackets after a name inside the subject ('the Rapid Support Forces (RSF) said')", () => {
      expect(clauses("The Rapid Support Forces (RSF) said they would attend.")[0]).toMatchObject({
        kind: "main",
        subject: "The Rapid Support Forces ( RSF )",
        head: "said",
      });
    });

    it("keeps a person's party in brackets inside the subject ('Prime Minister Kristen Michal (Reform) said')", () => {
      expect(clauses("Prime Minister Anna Lind (Centre) said the talks had failed.")[0]).toMatchObject({
        kind: "main",
        subject: "Prime Minister Anna Lind ( Centre )",
        head: "said",
      });
    });

    it("reads a speaker named after his role before a closing verb of saying ('…, the envoy, Dmitry Kozak, said')", () => {
      const said = clauses(
        "The sides agreed that a truce should be observed, Russia's chief negotiator, Dmitry Kozak, told reporters.",
      );
      expect(said[2]).toMatchObject({ subject: "Russia 's chief negotiator , Dmitry Kozak ,", head: "told" });
      expect(said[1]).toMatchObject({ kind: "complement", head: "observed" });
      // and after a quotation closed with a comma
      const quoted = clauses('"The delegation will continue the talks," the rebel leader, Ali Hamid, said.');
      expect(quoted[1]).toMatchObject({ kind: "main", subject: "the rebel leader , Ali Hamid ,", head: "said" });
    });

    it("does not take 'this' before a noun for a time ('rejected this precondition in a statement issued …')", () => {
      const [rejected, issued] = clauses("The ministry rejected this precondition in a statement issued a month ago.");
      expect(rejected).toMatchObject({ kind: "main", head: "rejected" });
      expect(issued).toMatchObject({ kind: "relative", head: "issued" });
    });

    it("reads a noun phrase and a past form right after a verb of saying as what was said ('said the talks went well')", () => {
      expect(clauses("Peskov said the delegation arrived in Istanbul.")[1]).toMatchObject({
        kind: "complement",
        subject: "the delegation",
        head: "arrived",
      });
      // A participle's own marks keep it one ("a paper called …", "a roadmap aimed at …").
      expect(clauses("China revealed a paper called a position.")[1]).toMatchObject({ kind: "relative" });
      expect(clauses("Russia said the roadmap aimed at peace was useful.")[1]?.kind).not.toBe("complement");
    });

    it("keeps 'to' between a noun and a noun phrase in the subject ('the UN envoy to Libya said'), not before a verb", () => {
      expect(clauses("The UN envoy to Libya said talks would resume.")[0]).toMatchObject({
        subject: "The UN envoy to Libya",
        head: "said",
      });
      expect(clauses("All parties to the talks confirmed the deal.")[0]).toMatchObject({
        subject: "All parties to the talks",
      });
      expect(clauses("Moscow wants Kyiv to withdraw.")[1]).toMatchObject({ kind: "infinitive", head: "withdraw" });
    });

    it("reads a pronoun as a whole subject ('told reporters there would be …'), joined to a name by 'and'", () => {
      expect(clauses("He told reporters there would be pullbacks.")[1]).toMatchObject({ subject: "there", head: "be" });
      expect(clauses("Trump and I agreed to meet.")[0]).toMatchObject({ subject: "Trump and I", head: "agreed" });
    });

    it("keeps a subject named after its role in a free relative ('what his spokesman, Dmitry Peskov, called …')", () => {
      const [, named] = clauses("Putin spoke after what his spokesman, Dmitry Peskov, called a media frenzy.");
      expect(named).toMatchObject({
        kind: "relative",
        opener: "what",
        subject: "his spokesman , Dmitry Peskov ,",
        head: "called",
      });
    });

    it("keeps a plural acronym and the phrase after it in the subject ('the army chiefs (DGMOs) of both sides met')", () => {
      expect(clauses("The army chiefs (DGMOs) of India and Pakistan held talks on Monday.")[0]).toMatchObject({
        kind: "main",
        subject: "The army chiefs ( DGMOs ) of India and Pakistan",
        head: "held",
      });
    });

    it("reads a past form after an opening noun's infinitive as its predicate, unless a predicate follows", () => {
      const [, dimmed] = clauses("Hopes of a breakthrough to end the war dimmed on Friday as the summit ended.");
      expect(dimmed).toMatchObject({ kind: "main", subject: "Hopes of a breakthrough", head: "dimmed" });
      const plan = clauses("A plan to end the war announced last month was rejected.");
      expect(plan.find((c) => c.head === "announced")).toMatchObject({ kind: "relative" });
    });

    it("reads a reported noun's infinitive as part of the subject past the day it was said and quotation marks", () => {
      const reach = clauses('The mediator said Friday "a rare chance" to end the war is within reach.');
      expect(reach.find((c) => c.head === "is")).toMatchObject({
        kind: "complement",
        subject: 'a rare chance "',
      });
    });

    it("reads an opening noun's infinitive past phrases of place and topic as part of the subject", () => {
      const talks = clauses("Talks at the level of envoys on ways to end the war will be held in Geneva next week.");
      expect(talks.find((c) => c.head === "held")).toMatchObject({
        kind: "main",
        subject: "Talks at the level of envoys on ways",
      });
    });

    it("reads 'if' after a word of knowing or asking as 'whether'; a verb joined to a condition's infinitive stays in the condition", () => {
      expect(clauses("We do not know if the rebels are ready.")[1]).toMatchObject({
        kind: "complement",
        opener: "whether",
      });
      const shown = clauses(
        "He said that if the government is ready to sign and withdraws its units, peace will come.",
      );
      expect(shown.find((c) => c.head === "withdraws")).toMatchObject({ kind: "condition" });
    });

    it("reads an infinitive past a dash as completing a noun of the aside, not the verb before it", () => {
      const shown = clauses(
        "He said the army can retake the land – a shift from his call on the city to make concessions.",
      );
      expect(shown.find((c) => c.head === "make")).toMatchObject({ kind: "relative" });
      expect(clauses("Geneva – Hopes of a deal to end the war dimmed.").find((c) => c.head === "end")).toMatchObject({
        kind: "infinitive",
      });
      // A pair of dashes closes its aside: the infinitive after it completes the verb again.
      const given = clauses("The envoy gave the rebels until Friday – the end of the holiday – to accept the plan.");
      expect(given.find((c) => c.head === "accept")).toMatchObject({ kind: "infinitive", parent: 0 });
    });

    it("keeps an acronym in square brackets inside the subject ('the National Liberation Army [ELN] group')", () => {
      expect(clauses("The government and the Freedom Front [FF] rebel group agreed to a truce.")[0]).toMatchObject({
        kind: "main",
        subject: "The government and the Freedom Front [ FF ] rebel group",
      });
    });

    it("keeps phrases of 'regarding', 'over' or 'at' inside the subject", () => {
      expect(clauses("The changes regarding the status of the region were approved by the council.")[0]).toMatchObject({
        subject: "The changes regarding the status of the region",
      });
      expect(clauses("The talks at the UN headquarters ended without a deal.")[0]).toMatchObject({
        subject: "The talks at the UN headquarters",
      });
    });

    it("keeps a list inside a phrase of the subject ('advisers from Russia, Ukraine and France agreed')", () => {
      expect(clauses("Advisers from Russia, Ukraine and France agreed to meet.")[0]).toMatchObject({
        kind: "main",
        subject: "Advisers from Russia , Ukraine and France",
      });
      // ("After a string of failed rounds, A and B signed": a phrase of common nouns ends at its comma.)
      expect(clauses("After a string of failed rounds, Kiir and Machar signed a deal.")[0]).toMatchObject({
        kind: "main",
        subject: "Kiir and Machar",
      });
    });

    it("takes no inverted subject after 'tell' ('…, the minister told reporters')", () => {
      const shown = clauses("The talks will resume, the minister told reporters.");
      expect(shown.find((c) => c.head === "told")!.subject).not.toBe("reporters");
    });

    it("keeps 'and' between the parties of 'between' inside one subject", () => {
      expect(clauses("Two rounds of talks between the government and the rebels were held in Oslo.")).toEqual([
        expect.objectContaining({ kind: "main", subject: "Two rounds of talks between the government and the rebels" }),
      ]);
    });

    it("hangs a participle opening the sentence on the clause after it, which is the main one", () => {
      const [hosted, held] = clauses("Hosted by the Omani foreign minister, the two envoys held talks in Muscat.");
      expect(hosted).toMatchObject({ kind: "participle", parent: 1, subject: null });
      expect(held).toMatchObject({ kind: "main", parent: null, subject: "the two envoys" });
    });

    it("hangs a participle aside between subject and verb on that verb's clause", () => {
      const [speaking, said, what] = clauses(
        "Scholz, speaking in Berlin on Friday, said Germany would keep supporting Ukraine.",
      );
      expect(speaking).toMatchObject({ kind: "participle", parent: 1, head: "speaking", subject: null });
      expect(said).toMatchObject({ kind: "main", subject: "Scholz", head: "said" });
      expect(what).toMatchObject({ kind: "complement", parent: 1, subject: "Germany" });
    });
    it("gives the subject before a clause of 'as' set off by commas to the verb after it ('The talks, as expected, ended …')", () => {
      const [, ended] = clauses("The talks between the two delegations in Oslo, as expected, ended without a deal.");
      expect(ended).toMatchObject({ kind: "main", head: "ended" });
      expect(ended!.subject).toBe("The talks between the two delegations in Oslo");
    });

    it("gives the verb after an opening participle a subject set off by an apposition", () => {
      const [speaking, said, what] = clauses(
        "Speaking to reporters, Omar Haddad, a senior rebel commander, said the group had accepted the offer.",
      );
      expect(speaking).toMatchObject({ kind: "participle", parent: 1, head: "Speaking" });
      expect(said).toMatchObject({ kind: "main", subject: "Omar Haddad , a senior rebel commander", head: "said" });
      expect(what).toMatchObject({ kind: "complement", parent: 1, subject: "the group" });
    });
  });

  describe("a participle describing the subject", () => {
    it("takes the later verb for the predicate ('Talks aimed at … ended')", () => {
      const [aimed, securing, ended] = clauses(
        "Talks in Doha aimed at securing a truce ended on Sunday without a deal.",
      );
      expect(aimed).toMatchObject({ kind: "relative", parent: 2, head: "aimed" });
      expect(securing).toMatchObject({ parent: 0, head: "securing" });
      expect(ended).toMatchObject({ kind: "main", parent: null, subject: "Talks in Doha", head: "ended" });
    });

    it("takes no verb that takes no object for a participle ('The sides met in Riyadh to start talks aimed at …')", () => {
      const [met, , aimed] = clauses("The two sides met in Riyadh on Monday to start talks aimed at a truce.");
      expect(met).toMatchObject({ kind: "main", subject: "The two sides", head: "met" });
      expect(aimed).toMatchObject({ kind: "relative", head: "aimed" });
    });

    it("reads a gerund after the noun that opens what was said as describing it ('said that a panel involving …')", () => {
      const said = clauses("The envoy said that a panel involving both armies would be set up.");
      expect(said.find((c) => c.head === "involving")).toMatchObject({ kind: "relative" });
      expect(said.find((c) => c.head === "set")).toMatchObject({
        kind: "complement",
        opener: "that",
        parent: 0,
        subject: "a panel",
      });
    });

    it("reads 'that' after a time as opening what was announced, not a relative clause of the time", () => {
      // ("announce" as the pipeline reads it: a verb that reports only a clause of "that")
      const tokens = tagSentence("The militia declared in May that it would disarm.");
      const [, disband] = segmentClauses(tokens, quotedTokens(tokens, ""), verbGroups(tokens), new Set(["say"]));
      expect(disband).toMatchObject({ kind: "complement", opener: "that", parent: 0 });
    });

    it("reads 'agreed' or 'negotiated' as describing the subject before a verb led by an auxiliary", () => {
      const [agreed, held] = clauses("The truce agreed in April has mostly held.");
      expect(agreed).toMatchObject({ kind: "relative", parent: 1, head: "agreed" });
      expect(held).toMatchObject({ kind: "main", subject: "The truce", head: "held" });
      const [negotiated, stay] = clauses("The accord negotiated in June would stay in force.");
      expect(negotiated).toMatchObject({ kind: "relative", parent: 1 });
      expect(stay).toMatchObject({ kind: "main", subject: "The accord", head: "stay" });
      // without an auxiliary after it, the sides' agreeing is their act
      expect(clauses("The sides agreed in Oslo to resume talks.")[0]).toMatchObject({ kind: "main", head: "agreed" });
    });

    it("reads a name's acronym in brackets as ending the name before 'and' ('the United States (US) and Russia met')", () => {
      expect(clauses("Officials of the United States (US) and Russia met in Riyadh.")[0]).toMatchObject({
        kind: "main",
        subject: "Officials of the United States ( US ) and Russia",
        head: "met",
      });
    });

    it("keeps the object of the participle's preposition in the participle's clause ('The deal signed in Doha | ends')", () => {
      expect(clauseWords("The deal signed in Doha ends the war.")).toEqual([
        "The deal signed in Doha",
        "ends the war .",
      ]);
    });

    it("leaves a day word before a participle after a comma to the verb before ('in Lima, Peru, yesterday setting …')", () => {
      expect(
        clauseWords("Both delegations initialled a truce in Lima, Peru, yesterday setting up a joint commission."),
      ).toEqual(["Both delegations initialled a truce in Lima , Peru , yesterday", "setting up a joint commission ."]);
    });

    it("reads a participle dated by a bare day as describing the subject ('the deal signed Monday calls for …')", () => {
      const [signed, calls] = clauses("The accord signed Tuesday calls for a pullback of heavy weapons.");
      expect(signed).toMatchObject({ kind: "relative", parent: 1 });
      expect(calls).toMatchObject({ kind: "main", subject: "The accord", head: "calls" });
      const [unveiled, rejected] = clauses("The roadmap unveiled yesterday was rejected by the rebels.");
      expect(unveiled).toMatchObject({ kind: "relative" });
      expect(rejected).toMatchObject({ kind: "main", head: "rejected" });
      // A verb of saying dated so is still the verb ("said Friday the talks will resume").
      expect(clauses("The envoy said Friday the talks will resume.")[0]).toMatchObject({ kind: "main", head: "said" });
    });

    it("does not take the agent of a passive participle for a subject ('announced by the ministry')", () => {
      const [announced, rejected] = clauses("The plan drafted by the ministry was rejected by parliament.");
      expect(announced).toMatchObject({ kind: "relative", parent: 1 });
      expect(rejected).toMatchObject({ kind: "main", subject: "The plan", head: "rejected" });
    });

    it("leaves a verb of saying and its object alone ('said talks …')", () => {
      expect(clauses("Trump said talks collapsed.")[0]).toMatchObject({ kind: "main", subject: "Trump", head: "said" });
      const [called, released] = clauses("He also called for all prisoners to be released.");
      expect(called).toMatchObject({ kind: "main", head: "called" });
      expect(released).toMatchObject({ kind: "infinitive", parent: 0 });
    });
  });

  describe("side clauses", () => {
    it("reads 'only if' as the opener of a condition on the clause before it", () => {
      const [main, cond] = clauses("Russia will hold talks only if Ukraine withdraws its troops.");
      expect(main).toMatchObject({ kind: "main", subject: "Russia", head: "hold" });
      expect(cond).toMatchObject({ kind: "condition", parent: 0, opener: "only if", subject: "Ukraine" });
    });

    it("reads 'once' before a subject and its verb as the opener of a condition, not the adverb of 'once again'", () => {
      const [, cond] = clauses("The junta will sign the accord once the militias disarm.");
      expect(cond).toMatchObject({ kind: "condition", parent: 0, opener: "once", subject: "the militias" });
      expect(clauses("The envoys met once again in Lima.").map((c) => c.kind)).toEqual(["main"]);
    });

    it("reads 'as long as', 'so long as' and 'as soon as' as the openers of a condition", () => {
      expect(clauses("Talks will resume as long as the rebels stop firing.")[1]).toMatchObject({
        kind: "condition",
        parent: 0,
        opener: "as long as",
        subject: "the rebels",
      });
      expect(clauses("The army agreed to the truce so long as the militia left the city.")[1]).toMatchObject({
        kind: "condition",
        opener: "so long as",
      });
      expect(clauses("The rebels would sign as soon as the army left the city.")[1]).toMatchObject({
        kind: "condition",
        opener: "as soon as",
      });
    });

    it("hangs a condition that opens the sentence on the clause after it", () => {
      const [cond, main] = clauses("If Kyiv withdraws, Moscow will stop its offensive.");
      expect(cond).toMatchObject({ kind: "condition", parent: 1, opener: "if", subject: "Kyiv" });
      expect(main).toMatchObject({ kind: "main", parent: null, subject: "Moscow", head: "stop" });
    });

    it("reads 'after the summit ended' as an adverbial side clause", () => {
      const [, after] = clauses("Putin left Alaska after the summit ended.");
      expect(after).toMatchObject({ kind: "adverbial", parent: 0, opener: "after", subject: "the summit" });
      expect(isSide(after!.kind)).toBe(true);
    });
  });

  describe("coordination", () => {
    it("continues the previous clause after 'and', sharing its subject", () => {
      const all = clauses("Erdogan met Putin in Sochi and said Turkey was ready to host talks.");
      expect(all[0]).toMatchObject({ kind: "main", subject: "Erdogan", head: "met", coordinated: false });
      expect(all[1]).toMatchObject({
        kind: "main",
        opener: "and",
        subject: "Erdogan",
        head: "said",
        coordinated: true,
      });
      expect(all[2]).toMatchObject({ kind: "complement", parent: 1, subject: "Turkey" });
    });

    it("continues the previous clause after 'but'", () => {
      const [, second] = clauses("Putin met Orban in Moscow but rejected a ceasefire.");
      expect(second).toMatchObject({
        kind: "main",
        opener: "but",
        coordinated: true,
        subject: "Putin",
        head: "rejected",
      });
    });

    it("keeps 'and' between two names inside one subject", () => {
      expect(clauses("Zelensky and Trump met in Rome on Saturday.")).toEqual([
        { kind: "main", parent: null, opener: null, subject: "Zelensky and Trump", head: "met", coordinated: false },
      ]);
      const [, what] = clauses("Trump said that he and Putin would meet in Budapest.");
      expect(what).toMatchObject({ kind: "complement", subject: "he and Putin", coordinated: false });
    });

    it("keeps 'neither … nor' inside one subject", () => {
      expect(clauses("Neither Chile nor Peru has signed the treaty.")).toEqual([
        {
          kind: "main",
          parent: null,
          opener: null,
          subject: "Neither Chile nor Peru",
          head: "signed",
          coordinated: false,
        },
      ]);
      expect(clauses("Neither the rebels nor the army have signed the accord.")[0]).toMatchObject({
        subject: "Neither the rebels nor the army",
      });
    });
  });

  describe("quotations", () => {
    it("starts a new clause at a quotation opened after a colon", () => {
      const [told, quote] = clauses('Peskov told reporters: "We are ready for talks."');
      expect(told).toMatchObject({ kind: "main", subject: "Peskov", head: "told" });
      expect(quote).toMatchObject({ kind: "main", parent: null, subject: "We", head: "are" });
    });

    it("keeps a quotation opened inside a clause part of that clause's sentence", () => {
      const all = clauses('Peskov said the Kremlin is doing "what we want" in Ukraine.');
      expect(all[0]).toMatchObject({ kind: "main", head: "said" });
      expect(all[1]).toMatchObject({ kind: "complement", parent: 0, subject: "the Kremlin", head: "doing" });
      // Nothing after the verb of saying starts a sentence of its own.
      expect(all.slice(1).every((c) => c.kind !== "main")).toBe(true);
    });
  });
});
