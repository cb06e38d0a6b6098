import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../load/parseArticle";
import { extractArticle } from "./extractArticle";
import { readExtractionContext } from "./extractionContext";

const { ctx } = readExtractionContext(path.resolve(import.meta.dirname, "../../content"));

const types = (body: string) =>
  extractArticle(
    parseArticle(
      "2024-03-09-wire.md",
      `---\ntitle: "Wire story"\npublisher: "Wire"\nurl: "https://wire.example/s"\npublished: 2024-03-09\n---\n${body}\n`,
    ),
    ctx,
  ).mentions.map((m) => `${m.event.type}: ${m.event.sources[0]!.sentence}`);

describe("speaksOnlyToPress", () => {
  it("reads speaking to a news outlet as no consultation", () => {
    expect(types("Two diplomats spoke to Reuters on Monday.\n\nThe officials talked to POLITICO last week.")).toEqual(
      [],
    );
  });

  it("still reads speaking with a party as talks", () => {
    expect(types("Putin spoke with Erdogan on Monday.")).toEqual(["talks: Putin spoke with Erdogan on Monday."]);
  });
});
