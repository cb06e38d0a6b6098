import { describe, expect, it } from "vitest";
import type { ArticleMeta } from "../model/schema";
import { articleEvents, dataAsOf, indexArticles } from "./sources";

const article = (id: string, published: string | null): ArticleMeta => ({
  id,
  title: id,
  publisher: "P",
  url: "",
  published,
  language: "en",
  warnings: [],
});
const articles = [article("old", "2023-12-23"), article("new", "2025-02-06"), article("undated", null)];
const events = [
  { sources: [{ article: "old", attribution: "anonymous" as const }] },
  {
    sources: [
      { article: "old", attribution: "on-record" as const },
      { article: "new", attribution: "anonymous" as const },
    ],
  },
  { sources: [{ article: "new", attribution: "outlet" as const }] },
];

describe("articleEvents", () => {
  it("lists articles newest first with their events, and how many the view shows", () => {
    const rows = articleEvents(indexArticles(articles, events), [events[1]!], false);
    expect(rows.map((r) => [r.article.id, r.shown, r.total])).toEqual([
      ["new", 1, 2],
      ["old", 1, 2],
      ["undated", 0, 0],
    ]);
  });
  it("counts an event for an article only through an on-record source when the view is on record only", () => {
    const rows = articleEvents(indexArticles(articles, events), [events[1]!], true);
    expect(rows.map((r) => [r.article.id, r.shown])).toEqual([
      ["new", 0],
      ["old", 1],
      ["undated", 0],
    ]);
  });
});

describe("dataAsOf", () => {
  it("is the newest publication day", () => {
    expect(dataAsOf(articles)).toBe("2025-02-06");
    expect(dataAsOf([])).toBeNull();
  });
});
