import type { Ctx, Found } from "../found";

/**
 * An ordinal or superlative before "since" in its phrase ("the second round of direct talks since
 * March 2022", "the largest exchange since the war began"): the phrase sets a baseline to compare
 * with, not when the event happened. A long name may stand between; a word that opens another
 * clause may not ("the first convoy arrived as the army kept up shelling since March").
 */
export const COMPARED =
  /\b(?:first|second|third|fourth|fifth|highest|largest|biggest|deadliest|worst|best|longest|heaviest|strongest|lowest|most)\b(?:[^.;,:](?!\b(?:as|while|when|which|who|after|but|because|though)\b)){0,120}$/i;

/**
 * A since-phrase inside a comma aside that describes a noun ("the rebels, at war since 2020,
 * agreed …", "the talks, stalled since March, resumed …"): how long a state has lasted, not when
 * the clause happened. Words must come between the comma and "since" (", since 2022," dates),
 * and not a relative clause's, which the since-phrase dates ("Putin, who has ruled since 1999,").
 */
const DESCRIBING_ASIDE = /,\s*(?!(?:who|which|that|where|when|whose)\b)(?:[\p{L}-]+\s+){1,4}$/iu;

/**
 * "since" and a noun phrase of "of" or "in" up to a date inside it ("since the start of the 2022
 * …", "since the outbreak of war in 2022", "since Russia's full-scale invasion in February 2022");
 * "since the war began in 2022" is a clause, whose date stands.
 */
const SINCE_PHRASE = /\bsince\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,3}(?:of|in)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
/** A verb of the since-phrase makes it a clause ("since the war began in 2022"). */
const SINCE_CLAUSE =
  /\bsince\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:\p{L}+ed|began|begun|broke|took|came|went|started|erupted|seized)\s/iu;

/** "since September", "since at least 2014": from the anchor's start to publication, open-ended. */
export function applySince(ctx: Ctx, found: Found[]): Found[] {
  return found.map((f) => {
    const lead = /\bsince\s+(?:at\s+least\s+|as\s+early\s+as\s+|as\s+far\s+back\s+as\s+)?$/i.exec(
      ctx.sentence.slice(0, f.index),
    );
    if (lead === null) {
      // "the first direct talks since the early months of the 2022 invasion": a date inside the
      // phrase a superlative is measured from dates nothing either.
      const before = ctx.sentence.slice(Math.max(0, f.index - 60), f.index);
      const within = SINCE_PHRASE.exec(before);
      const at = within === null || SINCE_CLAUSE.test(within[0]) ? -1 : Math.max(0, f.index - 60) + within.index;
      return at >= 0 && COMPARED.test(ctx.sentence.slice(Math.max(0, at - 120), at)) ? { ...f, dates: false } : f;
    }
    const aside =
      DESCRIBING_ASIDE.test(ctx.sentence.slice(Math.max(0, lead.index - 40), lead.index)) &&
      /^\s*,/.test(ctx.sentence.slice(f.index + f.length));
    const compared = aside || COMPARED.test(ctx.sentence.slice(Math.max(0, lead.index - 120), lead.index));
    const base = {
      ...f,
      index: lead.index,
      length: f.index + f.length - lead.index,
      precision: "range" as const,
      ...(compared ? { dates: false } : {}),
    };
    if (f.start === null) return { ...base, open: true };
    if (ctx.refIso !== null && f.start > ctx.refIso) return f;
    // Without a year, "since September" depends on the publication date like any relative phrase.
    const basis = f.yearless === undefined ? f.basis : "relative";
    return { ...base, basis, end: ctx.refIso, open: true, forward: false };
  });
}

/** "in five months", "in the past three years", "in a decade": a span counted back or ahead. */
const IN_SPAN = /\bin\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?$/i;
const COUNTED_UNITS =
  /^(?:in\s+)?(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+)\s+(?:days?|weeks?|months?|years?|decades?)$/i;

/**
 * "the largest swap in five months", "the first meeting in three years": the span a superlative
 * is measured over dates nothing ("the first talks in March" keeps its month).
 */
export function applyComparedSpans(ctx: Ctx, found: Found[]): Found[] {
  return found.map((f) => {
    const text = ctx.sentence.slice(f.index, f.index + f.length);
    if (!COUNTED_UNITS.test(text)) return f;
    const before = ctx.sentence.slice(Math.max(0, f.index - 80), f.index);
    // The phrase holds its "in" ("in the past three years") or follows it ("in five months").
    const lead = /^in\s/i.test(text) ? before.length : (IN_SPAN.exec(before)?.index ?? -1);
    return lead >= 0 && COMPARED.test(before.slice(0, lead)) ? { ...f, dates: false } : f;
  });
}
