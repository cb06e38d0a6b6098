import { describe, expect, it } from "vitest";
import { cleanBody } from "./cleanBody";
import { hardWrapJoins } from "./hardWraps";

// Invented wire copy, cut at about sixty characters a line as old agency feeds and PDFs are.
const WRAPPED = [
  "* Talks to go on next week in Oslo",
  "By A Reporter",
  "OSLO, March 3 The government's chief negotiator said on",
  "Tuesday that the first round of talks with the rebels had",
  "ended with progress on the agenda, as both delegations left",
  "the Norwegian capital.",
  "The rebels' spokesman, speaking to reporters outside the",
  "hotel, said the talks would resume on March 10 and that the",
  "two sides had agreed to keep their discussions confidential.",
];

describe("hardWrapJoins", () => {
  it("joins the lines a hard wrap cut, not a heading, a byline or a finished sentence", () => {
    expect(hardWrapJoins(WRAPPED)).toEqual([false, false, true, true, true, false, true, true, false]);
  });

  it("joins a shorter line of wrapped copy that stops on an article or preposition", () => {
    const lines = [
      ...WRAPPED.slice(0, 2),
      "OSLO, March 3 The envoys quietly agreed on a",
      "peace deal with the rebels in a referendum on Sunday, as both",
      ...WRAPPED.slice(5),
    ];
    expect(hardWrapJoins(lines)[2]).toBe(true);
  });

  it("keeps a headline on the first line apart from the story under it", () => {
    const lines = ["Envoy breaks deadlock in border talks (Wire) Updated: 2021-03-04 09:52", ...WRAPPED.slice(2)];
    expect(hardWrapJoins(lines)[0]).toBe(false);
    expect(hardWrapJoins(lines).slice(1)).toEqual([true, true, true, false, true, true, false]);
  });

  it("joins nothing in a body of ordinary paragraphs", () => {
    const paragraphs = [
      "Negotiators met in Oslo on Tuesday",
      "The talks will resume next week.",
      "Officials said the agenda was agreed.",
    ];
    expect(hardWrapJoins(paragraphs)).toEqual([false, false, false]);
    // nor a list in lower case under a short heading, in an article of one paragraph a line
    const listed = [
      "Rebels set out three demands before any talks",
      "The rebel movement said on Monday it would not join talks until its demands were met.",
      "Its demands include:",
      "the release of all prisoners",
      "the withdrawal of troops from the north",
      "an end to air strikes",
      "a new constitution",
      "Officials in Oslo declined to comment.",
      "Mediators said they were hopeful",
      "that a first round could open next month.",
    ];
    expect(hardWrapJoins(listed).every((j) => !j)).toBe(true);
  });
});

describe("cleanBody on a hard-wrapped body", () => {
  it("keeps a line that goes on from the one before, whatever it looks like alone ('by the president.')", () => {
    const body = [
      "OSLO, March 3 The government's chief negotiator said on",
      "Tuesday that the rebels had accepted the peace plan put forward",
      "by President Jonas Berg.",
      "The rebels' spokesman, speaking to reporters outside the",
      "hotel, said the talks would resume on March 10 and that the",
      "two sides had agreed to keep their discussions confidential.",
      "Officials said the delegations would travel to the capital",
      "next week to prepare the signing of a first accord.",
    ].join("\n");
    expect(cleanBody(body).text.split("\n")[0]).toBe(
      "OSLO, March 3 The government's chief negotiator said on Tuesday that the rebels had accepted the peace plan put forward by President Jonas Berg.",
    );
  });

  it("makes each wrapped paragraph one line, mapping the joining space to the raw line break", () => {
    const raw = WRAPPED.join("\n");
    const cleaned = cleanBody(raw);
    const lines = cleaned.text.split("\n");
    expect(lines).toContain(
      "OSLO, March 3 The government's chief negotiator said on Tuesday that the first round of talks with the rebels had ended with progress on the agenda, as both delegations left the Norwegian capital.",
    );
    expect(lines.at(-1)).toMatch(/^The rebels' spokesman, .* confidential\.$/);
    expect(lines[0]).toBe("* Talks to go on next week in Oslo");
    const space = cleaned.text.indexOf("on Tuesday") + 2;
    expect(raw[cleaned.toRaw(space)]).toBe("\n");
    expect(raw.slice(cleaned.toRaw(cleaned.text.indexOf("Tuesday")))).toMatch(/^Tuesday that/);
  });
});
