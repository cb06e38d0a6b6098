import { describe, expect, it } from "vitest";
import type { ActorMention } from "../model/mentions";
import { findActors } from "./findActors";
import { opensInsideQuotation, resolveReferences } from "./resolveReferences";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();

function resolve(sentences: string[], date: string | null): ActorMention[][] {
  const found = sentences.map((s) => findActors(s, g, { date }));
  return resolveReferences(sentences, found, g, date);
}

const added = (sentences: string[], date: string | null) =>
  resolve(sentences, date).map((ms) =>
    ms.filter((m) => m.via === "pronoun" || m.via === "title").map((m) => `${m.text}→${m.actorId}`),
  );

describe("resolveReferences on paragraphs from the committed articles", () => {
  it("follows a paragraph about Putin through titles and pronouns", () => {
    const paragraph = [
      "Russian President Vladimir Putin has reiterated Moscow’s position after what his press secretary, Dmitry Peskov, called an “information frenzy” over various possible frameworks for resolving the Ukraine conflict.",
      "The Russian president addressed this and other issues during a press conference in Bishkek, Kyrgyzstan on Thursday as he concluded a state visit to the Central Asian country.",
    ];
    expect(added(paragraph, "2025-11-27")).toEqual([["his→putin"], ["The Russian president→putin", "he→putin"]]);
  });

  it("resolves a sentence-opening pronoun to the previous sentence's only person", () => {
    const paragraph = [
      "Russia views the US-drafted peace roadmap aimed at ending the hostilities positively, but considerable work would be required before it could be implemented in any form, Putin stated.",
      "He noted that so far, the Americans have merely proposed a set of issues that still need thorough discussion and formulation, making it too early to speak of any draft peace deal.",
    ];
    expect(added(paragraph, "2025-11-27")).toEqual([[], ["He→putin"]]);
  });

  it("carries a pronoun over to the person named in the sentence before", () => {
    const paragraph = [
      "Zelensky refused to authorize presidential elections in May 2024, citing martial law.",
      "With his mandate now expired, Moscow argues that any officials he has appointed lack legitimacy as well, rendering any agreements they sign legally void.",
    ];
    expect(added(paragraph, "2025-11-27")).toEqual([[], ["his→zelensky", "he→zelensky"]]);
  });

  it("resolves “the dictator” and “the leader” to the one person in the paragraph with such a title", () => {
    const paragraph = [
      "Russian dictator Vladimir Putin is ready to start negotiations to end the war in Ukraine.",
      'His condition is that Kyiv recognizes the "borders" along which the front line now runs.',
      'According to the dictator, Russia\'s success in the war is now enough to "sell" the victory to the Russian people.',
    ];
    expect(added(paragraph, "2024-05-24")).toEqual([[], ["His→putin"], ["the dictator→putin"]]);
  });

  it("leaves a pronoun alone when an unnamed person could be meant", () => {
    const paragraph = [
      '"He is indeed ready to stay on the current positions," confirmed a former senior Russian official.',
      'At the same time, Putin is "not ready to retreat a meter" from the positions he has taken, he added.',
    ];
    expect(added(paragraph, "2023-12-23")).toEqual([[], []]);
    expect(
      added(
        [
          "One source predicted that there would be no deal as long as Zelenskyy was in power unless Russia bypassed him and struck a deal with Washington.",
        ],
        "2024-05-24",
      ),
    ).toEqual([[]]);
  });

  it("does not resolve a pronoun opening a paragraph", () => {
    expect(added(["He shared this insight on Espreso TV."], "2025-02-06")).toEqual([[]]);
  });
});

describe("resolveReferences edge cases", () => {
  it("leaves a pronoun unresolved when two people of that gender could be meant", () => {
    expect(added(["Putin told Lukashenko that the talks would go on, and he agreed."], null)).toEqual([[]]);
  });

  it("takes the previous sentence's subject for a sentence-opening pronoun", () => {
    expect(added(["Putin met Lukashenko in Minsk.", "He said the talks would go on."], null)).toEqual([
      [],
      ["He→putin"],
    ]);
  });

  it("matches the pronoun's gender", () => {
    expect(added(["Zakharova spoke after Lavrov.", "She said the talks would go on."], null)).toEqual([
      [],
      ["She→zakharova"],
    ]);
    expect(added(["Zakharova spoke.", "He said the talks would go on."], null)).toEqual([[], []]);
  });

  it("settles an undated title through a holder named earlier in the paragraph", () => {
    expect(added(["Joe Biden spoke on Monday.", "The US president said the talks would go on."], null)).toEqual([
      [],
      ["The US president→biden"],
    ]);
    expect(added(["Putin and Trump spoke on Monday.", "The president said the talks would go on."], null)).toEqual([
      [],
      [],
    ]);
  });

  it("returns every sentence's mentions, old and new, in text order", () => {
    const [first, second] = resolve(["Putin spoke.", "Later he met Peskov."], null);
    expect(first!.map((m) => m.actorId)).toEqual(["putin"]);
    expect(second!.map((m) => [m.text, m.actorId, m.via])).toEqual([
      ["he", "putin", "pronoun"],
      ["Peskov", "peskov", "alias"],
    ]);
  });
});

describe("resolveReferences with quotations and speakers", () => {
  it("does not take a name quoted in a sentence as the pronoun of its attribution", () => {
    const paragraph = [
      "Ukrainian President Volodymyr Zelenskyy said he was planning to meet his Chinese counterpart.",
      '"I am planning to meet President Xi Jinping," he told reporters on Friday.',
      '"This will be important for world security," he said.',
    ];
    expect(added(paragraph, "2023-02-24")).toEqual([["he→zelensky", "his→zelensky"], ["he→zelensky"], ["he→zelensky"]]);
  });

  it("reaches back over a quotation that names nobody", () => {
    const paragraph = [
      '"There will be peace when we achieve our goals," Putin said.',
      '"They are not changing.',
      'I will remind you what we talked about," he stated.',
    ];
    expect(added(paragraph, "2023-12-14")).toEqual([[], [], ["he→putin"]]);
  });

  it("continues the last speaker with a pronoun that speaks", () => {
    const paragraph = [
      'With Putin demanding a surrender from Kiev, Russia is "not ready for a fair peace," Ukrainian President Volodymyr Zelensky assessed.',
      "During a press conference at the end of the summit, he insisted that Russia could hold talks tomorrow.",
    ];
    expect(added(paragraph, "2024-06-16")).toEqual([[], ["he→zelensky"]]);
    // Any verb of saying makes a speaker ("disclosed", "reiterated", "confirmed").
    expect(
      added(
        [
          "Trump hailed Putin and Xi as good men.",
          "He also disclosed the terms that both leaders had agreed on.",
          "These, he said, are final.",
        ],
        "2025-06-16",
      )[2],
    ).toEqual(["he→trump"]);
    // Without a speaker, two people leave the pronoun open.
    expect(added([paragraph[0]!.replace("assessed", "was quoted"), paragraph[1]!], "2024-06-16")).toEqual([[], []]);
  });

  it("takes the subject after a quotation for a sentence-opening pronoun", () => {
    const paragraph = [
      "Russian President Vladimir Putin spoke on Monday.",
      '"We are now living in an entirely different time," he stated, crediting Donald Trump and Xi Jinping.',
      "He outlined several outcomes of the summit.",
    ];
    expect(added(paragraph, "2025-08-18")).toEqual([[], ["he→putin"], ["He→putin"]]);
  });

  it("does not count an adjective ('the official end') as an unnamed person", () => {
    const paragraph = [
      "Putin called the agreement a turning point, claiming it marked the official end of the conflict.",
      '"We are now living in a different time," he stated.',
    ];
    expect(added(paragraph, "2025-08-18")).toEqual([[], ["he→putin"]]);
  });

  it("does not count a title with a phrase of names before a named person ('the UN Envoy to Yemen Hans Grundberg') as another person", () => {
    expect(
      added(
        ["The UN Envoy to Yemen Hans Grundberg opened a forum in Geneva, where he urged the rivals to agree."],
        "2021-02-01",
      ),
    ).toEqual([["he→hans-grundberg"]]);
    // An envoy named apart, or one of a person who has a title of their own, is someone else.
    expect(added(["An envoy to Yemen met Hans Grundberg, and he said talks would resume."], "2021-02-01")).toEqual([
      [],
    ]);
    expect(added(["An Adviser to Ukrainian President Volodymyr Zelensky said he would attend."], "2024-05-02")).toEqual(
      [[]],
    );
  });

  it("does not count a title joined by 'and' to a named person's title as another person", () => {
    const paragraph = [
      "Deputy Prime Minister and Foreign Minister Sergei Lavrov welcomed the talks.",
      '"We appreciate the role of our partners," he said.',
    ];
    expect(added(paragraph, "2025-08-18")).toEqual([[], ["he→lavrov"]]);
  });

  it("reads 'It said' after a state or body spoke as that state or body", () => {
    const paragraph = [
      "Hamas is to free 50 of the hostages over a four-day period, the Israeli government said.",
      "It said it would extend the lull by an additional day for every 10 hostages released.",
    ];
    expect(added(paragraph, "2023-11-22")).toEqual([[], ["It→israel"]]);
    expect(added(["Russia rejected the plan.", "It said no."], null)).toEqual([[], []]);
  });

  it("reads a description of a body as the one body named before it ('the militant group said')", () => {
    const paragraph = ["Hamas met the mediators in Cairo.", "The Palestinian militant group said it would reply."];
    expect(added(paragraph, "2024-05-06")[1]).toContain("The Palestinian militant group→hamas");
    // not a state's army, nor when two bodies could be meant
    expect(added(["Israel struck Gaza.", "The army said it hit targets."], null)[1]).toEqual([]);
    expect(added(["Hamas and Hezbollah met in Beirut.", "The group said talks went well."], null)[1]).toEqual([]);
  });

  it("reads a pronoun opening what a verb of saying reports as that verb's subject ('… and said he feared …')", () => {
    const paragraph = [
      "Sudan's army chief Abdel Fattah al-Burhan rejected the proposal.",
      "He accused Boulos of seeking to impose terms and said he feared the talks would fail.",
    ];
    expect(added(paragraph, "2025-11-25")[1]).toEqual(["He→abdel-fattah-al-burhan", "he→abdel-fattah-al-burhan"]);
  });

  it("reads a pronoun after the listener of a verb of telling as the teller ('told the envoy he was ready')", () => {
    const told = ["Turkish President Recep Tayyip Erdogan on Friday told Vladimir Putin he was ready to host talks."];
    expect(added(told, "2025-05-09")).toEqual([["he→erdogan"]]);
  });

  it("reads 'the (federal) government' as the state of the armed group named before, or the one state named", () => {
    expect(added(["The ELN blamed the federal government for breaking the truce."], "2023-01-20")).toEqual([
      ["the federal government→colombia"],
    ]);
    expect(added(["Envoys of Chile met in Lima.", "The central government said it would attend."], null)[1]).toEqual([
      "The central government→chile",
    ]);
    // "of" before a gerund says what it did, not whose it is.
    expect(added(["The ELN suspects the federal government of planning a raid."], null)).toEqual([
      ["the federal government→colombia"],
    ]);
    // Two states named: no one of them.
    expect(added(["Peru and Chile met.", "The federal government said it would attend."], null)[1]).toEqual([]);
    // "the government" alone, or a capitalised "Government", is so too.
    expect(added(["The ELN accused the government of breaking the truce."], null)).toEqual([
      ["the government→colombia"],
    ]);
    expect(added(["Envoys of Chile met in Lima.", "On Monday the Government said it would attend."], null)[1]).toEqual([
      "the Government→chile",
    ]);
    expect(added(["Peru and Chile met.", "The government said it would attend."], null)[1]).toEqual([]);
    // Only "the" makes it a description: "a government" is any.
    expect(added(["Envoys of Chile met in Lima.", "A government said it would attend."], null)[1]).toEqual([]);
  });

  it("reads a word of a state's official name after 'the' as the one such state named before ('the kingdom')", () => {
    expect(added(["Saudi Arabia and Egypt met in Cairo.", "The kingdom said it would host talks."], null)[1]).toEqual([
      "The kingdom→saudi-arabia",
    ]);
    expect(added(["Iran and Iraq signed a pact.", "Critics of the Islamic Republic said little."], null)[1]).toEqual([
      "the Islamic Republic→iran",
    ]);
    // Two kingdoms named, or a name that goes on: no one.
    expect(added(["Saudi Arabia and Morocco met.", "The kingdom said it would host talks."], null)[1]).toEqual([]);
    expect(added(["Saudi Arabia and Egypt met.", "The Kingdom of Bahrain said it would host talks."], null)[1]).toEqual(
      [],
    );
  });

  it("reads such a description wherever it stands, but not a body's name ('the Minsk Group')", () => {
    const paragraph = [
      "Envoys of the ELN met government negotiators in Caracas.",
      "The talks were called after the rebel group did not accept a truce.",
      "Three soldiers were killed by the guerrillas last week.",
    ];
    const found = added(paragraph, "2023-01-20");
    expect(found[1]).toContain("the rebel group→eln");
    expect(found[2]).toContain("the guerrillas→eln");
    // and after "its": the body belongs to the state named with it
    const its = added(
      [
        "Envoys of the ELN met government negotiators in Caracas.",
        "The cabinet and its main rebel faction agreed to a truce.",
      ],
      "2023-01-20",
    );
    expect(its[1]).toContain("its main rebel faction→eln");
    // an armed group's description is never a ministry's
    expect(added(["The OSCE met in Vienna.", "The rebels rejected the plan."], null)[1]).toEqual([]);
    // "the army", "the armed forces": the one state's army the gazetteer lists, named before
    expect(
      added(
        [
          "Sudan's army suspended the talks.",
          "A spokesman for the armed forces told reporters the rebels had left.",
          "The army said so. The military option stays. The army chief left.",
        ],
        "2023-06-01",
      ).slice(1),
    ).toEqual([["the armed forces→saf"], ["The army→saf"]]);
    expect(added(["Ukraine and Russia met.", "The army said it would not withdraw."], null)[1]).toEqual([]);
    // nor a state's own army, which the gazetteer lists as a party ("Sudan's army")
    expect(added(["Sudan's army said the rebels had broken the truce."], "2023-06-01")[0]).toEqual([]);
    expect(
      added(["The RSF and Sudan's army met in Jeddah.", "The militants said they would stay."], "2023-06-01")[1],
    ).toEqual(["The militants→rsf"]);
    // nor is "the rebel group" the body of states named beside the armed group
    expect(
      added(
        ["The ELN accepted a truce proposed by the OSCE.", "The rebel group said it would disarm."],
        "2023-01-20",
      )[1],
    ).toEqual(["The rebel group→eln"]);
    expect(added(["The OSCE met in Vienna.", "Armenia wants the Minsk Group dissolved."], null)[1]).toEqual([]);
  });
});

describe("opensInsideQuotation", () => {
  it("carries a quotation over sentences of one paragraph, and opens each paragraph outside", () => {
    const sentences = [
      { text: '"We are ready.', paragraph: 0 },
      { text: 'We will talk," he said.', paragraph: 0 },
      { text: "\u201cThe door is open.", paragraph: 0 },
      { text: "\u201cIt stays open,\u201d she said.", paragraph: 1 },
    ];
    expect(opensInsideQuotation(sentences)).toEqual([false, true, false, false]);
  });
});

describe("resolveReferences of two parties", () => {
  const pairs = (sentences: string[]) =>
    resolve(sentences, "2025-10-19").map((ms) =>
      ms.filter((m) => m.via === "pair").map((m) => `${m.text}→${m.actorId}`),
    );

  it("reads 'the two sides' and 'both countries' as the two parties joined before, not their brokers", () => {
    expect(
      pairs([
        "Armenia and Azerbaijan held talks in Abu Dhabi, mediated by Qatar and Turkey.",
        "The two sides agreed to meet again.",
      ]),
    ).toEqual([[], ["The two sides→armenia", "The two sides→azerbaijan"]]);
    expect(pairs(["Egypt hosted talks between Israel and Hamas, and both sides named negotiators."])).toEqual([
      ["both sides→israel", "both sides→hamas"],
    ]);
  });

  it("reads 'the two nations' as a party and the partner it talks with, a person standing for their state", () => {
    expect(pairs(["Putin said he was ready for talks with Ukraine after the two nations swapped prisoners."])).toEqual([
      ["the two nations→russia", "the two nations→ukraine"],
    ]);
    expect(pairs(["Putin held talks with Lukashenko and Xi.", "Both countries want a truce."])).toEqual([[], []]);
    expect(pairs(["Zelensky flew to Qatar after the two sides agreed on a prisoner swap."])).toEqual([[]]);
    expect(pairs(["Azerbaijan proposed talks to Armenia.", "Both sides agreed on a text."])[1]).toEqual([
      "Both sides→azerbaijan",
      "Both sides→armenia",
    ]);
  });

  it("reads a pair joined through 'the' and titles, and one state's rival sides as that state", () => {
    expect(
      pairs([
        "The army chief of Sudan and the Head of the RSF signed a truce.",
        "Both parties agreed to free detainees.",
      ])[1],
    ).toEqual(["Both parties→sudan", "Both parties→rsf"]);
    expect(pairs(["The Libyan rivals met in Geneva.", "Both sides agreed to reopen roads."])[1]).toEqual([
      "Both sides→libya",
    ]);
    expect(pairs(["Somalia and the Houthis traded accusations.", "Warring sides met in Aden."])[1]).toEqual([
      "Warring sides→somalia",
      "Warring sides→houthis",
    ]);
  });

  it("reads a pair whose first party acts through its army, before a closing attribution, and goes on with it", () => {
    const found = pairs([
      "Ethiopia's army and the TPLF signed a truce on Saturday, the US and Kenya said.",
      "Both sides agreed to free detainees.",
      "The warring sides also agreed to leave the hospitals.",
      "The two sides will meet again.",
    ]);
    expect(found.slice(1)).toEqual([
      ["Both sides→ethiopia", "Both sides→tplf"],
      ["The warring sides→ethiopia", "The warring sides→tplf"],
      ["The two sides→ethiopia", "The two sides→tplf"],
    ]);
    // an army the gazetteer knows by name is the party itself
    expect(
      pairs(["The Sudanese military and the RSF agreed a truce.", "Both sides agreed to free detainees."])[1],
    ).toEqual(["Both sides→saf", "Both sides→rsf"]);
    expect(
      pairs([
        "The Libyan rivals met in Geneva.",
        "Both sides agreed to reopen roads.",
        "The two sides will meet again.",
      ])[2],
    ).toEqual(["The two sides→libya"]);
    // A state's mediators are no party; its armed forces are.
    expect(
      pairs([
        "Egypt's mediators and Qatar brokered the truce, which Israel and Hamas accepted.",
        "Both sides freed hostages.",
      ])[1],
    ).toEqual(["Both sides→israel", "Both sides→hamas"]);
    expect(
      pairs([
        "Sudan's armed forces and the RSF signed a truce, the US and Saudi Arabia said.",
        "Both sides agreed.",
      ])[1],
    ).toEqual(["Both sides→sudan", "Both sides→rsf"]);
  });

  it("reads a pair whose first party's short name stands in brackets ('Colombia (GoC) and the ELN')", () => {
    expect(
      pairs([
        "Cuba hosted talks between the government of Colombia (GoC) and the ELN rebel group.",
        "The two sides agreed on a truce.",
      ])[1],
    ).toEqual(["The two sides→colombia", "The two sides→eln"]);
  });

  it("reads no pair from a list of three or from two parties named apart", () => {
    expect(pairs(["Brazil, India and China stayed away.", "Both countries want talks."])).toEqual([[], []]);
    expect(pairs(["Qatar said prisoners held by Israel would be freed.", "Both sides named them."])).toEqual([[], []]);
  });
});

describe("resolveReferences of 'the former' and 'the latter'", () => {
  it("reads them as the first and the second of the last two actors named, not as an adjective", () => {
    expect(
      added(["Trump spoke to Putin on Tuesday.", "The latter, who had called, said little."], "2025-03-18"),
    ).toEqual([[], ["The latter→putin"]]);
    expect(added(["Trump spoke to Putin on Tuesday.", "The former said the call went well."], "2025-03-18")).toEqual([
      [],
      ["The former→trump"],
    ]);
    expect(added(["Trump spoke to Putin.", "The former president of Finland was there."], "2025-03-18")).toEqual([
      [],
      [],
    ]);
  });
});

describe("resolveReferences of a pair", () => {
  it("reads 'the pair', 'the two leaders' and 'both leaders' as the two people named before", () => {
    const paragraph = [
      "Zelenskyy has criticised a phone call between German Chancellor Olaf Scholz and Russian President Vladimir Putin.",
      "Friday night's call was the pair's first since December 2022.",
      "The lengthy call between the two leaders also yielded a prisoner exchange.",
    ];
    expect(added(paragraph, "2024-11-15")).toEqual([
      [],
      ["the pair's→scholz", "the pair's→putin"],
      ["the two leaders→scholz", "the two leaders→putin"],
    ]);
    expect(
      added(["Trump spoke to Putin on Tuesday.", "Both leaders expressed interest in security."], "2025-03-18"),
    ).toEqual([[], ["Both leaders→trump", "Both leaders→putin"]]);
  });

  it("reads a person and the 'counterpart' named after them as the pair, whoever else the sentence names", () => {
    const paragraph = [
      "Aliyev met his Armenian counterpart, Nikol Pashinyan, at talks hosted by French President Emmanuel Macron.",
      "The two leaders agreed to meet again.",
    ];
    expect(added(paragraph, "2025-03-18")[1]).toEqual([
      "The two leaders→ilham-aliyev",
      "The two leaders→nikol-pashinyan",
    ]);
    // "X's counterpart, Y": the possessor is the other of the pair.
    expect(added(["Macron's counterpart, Putin, met Xi.", "The two leaders agreed."], "2025-03-18")[1]).toEqual([
      "The two leaders→macron",
      "The two leaders→putin",
    ]);
  });

  it("reads a pronoun after several people as the one named as a subject", () => {
    expect(
      added(["Following his talks with Macron, Putin flew to Minsk, where he met Lukashenko."], "2025-03-18"),
    ).toEqual([["he→putin"]]);
    // A possessor or an object is no subject: the pronoun stays open.
    expect(added(["Macron's aide met Putin in Paris, where he said he was ready."], "2025-03-18")).toEqual([[]]);
  });

  it("reads 'the leaders', which says no number, as the pair only when the sentence just before named them", () => {
    expect(added(["Trump spoke to Putin on Tuesday.", "The leaders agreed to meet again."], "2025-03-18")).toEqual([
      [],
      ["The leaders→trump", "The leaders→putin"],
    ]);
    expect(
      added(
        ["Trump spoke to Putin on Tuesday.", "Talks will go on.", "The leaders agreed to meet again."],
        "2025-03-18",
      ),
    ).toEqual([[], [], []]);
    expect(
      added(["Trump spoke to Putin on Tuesday.", "The leaders of the region agreed to meet."], "2025-03-18"),
    ).toEqual([[], []]);
    // Ministers after two presidents are others; "the pair" still reaches past a sentence.
    expect(added(["Trump spoke to Putin on Tuesday.", "The ministers will meet next week."], "2025-03-18")).toEqual([
      [],
      [],
    ]);
    expect(
      added(
        ["Trump met Putin on Friday.", "The summit lasted three hours.", "The pair agreed to meet again."],
        "2025-03-18",
      ),
    ).toEqual([[], [], ["The pair→trump", "The pair→putin"]]);
  });

  it("leaves a pair open when three people could be meant", () => {
    expect(added(["Trump, Putin and Zelensky spoke.", "The two leaders agreed."], "2025-03-18")).toEqual([[], []]);
  });
});
