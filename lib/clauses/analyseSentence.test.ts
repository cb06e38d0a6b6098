import { describe, expect, it } from "vitest";
import { analyseSentence } from "./analyseSentence";

const words = (a: ReturnType<typeof analyseSentence>, clause: number) =>
  a.tokens.filter((_, k) => a.clauseOf[k] === clause).map((t) => t.text);

describe("analyseSentence", () => {
  it("returns the tokens, their quotation marks and the clauses of a sentence", () => {
    const a = analyseSentence('"We are ready for talks," Peskov said.');
    expect(a.text).toBe('"We are ready for talks," Peskov said.');
    expect(a.tokens.map((t) => t.text)).toContain("Peskov");
    expect(a.quoted.filter(Boolean)).toHaveLength(6);
    expect(a.clauses.map((c) => c.kind)).toEqual(["main", "main"]);
  });

  it("gives every token the clause it belongs to", () => {
    const a = analyseSentence("Peskov said that talks will resume next week.");
    expect(a.clauseOf).toHaveLength(a.tokens.length);
    expect(words(a, 0)).toEqual(["Peskov", "said"]);
    expect(words(a, 1)).toEqual(["that", "talks", "will", "resume", "next", "week", "."]);
  });

  it("gives a subject written apart from its verb to that verb's clause", () => {
    const a = analyseSentence(
      "Qatar's Foreign Ministry, which mediated the deal, said the hostages would be released on Friday.",
    );
    const main = a.clauses.findIndex((c) => c.kind === "main");
    expect(a.clauses[main]!.group && a.tokens[a.clauses[main]!.group!.head]!.text).toBe("said");
    expect(a.clauseOf[0]).toBe(main); // "Qatar"
    expect(words(a, 0)).toEqual(["which", "mediated", "the", "deal", ","]);
  });

  it("gives a subject shared by coordinated clauses to the first of them", () => {
    const a = analyseSentence("Erdogan met Putin in Sochi and said Turkey was ready to host talks.");
    expect(a.clauses[1]!.coordinated).toBe(true);
    expect(a.clauses[1]!.subject).toEqual(a.clauses[0]!.subject);
    expect(a.clauseOf[0]).toBe(0);
  });

  it("reads a sentence that continues an open quotation as quoted up to its closing mark", () => {
    const a = analyseSentence('They want a deal," said an official.', { startsInsideQuote: true });
    const deal = a.tokens.findIndex((t) => t.text === "deal");
    const official = a.tokens.findIndex((t) => t.text === "official");
    expect(a.quoted[deal]).toBe(true);
    expect(a.quoted[official]).toBe(false);
  });

  it("uses the verbs of saying it is given to find complements without 'that'", () => {
    const sentence = "Peskov reiterated talks would resume soon.";
    expect(analyseSentence(sentence, { reporting: new Set(["reiterate"]) }).clauses.map((c) => c.kind)).toEqual([
      "main",
      "complement",
    ]);
    expect(analyseSentence(sentence, { reporting: new Set(["say"]) }).clauses[1]!.kind).not.toBe("complement");
  });
});
