/**
 * A phrase rule: a regular expression whose `d` group marks the phrase itself (prepositions such
 * as "in" stay outside it, so that `text` and `index` point at the words as written) and a
 * builder that reads the match into a Found, or rejects it with null.
 */
import { readPhrase, type Ctx, type Found } from "./found";

type Build = (m: RegExpExecArray, ctx: Ctx, index: number, length: number) => Found | null;

export interface Rule {
  /** finds the matches */
  scan: RegExp;
  /** the same expression, sticky and with group offsets, run again only where `scan` matched */
  at: RegExp;
  build: Build;
}

// Group offsets (the "d" flag) slow a whole scan down two to three times; matches are rare, so
// they are computed only at the places where one was found. A rule for capitalised words only
// (month names) is case-sensitive, so that "may" and "march" do not match at all.
export const rule = (source: string, build: Build, caseSensitive = false): Rule => ({
  scan: new RegExp(source, caseSensitive ? "g" : "gi"),
  at: new RegExp(source, caseSensitive ? "yd" : "iyd"),
  build,
});

/**
 * A family of phrases (months, durations, …): its rules, and the words (lower case, as split at
 * every other character) one of which each of its phrases holds, or, for phrases that are not
 * words ("1990s", "7:15 p.m."), a test of the sentence; a sentence that passes neither is not
 * scanned by the family's rules.
 */
export interface Family {
  words: readonly string[];
  also?: (sentence: string) => boolean;
  rules: readonly Rule[];
}

/** A named group of a match. */
export const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];

/** Every phrase the families find in the context's sentence, overlapping ones included. */
export function applyFamilies(ctx: Ctx, families: readonly Family[]): Found[] {
  const out: Found[] = [];
  for (const family of families) {
    for (const { scan, at, build } of family.rules) {
      scan.lastIndex = 0;
      for (let found = scan.exec(ctx.sentence); found !== null; found = scan.exec(ctx.sentence)) {
        at.lastIndex = found.index;
        const m = at.exec(ctx.sentence)!;
        const [from, to] = m.indices?.groups?.d ?? [m.index, m.index + m[0].length];
        const phrase = readPhrase(ctx, (c) => build(m, c, from, to - from));
        if (phrase !== null) out.push(phrase);
        if (found[0].length === 0) scan.lastIndex++;
      }
    }
  }
  return out;
}
