// npm run schema: writes docs/events.schema.json, the JSON Schema of the event document,
// generated from the zod schema so the two cannot drift (a unit test checks it is current).
import path from "node:path";
import { writeAtomically } from "../lib/extract/writeAtomically";
import { eventDocumentJsonSchema } from "../lib/model/jsonSchema";

const file = path.resolve(import.meta.dirname, "../docs/events.schema.json");
writeAtomically(file, `${JSON.stringify(eventDocumentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
