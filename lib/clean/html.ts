import iconv from "iconv-lite";
import { MappedBuilder, type MappedText } from "./mappedText";

/**
 * Scrapers sometimes hand over markup instead of text. Tags are dropped (block tags become
 * paragraph breaks), script/style bodies and comments go with them, and character references
 * are decoded; every produced character keeps the span of the markup it came from.
 */

// Two of these make a body HTML; a lone "<b>" or "a <p> b" in prose is not enough.
const KNOWN_TAG =
  /<\/?(?:p|div|span|a|br|hr|img|h[1-6]|li|ul|ol|strong|em|b|i|u|figure|figcaption|section|article|header|footer|nav|aside|main|table|tbody|thead|tr|td|th|blockquote|iframe|script|style|noscript|meta|link|html|body|head|title|picture|source|time|small|sup|sub|cite|button|form|input|label|svg)\b[^<>]*>/gi;
const MARKUP = /<!--|<!\w[^<>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const BLOCK = new Set([
  "p",
  "div",
  "br",
  "hr",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "nav",
  "main",
  "blockquote",
  "figure",
  "figcaption",
  "title",
  "dd",
  "dt",
  "pre",
]);

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  hellip: "…",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  sect: "§",
  para: "¶",
  times: "×",
  divide: "÷",
  plusmn: "±",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  prime: "′",
  Prime: "″",
  iexcl: "¡",
  iquest: "¿",
  szlig: "ß",
  aelig: "æ",
  AElig: "Æ",
  oelig: "œ",
  OElig: "Œ",
  oslash: "ø",
  Oslash: "Ø",
  eth: "ð",
  ETH: "Ð",
  thorn: "þ",
  THORN: "Þ",
  shy: "",
  zwj: "",
  zwnj: "",
  lrm: "",
  rlm: "",
};
// Accented letters (&eacute; &Scaron; …) are composed rather than listed.
const MARKS: Record<string, string> = {
  grave: "\u0300",
  acute: "\u0301",
  circ: "\u0302",
  tilde: "\u0303",
  uml: "\u0308",
  ring: "\u030a",
  cedil: "\u0327",
  caron: "\u030c",
};
for (const letter of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
  for (const [name, mark] of Object.entries(MARKS)) {
    const composed = (letter + mark).normalize("NFC");
    if (composed.length === 1) NAMED[letter + name] = composed;
  }

function decodeNumeric(code: number): string | null {
  // HTML reads references to 128–159 as Windows-1252 (&#146; is a right quote).
  if (code >= 0x80 && code <= 0x9f) {
    const ch = iconv.decode(Buffer.from([code]), "win1252");
    return ch === "\ufffd" ? null : ch;
  }
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

export function looksLikeHtml(text: string): boolean {
  KNOWN_TAG.lastIndex = 0;
  return KNOWN_TAG.test(text) && KNOWN_TAG.test(text);
}

/** Decodes character references (&amp; &nbsp; &#8217; &eacute;); unknown ones stay as written. */
export function decodeEntities(src: MappedText): { mapped: MappedText; entities: number } {
  const text = src.text;
  if (!text.includes("&")) return { mapped: src, entities: 0 };
  const out = new MappedBuilder(text.length);
  let entities = 0;
  let at = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
    const [whole, dec, hex, name] = m;
    const decoded =
      dec !== undefined
        ? decodeNumeric(Number(dec))
        : hex !== undefined
          ? decodeNumeric(parseInt(hex, 16))
          : name !== undefined && Object.hasOwn(NAMED, name)
            ? NAMED[name]!
            : null;
    if (decoded === null) continue;
    out.copy(src, at, m.index);
    out.add(decoded, src.starts[m.index]!, src.ends[m.index + whole.length - 1]!);
    at = m.index + whole.length;
    entities++;
  }
  out.copy(src, at, text.length);
  return { mapped: out.finish(), entities };
}

/** Drops tags, comments and script/style bodies; block tags become paragraph breaks. */
export function stripTags(src: MappedText): { mapped: MappedText; tags: number } {
  const text = src.text;
  const out = new MappedBuilder(text.length);
  const lower = text.toLowerCase();
  // A closing tag missing after some point is missing for every later opener too: remembering
  // that point keeps a flood of unclosed <script> tags linear.
  const noCloseAfter = new Map<string, number>();
  let tags = 0;
  let at = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    out.copy(src, at, start);
    tags++;
    if (m[0] === "<!--") {
      const close = text.indexOf("-->", end);
      end = close === -1 ? text.length : close + 3;
    } else if (m[1] !== undefined) {
      const name = m[1].toLowerCase();
      if (m[0][1] !== "/" && SKIP_CONTENT.has(name) && !m[0].endsWith("/>")) {
        const limit = noCloseAfter.get(name);
        const close = limit !== undefined && end >= limit ? -1 : lower.indexOf(`</${name}`, end);
        if (close === -1) noCloseAfter.set(name, end);
        else {
          const gt = text.indexOf(">", close);
          end = gt === -1 ? text.length : gt + 1;
        }
      }
      if (BLOCK.has(name)) out.add("\n", src.starts[start]!, src.ends[end - 1]!);
    }
    at = end;
    MARKUP.lastIndex = end;
  }
  out.copy(src, at, text.length);
  return { mapped: out.finish(), tags };
}
