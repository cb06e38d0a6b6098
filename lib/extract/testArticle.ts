import path from "node:path";
import { parseArticle } from "../load/parseArticle";
import { extractArticle } from "./extractArticle";
import { readExtractionContext } from "./extractionContext";

const root = path.resolve(import.meta.dirname, "../..");
const { ctx } = readExtractionContext(path.join(root, "content"));

/**
 * For tests: the events of an invented article published on 2025-07-02 (a Wednesday), found by
 * a fragment of their sentence.
 */
export function eventsOfArticle(body: string) {
  const text = `---\ntitle: "Test"\npublisher: "Wire"\nurl: "https://wire.example/x"\npublished: 2025-07-02\n---\n${body}\n`;
  const all = extractArticle(parseArticle("2025-07-02-wire-x.md", text), ctx).mentions.map((m) => m.event);
  return (fragment: string) => all.find((e) => e.sources[0]!.sentence.includes(fragment));
}
