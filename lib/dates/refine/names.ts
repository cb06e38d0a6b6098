import type { Ctx, Found } from "../found";
import { NAMED_AFTER_DATE, NAMED_DAY_BEFORE_WEEKDAY, WEEKDAY } from "../words";

/**
 * A date that names a movement, an alliance or a revolution ("the March 23 Movement", "the
 * 14 March Alliance", "the February 17 Revolution"): part of a name, not when anything happened.
 */
const NAME_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:${NAMED_AFTER_DATE})\b`, "u");

/**
 * A named day that qualifies a noun ("the Good Friday Agreement", "a Good Friday-style accord",
 * "the Bloody Sunday inquiry") names the accord or the inquiry, not a day; alone ("on Good
 * Friday, …") it is still the day.
 */
const NAMED_DAY = new RegExp(String.raw`\b(?:${NAMED_DAY_BEFORE_WEEKDAY})\s+(?:${WEEKDAY})$`);
const QUALIFIES_NOUN =
  /^(?:-[a-z]|\s+(?:\p{Lu}\p{Ll}|(?:agreements?|accords?|deal|peace|treaty|inquiry|massacre|killings|crash)\b))/u;

function inNamedDay(ctx: Ctx, f: Found): boolean {
  const end = f.index + f.length;
  return (
    NAMED_DAY.test(ctx.sentence.slice(Math.max(0, f.index - 10), end)) &&
    QUALIFIES_NOUN.test(ctx.sentence.slice(end, end + 20))
  );
}

export function withoutNames(ctx: Ctx, found: Found[]): Found[] {
  return found.filter(
    (f) => !NAME_AFTER.test(ctx.sentence.slice(f.index + f.length, f.index + f.length + 60)) && !inNamedDay(ctx, f),
  );
}
