/**
 * Reads a TimeML document (.tml, as in TimeBank and AQUAINT): the document creation time, the
 * plain text inside <TEXT> and its TIMEX3 annotations as offsets into that text. Other tags
 * (EVENT, SIGNAL) are dropped; only their words stay.
 */
import { TIMEX_TYPES, type Timex, type TimexType } from "../timex";

export interface TimemlDocument {
  /** the file name the document was read from, for messages and error listings */
  name: string;
  /** the creation time as YYYY-MM-DD, null when the file has none */
  dct: string | null;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([A-Za-z]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

const isType = (t: string | undefined): t is TimexType => (TIMEX_TYPES as readonly string[]).includes(t ?? "");

function readDct(xml: string): string | null {
  const tag = /<DCT>\s*<TIMEX3\b([^>]*)>/.exec(xml);
  const value = tag ? attributes(tag[1]!).value : undefined;
  return value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** Reads one document; a malformed one throws an error that names the file. */
export function readTimeml(name: string, xml: string): TimemlDocument {
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>");
  if (open < 0 || close < open) throw new Error(`${name}: no <TEXT> element`);
  const body = xml.slice(open + "<TEXT>".length, close);
  let text = "";
  const timexes: Timex[] = [];
  let pending: { start: number; attrs: Record<string, string> } | null = null;
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|&([a-z]+);/g)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      text += ENTITIES[m[5]] ?? m[0];
      continue;
    }
    if (m[2] !== "TIMEX3" || m[4] === "/") continue;
    if (m[1] === "") {
      if (pending !== null) throw new Error(`${name}: a TIMEX3 opens inside another at offset ${text.length}`);
      pending = { start: text.length, attrs: attributes(m[3] ?? "") };
      continue;
    }
    if (pending === null) throw new Error(`${name}: a TIMEX3 closes that never opened at offset ${text.length}`);
    const { start, attrs } = pending;
    pending = null;
    const type = attrs.type;
    if (!isType(type)) throw new Error(`${name}: TIMEX3 ${attrs.tid ?? "?"} has no valid type`);
    // An empty TIMEX3 stands for an implicit time; TempEval-3 does not score it.
    if (text.slice(start).trim() === "") continue;
    const timex: Timex = { start, end: text.length, text: text.slice(start), type, value: attrs.value ?? "" };
    if (attrs.mod) timex.mod = attrs.mod;
    timexes.push(timex);
  }
  if (pending !== null) throw new Error(`${name}: a TIMEX3 is never closed`);
  text += body.slice(last);
  return { name, dct: readDct(xml), text, timexes };
}
