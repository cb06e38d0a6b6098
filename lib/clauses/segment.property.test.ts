import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tagSentence } from "../language/tagSentence";
import { quotedTokens } from "./quotes";
import { segmentClauses } from "./segment";
import { verbGroups } from "./verbGroups";

// Pieces of news sentences that the clause rules weigh against each other: names with
// appositions, verbs of saying, participles and relative clauses set off by commas, openers.
const PIECES = [
  "The head of the delegation",
  "Ana Ruiz Vela",
  "the rebel commander",
  "a panel",
  "the two sides",
  "the truce",
  ",",
  ",",
  ",",
  "said",
  "told reporters",
  "added",
  "designed to give the parties a voice",
  "speaking in Lima",
  "hosted by the envoy",
  "signed on Friday",
  "which",
  "who",
  "that",
  "and",
  "but",
  "if",
  "only",
  "after",
  "would be set up",
  "will begin",
  "agreed to withdraw",
  "rejected the offer",
  "on Monday",
  "calling on the army to",
  '"',
  ".",
];

const sentence = fc.array(fc.constantFrom(...PIECES), { minLength: 3, maxLength: 18 }).map((p) => p.join(" "));

describe("segmentClauses properties", () => {
  it("hangs every clause on a clause of the sentence, and every chain of parents ends", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const tokens = tagSentence(s);
        const clauses = segmentClauses(tokens, quotedTokens(tokens, s), verbGroups(tokens));
        clauses.forEach((c, i) => {
          const seen = new Set<number>();
          for (let k: number | null = i; k !== null; k = clauses[k]!.parent) {
            expect(seen.has(k), `"${s}": clause ${i} reaches clause ${k} twice`).toBe(false);
            seen.add(k);
            expect(clauses[k], `"${s}": clause ${k} exists`).toBeDefined();
          }
          expect(c.start).toBeLessThanOrEqual(c.end);
        });
      }),
      { numRuns: 3000 },
    );
  });
});
