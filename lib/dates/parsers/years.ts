/**
 * Years and longer calendar stretches: "2022", "in 2022", "fiscal 1989", "2022–23", "the 1990s",
 * "the late 1970s", "the 20th century", "nineteen ninety-six", "the year two thousand".
 */
import { explicit, reading, relative, type Found } from "../found";
import { g, rule, type Family } from "../rule";
import { spanBeside } from "../shifts";
import { yearSpan, type Span } from "../spans";
import { ORDINAL, YEAR, countOf, ordinalOf } from "../words";

/**
 * A bare number in the years' range is a measure, not a year, when a unit of measure follows
 * ("1500 km", "2030 GMT"). Counts of things are written with a comma in edited news ("2,000
 * troops"), so a plural noun after the number ("1989 sales") does not make it a count, except
 * after "of" before people or equipment ("a contingent of 1960 servicemen").
 */
const MEASURED = /^\s+(?:km|kg|mph|feet|ft|metres|meters|miles|tons|tonnes|GMT|EST|EDT|UTC|hrs|hours|local\s+time)\b/;

// People and equipment, which a year does not describe (unlike "of 2022 talks").
const COUNTED =
  /^\s+(?:servicemen|soldiers|troops|personnel|people|persons|prisoners|hostages|detainees|civilians|refugees|fighters|units|vehicles|tanks|carriers|weapons)\b/;

const years = (y1: number, y2: number): Span => ({ start: yearSpan(y1).start, end: yearSpan(y2).end });

/** early, mid and late thirds of a decade; TimeML marks them START, MID and END. */
const DECADE_PARTS: Record<string, { from: number; to: number; mod: string }> = {
  early: { from: 0, to: 3, mod: "START" },
  mid: { from: 4, to: 6, mod: "MID" },
  late: { from: 7, to: 9, mod: "END" },
};

export const YEARS: Family = {
  // Every phrase of the family has a year, a decade or a year in words.
  words: [
    ...["century", "nineteen", "twenty", "thousand"],
    ...["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"],
  ],
  also: (s) => /(?:19|20)\d\d|\d0s\b/.test(s),
  rules: [
    // "2022-2023", "2022–23", "between 2022 and 2024"
    rule(
      `\\b(?<d>(?:(?<pre>between|from)\\s+)?(?<![\\d.,$£€/-])(?<y1>(?:19|20)\\d{2})\\s*(?<conn>-|–|—|/|to|until|through|and)\\s*(?<y2>(?:19|20)?\\d{2})(?![\\d%]|[-–./]\\d))`,
      (m, _ctx, index, length) => {
        const y1 = Number(g(m, "y1"));
        const raw = g(m, "y2") ?? "";
        const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
        if (g(m, "conn")?.toLowerCase() === "and" && g(m, "pre") === undefined) return null;
        if (y2 <= y1 || y2 - y1 > 30) return null;
        const found = explicit(index, length, "range", years(y1, y2));
        const [a, b] = [m.indices?.groups?.y1, m.indices?.groups?.y2];
        // TimeML tags each end of "between 1985 and 1987" on its own; "1985-87" is one expression.
        if (found === null || a === undefined || b === undefined || !/^[a-z]/i.test(g(m, "conn") ?? "")) return found;
        const end = explicit(b[0], b[1] - b[0], "year", yearSpan(y2));
        return end === null ? found : { ...found, parts: [explicit(a[0], a[1] - a[0], "year", yearSpan(y1))!, end] };
      },
    ),
    // "later in 2023", "earlier in 2023": of the year the story is in, the part of it after or
    // before the day it is told ("later this year"); any other year whole
    rule(`\\b(?<d>(?<dir>earlier|later)\\s+in\\s+${YEAR})`, (m, ctx, index, length) => {
      const y = Number(ctx.sentence.slice(index + length - 4, index + length));
      const whole = yearSpan(y);
      if (ctx.ref?.y !== y) return explicit(index, length, "year", whole);
      const later = (g(m, "dir") ?? "").toLowerCase() === "later";
      const found = relative(ctx, index, length, "range", (ref) => spanBeside(ref, whole, later), later);
      // TimeML values the phrase as the year it names.
      return reading(found, { type: "DATE", value: String(y) });
    }),
    // "2022", "in 2022", "since 2014", "fiscal 1989", "the 2000 Olympics"
    rule(
      `(?:\\b(?<pre>in|since|by|until|till|during|from|through|throughout|before|after|of|as\\s+of|as\\s+early\\s+as|starting|between)\\s+)?(?<d>(?:fiscal(?:\\s+year)?\\s+)?${YEAR})`,
      (m, ctx, index, length): Found | null => {
        const after = ctx.sentence.slice(index + length);
        if (g(m, "pre") === undefined && MEASURED.test(after)) return null;
        if (g(m, "pre")?.toLowerCase() === "of" && COUNTED.test(after)) return null;
        const y = Number(ctx.sentence.slice(index + length - 4, index + length));
        return explicit(index, length, "year", yearSpan(y));
      },
    ),
    // "the 1990s", "the '80s", "the late 1970s", "the mid-1990s"
    rule(
      `\\b(?<d>(?:the\\s+)?(?:(?<p>early|mid|late)(?:-|\\s+))?(?:(?<c>19|20)|')(?<dec>\\d)0'?s)\\b`,
      (m, _ctx, index, length) => {
        const start = Number(`${g(m, "c") ?? "19"}${g(m, "dec")}0`);
        const part = DECADE_PARTS[(g(m, "p") ?? "").toLowerCase()];
        const found = explicit(index, length, "range", years(start + (part?.from ?? 0), start + (part?.to ?? 9)));
        return part ? reading(found, { type: "DATE", mod: part.mod }) : found;
      },
    ),
    // "the nineties", "the early eighties": decades in words, taken in the 20th century
    rule(
      `\\b(?<d>the\\s+(?:(?<p>early|mid|late)(?:-|\\s+))?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`,
      (m, _ctx, index, length) => {
        const start = 1900 + countOf((g(m, "w") ?? "").replace(/ies$/i, "y")).n;
        const part = DECADE_PARTS[(g(m, "p") ?? "").toLowerCase()];
        const found = explicit(index, length, "range", years(start + (part?.from ?? 0), start + (part?.to ?? 9)));
        return part ? reading(found, { type: "DATE", mod: part.mod }) : found;
      },
    ),
    // "the 20th century", "the eleventh century"
    rule(`\\b(?<d>(?:the\\s+)?(?<n>${ORDINAL})\\s+century)\\b`, (m, _ctx, index, length) => {
      const n = ordinalOf(g(m, "n") ?? "");
      if (n === null || n < 1 || n > 21) return null;
      return explicit(index, length, "range", years((n - 1) * 100, (n - 1) * 100 + 99));
    }),
    // Years in words, as broadcasts are transcribed: "nineteen ninety-six", "the year two thousand"
    rule(
      `\\b(?<d>(?<c>nineteen|twenty)\\s+(?<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|the\\s+year\\s+two\\s+thousand)\\b`,
      (m, _ctx, index, length) => {
        const century = g(m, "c");
        if (century === undefined) return explicit(index, length, "year", yearSpan(2000));
        const rest = (g(m, "rest") ?? "").toLowerCase();
        const y = (century.toLowerCase() === "nineteen" ? 1900 : 2000) + (rest === "hundred" ? 0 : countOf(rest).n);
        return explicit(index, length, "year", yearSpan(y));
      },
    ),
  ],
};
