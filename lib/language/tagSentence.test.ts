import { describe, expect, it } from "vitest";
import { tagSentence, type Token } from "./tagSentence";

const word = (tokens: readonly Token[], text: string): Token => {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token "${text}" in ${tokens.map((x) => x.text).join(" ")}`);
  return t;
};

describe("tagSentence", () => {
  it("reads a base form after a modal, before its object, as a verb ('a truce that would end the war')", () => {
    const posOf = (sentence: string, word: string) => tagSentence(sentence).find((t) => t.lower === word)?.pos;
    expect(posOf("The rebels call for a truce that would end the war.", "end")).toBe("VERB");
    expect(posOf("The end of the war would be welcome.", "end")).toBe("NOUN");
    // (an adjective's form too, before a number: "will free 40 captives")
    expect(posOf("The militia will free 40 of its captives on Monday.", "free")).toBe("VERB");
    expect(posOf("The crossing will be free of checkpoints.", "free")).toBe("ADJ");
  });

  it("reads a figure joined to a noun before an adjective as describing what follows ('a 30-member interim council')", () => {
    const posOf = (sentence: string, word: string) => tagSentence(sentence).find((t) => t.lower === word)?.pos;
    expect(posOf("She will chair a 30-member interim council.", "30-member")).toBe("ADJ");
  });

  it("reads a base form after the plural noun phrase that opens the sentence as its verb ('Both sides call for talks')", () => {
    const posOf = (sentence: string, word: string) => tagSentence(sentence).find((t) => t.lower === word)?.pos;
    expect(posOf("Both sides call for an immediate truce.", "call")).toBe("VERB");
    expect(posOf("Its provisions call for the militia to disarm.", "call")).toBe("VERB");
    // two noun phrases joined by "and", or a plural head before an "of" phrase, are plural too
    expect(posOf("The army and the rebels return to the table in Lomé.", "return")).toBe("VERB");
    expect(posOf("Envoys of the junta and the rebels meet in Accra.", "meet")).toBe("VERB");
    expect(posOf("Envoys of the Patriotic Front and the National Army return to talks.", "return")).toBe("VERB");
    expect(posOf("The head of the junta and the rebels return to the table.", "return")).toBe("NOUN");
    expect(tagSentence("ads").map((t) => t.pos)).toHaveLength(1);
    // a compound noun whose verb comes later stays a noun
    expect(posOf("The talks venue in Oslo was changed.", "venue")).toBe("NOUN");
  });

  it("keeps an -ing noun's own form as its lemma: the act is not the thing ('licensing' is no licence)", () => {
    const lemmaOf = (sentence: string, word: string) => tagSentence(sentence).find((t) => t.lower === word)?.lemma;
    expect(lemmaOf("They discussed a new licensing regime for trucks.", "licensing")).toBe("licensing");
    expect(lemmaOf("The lifting of the blockade was agreed.", "lifting")).toBe("lifting");
    expect(lemmaOf("The sanctions were eased.", "sanctions")).toBe("sanction");
  });

  it("reads an infinitive split by 'first' or 'not' as one ('urged Kyiv to first sign the deal')", () => {
    const first = tagSentence("The envoy urged Kyiv to first sign the deal.");
    expect(word(first, "to").pos).toBe("PART");
    expect(word(first, "first").pos).toBe("ADV");
    expect(word(first, "sign").pos).toBe("VERB");
    expect(word(tagSentence("The rebels chose to not attend the talks."), "attend").pos).toBe("VERB");
    // A place in a ranking is no verb.
    expect(word(tagSentence("The team moved to first place in the league."), "place").pos).toBe("NOUN");
  });

  it("reads an -s form right after a preposition, or after one and its adjective, as a plural noun ('during earlier talks')", () => {
    expect(word(tagSentence("During earlier talks in Oslo, the envoy warned the rebels."), "talks")).toMatchObject({
      pos: "NOUN",
      lemma: "talk",
    });
    expect(word(tagSentence("After lengthy talks, the sides agreed."), "talks").pos).toBe("NOUN");
    // a preposition's set phrase is no noun's
    expect(word(tagSentence("The government in particular wants a deal."), "wants").pos).toBe("VERB");
  });

  it("reads 'war' and 'peace' as nouns where the tagger takes them for verbs ('there will be war')", () => {
    expect(word(tagSentence("If the talks fail, only war will follow."), "war").pos).toBe("NOUN");
    expect(word(tagSentence("There will be war."), "war").pos).toBe("NOUN");
  });

  it("reads a verb's base form after an owner's 's as a noun ('the committee's launch'), not after 'let's'", () => {
    expect(word(tagSentence("The speaker praised the committee's launch."), "launch").pos).toBe("NOUN");
    expect(word(tagSentence("Let's launch the talks now."), "launch").pos).toBe("VERB");
  });

  it("reads a past form between an owner's 's and a noun as describing the noun ('the guard's left hand')", () => {
    expect(word(tagSentence("The guard's left hand was badly hurt."), "left").pos).toBe("ADJ");
    expect(word(tagSentence("The army's stated aim is to take the town."), "stated").pos).toBe("ADJ");
  });

  it("reads what an existential 'there' says exists as a noun ('there are raids on our villages')", () => {
    expect(
      word(tagSentence("If there are raids on our villages from across the border, we will respond."), "raids").pos,
    ).toBe("NOUN");
    expect(word(tagSentence("There were also reports of shelling overnight."), "reports").pos).toBe("NOUN");
  });

  it("reads the bare word after the plural subject of an 'if' clause with no verb as its verb ('if the talks collapse,')", () => {
    expect(word(tagSentence("If the talks collapse, the mediators will leave."), "collapse").pos).toBe("VERB");
    // "since" is a preposition too: what follows its plural may be a compound's noun.
    expect(word(tagSentence("Since the talks breakdown, nothing has moved."), "breakdown").pos).not.toBe("VERB");
  });

  it("reads an -ed word between a form of 'be' and its agent as a passive verb ('were mediated by')", () => {
    expect(word(tagSentence("The talks were mediated by Norway and Cuba."), "mediated")).toMatchObject({
      pos: "VERB",
      lemma: "mediate",
    });
  });

  it("reads an -s word after a name and an adverb of time as the verb ('Norway today marks the anniversary')", () => {
    const posOf = (sentence: string, word: string) => tagSentence(sentence).find((t) => t.lower === word)?.pos;
    expect(
      posOf(
        "OSLO, May 4 (Wire) - Norway today marks the anniversary of the accord, which the two leaders signed in 1994.",
        "marks",
      ),
    ).toBe("VERB");
    expect(posOf("Moscow now wants a pause in the fighting before any talks.", "wants")).toBe("VERB");
    // after a common noun the -s word may be a plural ("the talks today focus"), so only a name counts
    expect(posOf("The rebels say their demands remain the same.", "demands")).toBe("NOUN");
  });

  it("reads an -s word after the name opening a sentence with no verb as the verb ('Lula travels to Brasilia')", () => {
    expect(
      word(tagSentence("Mr. Lula travels to Brasilia tomorrow for talks with the governors."), "travels"),
    ).toMatchObject({
      pos: "VERB",
    });
    // A sentence with a verb of its own keeps the noun.
    expect(word(tagSentence("Chile sanctions on the firm were lifted."), "sanctions").pos).toBe("NOUN");
  });

  it("reads 'further' between a subject and its verb as an adverb ('He further said')", () => {
    const tokens = tagSentence("He further said the talks would resume.");
    expect(tokens[1]).toMatchObject({ text: "further", pos: "ADV" });
    expect(tokens[2]).toMatchObject({ text: "said", pos: "VERB" });
  });

  it("reads an adjective between a plural subject or a name and an article as the verb ('The envoys welcome the …')", () => {
    expect(word(tagSentence("The envoys welcome the start of talks in Doha."), "welcome")).toMatchObject({
      pos: "VERB",
      lemma: "welcome",
    });
    expect(word(tagSentence("Egypt and the United States welcome the truce."), "welcome").pos).toBe("VERB");
    expect(word(tagSentence("We welcome the agreement."), "welcome").pos).toBe("VERB");
    // An adjective that takes a noun phrase as a preposition does stays one.
    expect(word(tagSentence("The talks were worth the effort."), "worth").pos).not.toBe("VERB");
  });

  it("reads a capitalised word right before a verb of saying as a name ('…,\" Hammer told reporters')", () => {
    expect(word(tagSentence('"The army must withdraw," Hammer told reporters.'), "Hammer").pos).toBe("PROPN");
    expect(word(tagSentence("The envoy Bill Burns said the talks were over."), "Burns").pos).toBe("PROPN");
    // a verb in lower case stays one
    expect(word(tagSentence("Those who spoke said the talks were over."), "spoke").pos).toBe("VERB");
  });

  it("reads an -s form between a one-noun subject and an article as the verb ('The meeting marks the first …')", () => {
    expect(word(tagSentence("The meeting marks the first round of direct talks."), "marks").pos).toBe("VERB");
    // a plural noun inside a phrase stays one
    expect(word(tagSentence("He praised the peace talks the envoy hosted."), "talks").pos).toBe("NOUN");
  });

  it("reads an -ing form between a noun and a determiner or plural noun as a participle ('an agreement defining measures')", () => {
    expect(
      word(tagSentence("The sides reached an agreement defining measures to help civilians."), "defining").pos,
    ).toBe("VERB");
    // nouns in -ing stay nouns, and a singular noun after makes a compound
    expect(word(tagSentence("The summit meeting rooms were closed."), "meeting").pos).toBe("NOUN");
  });

  it("reads a base-form noun after a comma that an infinitive follows as the verb (', …, aim to bridge the gap')", () => {
    expect(word(tagSentence("The talks, hosted in Oslo since May, aim to end the war."), "aim").pos).toBe("VERB");
    // A plural, or a noun with its article, stays a noun.
    expect(word(tagSentence("He spoke of aid, efforts to end the war and elections."), "efforts").pos).toBe("NOUN");
  });

  it("gives every token its text, part of speech, lemma and offsets into the sentence", () => {
    const sentence = "Zelensky and Trump met in Rome on Saturday.";
    const tokens = tagSentence(sentence);
    expect(tokens.map((t) => t.text)).toEqual(["Zelensky", "and", "Trump", "met", "in", "Rome", "on", "Saturday", "."]);
    const met = word(tokens, "met");
    expect(met).toMatchObject({ lower: "met", lemma: "meet", pos: "VERB" });
    for (const t of tokens) expect(sentence.slice(t.start, t.end)).toBe(t.text);
  });

  it("lemmatises plural nouns and keeps offsets after a contraction", () => {
    const sentence = "Ukraine's president didn't rule out elections.";
    const tokens = tagSentence(sentence);
    expect(word(tokens, "elections")).toMatchObject({ lemma: "election", pos: "NOUN" });
    const not = tokens.find((t) => t.lemma === "not")!;
    expect(sentence.slice(not.start, not.end)).toBe("n't");
    expect(word(tokens, "rule")).toMatchObject({ pos: "VERB", lemma: "rule" });
  });

  it("reads an -ing form after an article or possessive, with no noun after it, as a noun ('an end to the fighting')", () => {
    expect(word(tagSentence("The rebels ordered an end to the fighting."), "fighting")).toMatchObject({
      pos: "NOUN",
      lemma: "fighting",
    });
    // Before a noun it describes the noun, and elsewhere it is a verb.
    expect(word(tagSentence("They resumed the fighting season."), "fighting").pos).not.toBe("NOUN");
    expect(word(tagSentence("The rebels kept fighting."), "fighting").pos).toBe("VERB");
  });

  it("reads a joint act after names that open a headline as the verb ('Norway, Sudan sign deal')", () => {
    expect(word(tagSentence("Norway, Sudan sign deal aimed at ending war"), "sign").pos).toBe("VERB");
    expect(word(tagSentence("Chad and Niger agree truce after talks"), "agree").pos).toBe("VERB");
    // A noun compound inside a sentence stays one.
    expect(word(tagSentence("The Taliban sign was removed."), "sign").pos).toBe("NOUN");
  });

  it("reads a word of intent after a plural subject and before an infinitive as the verb ('the allies plan to …')", () => {
    expect(word(tagSentence("The rebels plan to attack the town."), "plan").pos).toBe("VERB");
    expect(word(tagSentence("Kyiv's allies plan to tighten sanctions."), "plan").pos).toBe("VERB");
    expect(word(tagSentence("The peace plan to end the war was rejected."), "plan").pos).toBe("NOUN");
  });

  it("reads an -s form that opens the sentence before a past form as a plural noun ('Hopes rose')", () => {
    expect(word(tagSentence("Hopes rose after the talks."), "Hopes").pos).toBe("NOUN");
  });

  it("reads a plural right after a preposition and before 'of' or 'on' as a noun ('from acts of sabotage')", () => {
    expect(word(tagSentence("Both camps must refrain from acts of sabotage."), "acts")).toMatchObject({
      pos: "NOUN",
      lemma: "act",
    });
    expect(word(tagSentence("The deal calls for an end to raids on ports."), "raids").pos).toBe("NOUN");
  });

  it("reads 'warning' after a comma and before what is warned as the participle, and 'a warning' as the noun", () => {
    expect(word(tagSentence("The envoy left, warning he would not return."), "warning")).toMatchObject({
      pos: "VERB",
      lemma: "warn",
    });
    expect(word(tagSentence("Kenya spoke, warning that talks could fail."), "warning").pos).toBe("VERB");
    expect(word(tagSentence("Kenya issued a warning that talks could fail."), "warning").pos).toBe("NOUN");
  });

  it("reads 'thanks' between a name and whom it thanks as the verb, and 'thanks to' as no verb", () => {
    expect(word(tagSentence("Norway thanks Kenya for hosting the talks."), "thanks")).toMatchObject({
      pos: "VERB",
      lemma: "thank",
    });
    expect(word(tagSentence("Thanks to Kenya, the talks went ahead."), "Thanks").pos).not.toBe("VERB");
  });

  it("reads a verb of saying after its subject and before its object as the verb ('the government notes the …')", () => {
    expect(word(tagSentence("The government notes the impossibility of the deal."), "notes").pos).toBe("VERB");
    expect(word(tagSentence('He said the council "notes the failure of the talks."'), "notes").pos).toBe("VERB");
  });

  it("reads a prefixed verb kept whole after 'to' as a verb ('agreed to de-escalate')", () => {
    const tokens = tagSentence("Both sides agreed to de-escalate the conflict.");
    expect(word(tokens, "de-escalate").pos).toBe("VERB");
    expect(word(tokens, "to").pos).toBe("PART");
  });

  it("returns no tokens for an empty or blank sentence", () => {
    expect(tagSentence("")).toEqual([]);
    expect(tagSentence("   ")).toEqual([]);
  });

  describe("hyphenated words", () => {
    it("joins a hyphenated word into one token that takes its last part's tag", () => {
      const sentence = "The cease-fire began after the US-Russia talks on a one-on-one meeting.";
      const tokens = tagSentence(sentence);
      expect(tokens.map((t) => t.text)).toContain("cease-fire");
      expect(tokens.map((t) => t.text)).toContain("US-Russia");
      expect(tokens.map((t) => t.text)).toContain("one-on-one");
      expect(tokens.some((t) => t.text === "-")).toBe(false);
      const ceasefire = word(tokens, "cease-fire");
      expect(ceasefire).toMatchObject({ pos: "NOUN", lemma: "cease-fire", start: 4, end: 14 });
    });

    it("reads a compound ending in a participle as describing its noun ('US-brokered')", () => {
      const tokens = tagSentence("The US-brokered ceasefire took effect on Sunday.");
      expect(word(tokens, "US-brokered")).toMatchObject({ pos: "ADJ", lemma: "us-broker" });
      expect(word(tokens, "ceasefire").pos).toBe("NOUN");
      expect(word(tokens, "took").pos).toBe("VERB");
    });

    it("reads 'long-awaited' before a noun as an adjective", () => {
      const tokens = tagSentence("Kyiv welcomed the long-awaited talks.");
      expect(word(tokens, "long-awaited").pos).toBe("ADJ");
    });

    it("does not join a dash set off by spaces", () => {
      const tokens = tagSentence("Talks resumed - but only briefly.");
      expect(tokens.some((t) => t.text === "-")).toBe(true);
    });
  });

  describe("tag repairs", () => {
    it("reads a past form after a relative pronoun as the verb ('which mediated the deal')", () => {
      const tokens = tagSentence(
        "Qatar's Foreign Ministry, which mediated the deal, said the hostages would be released on Friday.",
      );
      expect(word(tokens, "mediated")).toMatchObject({ pos: "VERB", lemma: "mediate" });
    });

    it("reads a past form after a subject pronoun as the verb ('they signed')", () => {
      expect(word(tagSentence("They signed the agreement."), "signed")).toMatchObject({ pos: "VERB", lemma: "sign" });
    });

    it("reads 'based on' as a preposition, unless an auxiliary makes it a verb ('is based on')", () => {
      expect(word(tagSentence("The routes will reopen based on agreed principles."), "based").pos).toBe("ADP");
      expect(word(tagSentence("The plan is based on agreed principles."), "based").pos).toBe("VERB");
    });

    it("reads a verb's base form after a possessive, or a possessive and a singular noun, as a noun ('his evening address')", () => {
      expect(word(tagSentence("The minister spoke in his evening address."), "address").pos).toBe("NOUN");
      expect(word(tagSentence("She welcomed their visit."), "visit").pos).toBe("NOUN");
      // A plural subject keeps its verb.
      expect(word(tagSentence("He said their leaders meet often."), "meet").pos).toBe("VERB");
      // and after an article that a preposition governs
      expect(word(tagSentence("The premier spoke in an evening address on Sunday."), "address").pos).toBe("NOUN");
    });

    it("reads a past form after a determiner's adverb in -ly, before a noun, as describing it ('the widely praised deal')", () => {
      expect(word(tagSentence("They signed the widely praised agreement."), "praised").pos).toBe("ADJ");
      expect(word(tagSentence("Russia has repeatedly violated agreements."), "violated").pos).toBe("VERB");
      // after a possessive, and before an adjective of the noun
      expect(word(tagSentence("Oslo's newly appointed special envoy met the rebels."), "appointed").pos).toBe("ADJ");
      // "'s" that is "is" opens no noun phrase.
      expect(word(tagSentence("It's widely expected talks will resume."), "expected").pos).toBe("VERB");
    });

    it("reads an -ing form right before an inflected verb as its subject noun ('Since fighting began')", () => {
      expect(word(tagSentence("Since fighting began, the truce has failed."), "fighting").pos).toBe("NOUN");
      expect(word(tagSentence("The army was fighting near the town."), "fighting").pos).toBe("VERB");
    });

    it("reads one quoted word between an adjective and a noun as describing the noun ('separate \"mirror\" deals')", () => {
      expect(word(tagSentence('The two sides signed separate "mirror" deals on Friday.'), "mirror").pos).toBe("ADJ");
    });

    it("reads combat named before a preposition as a noun ('Fighting between the two armies will cease')", () => {
      expect(word(tagSentence("Fighting between the two armies will cease at noon."), "Fighting").pos).toBe("NOUN");
      expect(word(tagSentence("The deal will see shelling along the front stop."), "shelling").pos).toBe("NOUN");
      // After a subject or an auxiliary it is the verb.
      expect(word(tagSentence("Troops fighting in the east were withdrawn."), "fighting").pos).toBe("VERB");
      expect(word(tagSentence("They are fighting in the east."), "fighting").pos).toBe("VERB");
    });

    it("reads a verb of phase before a gerund as a verb ('his country stops attacking')", () => {
      expect(word(tagSentence("His country stops attacking the rebels."), "stops").pos).toBe("VERB");
      expect(word(tagSentence("The army keeps shelling the town."), "keeps").pos).toBe("VERB");
    });

    it("reads 'provided that' after a verb of its clause as a conjunction ('The accord provided that …' keeps its verb)", () => {
      expect(word(tagSentence("Kyiv will sign the accord provided that Moscow signs too."), "provided").pos).toBe(
        "SCONJ",
      );
      expect(word(tagSentence("The accord provided that both armies withdraw."), "provided").pos).toBe("VERB");
    });

    it("reads an -ing form after a preposition or an adjective, before a plural subject, as describing it ('a meeting of negotiating teams will be held', 'thorny remaining issues need work')", () => {
      expect(word(tagSentence("A new meeting of negotiating teams will be held soon."), "negotiating").pos).toBe("ADJ");
      // an -ing form with an object of its own stays the verb
      expect(word(tagSentence("The aim of ending the sanctions is clear."), "ending").pos).toBe("VERB");
      // so does one after an adjective
      expect(word(tagSentence("Several thorny remaining issues need work."), "remaining").pos).toBe("ADJ");
    });

    it("reads an -ing form between a possessive 's and a noun as describing it ('the UN's acting envoy')", () => {
      expect(word(tagSentence("She is the UN's acting envoy to Libya."), "acting").pos).toBe("ADJ");
      expect(word(tagSentence("The president's lead negotiators met the envoy."), "lead").pos).toBe("ADJ");
    });

    it("lemmatises verbs in -e that wink reads as a shorter verb ('raged' is 'rage', not 'rag')", () => {
      const tokens = tagSentence("Fighting raged as rebels waged war; talks slated for May were staged.");
      expect(["raged", "waged", "slated", "staged"].map((w) => word(tokens, w).lemma)).toEqual([
        "rage",
        "wage",
        "slate",
        "stage",
      ]);
    });

    it("lemmatises a regular past form wink leaves whole, after a name or a perfect and an adverb ('mediated' is 'mediate')", () => {
      expect(word(tagSentence("Oman mediated the handover of two sailors."), "mediated")).toMatchObject({
        pos: "VERB",
        lemma: "mediate",
      });
      expect(word(tagSentence("Norway has quietly mediated the exchange of letters."), "mediated")).toMatchObject({
        pos: "VERB",
        lemma: "mediate",
      });
      expect(word(tagSentence("They need more time."), "need").lemma).toBe("need");
      expect(word(tagSentence("The clerks will shred the files."), "shred").lemma).toBe("shred");
    });

    it("reads 'meeting' after a preposition of time, with an object or partner, as the gerund ('after meeting the envoy')", () => {
      expect(word(tagSentence("She spoke after meeting Foreign Minister Ana Ruiz."), "meeting")).toMatchObject({
        pos: "VERB",
        lemma: "meet",
      });
      expect(word(tagSentence("He left before meeting with the rebels."), "meeting").pos).toBe("VERB");
      expect(word(tagSentence("He left after the meeting with the rebels."), "meeting").pos).toBe("NOUN");
    });

    it("reads a verb's base form between a preposition and a mark as a noun (', in turn,')", () => {
      expect(word(tagSentence("The envoy, in turn, offered a plan."), "turn").pos).toBe("NOUN");
      expect(word(tagSentence("The talks were put on hold."), "hold").pos).toBe("NOUN");
      expect(word(tagSentence("They came to talk."), "talk").pos).toBe("VERB");
    });

    it("reads a verb in -s between a clause's opening word and its verb as the plural subject ('where talks began')", () => {
      const tokens = tagSentence("Delegates returned to the hotel where talks began on Monday.");
      expect(word(tokens, "talks")).toMatchObject({ pos: "NOUN", lemma: "talk" });
      expect(word(tagSentence("The envoy knows where he talks best."), "talks").pos).toBe("VERB");
    });

    it("reads such a form after adjectives that a determiner opens as describing the noun ('the newly created negotiating panel')", () => {
      const tokens = tagSentence("Members of the ministry's newly-created negotiating panel will meet the rebels.");
      expect(word(tokens, "negotiating").pos).toBe("ADJ");
      expect(word(tokens, "meet").pos).toBe("VERB");
    });

    it("reads 'am' after a number as the hour's, not the verb ('starting at 4 am local time')", () => {
      expect(word(tagSentence("The truce takes effect at 4 am local time on Wednesday."), "am").pos).toBe("NOUN");
      expect(word(tagSentence("I am ready to meet him."), "am").pos).toBe("AUX");
    });

    it("reads a past participle between a number or determiner and a noun as describing it", () => {
      expect(word(tagSentence("They will return the bodies of 12,000 fallen soldiers."), "fallen").pos).toBe("ADJ");
      expect(word(tagSentence("They agreed on the release of detained fighters."), "detained").pos).toBe("ADJ");
    });

    it("reads a past form that closes a list of adjectives before a noun as one of them", () => {
      const tokens = tagSentence("Both sides agreed to an orderly, smooth and coordinated disarmament.");
      expect(word(tokens, "coordinated")).toMatchObject({ pos: "ADJ" });
      // an -ing form too, after an adjective the tagger took for a noun
      expect(word(tagSentence("Both called for a stable and enduring peace."), "enduring")).toMatchObject({
        pos: "ADJ",
      });
      // and after "but" between two adjectives
      expect(word(tagSentence("Talks went on amid a fragile but holding truce."), "holding").pos).toBe("ADJ");
      // not a verb joined to a clause
      expect(word(tagSentence("The army took the town and continued shelling."), "continued").pos).toBe("VERB");
      expect(word(tagSentence("The envoy was tired but continued talking."), "continued").pos).toBe("VERB");
      expect(word(tagSentence("The council was wary but welcomed talks with the militia."), "welcomed").pos).toBe(
        "VERB",
      );
    });

    it("reads 'lay' before 'down' as the verb 'lay', not the past of 'lie'", () => {
      expect(word(tagSentence("The rebels agreed to lay down their arms."), "lay")).toMatchObject({ lemma: "lay" });
    });

    it("reads a word of saying that closes the sentence after a name and a comma as a verb ('…, Suspilne reports.')", () => {
      expect(word(tagSentence("The minister spoke to journalists, Interfax reports."), "reports")).toMatchObject({
        pos: "VERB",
      });
      expect(word(tagSentence("The ministry denied the reports."), "reports").pos).toBe("NOUN");
    });

    it("reads a hyphenated -ing form joined to a noun before 'of' as a noun ('the interests and well-being of')", () => {
      const tokens = tagSentence("They agree that the interests and well-being of civilians come first.");
      expect(word(tokens, "well-being")).toMatchObject({ pos: "NOUN" });
    });

    it("reads a capitalised -ing form before a title as part of it ('and Acting Prime Minister …')", () => {
      const tokens = tagSentence(
        "The envoy said Prime Minister Hun Manet and Acting Prime Minister Phumtham would meet.",
      );
      expect(word(tokens, "Acting")).toMatchObject({ pos: "ADJ" });
      // A gerund that opens the sentence is still a verb.
      expect(word(tagSentence("Speaking to Reuters, the minister said talks would resume."), "Speaking").pos).toBe(
        "VERB",
      );
    });

    it("reads a word after a possessive or article as a noun ('his address to the G20')", () => {
      const tokens = tagSentence("Modi used his address to the G20 to call for dialogue.");
      expect(word(tokens, "address")).toMatchObject({ pos: "NOUN", lemma: "address" });
      expect(word(tokens, "call").pos).toBe("VERB");
    });

    it("reads a word after an article and a modifier as a noun ('a televised address declaring')", () => {
      const tokens = tagSentence("The president delivered a televised address declaring that the war was over.");
      expect(word(tokens, "address")).toMatchObject({ pos: "NOUN", lemma: "address" });
      expect(word(tokens, "declaring").pos).toBe("VERB");
      // A past form after an article and a modifier stays the verb it is.
      expect(word(tagSentence("The other side said it was ready."), "said").pos).toBe("VERB");
    });

    it("reads 'to' before a quoted verb as the infinitive's marker ('a decree to \"recognise …\"')", () => {
      expect(word(tagSentence('Kyiv issued a decree to "recognise the impossibility of talks."'), "to").pos).toBe(
        "PART",
      );
      expect(word(tagSentence('Peskov referred to "occupied territories" again.'), "to").pos).toBe("ADP");
    });

    it("reads a verb of saying before 'that' as the verb ('American officials note that')", () => {
      const tokens = tagSentence("American officials note that Putin has not changed his demands.");
      expect(word(tokens, "note")).toMatchObject({ pos: "VERB", lemma: "note" });
    });

    it("reads an adjective that ends a possessive's phrase as its noun ('its offensive against Hamas')", () => {
      const tokens = tagSentence("Israel will continue its offensive against Hamas, Netanyahu said.");
      expect(word(tokens, "offensive").pos).toBe("NOUN");
      expect(word(tokens, "continue").pos).toBe("VERB");
    });

    it("reads 'following', 'according' and 'including' before a noun phrase as prepositions", () => {
      const tokens = tagSentence("Following the announcement, officials including Turkey's envoy met.");
      expect(word(tokens, "Following")).toMatchObject({ pos: "ADP", lemma: "following" });
      expect(word(tokens, "including").pos).toBe("ADP");
      expect(word(tagSentence("According to Erdogan, both sides are ready."), "According").pos).toBe("ADP");
    });

    it("reads 'including' before a gerund as a preposition, so the gerund opens no clause of its own", () => {
      const tokens = tagSentence("Moscow set out its terms, including keeping its troops in the east.");
      expect(word(tokens, "including").pos).toBe("ADP");
      expect(word(tokens, "set").pos).toBe("VERB");
      expect(word(tagSentence("Excluding sending troops, every option is open."), "Excluding").pos).toBe("ADP");
    });

    it("reads a plural-looking word between an opening name and an article as the verb ('Russia views the roadmap')", () => {
      expect(word(tagSentence("Russia views the roadmap positively."), "views")).toMatchObject({
        pos: "VERB",
        lemma: "view",
      });
    });

    it("reads a past form after a perfect auxiliary as the verb ('has accomplished its goals')", () => {
      expect(word(tagSentence("Israel has accomplished its goals."), "accomplished")).toMatchObject({
        pos: "VERB",
        lemma: "accomplish",
      });
    });

    it("reads 'last' before a verb as an adverb and 'while' before a noun phrase as a conjunction", () => {
      const tokens = tagSentence("When they last met, they agreed to help the poor while the government paid.");
      expect(word(tokens, "last").pos).toBe("ADV");
      expect(word(tokens, "while").pos).toBe("SCONJ");
      expect(word(tagSentence("The talks stalled for a while."), "while").pos).toBe("NOUN");
    });

    it("joins a compound after an abbreviation with dots ('a U.N.-managed fund')", () => {
      expect(word(tagSentence("They agreed to create a U.N.-managed fund."), "U.N.-managed").pos).toBe("ADJ");
    });

    it("reads a word of intent between a name and an infinitive as the verb ('Iran plan to hold')", () => {
      expect(word(tagSentence("Russia, Turkey and Iran plan to hold a meeting."), "plan")).toMatchObject({
        pos: "VERB",
        lemma: "plan",
      });
      expect(word(tagSentence("The Iran plan to hold talks failed."), "plan").pos).toBe("NOUN");
    });

    it("reads 'Hopes of' opening a sentence as a noun and an -ed word after a noun before a phrase as a verb", () => {
      const tokens = tagSentence("Hopes of a breakthrough in Ukraine dimmed on Friday.");
      expect(word(tokens, "Hopes")).toMatchObject({ pos: "NOUN", lemma: "hope" });
      expect(word(tokens, "dimmed")).toMatchObject({ pos: "VERB", lemma: "dim" });
      // After an opening conjunction, and before "for" too.
      expect(word(tagSentence("But hopes for a solution have risen."), "hopes")).toMatchObject({ pos: "NOUN" });
    });

    it("reads a present verb the tagger took for a noun after a relative 'that' or a plural subject", () => {
      const relative = tagSentence("The accord that facilitates exports has been extended.");
      expect(word(relative, "facilitates")).toMatchObject({ pos: "VERB", lemma: "facilitate" });
      expect(word(tagSentence("The Oslo talks mark a new phase."), "mark").pos).toBe("VERB");
      // Not once the sentence has its verb, nor "that" after a verb.
      expect(word(tagSentence("He said the rebels' talks mark the end."), "mark").pos).not.toBe("VERB");
      expect(word(tagSentence("He said that talks resumed."), "talks").pos).toBe("NOUN");
    });

    it("reads a participle between a possessive and a noun as an adjective ('Russia's stated commitment')", () => {
      expect(word(tagSentence("Putin reiterated Russia's stated commitment to end the war."), "stated").pos).toBe(
        "ADJ",
      );
    });

    it("reads a plural joined to a plural noun after a preposition as a noun ('to texts and calls seeking')", () => {
      expect(
        word(tagSentence("The minister did not respond to texts and calls seeking comment."), "calls"),
      ).toMatchObject({ pos: "NOUN" });
      expect(word(tagSentence("Russia sends troops and calls for talks."), "calls").pos).toBe("VERB");
    });

    it("reads an -ed word after a perfect auxiliary as the verb, even one the tagger took for a noun", () => {
      expect(word(tagSentence("The arrest had invalidated their peace deal."), "invalidated")).toMatchObject({
        pos: "VERB",
        lemma: "invalidate",
      });
    });

    it("keeps a name with letters beyond Latin-1 one token, as written ('Erdoğan', 'Nguyễn')", () => {
      const tokens = tagSentence("President Erdoğan met Nguyễn Phú Trọng in İstanbul.");
      expect(tokens.map((t) => t.text)).toEqual([
        "President",
        "Erdoğan",
        "met",
        "Nguyễn",
        "Phú",
        "Trọng",
        "in",
        "İstanbul",
        ".",
      ]);
      expect(word(tokens, "met")).toMatchObject({ pos: "VERB", lemma: "meet" });
    });

    it("reads a verb of asking or intent after a name that opens a clause as the verb ('Ukraine demands ceasefire')", () => {
      expect(word(tagSentence("They differ: Ukraine demands ceasefire before talks begin."), "demands")).toMatchObject({
        pos: "VERB",
        lemma: "demand",
      });
      expect(word(tagSentence("Russia plans talks in May."), "plans").pos).toBe("VERB");
      expect(word(tagSentence("Ukraine demands were rejected."), "demands").pos).toBe("NOUN");
      // after a dateline's dash too
      expect(word(tagSentence("KYIV (AP) - Ukraine plans talks in May."), "plans").pos).toBe("VERB");
      expect(word(tagSentence("LONDON - Britain reserves the right to respond."), "reserves")).toMatchObject({
        pos: "VERB",
        lemma: "reserve",
      });
    });

    it("reads a phrasal verb's third-person form after its subject and before the particle as the verb ('the plan rules out a truce')", () => {
      expect(word(tagSentence("The draft rules out a truce before elections."), "rules")).toMatchObject({
        pos: "VERB",
        lemma: "rule",
      });
      expect(word(tagSentence("Beijing sets out a timeline for talks."), "sets").pos).toBe("VERB");
      expect(word(tagSentence("The house rules of the assembly apply."), "rules").pos).toBe("NOUN");
    });

    it("reads a capitalised 'verb' after a name in running text as part of the name ('the Holy See would')", () => {
      expect(word(tagSentence("Officials said the Green Sees would not attend."), "Sees").pos).toBe("PROPN");
      // A headline capitalises its verbs, and a verb after a clause's subject stays one.
      expect(word(tagSentence("Kyiv Says Talks Stalled In Geneva"), "Says").pos).toBe("VERB");
      expect(word(tagSentence("Kyiv said Hamas Rejects the plan."), "Rejects").pos).toBe("VERB");
    });

    it("reads a noun-or-verb word after a name and its weekday as the verb ('Lavrov on Friday cast doubt')", () => {
      expect(word(tagSentence("Foreign Minister Ana Ruiz on Friday cast doubt over the venue."), "cast").pos).toBe(
        "VERB",
      );
      // A part of the day is the date's; past a verb the name is no subject.
      expect(word(tagSentence("Ruiz arrived in Lima on Tuesday afternoon local time."), "afternoon").pos).toBe("NOUN");
    });

    it("reads a verb's -s form right after a phrasal verb's particle as its object ('put forward demands')", () => {
      expect(word(tagSentence("The militia put forward demands to join the truce."), "demands").pos).toBe("NOUN");
      expect(word(tagSentence("Hanoi has laid out plans for the summit."), "plans").pos).toBe("NOUN");
      // A relative clause ends with the particle, and the verb of the sentence follows.
      expect(word(tagSentence("The plan Hanoi put forward calls for a truce."), "calls").pos).toBe("VERB");
      expect(word(tagSentence("The plan that Hanoi put forward calls for a truce."), "calls").pos).toBe("VERB");
      expect(word(tagSentence("The plan the envoys drew up calls for a truce."), "calls").pos).toBe("VERB");
      expect(word(tagSentence("The militia this week put forward demands for a withdrawal."), "demands").pos).toBe(
        "NOUN",
      );
    });

    it("reads an acronym after a determiner or a name as a name, not a verb ('the New START treaty')", () => {
      expect(word(tagSentence("Moscow left the New START treaty."), "START").pos).toBe("PROPN");
    });

    it("reads 'acting', 'outgoing' or 'incoming' before a capitalised word as part of a title", () => {
      expect(word(tagSentence("The envoy met the rebels and acting Malian President Ali Traore."), "acting").pos).toBe(
        "ADJ",
      );
      expect(word(tagSentence("The army is acting on orders."), "acting").pos).toBe("VERB");
    });

    it("reads 'new' after an article as an adjective, before an adjective too ('the new chief negotiator')", () => {
      expect(word(tagSentence("The talks were led by the new chief negotiator."), "new").pos).toBe("ADJ");
    });

    it("keeps a verb that may be a preposition a verb after an auxiliary", () => {
      expect(word(tagSentence("Washington has given Caracas a month."), "given").pos).toBe("VERB");
      expect(word(tagSentence("Given the risks, talks stalled."), "Given").pos).not.toBe("VERB");
    });

    it("lemmatises a common noun capitalised at the start of a sentence", () => {
      expect(word(tagSentence("Negotiations intensified over the weekend."), "Negotiations").lemma).toBe("negotiation");
      // The sentence opens again after a dateline's dash or its date in figures, and only there.
      expect(word(tagSentence("NAIROBI, Kenya (AP) — Negotiations resumed on Monday."), "Negotiations").lemma).toBe(
        "negotiation",
      );
      expect(word(tagSentence("Geneva 14.05.2024 Negotiations resumed on Monday."), "Negotiations").lemma).toBe(
        "negotiation",
      );
      // (a dash typed as two hyphens too)
      expect(word(tagSentence("Geneva -- Talks to settle the dispute were suspended."), "Talks").lemma).toBe("talk");
      expect(word(tagSentence("The envoy said — Negotiations Week aside — little."), "Negotiations").lemma).not.toBe(
        "negotiation",
      );
    });
  });
});
