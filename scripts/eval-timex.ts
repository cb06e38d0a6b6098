// npm run eval:timex -- --timeml DIR [--errors] [--json]
// Scores the date stage as a temporal tagger against a folder of TimeML documents (.tml, such as
// TempEval-3's TimeBank and AQUAINT): TempEval-3's relaxed and strict matching, value accuracy
// and value F1, per folder and in total, per timex type. How the scoring works: docs/dates.md.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { clauseDirection } from "../lib/dates/clauseDirection";
import { tagTimexes } from "../lib/dates/tagTimexes";
import { valueErrorKind, valueShape } from "../lib/dates/timeml/errorKinds";
import { readTimeml, type TimemlDocument } from "../lib/dates/timeml/readTimeml";
import {
  CATEGORIES,
  countMatches,
  figuresOf,
  matchTimexes,
  scoreJson,
  type DocumentMatch,
} from "../lib/dates/timeml/scoreTimexes";
import type { Timex } from "../lib/dates/timex";

function fail(message: string): never {
  console.error(`eval:timex: ${message}`);
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    options: {
      timeml: { type: "string" },
      errors: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  }).values;
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
if (!options.timeml) fail("give --timeml DIR, a folder of TimeML .tml files (see docs/dates.md)");
const root = path.resolve(options.timeml);
if (!existsSync(root) || !statSync(root).isDirectory()) fail(`${options.timeml}: no such folder`);

/** Every .tml file below `dir`, skipping the "._" resource forks macOS leaves in archives. */
function tmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("._") && !e.name.startsWith("."))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return tmlFiles(full);
      return e.name.endsWith(".tml") ? [full] : [];
    });
}

const files = tmlFiles(root);
if (files.length === 0) fail(`${options.timeml}: no .tml files`);
let docs: (TimemlDocument & { folder: string })[];
try {
  docs = files.map((file) => ({
    ...readTimeml(path.relative(root, file), readFileSync(file, "utf8")),
    folder: path.relative(root, path.dirname(file)) || path.basename(root),
  }));
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

const tagOptions = { direction: clauseDirection };
const tagAll = () => docs.map((d) => tagTimexes(d.text, d.dct, tagOptions));
const cpuSeconds = (run: () => void): number => {
  const before = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(before);
  return (cpu.user + cpu.system) / 1e6;
};
// The first pass loads the language model. V8 goes on compiling the hot code of the tagger and
// of the language model over the next few passes (the second pass takes about twice as long as
// the fifth), so three passes warm up and the fastest of five more is reported, in CPU time, so
// that other work on the machine counts as little as it can. The first pass is reported too.
const WARM_UP = 3;
const TIMED = 5;
let systems: Timex[][] = [];
const firstPass = cpuSeconds(() => {
  systems = tagAll();
});
for (let i = 1; i < WARM_UP; i++) tagAll();
const seconds = Math.min(...Array.from({ length: TIMED }, () => cpuSeconds(tagAll)));

const matches = docs.map((d, i) => matchTimexes(d.name, d.timexes, systems[i]!));
const folders = [...new Set(docs.map((d) => d.folder))];

if (options.json) {
  console.log(JSON.stringify(scoreJson(matches), null, 2));
  process.exit(0);
}

const pct = (x: number) => x.toFixed(1).padStart(6);

function table(title: string, subset: readonly DocumentMatch[]): void {
  const counts = countMatches(subset);
  console.log(`${title} (${subset.length} documents)`);
  console.log("  type        gold  found    P      R    relF1  strF1  valAcc valF1");
  for (const c of CATEGORIES) {
    const n = counts[c];
    if (n.gold === 0 && n.system === 0) continue;
    const f = figuresOf(n);
    const cells = [f.precision, f.recall, f.relaxedF1, f.strictF1, f.valueAccuracy, f.valueF1].map(pct).join(" ");
    console.log(`  ${c.padEnd(9)} ${String(n.gold).padStart(6)} ${String(n.system).padStart(6)} ${cells}`);
  }
}

for (const folder of folders) {
  table(
    folder,
    matches.filter((_, i) => docs[i]!.folder === folder),
  );
}
if (folders.length > 1) table("total", matches);
console.log(
  `date stage: ${docs.length} documents in ${seconds.toFixed(3)} s of CPU (${Math.round(docs.length / seconds)} documents/s, the clause analysis for direction included; the fastest of ${TIMED} passes after ${WARM_UP} warm-up passes; the first pass, loading the language model: ${firstPass.toFixed(3)} s)`,
);

if (options.errors) {
  const textOf = new Map(docs.map((d) => [d.name, d.text]));
  const around = (doc: string, t: Timex) => {
    const text = textOf.get(doc) ?? "";
    const clip = (s: string) => s.replace(/\s+/g, " ");
    return `${clip(text.slice(Math.max(0, t.start - 60), t.start))}[${t.text}]${clip(text.slice(t.end, t.end + 40))}`;
  };
  const groups = new Map<string, string[]>();
  const add = (kind: string, line: string) => groups.set(kind, [...(groups.get(kind) ?? []), line]);
  for (const m of matches) {
    for (const p of m.pairs) {
      if (p.gold.value === p.system.value) continue;
      add(
        `value: ${p.gold.type} ${valueErrorKind(p.gold.value, p.system.value)}`,
        `${m.name}: ${p.gold.value} got ${p.system.value} (${p.system.text}) · ${around(m.name, p.gold)}`,
      );
    }
    for (const g of m.missed)
      add(`missed: ${g.type} ${valueShape(g.value)}`, `${m.name}: ${g.value} · ${around(m.name, g)}`);
    for (const s of m.spurious)
      add(`spurious: ${s.type} ${valueShape(s.value)}`, `${m.name}: ${s.value} · ${around(m.name, s)}`);
  }
  for (const [kind, lines] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    console.log(`\n${kind}: ${lines.length}`);
    for (const line of lines) console.log(`  ${line}`);
  }
}
