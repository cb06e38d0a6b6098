import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findActors } from "../actors/findActors";
import { findUnknownNames } from "../actors/findUnknownNames";
import { resolveReferences } from "../actors/resolveReferences";
import { attributeSpeaker } from "../attribution/attributeSpeaker";
import { analyseSentence } from "../clauses/analyseSentence";
import { findFrames } from "../clauses/frames";
import { ArticleProblem } from "../load/articleProblem";
import { parseArticle } from "../load/parseArticle";
import { eventDocumentSchema } from "../model/schema";
import { extractPositions } from "../positions/extractPositions";
import { classifyClause } from "../signals/classifyClause";
import { extractArticle } from "./extractArticle";
import { extractCorpus } from "./extractCorpus";
import { readExtractionContext } from "./extractionContext";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));
const seedDir = path.join(root, "content/articles");
const seedSentences = readdirSync(seedDir).flatMap((f) =>
  readFileSync(path.join(seedDir, f), "utf8")
    .split(/(?<=[.!?"])\s+/)
    .filter((s) => s.length > 20),
);

// Text that looks like what scrapers hand over: real sentences cut and mixed with noise.
const scraped = fc
  .array(
    fc.oneof(
      fc.constantFrom(...seedSentences),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constantFrom("\n", "\n\n", '"', "“", "»", "<p>", "&amp;", "Ã©", "ÐŸ"),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(" "));

describe("no input makes a stage throw", () => {
  it("the language pass, clauses, signals, actors, attribution and positions take any sentence", () => {
    fc.assert(
      fc.property(scraped, fc.constantFrom(null, "2025-11-27", "2023-12-24"), (sentence, date) => {
        const mentions = findActors(sentence, ctx.gazetteer, { date });
        resolveReferences([sentence, sentence], [mentions, mentions], ctx.gazetteer, date);
        findUnknownNames(sentence, ctx.gazetteer);
        const a = analyseSentence(sentence, { reporting: ctx.lexicon.reporting });
        findFrames(a, ctx.lexicon.reporting);
        a.clauses.forEach((_, i) => classifyClause(a, i, ctx.lexicon));
        attributeSpeaker(sentence, mentions, new Set(["putin"]));
        extractPositions({ sentence, holder: "putin" }, ctx.vocabulary);
      }),
      { numRuns: 300 },
    );
  });

  it("extractArticle takes any body and gives schema-valid events", () => {
    fc.assert(
      fc.property(scraped, fc.constantFrom(null, "2024-05-24"), (body, published) => {
        const article = { ...parseArticle("x.txt", "Title\nBody."), body, published };
        const { mentions } = extractArticle(article, ctx);
        for (const m of mentions)
          expect(eventDocumentSchema.shape.events.element.safeParse(m.event).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("extractCorpus turns unusable files into problems and keeps the rest", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(scraped, fc.string({ unit: "binary" })), { maxLength: 5 }), (texts) => {
        const sources = texts.map((text, i) => ({ file: `a${i}.${i % 2 ? "md" : "txt"}`, text }));
        const { document, report } = extractCorpus(sources, ctx);
        expect(document.articles.length + report.problems.length).toBe(sources.length);
        for (const p of report.problems) expect(p).toBeInstanceOf(ArticleProblem);
        expect(eventDocumentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
