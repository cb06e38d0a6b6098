import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const seeds = path.join(root, "content/articles");

function run(args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(root, "scripts/run-bundled.mjs"), path.join(root, "scripts/extract.ts"), ...args],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function corpusWith(extra: Record<string, string | Buffer>) {
  const dir = mkdtempSync(path.join(tmpdir(), "signals-extract-"));
  for (const f of readdirSync(seeds)) copyFileSync(path.join(seeds, f), path.join(dir, f));
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(dir, name), content);
  return dir;
}

// Each test starts the CLI up to three times; on a busy machine that outlasts the default timeout.
describe("npm run extract", { timeout: 60_000 }, () => {
  it("extracts a folder and prints a summary", () => {
    const dir = corpusWith({});
    const out = path.join(dir, "out", "events.json");
    const r = run(["--in", dir, "--out", out, "--no-cache"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/extract: 5 articles → \d+ events/);
    expect(JSON.parse(readFileSync(out, "utf8")).events.length).toBeGreaterThan(20);
  });

  it("names each unusable file, still writes the others, and exits non-zero", () => {
    const big = `---\npublisher: "X"\nurl: "https://x.org/a"\npublished: 2025-01-01\n---\n${"Putin said he is ready for talks. ".repeat(170_000)}`;
    const dir = corpusWith({
      "2025-01-01-empty.md": "",
      "2025-01-02-binary.md": Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]),
      "2025-01-03-huge.md": big,
      "2025-01-04-bad-date.md": '---\npublisher: "X"\nurl: "https://x.org/b"\npublished: "yesterday"\n---\nBody.\n',
    });
    const out = path.join(dir, "events.json");
    const r = run(["--in", dir, "--out", out, "--no-cache"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/2025-01-01-empty\.md: body: is empty/);
    expect(r.err).toMatch(/2025-01-02-binary\.md: is not text/);
    expect(r.err).toMatch(/2025-01-03-huge\.md: is 5\.\d MB/);
    expect(r.err).toMatch(/2025-01-04-bad-date\.md: published: "yesterday" is not a date/);
    expect(JSON.parse(readFileSync(out, "utf8")).articles).toHaveLength(5);
  });

  it("reads HTML-laden and plain-text articles with a warning instead of failing", () => {
    const html = `---\npublisher: "X"\nurl: "https://x.org/c"\npublished: 2025-03-01\n---\n<div class="post"><p>Kremlin spokesman Dmitry Peskov said on Friday that Russia is open to negotiations.</p><script>var a=1;</script></div>\n`;
    const dir = corpusWith({
      "2025-03-01-html.md": html,
      "note.txt": "Talks in Istanbul\n\nRussia is ready for a ceasefire, Peskov said on Monday.\n",
    });
    const out = path.join(dir, "events.json");
    const r = run(["--in", dir, "--out", out, "--no-cache"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/warning: 2025-03-01-html: .*HTML/i);
    expect(r.out).toMatch(/warning: note: no publication date/);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    const fromHtml = doc.events.filter((e: { sources: { article: string; sentence: string }[] }) =>
      e.sources.some((s) => s.article === "2025-03-01-html"),
    );
    expect(fromHtml.length).toBeGreaterThan(0);
    expect(JSON.stringify(fromHtml)).not.toMatch(/<p>|<script|var a=1/);
  });

  it("never leaves a half-written output: an unwritable target keeps the old file", () => {
    const dir = corpusWith({});
    const out = path.join(dir, "events.json");
    writeFileSync(out, "previous");
    const r = run(["--in", dir, "--out", path.join(out, "nested.json"), "--no-cache"]);
    expect(r.code).not.toBe(0);
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--check fails on a stale document and passes on a fresh one", () => {
    const dir = corpusWith({});
    const out = path.join(dir, "events.json");
    writeFileSync(out, "{}");
    expect(run(["--in", dir, "--out", out, "--check", "--no-cache"]).code).toBe(1);
    expect(run(["--in", dir, "--out", out, "--no-cache"]).code).toBe(0);
    const r = run(["--in", dir, "--out", out, "--check", "--no-cache"]);
    expect(r.code, r.err).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("names a missing input folder", () => {
    const r = run(["--in", "/nonexistent/articles", "--out", "/tmp/x.json"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\/nonexistent\/articles: no such folder/);
  });
});
