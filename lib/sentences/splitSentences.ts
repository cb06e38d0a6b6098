/**
 * Splits cleaned article text into sentences with their offsets. Paragraph breaks always end a
 * sentence; inside a paragraph a period, question or exclamation mark ends one unless it closes
 * a known abbreviation (U.S., Gen., Jan., Mr.), an initial (Vladimir V. Putin) or a number, or
 * is followed by a lower-case word. Closing quotes and brackets stay with their sentence.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** index of the paragraph (blank-line or line-break separated block) the sentence sits in */
  paragraph: number;
}

// Lower-cased, without the final period. Months and titles are the ones news prose abbreviates.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cmdr",
  "adm",
  "sgt",
  "sen",
  "rep",
  "gov",
  "pres",
  "amb",
  "st",
  "jr",
  "sr",
  "rev",
  "hon",
  "messrs",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vs",
  "etc",
  "approx",
  "est",
  "dept",
  "univ",
  "inc",
  "ltd",
  "corp",
  "co",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "u.s.a",
  "d.c",
  "a.m",
  "p.m",
  "i.e",
  "e.g",
]);
// Abbreviations that may also end a sentence; only split after them when a capital follows
// that does not look like a continuing name.
const TERMINAL_ABBREVIATIONS = new Set(["etc", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m"]);

const CLOSERS = /["'\u201d\u2019»)\]]/;

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  return text.slice(i + 1, dot);
}

function isAbbreviationDot(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return /\d/.test(text[dot - 1] ?? "") && /\d/.test(text[dot + 1] ?? "");
  const lower = word.toLowerCase().replace(/^\.+/, "");
  // A single capital letter is an initial ("Vladimir V. Putin", "William J. Burns").
  if (/^[A-Z]$/.test(word)) return true;
  if (!ABBREVIATIONS.has(lower)) return false;
  if (!TERMINAL_ABBREVIATIONS.has(lower)) return true;
  // "the U.S. Secretary" continues; "talks with the U.S. Putin said" would end, but news
  // style almost never ends a sentence on these, so only a following pronoun/article splits.
  const after = text.slice(dot + 1).match(/^\s+(\S+)/)?.[1] ?? "";
  return !/^(The|He|She|They|It|We|I|But|And|This|That|In|On|At|As)$/.test(after);
}

/**
 * "KYIV. April 22 (Interfax-Ukraine) – …": a city in capitals that opens a paragraph, with a stop
 * and then a day of the month, is a dateline, not a sentence.
 */
function isDatelineDot(text: string, start: number, dot: number, opensParagraph: boolean): boolean {
  return (
    opensParagraph &&
    /^\s*[A-Z][A-Z'’ /-]{2,}$/.test(text.slice(start, dot)) &&
    /^\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b/.test(text.slice(dot + 1, dot + 20))
  );
}

/**
 * "… in Darfur regions.Both sides had …": scraped text that lost the space between two
 * sentences. A stop right after a word's lower-case letters and right before a capitalised word
 * still ends the sentence ("U.S.", "St.Petersburg" and domains do not look so).
 */
function lostItsSpace(text: string, stop: number, next: number): boolean {
  return /[a-z]{2}$/.test(text.slice(stop - 2, stop)) && /^[A-Z][a-z]/.test(text.slice(next, next + 2));
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;

  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length, paragraph });
    start = end;
  };

  const openingParagraph = () => out.at(-1)?.paragraph !== paragraph;

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      // A line break ends the sentence; a blank line (or any newline: scraped text puts one
      // paragraph per line) starts a new paragraph.
      push(i);
      if (out.length && out[out.length - 1]!.paragraph === paragraph) paragraph++;
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "?" && ch !== "!" && ch !== "…") continue;
    if (ch === "." && (isAbbreviationDot(text, i) || isDatelineDot(text, start, i, openingParagraph()))) continue;
    // Swallow runs of terminators and closing quotes/brackets.
    let j = i + 1;
    while (j < text.length && (/[.?!…]/.test(text[j]!) || CLOSERS.test(text[j]!))) {
      j++;
    }
    if (j < text.length && !/\s/.test(text[j]!) && !lostItsSpace(text, i, j)) continue;
    const next = text.slice(j).match(/^\s*(\S)/)?.[1] ?? "";
    if (!next) continue;
    // A lower-case word after a terminator is a continuation: an unlisted abbreviation, a
    // quoted sentence followed by "he added", or scraped text that lost its capital. Inside a
    // long quotation sentences still end: the quotation's attribution is carried to each of
    // them later (lib/attribution/quoteAttributions).
    if (/[a-z]/.test(next)) continue;
    push(j);
  }
  push(text.length);
  return out;
}
