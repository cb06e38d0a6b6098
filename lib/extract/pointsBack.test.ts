import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../load/parseArticle";
import { extractArticle } from "./extractArticle";
import { readExtractionContext } from "./extractionContext";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));

function events(body: string) {
  const md = `---\ntitle: "border"\npublisher: "Wire"\nurl: "https://wire.example/border"\npublished: 2024-04-20\n---\n${body}`;
  return extractArticle(parseArticle("2024-04-20-wire-border.md", md), ctx).mentions.map((m) => m.event);
}

// Written for these tests.
describe("pointsBack: an event on 'the agreement' is between the parties of the one told of before", () => {
  it("gives the deal's parties to an event that names none", () => {
    const found = events(
      "Armenia and Azerbaijan agreed on Friday to hand back two border villages.\n\nThe agreement was reached during the fifth round of talks.\n",
    );
    const reached = found.find((e) => e.sources[0]!.sentence.startsWith("The agreement was reached"));
    expect(reached?.actors.map((a) => a.id)).toEqual(expect.arrayContaining(["armenia", "azerbaijan"]));
  });

  it("does not give them to talks of other parties or on another matter ('Separately, …', 'talks over pay')", () => {
    const found = events(
      "Armenia and Azerbaijan held talks in Tbilisi on Friday.\n\nSeparately, nurses warned that the talks could collapse.\n\nDoctors said the talks over pay had broken down.\n",
    );
    for (const start of ["Separately", "Doctors said", "The talks over pay"]) {
      const e = found.find((x) => x.sources[0]!.sentence.startsWith(start) || x.summary.startsWith(start));
      expect(e?.actors.map((a) => a.id) ?? []).not.toContain("armenia");
    }
  });

  it("reaches back over a few short paragraphs, but not past six", () => {
    const between = "More rain fell.\n\nMore snow fell.\n\nFloods came.\n\n";
    const near = events(
      `Armenia and Azerbaijan agreed on Friday to hand back two border villages.\n\n${between}The agreement was reached during the fifth round of talks.\n`,
    );
    expect(
      near.find((e) => e.sources[0]!.sentence.startsWith("The agreement was reached"))?.actors.map((a) => a.id),
    ).toEqual(expect.arrayContaining(["armenia", "azerbaijan"]));
    const far = events(
      `Armenia and Azerbaijan agreed on Friday to hand back two border villages.\n\n${between}Hail came.\n\nWind rose.\n\nFog lifted.\n\nThe agreement was reached during the fifth round of talks.\n`,
    );
    const reached = far.find((e) => e.sources[0]!.sentence.startsWith("The agreement was reached"));
    // (no antecedent's parties take part; the story's two sides are listed as its sides only)
    expect(reached?.actors.filter((a) => a.role !== "party")).toEqual([]);
  });
});

// Written for these tests.
describe("speaksOfTheAct: 'the announcement' dates the act told just before", () => {
  it("gives the day a sentence of no event states to the undated act of the sentence before", () => {
    const found = events(
      "The two presidents announced a truce along the border.\n\nThe announcement was made in Tbilisi on Thursday.\n",
    );
    expect(found.find((e) => e.sources[0]!.sentence.startsWith("The two presidents"))?.date).toMatchObject({
      start: "2024-04-18",
      carried: true,
    });
  });

  it("also when a party made it ('made the announcement on Thursday')", () => {
    const found = events(
      "Armenia and Azerbaijan agreed to a truce along the border.\n\nPresident Aliyev made the announcement in Baku on Thursday.\n",
    );
    expect(found.find((e) => e.sources[0]!.sentence.startsWith("Armenia"))?.date.start).toBe("2024-04-18");
  });

  it("leaves an act it cannot be, or one two sentences back ('the decision to …', 'Separately')", () => {
    const other = events(
      "Armenia and Azerbaijan agreed to a truce along the border.\n\nThe decision to close the airport was taken on Thursday.\n",
    );
    expect(other.find((e) => e.sources[0]!.sentence.startsWith("Armenia"))?.date.basis).toBe("publication");
    const far = events(
      "Armenia and Azerbaijan agreed to a truce along the border.\n\nHeavy rain fell over the region.\n\nThe announcement was made on Thursday.\n",
    );
    expect(far.find((e) => e.sources[0]!.sentence.startsWith("Armenia"))?.date.basis).toBe("publication");
  });
});
