import iconv from "iconv-lite";
import { MappedBuilder, type MappedText } from "./mappedText";

/**
 * Repairs text that was decoded with the wrong code page: UTF-8 read as Latin-1/Windows-1252
 * ("Ã©" → "é", "â€™" → "’") and Windows-1251 Cyrillic read as Latin-1/Windows-1252
 * ("Öåé òåêñò" → "Цей текст"). A repair is kept only when its result is plausible, so real
 * accented Latin text ("café", "Rinkēvičs") passes through untouched.
 */

export interface MojibakeRepair {
  kind: "mojibake";
  from: string;
  to: string;
  rawStart: number;
}

/** The byte a Latin-1 or Windows-1252 decoder turned into this character. */
const BYTE_OF = new Map<number, number>();
/** The Windows-1251 Cyrillic letter whose byte a wrong decoder turned into this character. */
const CYRILLIC_OF = new Map<number, string>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  const buf = Buffer.from([byte]);
  const cyrillic = iconv.decode(buf, "win1251");
  const isLetter = /^\p{Script=Cyrillic}$/u.test(cyrillic) && /^\p{L}$/u.test(cyrillic);
  for (const source of [iconv.decode(buf, "latin1"), iconv.decode(buf, "win1252")]) {
    if (source === "\ufffd") continue;
    BYTE_OF.set(source.charCodeAt(0), byte);
    if (isLetter) CYRILLIC_OF.set(source.charCodeAt(0), cyrillic);
  }
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const LETTER = /\p{L}/u;
// Controls, unassigned and private-use code points mean the bytes were never UTF-8.
const DECODED_OK = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;

/** Replaces src.text[start, end). */
interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Replaces src.text[start, end) with text; without pieces, character for character. */
interface Edit {
  start: number;
  end: number;
  text: string;
  pieces?: Piece[];
}

const isLineBreak = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

/** Real words are lower case, Capitalised or ALL CAPS; "РЎР»Р°" style mixtures are not. */
function plausibleCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

/** Length of the valid UTF-8 sequence starting at bytes[k], and its code point; 0 if none. */
function utf8Sequence(bytes: number[], k: number): [number, number] {
  const lead = bytes[k]!;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return [0, 0];
  if (k + length > bytes.length) return [0, 0];
  let code = lead & (0xff >> (length + 1));
  for (let i = 1; i < length; i++) {
    const b = bytes[k + i]!;
    if (b < (i === 1 ? low : 0x80) || b > (i === 1 ? high : 0xbf)) return [0, 0];
    code = (code << 6) | (b & 0x3f);
  }
  return [length, code];
}

/** UTF-8 read as single bytes: decodes the run [start, end) of non-ASCII byte characters. */
function utf8Edit(text: string, start: number, end: number): { edit: Edit | null; consumed: number } {
  const bytes: number[] = [];
  for (let i = start; i < end; i++) bytes.push(BYTE_OF.get(text.charCodeAt(i))!);
  // Valid sequences as [offset in run, length, code point].
  const found: [number, number, number][] = [];
  let consumed = 0;
  for (let k = 0; k < bytes.length;) {
    const [length, code] = utf8Sequence(bytes, k);
    if (length && DECODED_OK.test(String.fromCodePoint(code))) {
      found.push([k, length, code]);
      consumed += length;
      k += length;
    } else k++;
  }
  // A lone valid pair inside a longer run of accented letters is more likely a coincidence.
  if (consumed === 0 || consumed * 3 < bytes.length * 2) return { edit: null, consumed: 0 };
  const pieces: Piece[] = [];
  let k = 0;
  for (const [at, length, code] of found) {
    for (; k < at; k++) pieces.push({ text: text[start + k]!, start: start + k, end: start + k + 1 });
    pieces.push({ text: String.fromCodePoint(code), start: start + at, end: start + at + length });
    k = at + length;
  }
  for (; k < bytes.length; k++) pieces.push({ text: text[start + k]!, start: start + k, end: start + k + 1 });
  return { edit: { start, end, text: pieces.map((p) => p.text).join(""), pieces }, consumed };
}

/** Windows-1251 read as Latin-1/1252: edits for one line, or none when it is not Cyrillic. */
function cp1251Edits(text: string, start: number, end: number): Edit[] {
  const edits: Edit[] = [];
  let strong = 0;
  let medium = 0;
  for (let i = start; i < end;) {
    if (!CYRILLIC_OF.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && CYRILLIC_OF.has(text.charCodeAt(j))) j++;
    // Mis-decoded Cyrillic words have no ASCII letters in them; "café" does.
    const isolated = (i === start || !WORD_CHAR.test(text[i - 1]!)) && (j === end || !WORD_CHAR.test(text[j]!));
    if (isolated) {
      let word = "";
      for (let k = i; k < j; k++) word += CYRILLIC_OF.get(text.charCodeAt(k))!;
      if (plausibleCase(word)) {
        edits.push({ start: i, end: j, text: word });
        if (j - i >= 4) strong++;
        if (j - i >= 2) medium++;
      }
    }
    i = j;
  }
  // One short word ("à", "Þú") can be real Latin text; a long word or several words cannot.
  return strong > 0 || medium >= 2 ? edits : [];
}

function lineEdits(text: string, start: number, end: number): Edit[] {
  const utf8: Edit[] = [];
  let consumed = 0;
  let candidates = 0;
  for (let i = start; i < end;) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || !BYTE_OF.has(code)) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && text.charCodeAt(j) >= 0x80 && BYTE_OF.has(text.charCodeAt(j))) j++;
    candidates += j - i;
    const result = utf8Edit(text, i, j);
    if (result.edit) utf8.push(result.edit);
    consumed += result.consumed;
    i = j;
  }
  if (candidates === 0) return [];
  // Valid UTF-8 over most of the suspicious characters is strong evidence on its own; the
  // Cyrillic reading is tried only when UTF-8 explains little of the line.
  if (consumed * 2 >= candidates) return utf8;
  const cyrillic = cp1251Edits(text, start, end);
  return cyrillic.length ? cyrillic : utf8;
}

/** Repairs every line of src; repairs are reported per stretch of repaired words. */
export function repairMojibake(src: MappedText): { mapped: MappedText; repairs: MojibakeRepair[] } {
  const text = src.text;
  const repairs: MojibakeRepair[] = [];
  const edits: Edit[] = [];
  for (let start = 0; start < text.length;) {
    let end = start;
    let suspicious = false;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) {
      if (text.charCodeAt(end) >= 0x80) suspicious = true;
      end++;
    }
    if (suspicious) {
      const found = lineEdits(text, start, end);
      for (const edit of found) edits.push(edit);
      report(text, src, found, repairs);
    }
    start = end + 1;
  }
  if (!edits.length) return { mapped: src, repairs };

  const out = new MappedBuilder(text.length);
  let at = 0;
  for (const edit of edits) {
    out.copy(src, at, edit.start);
    if (edit.pieces)
      for (const piece of edit.pieces) out.add(piece.text, src.starts[piece.start]!, src.ends[piece.end - 1]!);
    else out.replace(src, edit.start, edit.text);
    at = edit.end;
  }
  out.copy(src, at, text.length);
  return { mapped: out.finish(), repairs };
}

/** Groups a line's edits into stretches separated only by spaces and punctuation. */
function report(text: string, src: MappedText, edits: Edit[], repairs: MojibakeRepair[]): void {
  let i = 0;
  while (i < edits.length) {
    let j = i;
    let to = edits[i]!.text;
    while (j + 1 < edits.length && !LETTER.test(text.slice(edits[j]!.end, edits[j + 1]!.start))) {
      to += text.slice(edits[j]!.end, edits[j + 1]!.start) + edits[j + 1]!.text;
      j++;
    }
    const from = text.slice(edits[i]!.start, edits[j]!.end);
    if (from !== to) repairs.push({ kind: "mojibake", from, to, rawStart: src.starts[edits[i]!.start]! });
    i = j + 1;
  }
}

// Real Latin text has its accented letters one at a time ("café"); a wrong decoder leaves runs
// of Latin-1 characters ("Ã©", "Ð¿Ñ€") and replacement characters behind.
const GARBLED = /[\u0080-\u00ff\ufffd]{2,}|\ufffd/g;
const NON_SPACE = /\S/g;

/** A line still mostly made of mis-decoded characters after repair cannot be read by anyone. */
export function looksUnrepairable(line: string): boolean {
  let garbled = 0;
  for (const run of line.match(GARBLED) ?? []) garbled += run.length;
  if (garbled < 8) return false;
  const visible = line.match(NON_SPACE)?.length ?? 0;
  return garbled * 5 >= visible * 2;
}
