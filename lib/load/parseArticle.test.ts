import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleProblem } from "./articleProblem";
import { articleIdFromFile, parseArticle } from "./parseArticle";

const dir = path.join(import.meta.dirname, "../../content/articles");
const seedFiles = readdirSync(dir).filter((f) => f.endsWith(".md"));
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const mind = "2023-12-23-mind-nyt-putin-signals-truce.md";

function problemOf(file: string, text: string): ArticleProblem {
  try {
    parseArticle(file, text);
  } catch (err) {
    if (err instanceof ArticleProblem) return err;
    throw err;
  }
  throw new Error("expected an ArticleProblem");
}

describe("parseArticle on the seed corpus", () => {
  it.each(seedFiles)("loads %s with its front matter", (name) => {
    const a = parseArticle(name, read(name));
    expect(a.published).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(a.publisher).not.toBe("");
    expect(a.url).toMatch(/^https:\/\//);
    expect(a.body.length).toBeGreaterThan(1000);
    expect(name.startsWith(a.published!)).toBe(true);
  });

  it("turns gray-matter's Date for an unquoted date into the same calendar day", () => {
    expect(parseArticle(mind, read(mind)).published).toBe("2023-12-23");
  });

  it("derives a title from the body when the front matter has none, and warns", () => {
    const name = "2023-12-24-247newsreel-putin-ready-to-make-a-deal.md";
    const a = parseArticle(name, read(name));
    expect(a.title).toBe("President Vladimir V. Putin’s confidence seems to know no bounds.");
    expect(a.titleDerived).toBe(true);
    expect(a.warnings.join()).toMatch(/title/);
  });

  it("keeps the body exactly as scraped", () => {
    const a = parseArticle(mind, read(mind));
    expect(a.body).toContain("Öåé òåêñò òàêîæ äîñòóïíèé óêðà¿íñüêîþ");
    expect(a.body).toContain("This project uses cookies");
  });
});

describe("parseArticle on malformed input", () => {
  const good = read(mind);

  it("names the file and says the YAML is broken", () => {
    const p = problemOf("content/articles/bad.md", good.replace('publisher: "Mind.ua"', 'publisher: "Mind.ua'));
    expect(p.file).toBe("content/articles/bad.md");
    expect(p.field).toBe("front matter");
    expect(p.message).toMatch(/^content\/articles\/bad\.md: front matter: is not valid YAML/);
  });

  it("names the published field when the date cannot be parsed", () => {
    const p = problemOf("x.md", good.replace("published: 2023-12-23", "published: 23rd of Smarch"));
    expect(p.field).toBe("published");
    expect(p.message).toContain('"23rd of Smarch" is not a date');
  });

  it("rejects an impossible calendar date", () => {
    expect(problemOf("x.md", good.replace("published: 2023-12-23", 'published: "2023-02-30"')).field).toBe("published");
  });

  it("names a missing field", () => {
    const p = problemOf("x.md", good.replace(/^publisher:.*\n/m, ""));
    expect(p.field).toBe("publisher");
    expect(p.problem).toBe("is missing");
  });

  it("says the body is missing", () => {
    const frontOnly = good.slice(0, good.indexOf("---", 4) + 4);
    expect(problemOf("x.md", frontOnly).field).toBe("body");
  });

  it("refuses binary content and oversized files without throwing anything else", () => {
    expect(problemOf("x.md", "\u0000\u0001PNG").problem).toMatch(/binary/);
    expect(problemOf("x.md", "a".repeat(5 * 1024 * 1024 + 1)).problem).toMatch(/over 5 MB/);
  });

  it("requires front matter in a .md file", () => {
    expect(problemOf("x.md", "Just text.\n").field).toBe("front matter");
  });
});

describe("plain-text articles", () => {
  it("takes the title from the first line and the date from a dateline", () => {
    const body = read(mind).split("---\n")[2]!;
    const a = parseArticle("note.txt", `Putin signals truce\nPublished December 23, 2023\n\n${body}`);
    expect(a.title).toBe("Putin signals truce");
    expect(a.published).toBe("2023-12-23");
    expect(a.warnings).toEqual([]);
  });

  it("warns and leaves the date unresolved when the text gives none", () => {
    const a = parseArticle("note.txt", "Putin is ready for a ceasefire, sources said.\nMore text.");
    expect(a.published).toBeNull();
    expect(a.warnings.join()).toMatch(/no publication date/);
  });
});

it("makes URL-safe ids from file names", () => {
  expect(articleIdFromFile("content/articles/2024-05-24 Obozrevatel: Putin!.md")).toBe("2024-05-24-obozrevatel-putin");
  expect(articleIdFromFile("Rinkēvičs.txt")).toBe("rinkevics");
});

describe("scraped front matter that is not quite YAML", () => {
  it("reads a title with unescaped inner quotes and warns", () => {
    const name = "2025-02-06-espreso-putin-backchannel-talks.md";
    const a = parseArticle(name, read(name));
    expect(a.title).toBe('Putin engages in backchannel talks, aiming for a "peace" on his terms');
    expect(a.warnings.join()).toMatch(/not valid YAML/);
  });

  it("still rejects a block that is not flat key: value lines", () => {
    const p = problemOf("x.md", '---\ntitle: "a "b" c"\nlist:\n  - [\n---\nBody text.\n');
    expect(p.field).toBe("front matter");
  });
});
