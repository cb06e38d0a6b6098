import { z } from "zod";
import { eventDocumentSchema } from "./schema";

/** The JSON Schema of the event document, for consumers outside TypeScript. */
export function eventDocumentJsonSchema() {
  return {
    ...z.toJSONSchema(eventDocumentSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    title: "Signals event document",
    description: "The normalised event list produced by `npm run extract`; see docs/event-model.md.",
  };
}
