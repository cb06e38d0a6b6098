import { describe, expect, it } from "vitest";
import { allowedDistance, isGivenName, misspeltSurname, nearestName } from "./fuzzyNames";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();

describe("near-miss names", () => {
  it("allows one edit in names of six or seven letters, two in longer ones, none in shorter ones", () => {
    expect([3, 5, 6, 7, 8, 12].map(allowedDistance)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it("does not take one short name for another a letter away", () => {
    // "Hamas" is not a misspelling of "Hamad" (as in "Tamim bin Hamad").
    expect(nearestName("hamas", [{ word: "hamad", actorId: "tamim-al-thani" }])).toBeNull();
  });

  it("corrects misspelt surnames of gazetteer people", () => {
    expect(misspeltSurname("zelinsky", g.fuzzy)).toBe("zelensky");
    expect(misspeltSurname("poutin", g.fuzzy)).toBe("putin");
    expect(isGivenName("volodymir", "zelensky", g.fuzzy)).toBe(true);
    expect(isGivenName("hunter", "biden", g.fuzzy)).toBe(false);
  });

  it("counts two neighbouring letters swapped as one slip ('Pertov' for 'Petrov'), but not two apart", () => {
    const names = [{ word: "petrov", actorId: "ivan-petrov" }];
    expect(nearestName("pertov", names)).toBe("ivan-petrov");
    expect(nearestName("potrev", names)).toBeNull();
  });

  it("leaves alone a name spelt right, and a word as close to two people", () => {
    const names = [
      { word: "burns", actorId: "burns" },
      { word: "byrns", actorId: "other" },
    ];
    expect(nearestName("burns", names)).toBeNull();
    expect(nearestName("barns", names)).toBeNull();
    expect(nearestName("kxi", [{ word: "xi", actorId: "xi" }])).toBeNull();
  });
});
