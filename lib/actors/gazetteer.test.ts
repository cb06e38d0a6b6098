import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GazetteerError, loadGazetteer, type NamePattern } from "./gazetteer";
import { ACTORS_FILE, committedGazetteer } from "./testGazetteer";

const person = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  kind: "person",
  country: "RUS",
  role: "r",
  gender: "male",
  aliases: [],
  ...extra,
});

function problemsOf(json: unknown): string[] {
  try {
    loadGazetteer(json, "test.json");
  } catch (err) {
    if (err instanceof GazetteerError) return err.problems;
    throw err;
  }
  return [];
}

describe("content/actors.json", () => {
  it("is valid, with no alias clashes or overlapping title tenures", () => {
    expect(problemsOf(JSON.parse(readFileSync(ACTORS_FILE, "utf8")))).toEqual([]);
  });

  it("seeds the actors of the negotiations, not only those of the committed articles", () => {
    const ids = new Set(committedGazetteer().byId.keys());
    const expected = [
      ...["putin", "zelensky", "trump", "biden", "peskov", "lavrov", "ushakov", "medinsky", "dmitriev", "naryshkin"],
      ...["shoigu", "belousov", "gerasimov", "medvedev", "zakharova", "nebenzya", "witkoff", "kellogg", "rubio"],
      ...["vance", "waltz", "blinken", "sullivan", "burns", "ratcliffe", "yermak", "umerov", "sybiha", "kuleba"],
      ...["budanov", "syrskyi", "zaluzhnyi", "podolyak", "malomuzh", "erdogan", "fidan", "xi", "wang-yi", "modi"],
      ...["lula", "orban", "fico", "macron", "scholz", "merz", "starmer", "meloni", "tusk", "stubb", "rutte"],
      ...["stoltenberg", "von-der-leyen", "kallas", "costa", "guterres", "lukashenko", "rinkevics", "nauseda"],
      ...["karis", "mohammed-bin-salman", "tamim-al-thani", "pope-francis", "pope-leo-xiv"],
      ...["russia", "ukraine", "united-states", "belarus", "china", "turkey", "united-kingdom", "france", "germany"],
      ...["poland", "latvia", "hungary", "saudi-arabia", "qatar", "united-arab-emirates", "india", "brazil"],
      ...["nato", "eu", "un", "osce", "iaea", "g7", "brics", "icc", "cia", "svr", "fsb", "wagner"],
    ];
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("keeps every person's title tenures in order and every person gendered", () => {
    for (const a of committedGazetteer().actors) {
      if (a.kind === "person") expect(a.gender, a.id).toBeDefined();
      for (const t of a.titles) if (t.from && t.to) expect(t.from < t.to, `${a.id}: ${t.phrase}`).toBe(true);
    }
  });
});

describe("loadGazetteer", () => {
  it("names the entry and the field of bad data", () => {
    const problems = problemsOf([
      person("putin"),
      person("Bad Id"),
      person("x", { titles: [{ phrase: "US president", from: "2025" }] }),
      person("y", { gender: undefined }),
      { ...person("z"), kind: "state", gender: undefined, demonyms: ["N. Korean"] },
      person("w", { kind: "organization" }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^entry 1 \("Bad Id"\): id: /),
      expect.stringMatching(/^entry 2 \("x"\): titles\.0\.from: expected YYYY-MM-DD/),
      'entry 3 ("y"): gender: a person needs a gender',
      'entry 4 ("z"): demonyms.0: a demonym is words of letters',
      'entry 5 ("w"): gender: only people have a gender',
    ]);
  });

  it("rejects anything but an array, and duplicate ids", () => {
    expect(problemsOf({ actors: [] })).toEqual(["expected an array of actors"]);
    expect(problemsOf([person("a"), person("a")])).toEqual(['entry "a": id: used by more than one actor']);
  });

  it("detects an alias two actors claim, however it is spelled", () => {
    expect(problemsOf([person("a", { aliases: ["Rinkēvičs"] }), person("b", { aliases: ["rinkevics"] })])).toEqual([
      'alias "rinkevics" of "b" clashes with "a"',
    ]);
  });

  it("knows a person's name with a hyphened Arabic article without it too, unless another actor has it", () => {
    const holder = (g: ReturnType<typeof loadGazetteer>, word: string) =>
      g.index.get(word)?.find((p): p is NamePattern => p.kind === "name" && p.tokens.length === 1)?.actorId;
    const karimi = person("omar-al-karimi", { name: "Omar al-Karimi", aliases: ["al-Karimi"] });
    expect(holder(loadGazetteer([karimi], "test.json"), "karimi")).toBe("omar-al-karimi");
    const claimed = [karimi, person("other", { name: "Leila Karimi", aliases: ["Karimi"] })];
    expect(problemsOf(claimed)).toEqual([]);
    expect(holder(loadGazetteer(claimed, "test.json"), "karimi")).toBe("other");
  });

  it("lets successive holders share a title but not overlapping ones", () => {
    const biden = person("biden", { titles: [{ phrase: "US president", from: "2021-01-20", to: "2025-01-20" }] });
    const trump = person("trump", { titles: [{ phrase: "U.S. President", from: "2025-01-20" }] });
    expect(problemsOf([biden, trump])).toEqual([]);
    const early = person("early", { titles: [{ phrase: "US president", from: "2024-06-01" }] });
    expect(problemsOf([biden, early])).toEqual(['title "US president" of "early" overlaps the tenure of "biden"']);
  });

  it("rejects a phrase that is an alias of one actor and a title of another", () => {
    const problems = problemsOf([
      person("a", { aliases: ["Kremlin chief"] }),
      person("b", { titles: [{ phrase: "Kremlin chief" }] }),
    ]);
    expect(problems).toEqual(['"kremlin chief" is both an alias of "a" and a title of "b"']);
  });
});
