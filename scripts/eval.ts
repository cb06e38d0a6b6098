// npm run eval [-- --events FILE] [--gold FILE] [--quiet]
// Scores an event document (default: content/events.json) against the seed gold set.
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatScore, scoreDocument, type GoldFile } from "../lib/eval/score";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const root = path.resolve(import.meta.dirname, "..");
const gold = JSON.parse(
  readFileSync(path.resolve(option("--gold", path.join(root, "lib/eval/fixtures/seeds.gold.json"))), "utf8"),
) as GoldFile;
const doc = JSON.parse(readFileSync(path.resolve(option("--events", path.join(root, "content/events.json"))), "utf8"));
console.log(formatScore(scoreDocument(gold, doc), !args.includes("--quiet")));
