import { describe, expect, it } from "vitest";
import { committedLexicon, parseContent, statesConfigSchema } from "./actorLexicon";
import { GazetteerError } from "./contentError";
import { datasetStates } from "./datasetStates";
import { gazetteerActorSchema } from "./gazetteer";

const { countries, states } = committedLexicon();
const russia = gazetteerActorSchema.parse({
  id: "russia",
  name: "Russia",
  kind: "state",
  country: "RUS",
  role: "the Russian state",
  aliases: [],
  places: ["Moscow"],
  demonyms: ["Russian"],
});

describe("datasetStates", () => {
  const merged = datasetStates([russia], countries, states);
  const byId = new Map(merged.actors.map((a) => [a.id, a]));

  it("keeps the gazetteer's id and entry for a state it lists, adding the dataset's other names", () => {
    expect(byId.get("russia")).toMatchObject({ name: "Russia", role: "the Russian state" });
    expect(byId.get("russia")!.aliases).toContain("Russian Federation");
    expect(merged.actors.filter((a) => a.country === "RUS")).toHaveLength(1);
  });

  it("adds other states under slugs of their common names, with capitals and demonyms", () => {
    expect(byId.get("israel")).toMatchObject({
      kind: "state",
      country: "ISR",
      places: ["Jerusalem"],
      demonyms: ["Israeli"],
    });
    expect(byId.get("dr-congo")!.aliases).toContain("DRC");
    expect(byId.get("south-africa")!.demonyms).toEqual(["South African"]);
  });

  it("adds the demonyms states.json lists beside the dataset's ('Philippine' beside 'Filipino')", () => {
    expect(byId.get("philippines")!.demonyms).toEqual(expect.arrayContaining(["Filipino", "Philippine"]));
    expect(datasetStates([], countries, { ...states, demonyms: { XYZ: ["Xyzian"] } }).problems).toEqual([
      'demonyms."XYZ": not a country of the dataset',
    ]);
  });

  it("leaves ISO codes and demonym spellings out of the names ('IN', 'Thai')", () => {
    expect(byId.get("india")!.aliases).not.toContain("IN");
    expect(byId.get("thailand")!.aliases).not.toContain("Thai");
  });

  it("leaves out the spellings states.json says are no names in English prose (a given name: 'Dominique')", () => {
    expect(byId.get("dominica")!.aliases).not.toContain("Dominique");
    expect(byId.get("dominica")!.name).toBe("Dominica");
  });

  it("holds shared and listed names back as ambiguous, with their candidate states", () => {
    expect(merged.ambiguousNames).toContainEqual({ phrase: "Congo", stateIds: ["dr-congo", "republic-of-the-congo"] });
    expect(merged.ambiguousDemonyms).toContainEqual({
      phrase: "Congolese",
      stateIds: ["dr-congo", "republic-of-the-congo"],
    });
    expect(byId.get("republic-of-the-congo")!.aliases).not.toContain("Congo");
  });

  it("names the file, entry and field of bad data", () => {
    expect(datasetStates([], countries, { ...states, ambiguousNames: { Georgia: ["GEX"] } }).problems).toEqual([
      'ambiguousNames."Georgia": "GEX" is not a country of the dataset',
    ]);
    expect(() => parseContent(statesConfigSchema, { include: ["ge"] }, "content/states.json")).toThrow(GazetteerError);
    try {
      parseContent(statesConfigSchema, { include: ["ge"] }, "content/states.json");
    } catch (err) {
      expect((err as Error).message).toMatch(
        /^content\/states\.json: 1 problem\(s\)\n {2}- include\.0: expected an ISO/,
      );
    }
  });
});
