import { describe, expect, it } from "vitest";
import * as schema from "../model/schema";
import * as vocabulary from "./vocabulary";

describe("the browser's copy of the event model's vocabularies", () => {
  it("is identical to the schema's, in order (the wire format indexes into them)", () => {
    expect(vocabulary.SIGNAL_TYPES).toEqual(schema.SIGNAL_TYPES);
    expect(vocabulary.PRECISIONS).toEqual(schema.PRECISIONS);
    expect(vocabulary.MODALITIES).toEqual(schema.MODALITIES);
    expect(vocabulary.ATTRIBUTIONS).toEqual(schema.ATTRIBUTIONS);
    expect(vocabulary.ACTOR_ROLES).toEqual(schema.ACTOR_ROLES);
    expect(vocabulary.DATE_BASES).toEqual(schema.eventDateSchema.shape.basis.options);
  });
});
