import { describe, expect, it } from "vitest";
import { readEvents } from "../corpus/readEvents";
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
    // A name of several letters with dots folds to several words: whole words too.
    for (const q of ["U.S.", "USA", "United States"]) {
      expect(finds(q, "the U.S. envoy"), q).toBe(true);
      expect(finds(q, "you said as much"), q).toBe(false);
      expect(finds(q, "accusations of bad faith"), q).toBe(false);
    }
    expect(finds("Putin's", "Putin's demands")).toBe(true);
    expect(finds("Putin's", "Putin said")).toBe(false);
  });
  it("finds the same events by every name of an actor, typed or not", () => {
    const texts = ["the U.S. envoy", "the USA", "a United States plan", "you said", "accusations", "Zelenskyy"];
    for (const actor of ACTORS) {
      const found = (q: string) => texts.filter((t) => finds(q, t)).join(" | ");
      const byName = [actor.name, ...actor.aliases].map(found);
      expect(new Set(byName).size, `${actor.id}: ${byName.join(" / ")}`).toBe(1);
    }
  });
  it("matches a quoted phrase as words in that order, and plain words anywhere", () => {
    expect(finds(`"current positions"`, "stop at the current positions, he said")).toBe(true);
    expect(finds(`"positions current"`, "stop at the current positions")).toBe(false);
    expect(finds("positions current", "stop at the current positions")).toBe(true);
    expect(finds("negotiat", "ready for negotiations")).toBe(true);
  });
});

describe("search over the committed event list", () => {
  const doc = readEvents();
  const names = indexActorNames(doc.actors);
  const texts = doc.events.map((e) =>
    foldText([e.summary, ...e.sources.flatMap((s) => [s.sentence, s.quote ?? ""])].join("\n")),
  );
  const found = (q: string) => {
    const terms = compileQuery(q, names);
    return doc.events.filter((e, i) => terms.every((t) => termMatches(t, texts[i]!, e.actors))).map((e) => e.id);
  };
  it("finds the same events by every name and alias of every actor, quoted or not", () => {
    for (const actor of doc.actors) {
      const all = [actor.name, ...actor.aliases, `"${actor.name}"`];
      const results = all.map((q) => found(q).join(" "));
      const differ = all.filter((_, i) => results[i] !== results[0]);
      expect(differ, `${actor.id}: ${all.join(", ")}`).toEqual([]);
      const own = doc.events.filter((e) => e.actors.some((a) => a.id === actor.id)).map((e) => e.id);
      expect(found(actor.name)).toEqual(expect.arrayContaining(own));
    }
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
