import { describe, expect, it } from "vitest";
import { findArticleActors } from "./findArticleActors";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();

/** Each string is a paragraph of one sentence. */
const article = (...paragraphs: string[]) => paragraphs.map((text, paragraph) => ({ text, paragraph }));
const roles = (date: string, ...paragraphs: string[]) =>
  findArticleActors(article(...paragraphs), g, date).mentions.map((ms) =>
    ms.filter((m) => m.via === "title").map((m) => `${m.text}→${m.actorId}`),
  );

describe("resolveRoleNouns across the article", () => {
  it("resolves 'the secretary' and 'the chancellor' to the one holder named paragraphs before", () => {
    expect(
      roles(
        "2025-03-11",
        "US Secretary of State Marco Rubio met Ukrainian officials in Jeddah.",
        "Ukraine agreed to a 30-day ceasefire.",
        "The secretary cautioned that the talks remain a work in process.",
      )[2],
    ).toEqual(["The secretary→rubio"]);
  });

  it("resolves a role after a body's name ('the UN envoy', 'the U.N.'s envoy'): the one person whose title names it", () => {
    const found = roles(
      "2025-03-11",
      "UN envoy Karl Moser and US envoy Anna Berg met in Oslo.",
      "Later, the U.N.'s envoy called for restraint.",
      "The UN envoy left on Friday.",
    );
    expect(found[1]).toEqual(["the U.N.'s envoy→karl-moser"]);
    expect(found[2]).toEqual(["The UN envoy→karl-moser"]);
    // With no envoy of that body named, it stays open.
    expect(roles("2025-03-11", "US envoy Anna Berg met the mediators.", "The UN envoy left.")[1]).toEqual([]);
  });

  it("resolves 'the supreme commander-in-chief' to the one president named before, not to an army chief", () => {
    const found = roles(
      "2023-12-14",
      "President Vladimir Putin met army chief Valery Gerasimov on Thursday.",
      "Later, the Supreme Commander-in-Chief set out his terms.",
    );
    expect(found[1]).toEqual(["the Supreme Commander-in-Chief→putin"]);
    expect(
      roles(
        "2023-12-14",
        "Army chief Valery Gerasimov spoke on Thursday.",
        "Later, the supreme commander in chief spoke.",
      )[1],
    ).toEqual([]);
  });

  it("resolves 'the head of state' to the one president, king or emir named before, not to a minister", () => {
    const found = roles(
      "2024-06-14",
      "Russian President Vladimir Putin met Foreign Minister Sergei Lavrov on Friday.",
      "Earlier that day, the head of state set out his terms.",
    );
    expect(found[1]).toEqual(["the head of state→putin"]);
    expect(
      roles("2024-06-14", "Sergei Lavrov spoke on Friday.", "Later, the head of state set out his terms.")[1],
    ).toEqual([]);
    // Not a vice president, nor the head of state television.
    expect(
      roles("2024-06-14", "Vice President Anna Berg met the envoys.", "Later, the head of state set out her terms.")[1],
    ).toEqual([]);
    expect(
      roles(
        "2024-06-14",
        "President Vladimir Putin met Lavrov.",
        "The head of state television said the talks failed.",
      )[1],
    ).toEqual([]);
  });

  it("resolves 'the head of the agency' to the one director general or secretary-general named before", () => {
    const found = roles(
      "2022-09-27",
      "IAEA Director General Rafael Grossi met Lavrov on Tuesday.",
      "Asked about a safety zone, the head of the agency said progress was being made.",
    );
    expect(found[1]).toEqual(["the head of the agency→grossi"]);
  });

  it("continues the previous sentence's subject with a role noun that speaks, when titles do not settle it", () => {
    const paragraphs = [
      "Cyril Ramaphosa called the mission impactful on Sunday.",
      "The delegation met with president Volodymyr Zelensky of Ukraine, then with Vladimir Putin.",
      "Ramaphosa listed 10 principles, which included de-escalation.",
      '"The agreement is a huge achievement for us," the 70-year-old leader said.',
    ];
    expect(roles("2023-06-18", ...paragraphs)[3]).toEqual(["the 70-year-old leader→cyril-ramaphosa"]);
    // A role noun that does not speak stays open between the two leaders named before.
    const silent = [...paragraphs.slice(0, 3), "The 70-year-old leader arrived in Kyiv later."];
    expect(roles("2023-06-18", ...silent)[3]).toEqual([]);
  });

  it("continues the speaker of a quotation the sentence before opened on, not whom it quoted ('\"… Putin …,\" he wrote')", () => {
    const paragraphs = [
      "Vladimir Putin on Saturday announced a pause in the fighting.",
      "Zelensky replied within hours that sirens were still sounding.",
      '"Putin is only buying time," he wrote.',
      '"We will answer silence with silence," the president said.',
    ];
    expect(roles("2025-04-19", ...paragraphs)[3]).toEqual(["the president→zelensky"]);
    // named after the quotation, the speaker is that person
    const named = [...paragraphs.slice(0, 2), '"Putin is only buying time," Zelensky wrote.', paragraphs[3]!];
    expect(roles("2025-04-19", ...named)[3]).toEqual(["the president→zelensky"]);
  });
});
