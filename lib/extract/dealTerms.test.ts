import path from "node:path";
import { describe, expect, it } from "vitest";
import triggers from "../../content/triggers.json";
import { analyseSentence } from "../clauses/analyseSentence";
import { parseArticle } from "../load/parseArticle";
import { loadLexicon } from "../signals/lexicon";
import { dealTerms } from "./dealTerms";
import { extractArticle } from "./extractArticle";
import { readExtractionContext } from "./extractionContext";

const lex = loadLexicon(triggers);
const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));

/** The clauses of a sentence that state a deal's terms, by their first word. */
function termClauses(sentence: string): string[] {
  const a = analyseSentence(sentence, { reporting: lex.framing });
  return a.clauses.flatMap((c, k) => (dealTerms(a, k, lex) ? [a.tokens[c.start]!.text] : []));
}

function events(body: string) {
  const md = `---\ntitle: "accord"\npublisher: "Wire"\nurl: "https://wire.example/accord"\npublished: 2024-04-20\n---\n${body}`;
  return extractArticle(parseArticle("2024-04-20-wire-accord.md", md), ctx).mentions.map((m) => m.event);
}

// Written for these tests.
describe("dealTerms", () => {
  it("finds the clause after 'Under the deal,' or 'Under its terms', and not the words naming the deal", () => {
    expect(termClauses("Under the accord signed in Lusaka, the militia will disarm by June.")).toEqual(["the"]);
    expect(termClauses("Under its terms the militia will hand over its heavy weapons.")).toEqual(["the"]);
    expect(termClauses("Under pressure from donors, the militia will disarm by June.")).toEqual([]);
    expect(termClauses("Under the leadership of the envoy, the talks resumed.")).toEqual([]);
    // (nor an aside on the deal: it tells of the deal itself)
    expect(termClauses("Under the accord, initialled last month, the militia will disarm.")).toEqual(["the"]);
  });

  it("finds what a deal as subject provides for, commits or requires, but not a clause of its own inside the subject", () => {
    expect(termClauses("The accord provides for a unity government.")).toEqual(["The"]);
    expect(termClauses("The pact commits the junta to free all detainees.")).toEqual(["The", "to"]);
    expect(termClauses("The accord, initialled last month, requires the militia to disarm.")).not.toContain(
      "initialled",
    );
    expect(termClauses("The envoy provides for his family.")).toEqual([]);
  });
});

describe("extractArticle: a deal's terms", () => {
  it("are a proposal of the day the deal was made, not of the days they name", () => {
    const found = events(
      "The junta and the militia signed an accord in Lusaka on Thursday.\n\nUnder the accord, a referendum on the new charter is to take place during the first half of 2026.\n\nThe accord also provides for a unity government.\n",
    );
    for (const start of ["A referendum on the new charter", "The accord also provides"]) {
      const e = found.find((x) => x.summary.startsWith(start));
      expect(e, start).toMatchObject({ type: "proposal", date: { start: "2024-04-18", end: "2024-04-18" } });
    }
  });

  it("leave talks they set on the day they name", () => {
    const found = events(
      "The junta and the militia signed an accord in Lusaka on Thursday.\n\nUnder the accord, the two commanders are to meet in Ndola on Monday.\n",
    );
    const met = found.find((x) => x.type === "talks" && x.summary.includes("Ndola"));
    expect(met?.date.start).toBe("2024-04-22");
  });
});
