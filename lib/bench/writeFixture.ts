// Writes a generated event document for development and the UI benchmark:
//   tsx lib/bench/writeFixture.ts /tmp/events.json [events] [actors] [seed]
import { writeFileSync } from "node:fs";
import { generateEventDocument } from "./generateEventDocument";

const [file, events = "400", actors = "20", seed = "1"] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx lib/bench/writeFixture.ts <file> [events] [actors] [seed]");
  process.exit(2);
}
const doc = generateEventDocument({ events: Number(events), actors: Number(actors), seed: Number(seed) });
writeFileSync(file, JSON.stringify(doc));
console.log(
  `wrote ${doc.events.length} events, ${doc.actors.length} actors, ${doc.articles.length} articles to ${file}`,
);
