import { describe, expect, it } from "vitest";
import { compileQuery, foldText, indexActorNames, queryParts, searchExamples, termMatches } from "./search";

const ACTORS = [
  {
    id: "zelensky",
    name: "Volodymyr Zelensky",
    aliases: ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Volodymyr O. Zelenskyy"],
  },
  { id: "united-states", name: "United States", aliases: ["US", "U.S.", "USA"] },
  { id: "rinkevics", name: "Edgars Rinkēvičs", aliases: ["Rinkēvičs"] },
];
const index = indexActorNames(ACTORS);

/** Does the query find this text (an event with these actor ids)? */
function finds(query: string, text: string, actors: string[] = []) {
  const folded = foldText(text);
  return compileQuery(query, index).every((t) =>
    termMatches(
      t,
      folded,
      actors.map((id) => ({ id })),
    ),
  );
}

describe("foldText", () => {
  it("folds case, diacritics, hyphens, transliterations and British spelling to one form", () => {
    expect(foldText("Cease-fire")).toBe(foldText("ceasefire"));
    expect(foldText("Rinkēvičs")).toBe(foldText("Rinkevics"));
    expect(foldText("Kiev")).toBe(foldText("Kyiv"));
    for (const v of ["Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenskii", "ZELENSKY"])
      expect(foldText(v)).toBe(foldText("Zelensky"));
    expect(foldText("recognised the defence")).toBe(foldText("recognized the defense"));
  });
  it("pads with spaces and splits punctuation, so whole words can be found", () => {
    expect(foldText("Zelenskyy’s “plan”, 2025.")).toBe(" zelensky s plan 2025 ");
  });
});

describe("queryParts", () => {
  it("keeps a quoted phrase together, also with typographic or unclosed quotes", () => {
    expect(queryParts(`truce "current positions" “Putin understands`)).toEqual([
      { text: "truce", phrase: false },
      { text: "current positions", phrase: true },
      { text: "putin understands", phrase: true },
    ]);
    expect(queryParts(`" - "`)).toEqual([]);
  });
});

describe("search", () => {
  it("finds every spelling of a name, Kyiv as Kiev and a cease-fire as a ceasefire", () => {
    for (const q of ["Zelensky", "Zelenskyy", "Zelenskiy"]) {
      expect(finds(q, "President Zelenskyy said")).toBe(true);
      expect(finds(q, "Zelenskiy's office")).toBe(true);
    }
    expect(finds("Kiev", "talks in Kyiv")).toBe(true);
    expect(finds("kyiv", "authorities in Kiev")).toBe(true);
    expect(finds("cease-fire", "a ceasefire along the line")).toBe(true);
    expect(finds("ceasefire", "a cease-fire along the line")).toBe(true);
    expect(finds("Rinkevics", "Rinkēvičs said")).toBe(true);
  });
  it("expands a name to the actor's other names and to the events the actor takes part in", () => {
    expect(finds("Zelensky", "Volodymyr Oleksandrovych spoke", ["zelensky"])).toBe(true);
    expect(finds("USA", "the U.S. envoy")).toBe(true);
    expect(finds("USA", "a plan", ["united-states"])).toBe(true);
  });
  it("reads a whole name of several words as the actor, whichever of its names it is", () => {
    expect(compileQuery("Volodymyr O. Zelenskyy said", index).map((t) => t.text)).toEqual([
      "volodymyr o zelensky",
      "said",
    ]);
    for (const q of ["Volodymyr Zelensky", "Volodymyr O. Zelenskyy", '"Volodymyr Zelensky"'])
      expect(finds(q, "Zelenskiy's office", ["zelensky"])).toBe(true);
    expect(finds("Volodymyr Zelensky", "Volodymyr Ivanov met Zelensky")).toBe(true);
  });
  it("matches a short word or an actor's other names as whole words only", () => {
    expect(finds("US", "Russia said")).toBe(false);
    expect(finds("US", "the US said")).toBe(true);
  });
  it("matches a quoted phrase as words in that order, and plain words anywhere", () => {
    expect(finds(`"current positions"`, "stop at the current positions, he said")).toBe(true);
    expect(finds(`"positions current"`, "stop at the current positions")).toBe(false);
    expect(finds("positions current", "stop at the current positions")).toBe(true);
    expect(finds("negotiat", "ready for negotiations")).toBe(true);
  });
});

describe("searchExamples", () => {
  const events = [
    { summary: "Zelenskyy rejects a truce", actors: [{ id: "zelensky" }] },
    { summary: "A ceasefire is proposed", actors: [] },
    { summary: "Another truce offer", actors: [] },
  ];
  it("suggests only words that find something, the most rewarding first", () => {
    expect(searchExamples(events, ACTORS, ["istanbul", "truce", "ceasefire"])).toEqual(["truce", "Zelensky"]);
    expect(searchExamples([], ACTORS, ["truce"])).toEqual([]);
  });
});
