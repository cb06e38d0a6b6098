import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const fixtures = path.join(root, "lib/dates/timeml/fixtures");

function run(args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(root, "scripts/run-bundled.mjs"), path.join(root, "scripts/eval-timex.ts"), ...args],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run eval:timex", { timeout: 60_000 }, () => {
  it("prints the figures per folder and in total, and the speed", () => {
    const r = run(["--timeml", fixtures]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^business \(2 documents\)/m);
    expect(r.out).toMatch(/^wire \(1 documents\)/m);
    expect(r.out).toMatch(/^total \(3 documents\)/m);
    expect(r.out).toMatch(/^ {2}all +19 +19 +100\.0 +100\.0 +100\.0/m);
    expect(r.out).toMatch(/date stage: 3 documents in [\d.]+ s of CPU \(\d+ documents\/s, the clause analysis/);
  });

  it("prints JSON in the issue's shape", () => {
    const r = run(["--timeml", path.join(fixtures, "wire"), "--json"]);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["all", "DATE", "TIME", "DURATION", "SET"]);
    expect(Object.keys(json.all).sort()).toEqual(
      ["precision", "recall", "relaxedF1", "strictF1", "valueAccuracy", "valueF1"].sort(),
    );
    expect(json.all.valueF1).toBe(100);
  });

  it("lists value errors, misses and spurious timexes by kind", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "timeml-"));
    writeFileSync(
      path.join(dir, "doc.tml"),
      `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-15">x</TIMEX3></DCT><TEXT>
They met on <TIMEX3 tid="t1" type="DATE" value="2024-03-05">Tuesday</TIMEX3> at the <TIMEX3 tid="t2" type="DATE" value="PAST_REF">old</TIMEX3> site, and meet next week.
</TEXT></TimeML>`,
    );
    const r = run(["--timeml", dir, "--errors"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^value: DATE day: a week later: 1\n {2}doc\.tml: 2024-03-05 got 2024-03-12 \(Tuesday\)/m);
    expect(r.out).toMatch(/^missed: DATE reference: 1$/m);
    expect(r.out).toMatch(/^spurious: DATE week: 1\n.*\[next week\]/m);
  });

  it("stops with a message for a missing or empty folder", () => {
    expect(run([]).err).toMatch(/give --timeml DIR/);
    expect(run(["--timeml", path.join(root, "no-such-folder")]).err).toMatch(/no such folder/);
    const r = run(["--timeml", mkdtempSync(path.join(tmpdir(), "timeml-"))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no \.tml files/);
  });
});
