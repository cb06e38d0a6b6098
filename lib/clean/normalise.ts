import { MappedBuilder, type MappedText } from "./mappedText";

/**
 * One pass over the text that leaves one trimmed paragraph per line: every kind of line break
 * becomes "\n", blank lines disappear, runs of spaces become one space, invisible characters
 * go, and typographic quotes and hyphens (and a dash joining two words) become straight ones so
 * later stages match a single form.
 */

const Kind = { Keep: 0, Drop: 1, Space: 2, Break: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const REPLACE = new Map<number, string>();
for (const ch of "“”„‟«»") REPLACE.set(ch.charCodeAt(0), '"');
for (const ch of "‘’‚‛‹›") REPLACE.set(ch.charCodeAt(0), "'");
// Typographic hyphens ("Qatari‑brokered" with a non-breaking hyphen) join words as "-" does.
for (const ch of "\u2010\u2011") REPLACE.set(ch.charCodeAt(0), "-");

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `code`, at `i`, is an en or em dash between two letters or digits. */
function joiningDash(text: string, i: number, code: number): boolean {
  return (code === 0x2013 || code === 0x2014) && WORD_CHAR.test(text[i - 1] ?? "") && WORD_CHAR.test(text[i + 1] ?? "");
}

function kindOf(code: number): Kind {
  if (code >= 0x21 && code < 0x7f) return Kind.Keep;
  if (code === 0x20 || code === 0x09) return Kind.Space;
  if (code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c) return Kind.Break;
  if (code < 0x20 || code === 0x7f) return Kind.Drop;
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return Kind.Break;
  if (code < 0xa0) return Kind.Drop;
  if (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
    return Kind.Space;
  // Soft hyphens, zero-width characters and byte-order marks split words invisibly.
  if (code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff) return Kind.Drop;
  return Kind.Keep;
}

export function normaliseText(src: MappedText): MappedText {
  const text = src.text;
  const out = new MappedBuilder(text.length);
  // Where a pending separator came from, so it maps to the first blank it replaces.
  let pendingBreak = -1;
  let pendingSpace = -1;
  let lineHasText = false;
  let keepFrom = -1;

  const flushKept = (to: number) => {
    if (keepFrom !== -1) out.copy(src, keepFrom, to);
    keepFrom = -1;
  };
  const beforeVisible = () => {
    if (pendingBreak !== -1 && out.size > 0) out.add("\n", src.starts[pendingBreak]!, src.ends[pendingBreak]!);
    else if (pendingSpace !== -1) out.add(" ", src.starts[pendingSpace]!, src.ends[pendingSpace]!);
    pendingBreak = -1;
    pendingSpace = -1;
    lineHasText = true;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: Kind = kindOf(code);
    let pair = false;
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate is kept only as half of a well-formed pair; a lone half is not text.
      const next = text.charCodeAt(i + 1);
      pair = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      kind = pair ? Kind.Keep : Kind.Drop;
    }
    // Only typographic quotes and hyphens are replaced, and none is ASCII. A dash set between two
    // words with no space ("the Russia–Ukraine deal") joins them as a hyphen does; spaced, it
    // sets off an aside.
    const replacement = code < 0x80 ? undefined : (REPLACE.get(code) ?? (joiningDash(text, i, code) ? "-" : undefined));
    if (kind === Kind.Keep && replacement === undefined) {
      if (keepFrom === -1) {
        beforeVisible();
        keepFrom = i;
      }
      if (pair) i++;
      continue;
    }
    flushKept(i);
    // "‘‘…’’": two single quotes typed for a double one close (or open) a quotation.
    if (replacement === "'" && text.charCodeAt(i + 1) === code) {
      beforeVisible();
      out.add('"', src.starts[i]!, src.ends[i + 1]!);
      i++;
    } else if (kind === Kind.Keep) {
      beforeVisible();
      out.add(replacement!, src.starts[i]!, src.ends[i]!);
    } else if (kind === Kind.Space) {
      if (lineHasText && pendingSpace === -1) pendingSpace = i;
    } else if (kind === Kind.Break) {
      if (lineHasText) {
        pendingBreak = i;
        lineHasText = false;
      }
      pendingSpace = -1;
    }
  }
  flushKept(text.length);
  return out.finish();
}
