import {
  isBoilerplateLine,
  isTeaserHeading,
  isTrailingFurniture,
  looksLikeProse,
  truncatedLeadPrefix,
} from "./boilerplate";
import { hardWrapJoins } from "./hardWraps";
import { decodeEntities, looksLikeHtml, stripTags } from "./html";
import { identityMapped, MappedBuilder, type MappedText } from "./mappedText";
import { looksUnrepairable, repairMojibake } from "./mojibake";
import { normaliseText } from "./normalise";
import { photoAsides } from "./photoAsides";

/**
 * The clean stage: turns a raw scraped body into one paragraph per line without page furniture,
 * mis-decoded text or repeated headlines, and keeps a map from every cleaned character back to
 * the raw body so evidence can be quoted exactly as published.
 */

export interface CleanedText {
  /** cleaned text, one paragraph per line ("\n" between paragraphs) */
  text: string;
  /** maps an offset in `text` to the offset in the raw body it came from */
  toRaw(offset: number): number;
  removed: { kind: "boilerplate" | "duplicate-heading" | "mojibake-unrepairable"; text: string; rawStart: number }[];
  repaired: { kind: "mojibake"; from: string; to: string; rawStart: number }[];
  warnings: string[];
}

type Removal = CleanedText["removed"][number];

// News articles run to tens of thousands of characters; far beyond that is a scraped page dump.
const LONG_INPUT = 200_000;
// A teaser block that opens in the second half of the text is the page's tail; earlier it may
// be an inline "Read also" box with the article going on after it.
const TAIL_FRACTION = 0.5;
const MAX_INLINE_TEASERS = 6;
const MAX_TRAILING_FURNITURE = 3;

interface Line {
  text: string;
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  if (!text) return lines;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    if (end === -1) {
      lines.push({ text: text.slice(start), start, end: text.length });
      return lines;
    }
    lines.push({ text: text.slice(start, end), start, end });
    start = end + 1;
  }
}

/** The title in the same form as the cleaned lines, so a repeated headline compares equal. */
function normaliseTitle(title: string): string {
  return normaliseText(repairMojibake(decodeEntities(identityMapped(title)).mapped).mapped).text.replace(/\n/g, " ");
}

/** cleanBody plus, for sentence offsets, the raw end of each cleaned character. */
export function cleanBodyMapped(
  raw: string,
  opts?: { title?: string },
): { cleaned: CleanedText; rawEndOf(offset: number): number } {
  const warnings: string[] = [];
  if (raw.length > LONG_INPUT)
    warnings.push(`input is ${raw.length} characters long, far longer than a news article: check the scrape`);

  let mapped = identityMapped(raw);
  let tags = 0;
  if (looksLikeHtml(raw)) ({ mapped, tags } = stripTags(mapped));
  const decoded = decodeEntities(mapped);
  if (tags || decoded.entities)
    warnings.push(
      `text looks like HTML: removed ${tags} tag(s) and decoded ${decoded.entities} character reference(s)`,
    );
  const { mapped: repairedText, repairs } = repairMojibake(decoded.mapped);
  const norm = normaliseText(repairedText);

  const lines = splitLines(norm.text);
  const keep = new Uint8Array(lines.length).fill(1);
  const removed: Removal[] = [];
  const drop = (i: number, kind: Removal["kind"]) => {
    keep[i] = 0;
    removed.push({ kind, text: lines[i]!.text, rawStart: norm.starts[lines[i]!.start]! });
  };
  const nextKept = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !keep[j]) j++;
    return j;
  };

  // A hard wrap cuts paragraphs into lines: which line goes on in the next is decided on the lines
  // as cut, and a line that goes on from the one before is part of a paragraph, never furniture
  // on its own ("… the plan put forward" / "by the president." is no byline).
  const joins = hardWrapJoins(lines.map((l) => l.text));
  const continues = (i: number) => i > 0 && joins[i - 1] === true;
  let unrepairable = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (continues(i)) continue;
    if (looksUnrepairable(line.text)) {
      drop(i, "mojibake-unrepairable");
      unrepairable++;
    } else if (isBoilerplateLine(line.text)) drop(i, "boilerplate");
    else if (isTeaserHeading(line.text)) {
      drop(i, "boilerplate");
      const tail = line.start >= norm.text.length * TAIL_FRACTION;
      const limit = tail ? lines.length : Math.min(lines.length, i + 1 + MAX_INLINE_TEASERS);
      let j = i + 1;
      // The block ends at the first line of prose: a "Read more:" box with two links can sit in
      // the middle of an article that goes on after it.
      for (; j < limit && !looksLikeProse(lines[j]!.text); j++) drop(j, "boilerplate");
      i = j - 1;
    }
  }
  if (unrepairable) warnings.push(`${unrepairable} line(s) of unrepairable mis-decoded text removed`);

  const title = opts?.title ? normaliseTitle(opts.title) : "";
  // The headline stays once where the story opens: at the top, or after furniture that states no
  // sentence ("Updated May 6, 2024 - World"); after a paragraph of the story it repeats it.
  let opening = true;
  const seen = new Set<string>();
  for (let i = nextKept(-1); i < lines.length; i = nextKept(i)) {
    const text = lines[i]!.text;
    if ((text === title && !opening) || seen.has(text)) drop(i, "duplicate-heading");
    else seen.add(text);
    if (text === title || /[.!?]["'”’)]?$/.test(text)) opening = false;
  }

  for (let i = nextKept(-1); i < lines.length;) {
    const next = nextKept(i);
    const prefix = truncatedLeadPrefix(lines[i]!.text);
    const following = next < lines.length ? lines[next]!.text : "";
    if (prefix && following.length > prefix.length && following.startsWith(prefix)) drop(i, "boilerplate");
    i = next;
  }

  let last = lines.length - 1;
  for (let n = 0; n < MAX_TRAILING_FURNITURE; n++) {
    while (last >= 0 && !keep[last]) last--;
    if (last < 0 || continues(last) || !isTrailingFurniture(lines[last]!.text)) break;
    drop(last, "boilerplate");
  }

  const out = new MappedBuilder(norm.text.length);
  let previous = -1;
  lines.forEach((line, i) => {
    if (!keep[i]) return;
    const before = lines[previous];
    // The "\n" that ended the previous kept line maps between the two paragraphs, or, where a
    // hard wrap cut one paragraph, to the space that joins its lines (none after a hyphen). No
    // join reaches across a line taken out.
    const joined = previous === i - 1 && continues(i);
    if (before && !joined) out.copy(norm, before.end, before.end + 1);
    else if (before && !/\p{L}-$/u.test(before.text)) out.add(" ", norm.starts[before.end]!, norm.ends[before.end]!);
    let from = line.start;
    for (const [a, b] of photoAsides(line.text)) {
      out.copy(norm, from, line.start + a);
      from = line.start + b;
    }
    out.copy(norm, from, line.end);
    previous = i;
  });
  const final: MappedText = out.finish();
  if (!final.text) warnings.push("nothing left after cleaning");
  removed.sort((a, b) => a.rawStart - b.rawStart);

  const length = final.text.length;
  const clamp = (offset: number) => (offset > 0 ? Math.min(Math.floor(offset), length - 1) : 0);
  const toRaw = (offset: number) => {
    if (!length) return 0;
    return offset >= length ? final.ends[length - 1]! : final.starts[clamp(offset)]!;
  };
  const rawEndOf = (offset: number) => (length ? final.ends[clamp(offset)]! : 0);
  return { cleaned: { text: final.text, toRaw, removed, repaired: repairs, warnings }, rawEndOf };
}

export function cleanBody(raw: string, opts?: { title?: string }): CleanedText {
  return cleanBodyMapped(raw, opts).cleaned;
}
