import { describe, expect, it } from "vitest";
import triggers from "../../content/triggers.json";
import { analyseSentence } from "../clauses/analyseSentence";
import { findFrames } from "../clauses/frames";
import { loadLexicon } from "../signals/lexicon";
import { sentenceSignals } from "./sentenceSignals";
import { summariseClauses } from "./summarise";

const lex = loadLexicon(triggers);

/** The summary of each event of a sentence, as the pipeline writes it. */
function summaries(sentence: string, subjectName: string | null = null): string[] {
  const a = analyseSentence(sentence, { reporting: lex.framing });
  const drafts = sentenceSignals(a, findFrames(a, lex.framing), lex, () => [], { minStrength: 2 });
  return drafts.map((d) =>
    summariseClauses(a, d.clauses, subjectName, d.frame?.clause != null ? a.clauses[d.frame.clause]! : null),
  );
}

describe("summariseClauses", () => {
  it("states the event clause from its subject on, as a sentence", () => {
    expect(summaries("Zelensky rejected the proposal on Monday.")).toEqual([
      "Zelensky rejected the proposal on Monday.",
    ]);
  });

  it("keeps a speaker who comes first when the claim alone is too short ('An official, who …, said the talks had stalled')", () => {
    expect(summaries("A diplomat, who asked not to be named, said the talks had stalled.")).toEqual([
      "A diplomat, who asked not to be named, said the talks had stalled.",
    ]);
  });

  it("states a participle describing the noun it follows in the passive ('A truce was signed in 2015')", () => {
    const a = analyseSentence("A truce signed in 2015 collapsed after a year.", { reporting: lex.framing });
    expect(summariseClauses(a, [0], null)).toBe("A truce was signed in 2015.");
    const b = analyseSentence("Two truces brokered by Qatar collapsed.", { reporting: lex.framing });
    expect(summariseClauses(b, [0], null)).toBe("Two truces were brokered by Qatar.");
  });

  it("names the thing an object relative's pronoun stands for as its object ('X described the meeting as …')", () => {
    expect(summaries("The envoys met in Lima on a draft, which the rebels rejected on Friday.")).toEqual([
      "The envoys met in Lima on a draft.",
      "The rebels rejected a draft on Friday.",
    ]);
    expect(summaries("The aide went with him to the meeting, which the palace described as frank.")[1]).toBe(
      "The palace described the meeting as frank.",
    );
  });

  it("leaves no verb of saying at the end whose quotation is an event of its own", () => {
    // The quotation after "saying" starts a clause of its own, which the event leaves out.
    const a = analyseSentence(
      'Ana Ruiz Vela announced that she had decided to end the offensive, saying "the lesson has been taught."',
      {
        reporting: lex.framing,
      },
    );
    const saying = a.clauses.findIndex((c) => c.group && a.tokens[c.group.head]!.lower === "saying");
    expect(summariseClauses(a, [1, 2, saying], null)).toBe("She had decided to end the offensive.");
  });

  it("states a condition set on joined verbs with all of them", () => {
    expect(summaries("He said Moscow would only cease fire and enter talks if the army withdraws.")).toEqual([
      "Moscow would only cease fire and enter talks if the army withdraws.",
    ]);
  });

  it("reads a question with the clause that asks it ('unclear whether a deal was possible')", () => {
    expect(summaries("The minister said it was still unclear whether a deal was possible.")).toEqual([
      "It was still unclear whether a deal was possible.",
    ]);
    expect(summaries("We do not know if the rebels are ready to engage, the envoy said.")).toEqual([
      "We do not know if the rebels are ready to engage.",
    ]);
  });

  it("states a quotation without who said it, whatever the clause took in after it", () => {
    expect(
      summaries('"The delegation will continue the talks," the rebels\' political chief, Ali Hamid, said.'),
    ).toEqual(["The delegation will continue the talks."]);
    expect(
      summaries('"We want a deal by May," the government\'s chief negotiator, said the minister, Ana Ruiz.'),
    ).toEqual(["We want a deal by May."]);
  });

  it("leaves no article or preposition hanging where a quotation or side clause was cut off ('dreams of.')", () => {
    for (const summary of summaries(
      'Putin is determined to continue the war because he dreams of "restoring the old empire."',
    ))
      expect(summary).not.toMatch(/\b(?:of|in|the)\.$/);
  });

  it("goes on to the end of a quotation that opens where the clause was cut, on a word that cannot end it", () => {
    expect(summaries('The two factions agreed on steps that "ease daily life in the border towns."')).toContain(
      'The two factions agreed on steps that "ease daily life in the border towns."',
    );
    expect(summaries('Peace should not be achieved by "enlarging military alliances."')).toContain(
      'Peace should not be achieved by "enlarging military alliances."',
    );
  });

  it("states a duty with its noun ('the need to …'), not with the subject of the verb it sits under", () => {
    expect(
      summaries("It all began with the president's words about the need to provide Kyiv with security guarantees."),
    ).toEqual(["The need to provide Kyiv with security guarantees."]);
  });

  it("names the subject a sentence-opening participle shares in front of it, the participle no longer capitalised", () => {
    expect(summaries("Rejecting the plan, the minister walked out of the talks.")).toEqual([
      "The minister rejecting the plan.",
    ]);
  });

  it("names the shared subject of a clause that opens on a phrase of time after 'and'", () => {
    const all = summaries(
      'The minister praised the army, promised to fight on, and in 2021 signed an order declaring any talks "pointless."',
    );
    expect(all).toContain('The minister in 2021 signed an order declaring any talks "pointless."');
  });

  it("leaves out a relative clause that sets the scene before the event, and keeps one inside its subject", () => {
    expect(
      summaries(
        "At a news conference after the summit, which gathered leaders of 90 countries, the envoy insisted that talks must include Kyiv.",
      )[0],
    ).toBe("The envoy insisted that talks must include Kyiv.");
    expect(
      summaries(
        "The rebel group, which opened talks with the government in 2022, announced the suspension of talks.",
      )[0],
    ).toBe("The rebel group, which opened talks with the government in 2022, announced the suspension of talks.");
  });

  it("leaves out a clause of time that opens the sentence ('When they last met, …')", () => {
    expect(summaries("When they last met in May, the two sides agreed to exchange prisoners.")).toContain(
      "The two sides agreed to exchange prisoners.",
    );
  });

  it("names what a relative clause describes as its subject ('the agreement, which was initialed …')", () => {
    const a = analyseSentence(
      "The envoy said the monitoring plan is part of the agreement, which was initialed by both teams on June 18.",
      { reporting: lex.framing },
    );
    const initialed = a.clauses.findIndex((c) => c.group && a.tokens[c.group.head]!.text === "initialed");
    expect(summariseClauses(a, [initialed], null)).toBe("The agreement was initialed by both teams on June 18.");
  });

  it("names the noun a time after it dates, not the time, as what a relative clause describes ('a clash in June that …')", () => {
    const a = analyseSentence("Ties soured after a clash in June that wounded two guards.", { reporting: lex.framing });
    const wounded = a.clauses.findIndex((c) => c.group && a.tokens[c.group.head]!.text === "wounded");
    expect(summariseClauses(a, [wounded], null)).toBe("A clash in June wounded two guards.");
  });

  it("writes out a clitic of the pronoun it names ('he'd spoken' → 'X had spoken')", () => {
    expect(summaries("He’d spoken with the envoy about the truce.", "Trump")).toEqual([
      "Trump had spoken with the envoy about the truce.",
    ]);
    expect(summaries("She'll meet the envoy in Doha.", "Meloni")).toEqual(["Meloni will meet the envoy in Doha."]);
  });

  it("does not end on a conjunction left where the clause was cut", () => {
    expect(
      summaries(
        'The envoy said the talks were "very constructive" and "we have narrowed the gaps" between the sides.',
      )[0],
    ).not.toMatch(/\band\.$/);
  });

  it("closes or opens a quotation the clause cut in two", () => {
    expect(summaries('The envoy called the offer "a trap," and Moscow rejected it.')[0]).toMatch(
      /^The envoy called the offer "a trap\."$/,
    );
    expect(summaries('They said: "We are ready to agree on a truce".').at(-1)).toBe(
      '"We are ready to agree on a truce".',
    );
  });

  it("drops a lead-in ('It is also noted that')", () => {
    expect(summaries("It is also noted that Moscow is ready for talks.")).toEqual(["Moscow is ready for talks."]);
  });

  it("drops an 'according to' attribution, before or after the claim, and an 'As X said,' lead-in", () => {
    expect(summaries("According to the agency, Moscow is ready for talks.")).toEqual(["Moscow is ready for talks."]);
    expect(summaries("Moscow is ready for talks, according to the agency.")).toEqual(["Moscow is ready for talks."]);
    expect(summaries("As the agency reported, the two sides will meet again in Doha.")).toEqual([
      "The two sides will meet again in Doha.",
    ]);
  });

  it("drops a closing attribution and the quotation marks", () => {
    expect(summaries('"We are ready for talks," Peskov said.')).toEqual(["We are ready for talks."]);
    expect(summaries("Moscow is ready for talks, the spokesman said.")).toEqual(["Moscow is ready for talks."]);
  });

  it("drops the speaker of an inverted attribution that closes the claim", () => {
    const a = analyseSentence(
      "The advisers agreed that a truce should hold after the talks, Russia's chief negotiator, Dmitry Kozak, said.",
      { reporting: lex.framing },
    );
    const frames = findFrames(a, lex.framing);
    const drafts = sentenceSignals(a, frames, lex, () => [], { minStrength: 2 });
    expect(
      drafts.map((d) =>
        summariseClauses(a, d.clauses, null, d.frame?.clause != null ? a.clauses[d.frame.clause]! : null),
      ),
    ).toContain("The advisers agreed that a truce should hold after the talks.");
  });

  it("drops the frame and the 'that' of reported speech, capitalising what is left", () => {
    expect(summaries("Peskov said that talks will resume next week.")).toEqual(["Talks will resume next week."]);
  });

  it("replaces a pronoun subject with the actor it refers to", () => {
    expect(summaries("He rejected the proposal.", "Volodymyr Zelensky")).toEqual([
      "Volodymyr Zelensky rejected the proposal.",
    ]);
  });

  it("keeps the adverbs after a pronoun it replaces ('He also called …')", () => {
    expect(summaries("He also called for all prisoners to be released.", "Volodymyr Zelensky")).toEqual([
      "Volodymyr Zelensky also called for all prisoners to be released.",
    ]);
  });

  it("replaces a role noun subject with the actor it refers to", () => {
    expect(summaries("The chancellor urged Putin to negotiate.", "Olaf Scholz")).toEqual([
      "Olaf Scholz urged Putin to negotiate.",
    ]);
  });

  it("replaces a role noun with a demonym ('The Ukrainian leader') with the actor it refers to", () => {
    expect(summaries("The Ukrainian leader called for a prisoner exchange.", "Volodymyr Zelensky")).toEqual([
      "Volodymyr Zelensky called for a prisoner exchange.",
    ]);
  });

  it("keeps a subject that is already a name", () => {
    expect(summaries("Zelensky rejected the proposal.", "Volodymyr Zelensky")).toEqual([
      "Zelensky rejected the proposal.",
    ]);
  });

  it("keeps the clauses hanging on the event clause", () => {
    expect(summaries("Russia will hold talks only if Ukraine withdraws its troops.")).toEqual([
      "Russia will hold talks only if Ukraine withdraws its troops.",
    ]);
  });

  it("cuts a long summary at a word with an ellipsis", () => {
    const long = `Russia is ready for talks on ${Array.from({ length: 40 }, (_, i) => `issue${i}`).join(" and ")}.`;
    const [summary] = summaries(long);
    expect(summary!.length).toBeLessThanOrEqual(221);
    expect(summary).toMatch(/^Russia is ready for talks on issue0 and issue1 .*issue\d+…$/);
  });
});
