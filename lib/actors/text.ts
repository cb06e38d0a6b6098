/**
 * Word tokens for actor matching. Names are compared on folded tokens (lower case, diacritics
 * removed) so "Rinkēvičs", "Rinkevičs" and "Rinkevics" meet, and initialisms are one token so
 * "U.S." and "US" meet. Hyphens are dropped: "Al-Thani" and "Al Thani", "Secretary-General"
 * and "Secretary General" are the same name written two ways.
 */

export interface Token {
  /** as written */
  text: string;
  start: number;
  end: number;
  word: boolean;
  /** lower case, without diacritics (or initialism dots); apostrophes are all "'" */
  fold: string;
  /** starts with an upper-case letter */
  cap: boolean;
  /** all letters upper case: an acronym or initialism */
  upper: boolean;
}

// An initialism (U.S., J.D.), an abbreviated title with its point ("Gen.", "Lt.", "Sen."), a
// word, or one punctuation mark. Dashes separate nothing a name needs, so they are skipped like
// spaces.
const TOKEN =
  /\p{Lu}(?:\.\p{Lu})+\.?|(?:Gen|Lt|Maj|Brig|Col|Adm|Capt|Cmdr|Sgt|Sen|Rep|Gov|Amb|Pres)\.(?=\s)|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}\-\u2010-\u2015]/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc`\u2032]/g;
// Letters that Unicode decomposition leaves whole.
const UNDECOMPOSED: Record<string, string> = {
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
};

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øłđðþßæœı]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(APOSTROPHES, "'");
}

type Shape = Pick<Token, "word" | "fold" | "cap" | "upper">;

function shapeOf(t: string): Shape {
  const word = /^[\p{L}\p{N}]/u.test(t);
  const letters = t.replace(/[^\p{L}]/gu, "");
  return {
    word,
    fold: word ? fold(t).replace(/\./g, "") : fold(t),
    cap: word && letters.length > 0 && letters[0] !== letters[0]!.toLowerCase(),
    upper: word && letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

// News vocabulary repeats, and folding (Unicode decomposition) dominates tokenising, so each
// distinct spelling is folded once. The bound keeps a long run's memory flat.
const SHAPE_CACHE_LIMIT = 100_000;
const shapes = new Map<string, Shape>();

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    let shape = shapes.get(t);
    if (!shape) {
      if (shapes.size >= SHAPE_CACHE_LIMIT) shapes.clear();
      shape = shapeOf(t);
      shapes.set(t, shape);
    }
    const { word, fold, cap, upper } = shape;
    out.push({ text: t, start: m.index, end: m.index + t.length, word, fold, cap, upper });
  }
  return out;
}

/**
 * Headline style capitalises every word, so there capitals say nothing about names: "Trump
 * Says" is not a longer name the way "Trump Tower" is.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  // Short words are left out: Title Case often keeps "with", "from" and "into" lower case.
  const long = tokens.filter((t) => t.word && t.text.length > 4);
  const lower = long.filter((t) => !t.cap).length;
  // A sentence of the body dense with names and titles ("Senior Director for Europe at the
  // National Security Council, Michael Carpenter, arrived in Baku.") ends on its stop.
  return long.length >= 3 && (lower === 0 || (lower <= long.length / 10 && tokens.at(-1)?.text !== "."));
}

/** The folded words of a phrase, as the gazetteer keys names ("Rinkēvičs" and "rinkevics" meet). */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.fold)
    .join(" ");
}

/**
 * A stable id for an actor the gazetteer does not know: the folded words of its name joined by
 * hyphens ("Vikram Misri" → "vikram-misri", "DR Congo" → "dr-congo").
 */
export function slugOf(name: string): string {
  return tokenize(name)
    .filter((t) => t.word)
    .map((t) => t.fold.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean)
    .join("-");
}

/** The token at character `at`: the last one starting at or before it (tokens are in text order). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first and last token of a mention's span. */
export function mentionTokens(tokens: readonly Token[], m: { index: number; text: string }): [number, number] {
  const first = tokenAt(tokens, m.index);
  let last = first;
  while (tokens[last + 1] && tokens[last + 1]!.end <= m.index + m.text.length) last++;
  return [first, last];
}

export const OPENING_QUOTES: ReadonlySet<string> = new Set(["\u201c", "\u00ab", "\u201e"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(["\u201d", "\u00bb"]);

/** Whether a quotation is open after a mark (a token's or a character's text), or null when it is no quotation mark. */
export function afterMark(mark: string, inside: boolean): boolean | null {
  if (mark === '"') return !inside;
  if (OPENING_QUOTES.has(mark)) return true;
  if (CLOSING_QUOTES.has(mark)) return false;
  return null;
}
