import { describe, expect, it } from "vitest";
import triggers from "../../content/triggers.json";
import { loadLexicon } from "../signals/lexicon";
import { analyseSentence } from "./analyseSentence";
import { findFrames, frameOfClause } from "./frames";

const lex = loadLexicon(triggers);

/** The frames of a sentence, with verb, speaker and content as words. */
function frames(sentence: string) {
  const a = analyseSentence(sentence, { reporting: lex.framing, reportingThat: lex.framingThat });
  const text = (from: number, to: number) =>
    a.tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(" ");
  const clauseText = (i: number) => {
    const c = a.clauses[i]!;
    return text(c.start, c.end).replace(/[\s,."]+$/, "");
  };
  const found = findFrames(a, lex.framing, lex.framingThat);
  return {
    a,
    found,
    shown: found.map((f) => ({
      verb: a.tokens[f.verb]!.text,
      speaker: f.speaker ? text(f.speaker[0], f.speaker[1]) : null,
      content: f.content.map(clauseText),
    })),
  };
}

describe("findFrames", () => {
  it("reads an attribution closed by another ('…,\" X said, an outlet reported') as the outlet's report of X", () => {
    expect(frames('"We will send a delegation to Geneva," Zelensky said, the Courier reported.').shown).toEqual([
      { verb: "reported", speaker: "the Courier", content: ["Zelensky said"] },
      { verb: "said", speaker: "Zelensky", content: ["We will send a delegation to Geneva"] },
    ]);
  });

  it("reads 'X said that …' with X as speaker and the complement as what was said", () => {
    expect(frames("Peskov said that talks will resume next week.").shown).toEqual([
      { verb: "said", speaker: "Peskov", content: ["that talks will resume next week"] },
    ]);
  });

  it("reads a gerund of saying that describes a statement as the issuer's frame ('issued a statement saying …')", () => {
    expect(frames("The militia issued a statement saying it was ready for talks.").shown).toEqual([
      { verb: "saying", speaker: "The militia", content: ["it was ready for talks"] },
    ]);
  });

  it("reads a verb of saying that ends its sentence on a colon as opening what follows ('… said:')", () => {
    expect(frames("After the meeting in Geneva, the Norwegian envoy Kari Lunde said:").shown).toEqual([
      { verb: "said", speaker: "the Norwegian envoy Kari Lunde", content: [] },
    ]);
    // What follows the colon in the same sentence is what was said, as before.
    expect(frames("The envoy said: the talks will go on.").shown[0]!.content).toEqual(["the talks will go on"]);
  });

  it("reads a clarification as a statement ('clarified that …')", () => {
    const { shown } = frames("The adviser clarified that Kyiv is not signing the deal.");
    expect(shown).toEqual([
      { verb: "clarified", speaker: "The adviser", content: ["that Kyiv is not signing the deal"] },
    ]);
  });

  it("reads what a text 'read' as what it says ('…,\" the statement read')", () => {
    expect(frames('"Both sides agree to a ceasefire," the joint communique read.').shown).toEqual([
      { verb: "read", speaker: "the joint communique", content: ["Both sides agree to a ceasefire"] },
    ]);
  });

  it("reads a disclosure as a statement ('disclosed that …')", () => {
    expect(frames("The envoy disclosed that the two sides had met twice.").shown).toEqual([
      { verb: "disclosed", speaker: "The envoy", content: ["that the two sides had met twice"] },
    ]);
  });

  it("reads a verb that reports only a clause of 'that' as a frame of that clause alone ('announced that …')", () => {
    expect(frames("Trump announced that the two sides had agreed to a ceasefire.").shown).toEqual([
      { verb: "announced", speaker: "Trump", content: ["that the two sides had agreed to a ceasefire"] },
    ]);
    expect(frames("Biden announced what he called a new proposal.").shown).toEqual([]);
    expect(frames("Putin announces truce, calls on Kyiv to follow.").shown).toEqual([]);
  });

  it("reads no closing attribution in a passive whose subject was made known ('The accord was announced by …')", () => {
    expect(
      frames("The accord was announced by Norway on Monday, after the council endorsed the text.").found.filter(
        (f) => f.clause === 0,
      ),
    ).toEqual([]);
    expect(frames("The truce will hold until Friday, it was announced on Monday.").shown).toMatchObject([
      { verb: "announced" },
    ]);
  });

  it("reads such a verb as a frame of a clause whose subject follows it at once ('announced Thursday it …')", () => {
    expect(frames("The junta announced Thursday it has ended the peace deal.").shown).toEqual([
      { verb: "announced", speaker: "The junta", content: ["it has ended the peace deal"] },
    ]);
    expect(frames("The army announced a truce would begin on Monday.").shown).toEqual([
      { verb: "announced", speaker: "The army", content: ["a truce would begin on Monday"] },
    ]);
    expect(frames("The army announced on Monday a truce.").shown).toEqual([]);
  });

  it("reads 'X said …' without 'that'", () => {
    expect(frames("Peskov said talks will resume next week.").shown).toEqual([
      { verb: "said", speaker: "Peskov", content: ["talks will resume next week"] },
    ]);
  });

  it("reads 'X made it clear that …' as X saying it, unless someone reports it", () => {
    expect(frames("The envoy made it clear that talks would resume.").shown).toEqual([
      { verb: "made", speaker: "The envoy", content: ["that talks would resume"] },
    ]);
    const reported = frames("The aide said the envoy had made it clear that talks would resume.").shown;
    expect(reported.map((f) => f.speaker)).toEqual(["The aide"]);
  });

  it("reads a speaker closing the sentence after a long clause of saying as framing all of it", () => {
    const { shown } = frames(
      "It is too soon to say what the sides can settle, with no talks under way, the foreign minister said in an interview with the evening news show on state television.",
    );
    const closing = shown.find((f) => f.verb === "said");
    expect(closing?.speaker).toBe("the foreign minister");
    expect(closing?.content).toContain("It is too soon to say");
  });

  it("takes every clause hanging on the complement into what was said", () => {
    const { shown } = frames("Putin said he was ready to meet Zelensky, but only in Moscow.");
    expect(shown).toHaveLength(1);
    expect(shown[0]!.speaker).toBe("Putin");
    expect(shown[0]!.content).toEqual(["he was ready", "to meet Zelensky , but only in Moscow"]);
  });

  it("reads a closing attribution ('\"…,\" Peskov said') as the frame of the words before it", () => {
    const { a, found, shown } = frames('"We are ready for talks," Peskov said.');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.verb).toBe("said");
    expect(shown[0]!.content).toEqual(["We are ready for talks"]);
    // The speaker phrase ends with the name.
    expect(a.tokens[found[0]!.speaker![1] - 1]!.text).toBe("Peskov");
  });

  it("reads a closing attribution without quotation marks ('…, an official said')", () => {
    const { shown } = frames("Russia wants a deal by the summer, an official said.");
    expect(shown).toEqual([{ verb: "said", speaker: "an official", content: ["Russia wants a deal by the summer"] }]);
  });

  it("reads no closing attribution in a verb an infinitive completes ('…, the leaders are expected to sign')", () => {
    const { shown } = frames("The mediator says, the two leaders are expected to sign a deal.");
    expect(shown.map((f) => f.verb)).toEqual(["says"]);
    // An infinitive of saying still closes one.
    const told = frames("The army must leave the border first, the envoy is expected to tell the council.").shown;
    expect(told.map((f) => f.speaker)).toContain("the envoy");
    const perfect = frames("The rebels are ready to free the hostages, Qatar is said to have told Washington.").shown;
    expect(perfect.map((f) => f.speaker)).toContain("Qatar");
    // (nor does one to respond, after "and")
    expect(
      frames("The rebels rejected the plan on Friday, and the army is expected to respond within days.").shown,
    ).toEqual([]);
    // (a verb of saying with an object of its own says nothing)
    expect(frames("The envoy says, the leaders are expected to conclude an agreement.").shown).toHaveLength(1);
  });

  it("reads no closing attribution after a phrase with a clause on the frame's own clause ('During a meeting that followed …, X described …')", () => {
    expect(
      frames("During a meeting that followed the signing, the envoy described the accord as a step towards peace.")
        .shown,
    ).toEqual([]);
  });

  it("reads no closing attribution in a relative clause ('…, which the envoy described as constructive')", () => {
    expect(frames("The rebels met the mediators, which the envoy described as constructive.").shown).toEqual([]);
  });

  it("reads a closing attribution whose long phrase of where and when opens on the day ('…, officials said Friday from …')", () => {
    expect(
      frames(
        "The rebels have agreed to a truce, officials said Friday from Oslo at the end of the second round of talks.",
      ).shown,
    ).toEqual([{ verb: "said", speaker: "officials", content: ["The rebels have agreed to a truce"] }]);
  });

  it("reads a closing attribution that names whom it told, however many, before where ('…, he told A and other envoys at a meeting')", () => {
    expect(
      frames("The army is ready to withdraw, he told the mediator and other senior foreign envoys at a meeting.").shown,
    ).toEqual([{ verb: "told", speaker: "he", content: ["The army is ready", "to withdraw"] }]);
  });

  it("reads a verb that otherwise frames only 'that' as closing the words before it when nothing follows but when", () => {
    expect(frames("The two sides held talks in the capital, the envoy announced on Wednesday.").shown).toEqual([
      { verb: "announced", speaker: "the envoy", content: ["The two sides held talks in the capital"] },
    ]);
    expect(frames("Hamas rejected the plan, Israel announced a new offensive.").shown).toEqual([]);
  });

  it("closes the words before it with a name and its role set off by commas as the speaker ('…, Ana Ruiz, spokeswoman for the ministry, announced on Friday')", () => {
    const found = frames(
      "Peru has agreed to reopen two border crossings, Ana Ruiz, spokeswoman for the Chilean Foreign Ministry, announced on Friday.",
    ).shown;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      verb: "announced",
      speaker: "Ana Ruiz , spokeswoman for the Chilean Foreign Ministry",
    });
    // A participle inside the sentence describes a noun; it closes nothing.
    expect(frames("The truce, announced on Friday, collapsed within hours.").shown).toEqual([]);
  });

  it("reads no closing attribution in a verb of saying with what it is 'of' ('…, as the president warned of military action')", () => {
    expect(frames("The talks resumed amid tension, as the president warned of military action.").shown).toEqual([]);
    expect(frames("Russia wants a deal by the summer, an official warned.").shown).toHaveLength(1);
    expect(frames('"They never kept their word," the minister said of the rebels.').shown).toHaveLength(1);
  });

  it("takes whoever issued a statement as its speaker ('A statement issued by the office of X said …')", () => {
    expect(frames("A statement released by the Kremlin said talks would resume.").shown).toEqual([
      { verb: "said", speaker: "A statement released by the Kremlin", content: ["talks would resume"] },
    ]);
  });

  it("takes the name after an 'according to' aside as a closing speaker, not the place before it", () => {
    const { found, a } = frames(
      "The rebels accepted the truce after talks in Jeddah, Saudi Arabia, according to a joint statement, Reuters reports.",
    );
    const closing = found.find((f) => a.tokens[f.verb]!.lower === "reports");
    expect(closing && a.tokens.slice(closing.speaker![0], closing.speaker![1]).map((t) => t.text)).toEqual(["Reuters"]);
  });

  it("reads no frame in a verb of saying whose object a relative clause describes ('confirmed the deal, which …')", () => {
    expect(frames("The president confirmed the deal, which includes a truce.").shown).toEqual([]);
  });

  it("reads no frame of what follows the comma in a verb of saying with an object of its own ('declared a truce on Friday, …')", () => {
    const { shown } = frames("The rebels declared a truce on Friday, a radio station close to the group said.");
    expect(shown.find((f) => f.verb === "declared")).toBeUndefined();
    expect(shown.find((f) => f.verb === "said")?.content).toEqual(["The rebels declared a truce on Friday"]);
  });

  it("reads an inverted closing attribution after a quotation ('…,\" said an official')", () => {
    const { shown } = frames('"Russia wants a deal by the summer," said an official.');
    expect(shown).toEqual([{ verb: "said", speaker: "an official", content: ["Russia wants a deal by the summer"] }]);
  });

  it("reads an inverted closing attribution whose speaker's role follows between commas", () => {
    expect(
      frames('"Today is a good day for the people," said Jane Doe, the acting envoy to the troubled country.').shown,
    ).toEqual([{ verb: "said", speaker: "Jane Doe", content: ["Today is a good day for the people"] }]);
  });

  it("reads 'X said: \"…\"' as the frame of the quotation after the colon", () => {
    expect(frames('Peskov told reporters: "We are ready for talks."').shown).toEqual([
      { verb: "told", speaker: "Peskov", content: ["We are ready for talks"] },
    ]);
  });

  it("reads 'according to X, …' as a frame without a reporting clause", () => {
    const { found, shown } = frames("According to Erdogan, both sides are ready to meet in Istanbul.");
    expect(found).toHaveLength(1);
    expect(found[0]!.clause).toBeNull();
    expect(shown[0]).toEqual({
      verb: "According",
      speaker: "Erdogan",
      content: ["both sides are ready", "to meet in Istanbul"],
    });
  });

  it("reads '…, adding that …' as a frame whose speaker is the subject of the clause it continues", () => {
    const { shown } = frames("Peskov praised the talks, adding that a new round was possible.");
    expect(shown).toEqual([{ verb: "adding", speaker: "Peskov", content: ["that a new round was possible"] }]);
  });

  it("gives each clause to the innermost frame that reports it", () => {
    const { a, found, shown } = frames(
      "Peskov said the talks were constructive, adding that a new round was possible.",
    );
    // ", adding that …" goes on with the one who said: Peskov adds, the talks do not.
    expect(shown).toEqual([
      { verb: "adding", speaker: "Peskov", content: ["that a new round was possible"] },
      { verb: "said", speaker: "Peskov", content: ["the talks were constructive"] },
    ]);
    const owner = frameOfClause(a, found);
    const round = a.clauses.findIndex((c) => c.opener === "that");
    expect(found[owner[round]!]!.verb).toBe(a.tokens.findIndex((t) => t.text === "adding"));
  });

  it("does not frame a negated verb of saying, nor a verb of saying with nothing said", () => {
    expect(frames("Peskov did not say when talks would resume.").found).toEqual([]);
    expect(frames("Zelensky met Trump in Rome on Saturday.").found).toEqual([]);
  });

  it("gives a clause after a colon that spells out what was reported to the same frame", () => {
    const { a, found } = frames(
      "The ministry said the pullback would be delayed because the deal was not yet honoured: the rebels must first disarm.",
    );
    const after = a.clauses.findIndex(
      (c) => a.tokens[c.start]!.text === "the" && a.tokens[c.start + 1]!.text === "rebels",
    );
    expect(frameOfClause(a, found)[after]).toBe(0);
    // (a colon after a clause no one reports leaves the next clause unreported too)
    const plain = frames("The army held the town for a week: the rebels must first disarm.");
    expect(frameOfClause(plain.a, plain.found).every((f) => f === -1)).toBe(true);
  });

  it("marks the clauses no frame reports with -1", () => {
    const { a, found } = frames("Erdogan met Putin in Sochi and said Turkey was ready to host talks.");
    expect(frameOfClause(a, found)).toEqual([-1, -1, 0, 0]);
    expect(found[0]!.speaker).toEqual(a.clauses[0]!.subject);
  });
});
