import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../load/parseArticle";
import { extractArticle } from "./extractArticle";
import { readExtractionContext } from "./extractionContext";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));

/** The events of an invented article published on Wednesday 2025-07-02, by a fragment of their sentence. */
function events(body: string) {
  const text = `---\ntitle: "Test"\npublisher: "Wire"\nurl: "https://wire.example/x"\npublished: 2025-07-02\n---\n${body}\n`;
  const all = extractArticle(parseArticle("2025-07-02-wire-x.md", text), ctx).mentions.map((m) => m.event);
  return (fragment: string) => all.find((e) => e.sources[0]!.sentence.includes(fragment));
}

describe("datedLater: a meeting to come", () => {
  it("dates a meeting the lead announces by the day a later sentence gives it", () => {
    const about = events(
      [
        "UN envoy Ana Ruiz will host a meeting of the two leaders in Oslo.",
        '"Ruiz will host the two leaders on 16 July at the foreign ministry," her spokesman said.',
      ].join("\n\n"),
    );
    expect(about("will host a meeting")?.date).toMatchObject({ start: "2025-07-16", carried: true });
  });

  it("leaves a meeting alone when the later one is held by others or is already past", () => {
    const others = events(
      [
        "UN envoy Ana Ruiz will host a meeting of the two leaders in Oslo.",
        "Putin and Erdogan will meet on 16 July in Ankara, the Kremlin said.",
      ].join("\n\n"),
    );
    expect(others("will host a meeting")?.date).toMatchObject({ basis: "publication" });
    const past = events(
      [
        "UN envoy Ana Ruiz will host a meeting of the two leaders in Oslo.",
        "Ruiz hosted the two leaders on 17 March in Bergen.",
      ].join("\n\n"),
    );
    expect(past("will host a meeting")?.date).toMatchObject({ basis: "publication" });
  });
});

describe("datedLater: a lead out the morning after", () => {
  it("dates an undated lead by the day before publication that a later event of its kind gives", () => {
    const about = events(
      [
        "President Jan Novak has announced that the two armies agreed to a ceasefire.",
        "Heavy rain fell across the region.",
        "In an address on Tuesday, Novak said the two armies had agreed to a truce along the river.",
      ].join("\n\n"),
    );
    expect(about("has announced")?.date).toMatchObject({ start: "2025-07-01", carried: true });
  });

  it("leaves the lead alone when the later day is further back or the event another's", () => {
    const back = events(
      [
        "President Jan Novak has announced that the two armies agreed to a ceasefire.",
        "In an address last Friday, Novak said the two armies had agreed to a truce along the river.",
      ].join("\n\n"),
    );
    expect(back("has announced")?.date).toMatchObject({ basis: "publication" });
    const other = events(
      [
        "President Jan Novak has announced that the two armies agreed to a ceasefire.",
        "On Tuesday, Prime Minister Ana Ruiz said the two armies had agreed to a truce along the river.",
      ].join("\n\n"),
    );
    expect(other("has announced")?.date).toMatchObject({ basis: "publication" });
  });
});
