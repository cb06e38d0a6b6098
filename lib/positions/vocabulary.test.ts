import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadVocabulary, readVocabulary, stanceCompatibility, VocabularyProblem } from "./vocabulary";

const minimal = () => ({
  version: 1,
  dropCues: ["\\bno\\s+longer\\b"],
  topics: [
    {
      id: "territory",
      label: "Territory",
      description: "Land.",
      cues: ["\\bterritor\\w*"],
      stances: [
        { id: "freeze", label: "freeze", patterns: ["\\bfreez\\w*"], negatedAs: "unfreeze" },
        { id: "unfreeze", label: "no freeze", patterns: [] },
      ],
    },
  ],
});

function problemOf(data: unknown): string {
  try {
    loadVocabulary(data, "positions.json");
  } catch (err) {
    expect(err).toBeInstanceOf(VocabularyProblem);
    return (err as Error).message;
  }
  throw new Error("expected the vocabulary to be rejected");
}

describe("the position vocabulary", () => {
  it("the committed content/positions.json is valid and covers the issue's topics", () => {
    const vocab = readVocabulary();
    const topics = vocab.topics.map((t) => t.id);
    for (const id of [
      "territory",
      "nato-membership",
      "neutrality",
      "legitimacy",
      "ceasefire-terms",
      "negotiation-format",
      "elections",
      "language",
      "sanctions",
      "security-guarantees",
    ]) {
      expect(topics).toContain(id);
    }
  });

  it("accepts a minimal vocabulary where a stance is reached only through negatedAs", () => {
    expect(loadVocabulary(minimal()).topics[0]!.stances).toHaveLength(2);
  });

  it("names the topic, stance and field of a broken pattern", () => {
    const data = minimal();
    data.topics[0]!.stances[0]!.patterns = ["(unclosed"];
    expect(problemOf(data)).toMatch(
      /positions\.json: topics\[0\] \("territory"\)\.stances\[0\] \("freeze"\)\.patterns\[0\]: is not a valid regular expression/,
    );
  });

  it("rejects a negatedAs, overriddenBy or compatibleWith that names no stance of the topic", () => {
    const data = minimal();
    data.topics[0]!.stances[0]!.negatedAs = "thaw";
    expect(problemOf(data)).toMatch(/stances\[0\] \("freeze"\)\.negatedAs: names "thaw", which is not a stance/);
    const other = minimal();
    (other.topics[0]!.stances[1] as { overriddenBy?: string[] }).overriddenBy = ["unfreeze"];
    expect(problemOf(other)).toMatch(/stances\[1\] \("unfreeze"\)\.overriddenBy\[0\]: names "unfreeze"/);
    const compatible = minimal();
    (compatible.topics[0]!.stances[0] as { compatibleWith?: string[] }).compatibleWith = ["thaw"];
    expect(problemOf(compatible)).toMatch(/\("freeze"\)\.compatibleWith\[0\]: names "thaw"/);
  });

  it("rejects a stance that can never be recognised, duplicate ids and bad slugs", () => {
    const unreachable = minimal();
    unreachable.topics[0]!.stances[0]!.negatedAs = undefined as unknown as string;
    expect(problemOf(unreachable)).toMatch(/\("unfreeze"\)\.patterns: is empty and no stance names this one/);
    const duplicate = minimal();
    duplicate.topics.push({ ...duplicate.topics[0]! });
    expect(problemOf(duplicate)).toMatch(/topics\[1\] \("territory"\)\.id: duplicates topic "territory"/);
    const badId = minimal();
    badId.topics[0]!.id = "Territory";
    expect(problemOf(badId)).toMatch(/topics\[0\] \("Territory"\)\.id: expected a lower-case slug/);
  });

  it("reads compatibleWith both ways, within its topic only", () => {
    const compatible = stanceCompatibility(readVocabulary());
    expect(compatible("territory", "freeze-at-front-line", "keep-captured-territory")).toBe(true);
    expect(compatible("territory", "keep-captured-territory", "freeze-at-front-line")).toBe(true);
    expect(compatible("territory", "freeze-at-front-line", "ukrainian-withdrawal")).toBe(false);
    expect(compatible("legitimacy", "no-longer-demands-removal", "zelensky-illegitimate")).toBe(false);
    expect(compatible("legitimacy", "freeze-at-front-line", "keep-captured-territory")).toBe(false);
  });

  it("reports a file that is not JSON by its name", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "positions-"));
    const file = path.join(dir, "positions.json");
    writeFileSync(file, "{ not json");
    expect(() => readVocabulary(file)).toThrow(/positions\.json: cannot be read as JSON/);
  });
});
