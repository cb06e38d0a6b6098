import type { Ctx, Found } from "../found";
import { NAMED_AFTER_DATE } from "../words";

/**
 * A date that names a movement, an alliance or a revolution ("the March 23 Movement", "the
 * 14 March Alliance", "the February 17 Revolution"): part of a name, not when anything happened.
 */
const NAME_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:${NAMED_AFTER_DATE})\b`, "u");

export function withoutNames(ctx: Ctx, found: Found[]): Found[] {
  return found.filter((f) => !NAME_AFTER.test(ctx.sentence.slice(f.index + f.length, f.index + f.length + 60)));
}
