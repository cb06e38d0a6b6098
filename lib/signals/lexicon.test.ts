import { describe, expect, it } from "vitest";
import triggers from "../../content/triggers.json";
import { loadLexicon, LexiconError } from "./lexicon";

type Verb = string | { lemma: string; particle?: string; needs?: string[]; guest?: boolean };
interface Fixture {
  version: number;
  reporting: { verbs: string[] };
  lightVerbs: { verbs: string[] };
  categories: {
    cameo: string;
    name: string;
    type: string;
    frames?: boolean;
    byObject?: Record<string, string>;
    byTarget?: Record<string, string>;
    verbs: Verb[];
    nouns?: string[];
    adjectives?: string[];
    adverbs?: string[];
  }[];
  objects: { class: string; meaning: string; type: string; nouns: string[]; verbs?: string[]; governedBy?: string[] }[];
  modality: {
    obligation: { type: string; words: string[]; openers: string[] };
    readiness: { type: string; byObject: Record<string, string>; words: string[] };
    future: { words: string[] };
    denial: { words: string[] };
    terms?: { type: string; words: string[]; classes: string[]; nouns: string[] };
  };
}

/** A small valid trigger file; each test makes its own and spoils it. */
function fixture(): Fixture {
  return {
    version: 1,
    reporting: { verbs: ["say", "tell"] },
    lightVerbs: { verbs: ["express", "make"] },
    categories: [
      {
        cameo: "01",
        name: "Comment",
        type: "assessment",
        frames: true,
        verbs: ["believe", { lemma: "view" }],
        adjectives: ["optimistic"],
      },
      {
        cameo: "04",
        name: "Consult",
        type: "talks",
        byObject: { demand: "condition" },
        verbs: ["meet", { lemma: "call", particle: "up" }, "call", { lemma: "hold", needs: ["talks"] }],
        nouns: ["talk", "summit"],
      },
      {
        cameo: "12",
        name: "Reject",
        type: "rejection",
        verbs: ["reject", { lemma: "rule", particle: "out" }],
        adjectives: ["unacceptable"],
        adverbs: ["negatively"],
      },
    ],
    objects: [
      {
        class: "truce",
        meaning: "a ceasefire",
        type: "ceasefire-signal",
        nouns: ["ceasefire", "truce"],
        verbs: ["halt"],
      },
      { class: "talks", meaning: "talks", type: "talks", nouns: ["talk", "summit"], governedBy: ["hold"] },
      { class: "demand", meaning: "a demand", type: "condition", nouns: ["demand", "red line"] },
    ],
    modality: {
      obligation: { type: "condition", words: ["must"], openers: ["only if"] },
      readiness: { type: "negotiation-readiness", byObject: { truce: "ceasefire-signal" }, words: ["ready"] },
      future: { words: ["will", "plan"] },
      denial: { words: ["deny"] },
    },
  };
}

/** The problems loadLexicon reports for a file, or [] when it loads. */
function problems(json: unknown): string[] {
  try {
    loadLexicon(json, "fixture.json");
    return [];
  } catch (e) {
    if (!(e instanceof LexiconError)) throw e;
    expect(e.source).toBe("fixture.json");
    expect(e.message).toContain("fixture.json");
    return e.problems;
  }
}

describe("loadLexicon", () => {
  it("builds the lookup tables of a valid file", () => {
    const lex = loadLexicon(fixture());
    expect([...lex.reporting]).toEqual(["say", "tell"]);
    expect(lex.lightVerbs.has("express")).toBe(true);
    expect(lex.verbs.get("meet")![0]!.category.cameo).toBe("04");
    expect(lex.nouns.get("summit")!.type).toBe("talks");
    expect(lex.adjectives.get("unacceptable")!.cameo).toBe("12");
    expect(lex.adverbs.get("negatively")!.type).toBe("rejection");
    expect(lex.objectNouns.get("truce")!.name).toBe("truce");
    expect(lex.objectNouns.get("red line")!.name).toBe("demand");
    expect(lex.objectVerbs.get("halt")!.name).toBe("truce");
    expect(lex.classes.get("talks")!.governedBy).toEqual(new Set(["hold"]));
    expect(lex.obligation).toEqual({
      type: "condition",
      words: new Set(["must"]),
      openers: ["only if"],
      clefts: new Set(),
      exclusive: new Set(),
    });
    expect(lex.readiness.words.has("ready")).toBe(true);
    expect(lex.readiness.category.byObject).toEqual({ truce: "ceasefire-signal" });
    expect(lex.future.has("plan")).toBe(true);
    expect(lex.denial.has("deny")).toBe(true);
  });

  it("ranks object classes by their place in the file", () => {
    const lex = loadLexicon(fixture());
    expect(["truce", "talks", "demand"].map((c) => lex.classes.get(c)!.rank)).toEqual([0, 1, 2]);
  });

  it("tries a phrasal sense, then a sense that needs an object, before the bare verb", () => {
    const lex = loadLexicon(fixture());
    const call = lex.verbs.get("call")!;
    expect(call.map((s) => s.particle)).toEqual(["up", null]);
    expect(lex.verbs.get("hold")![0]!.needs).toEqual(["talks"]);
  });

  it("counts the plain verbs of a category that reports views as verbs of framing, with the verbs of saying", () => {
    const lex = loadLexicon(fixture());
    expect(lex.framing.has("say")).toBe(true);
    expect(lex.framing.has("believe")).toBe(true);
    expect(lex.framing.has("meet")).toBe(false);
    expect(lex.reporting.has("believe")).toBe(false);
  });

  it("fills the defaults of optional fields", () => {
    const lex = loadLexicon(fixture());
    expect(lex.verbs.get("reject")![0]!.category.byObject).toEqual({});
    expect(lex.classes.get("truce")!.unless).toBeNull();
    expect(lex.classes.get("truce")!.matters).toBeNull();
  });

  it("loads the committed content/triggers.json", () => {
    const lex = loadLexicon(triggers);
    // "met with scepticism" is a view of what was met; any other meeting is talks.
    expect(lex.verbs.get("meet")!.map((s) => [s.category.type, s.needs])).toEqual([
      ["assessment", ["reaction"]],
      ["talks", null],
    ]);
    expect(lex.verbs.get("call")!.map((s) => s.particle)).toEqual(expect.arrayContaining(["for", "on", null]));
    expect(lex.objectNouns.get("ceasefire")!.name).toBe("truce");
    expect(
      lex.verbs
        .get("release")!
        .find((s) => s.category.cameo === "08")!
        .unless!.has("statement"),
    ).toBe(true);
    expect(lex.reporting.has("say")).toBe(true);
  });

  describe("errors, each named with its path", () => {
    it("names a lemma listed twice for one part of speech, with the category that has it", () => {
      const f = fixture();
      f.categories[2]!.verbs.push("meet");
      expect(problems(f)).toEqual(['categories.2.verbs.2: "meet" is already in category 04']);
    });

    it("takes a verb's sense for a named guest beside its plain sense, but not twice", () => {
      const f = fixture();
      f.categories[2]!.verbs.push({ lemma: "meet", guest: true });
      expect(problems(f)).toEqual([]);
      f.categories[2]!.verbs.push({ lemma: "meet", guest: true });
      expect(problems(f)).toEqual(['categories.2.verbs.3: "meet" is already in category 12']);
    });

    it("names a phrasal verb listed twice, at its later place in the file", () => {
      const f = fixture();
      f.categories[0]!.verbs.push({ lemma: "rule", particle: "out" });
      expect(problems(f)).toEqual(['categories.2.verbs.1: "rule out" is already in category 01']);
    });

    it("names a noun, an adjective or an adverb listed in two categories", () => {
      const f = fixture();
      f.categories[2]!.nouns = ["summit"];
      f.categories[1]!.adverbs = ["negatively"];
      expect(problems(f).sort()).toEqual([
        'categories.2.adverbs: "negatively" is already in category 04',
        'categories.2.nouns: "summit" is already in category 04',
      ]);
    });

    it("names an object class defined twice and a word in two object classes", () => {
      const f = fixture();
      f.objects.push({ class: "truce", meaning: "again", type: "ceasefire-signal", nouns: [] });
      f.objects[2]!.nouns.push("truce");
      expect(problems(f).sort()).toEqual([
        'objects.2.nouns: "truce" is already in object class "truce"',
        'objects.3.class: "truce" is defined twice',
      ]);
    });

    it("names an unknown object class in byObject", () => {
      const f = fixture();
      f.categories[1]!.byObject!.elections = "context";
      expect(problems(f)).toEqual(['categories.1.byObject: "elections" is not an object class']);
    });

    it("names an unknown object class in byTarget", () => {
      const f = fixture();
      f.categories[1]!.byTarget = { accord: "rejection" };
      expect(problems(f)).toEqual(['categories.1.byTarget: "accord" is not an object class']);
    });

    it("names an unknown object class in a verb's needs, but accepts 'any'", () => {
      const f = fixture();
      f.categories[1]!.verbs.push({ lemma: "receive", needs: ["delegation"] }, { lemma: "join", needs: ["any"] });
      expect(problems(f)).toEqual(['categories.1.verbs.4.needs: "delegation" is not an object class']);
    });

    it("names an unknown object class in the readiness modality", () => {
      const f = fixture();
      f.modality.readiness.byObject.war = "threat";
      expect(problems(f)).toEqual(['modality.readiness.byObject: "war" is not an object class']);
    });

    it("names an unknown object class among the classes that name a deal's terms", () => {
      const f = fixture();
      f.modality.terms = { type: "proposal", words: ["under"], classes: ["truce", "treaty"], nouns: [] };
      expect(problems(f)).toEqual(['modality.terms.classes: "treaty" is not an object class']);
    });

    it("names a lemma that is not a lower-case dictionary form", () => {
      const f = fixture();
      f.categories[1]!.nouns = ["talk", "Summit"];
      const found = problems(f);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^categories\.1\.nouns\.1: expected a lower-case lemma/);
    });

    it("names a bad signal type, CAMEO code and version", () => {
      const f = fixture();
      f.version = 2;
      f.categories[0]!.type = "peace";
      f.categories[0]!.cameo = "1";
      const found = problems(f);
      expect(found.map((p) => p.split(":")[0]).sort()).toEqual(["categories.0.cameo", "categories.0.type", "version"]);
      expect(found.find((p) => p.startsWith("categories.0.cameo"))).toContain("expected a CAMEO code");
    });

    it("reports every problem of a file at once", () => {
      const f = fixture();
      f.categories[2]!.verbs.push("meet");
      f.categories[1]!.byObject!.elections = "context";
      expect(problems(f)).toHaveLength(2);
    });

    it("names the whole file when it is not an object", () => {
      expect(problems("not a lexicon")).toEqual([expect.stringMatching(/^\(file\): /)]);
    });
  });
});
