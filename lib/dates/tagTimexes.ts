/**
 * The date stage as a TimeML temporal tagger: every temporal expression of a document as a
 * TIMEX3-like span with its type (DATE, TIME, DURATION, SET), value and modifier, resolved
 * against the document creation time. It shares its phrase rules with `findDates`; unlike it,
 * it reads the document as a whole, so that "the quarter" or "a year earlier" can refer back
 * to a time named before, and it tags durations, sets and references to the present, past and
 * future that date no event.
 */
import { splitSentences } from "../sentences/splitSentences";
import { makeCtx, type DirectionAt, type Found, type Precision } from "./found";
import { parsePhrases } from "./parsePhrases";
import { withoutSignal } from "./refine/extents";
import type { Timex } from "./timex";
import { calendarValue } from "./timexValue";

/** Values for phrases that need a reference date the document does not give. */
const UNRESOLVED: Record<Precision, string> = {
  day: "XXXX-XX-XX",
  week: "XXXX-WXX",
  month: "XXXX-XX",
  season: "XXXX-XX",
  quarter: "XXXX-QX",
  half: "XXXX-HX",
  year: "XXXX",
  range: "XXXX",
};

function toTimex(text: string, offset: number, f: Found): Timex {
  const value =
    f.timex?.value ??
    (f.start !== null && f.end !== null ? calendarValue(f.precision, f.start, f.end) : UNRESOLVED[f.precision]);
  const start = offset + f.index;
  const timex: Timex = {
    start,
    end: start + f.length,
    text: text.slice(start, start + f.length),
    type: f.timex?.type ?? "DATE",
    value,
  };
  if (f.timex?.mod) timex.mod = f.timex.mod;
  return timex;
}

export interface TagOptions {
  /** the direction each phrase of a sentence points, from its clause (see `clauseDirection`) */
  direction?: (sentence: string) => DirectionAt | null;
}

/** Tags a document's temporal expressions; `dct` is its creation time (YYYY-MM-DD) or null. */
export function tagTimexes(text: string, dct: string | null, opts: TagOptions = {}): Timex[] {
  const previous: Found[] = [];
  const out: Timex[] = [];
  for (const s of splitSentences(text)) {
    const read = (direction: DirectionAt | null, onDirected?: (f: Found | null) => void) => {
      const ctx = makeCtx(s.text, dct, undefined, direction, { previous, sentence: [] });
      if (onDirected) ctx.onDirected = onDirected;
      const found = parsePhrases(ctx);
      // A phrase that refers back may refer to a time named earlier in its own sentence
      // ("a loss in the third quarter, against a profit a year earlier"): read it again knowing them.
      return found.some((f) => f.refersBack)
        ? [found, parsePhrases({ ...ctx, document: { previous, sentence: found } })]
        : [found];
    };
    let readings: Found[][];
    if (opts.direction) {
      // Read first without the clauses: a phrase's direction, costly to work out, matters only when
      // a phrase that needs it keeps its place (not "March" inside "March 1998"), and then the
      // sentence is read again with it.
      const directed = new Set<Found>();
      let unsure = false;
      readings = read(
        () => null,
        (f) => (f === null ? (unsure = true) : directed.add(f)),
      );
      if (unsure || readings.some((found) => found.some((f) => directed.has(f))))
        readings = read(opts.direction(s.text));
    } else {
      readings = read(null);
    }
    const found = readings[readings.length - 1]!;
    for (const f of found.flatMap((x) => x.parts ?? [x])) out.push(toTimex(text, s.start, withoutSignal(s.text, f)));
    previous.push(...found);
  }
  return out;
}
