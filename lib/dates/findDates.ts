/**
 * The DATES stage: every date phrase in a sentence, resolved against the article's publication
 * date following docs/event-model.md ("Dates"). Callers pick among the mentions; this stage
 * never guesses a date it cannot anchor. Durations, sets, times without a day and "now",
 * "recently" or "the future" are read too, so that they are not misread as dates, and dropped.
 */
import type { DateMention } from "../model/mentions";
import { makeCtx, type Ctx, type DirectionAt, type Found } from "./found";
import { looksAhead } from "./looksAhead";
import { parsePhrases } from "./parsePhrases";
import { withoutNames } from "./refine/names";
import { joinRanges } from "./refine/ranges";
import { applyComparedSpans, applySince } from "./refine/since";

export { looksAhead };
export type { DirectionAt };

function toMention(ctx: Ctx, f: Found): DateMention {
  const mention: DateMention = {
    start: f.start,
    end: f.end,
    precision: f.precision,
    text: ctx.sentence.slice(f.index, f.index + f.length),
    basis: f.basis,
    index: f.index,
    future: f.forward || (f.start !== null && ctx.refIso !== null && f.start > ctx.refIso),
  };
  if (f.open) mention.open = true;
  return mention;
}

/**
 * Finds and resolves the date phrases of one sentence. `published` is the article's YYYY-MM-DD
 * publication date; without a valid one, relative and yearless phrases come back unresolved.
 * `lookingAhead` (default: `looksAhead(sentence)`) sends yearless dates and bare weekdays to the
 * next occurrence instead of the latest past one. `direction`, when given, overrules it phrase by
 * phrase: the caller knows the tense of the clause each phrase sits in, and a phrase whose clause
 * says nothing takes the instance nearest the publication date.
 */
export function findDates(
  sentence: string,
  published: string | null,
  opts: { lookingAhead?: boolean; direction?: DirectionAt } = {},
): DateMention[] {
  // ('will visit in "the fall"': quotation marks around a phrase of time hide it from the rules;
  // a space in their place keeps every offset.)
  const ctx = makeCtx(sentence.replace(/["“”]/g, " "), published, opts.lookingAhead, opts.direction ?? null);
  const dates = parsePhrases(ctx, true).filter((f) => f.dates);
  // A "since" phrase or a span that sets a baseline ("the first talks since 2022", "the largest
  // swap in five months") dates no event.
  return applyComparedSpans(ctx, applySince(ctx, withoutNames(ctx, joinRanges(ctx, dates))))
    .filter((f) => f.dates)
    .map((f) => toMention(ctx, f));
}
