/**
 * A phrase rule: a regular expression whose `d` group marks the phrase itself (prepositions such
 * as "in" stay outside it, so that `text` and `index` point at the words as written) and a
 * builder that reads the match into a Found, or rejects it with null.
 */
import type { Ctx, Found } from "./found";

type Build = (m: RegExpExecArray, ctx: Ctx, index: number, length: number) => Found | null;

export interface Rule {
  re: RegExp;
  build: Build;
}

export const rule = (source: string, build: Build): Rule => ({ re: new RegExp(source, "gid"), build });

/** A named group of a match. */
export const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];

/** Every phrase the rules find in the context's sentence, overlapping ones included. */
export function applyRules(ctx: Ctx, rules: readonly Rule[]): Found[] {
  const out: Found[] = [];
  for (const { re, build } of rules) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.sentence); m !== null; m = re.exec(ctx.sentence)) {
      const [from, to] = m.indices?.groups?.d ?? [m.index, m.index + m[0].length];
      const found = build(m, ctx, from, to - from);
      if (found !== null) out.push(found);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
