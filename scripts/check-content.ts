// Runs before every build: a malformed article stops the build with a message naming the file
// and the field to fix, instead of a stack trace from deep inside the page renderer.
import path from "node:path";
import { loadCorpus } from "../lib/load/loadCorpus";

const dir = path.resolve(process.argv[2] ?? "content/articles");
const { articles, problems } = loadCorpus(dir);
if (problems.length) {
  console.error(`\nContent check failed: ${problems.length} article${problems.length === 1 ? "" : "s"} to fix:\n`);
  for (const p of problems) console.error(`  ✗ ${p.message}`);
  console.error(`\n${articles.length} other article${articles.length === 1 ? "" : "s"} loaded fine.\n`);
  process.exit(1);
}
console.log(`Content check: ${articles.length} articles OK.`);
