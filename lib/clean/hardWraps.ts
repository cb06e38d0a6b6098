/**
 * Old wire copy, press releases and text taken from PDFs or e-mail come hard-wrapped: every line
 * is cut at a fixed width, mid-sentence, and the line is no paragraph. Such a body is told by its
 * lines that stop without a sentence's end and go on in lower case on the next line; in it, a line
 * that runs to about the wrap width without such an end goes on in the next.
 */

/** Continuations in lower case a body needs before it is read as hard-wrapped, in number and share of its lines. */
const MIN_CONTINUATIONS = 3;
const MIN_SHARE = 0.2;
/** A line this share of the wrap width or longer was cut by the wrap, not ended by its writer. */
const FULL_LINE = 0.7;

const ENDS_SENTENCE = /[.!?:;…]["'”’)\]]*$/;
const OPENS_LOWER = /^\p{Ll}/u;
// A word no headline ends on: the line was cut mid-phrase ("… chief negotiator said on").
const ENDS_MID_PHRASE = /\b(?:a|an|the|of|on|in|at|to|for|with|by|from|and|or|but|that|as)$/i;
// What a wrapped sentence goes on with: a word, a number, a quotation or a bracket.
const GOES_ON = /^[\p{L}\p{N}"'“‘(]/u;

/**
 * For each line, whether it goes on in the next one (the two are one paragraph). All false unless
 * the body is hard-wrapped. Lines are the body's kept lines in order.
 */
export function hardWrapJoins(lines: readonly string[]): boolean[] {
  const joins = new Array<boolean>(lines.length).fill(false);
  const trimmed = lines.map((l) => l.trim());
  // The wrap width: the length most full lines reach (the 80th percentile of line lengths).
  const lengths = trimmed
    .filter(Boolean)
    .map((l) => l.length)
    .sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.8)] ?? 0;
  // A line cut by the wrap: it runs to about the width and stops without a sentence's end. (A
  // short line that goes on in lower case is a list's item or a heading's: "Its demands include:"
  // / "the release of all prisoners".)
  const cut = (i: number) =>
    !!trimmed[i] && trimmed[i]!.length >= FULL_LINE * width && !ENDS_SENTENCE.test(trimmed[i]!);
  let continuations = 0;
  for (let i = 0; i + 1 < trimmed.length; i++) if (cut(i) && OPENS_LOWER.test(trimmed[i + 1]!)) continuations++;
  if (continuations < MIN_CONTINUATIONS || continuations < MIN_SHARE * lengths.length) return joins;
  const first = trimmed.findIndex(Boolean);
  for (let i = 0; i + 1 < trimmed.length; i++) {
    // (A shorter line that stops on an article or a preposition was cut too: "… quietly agreed on a".)
    const midPhrase = !!trimmed[i] && ENDS_MID_PHRASE.test(trimmed[i]!) && OPENS_LOWER.test(trimmed[i + 1] ?? "");
    if ((!cut(i) && !midPhrase) || !trimmed[i + 1]) continue;
    // The first line is the headline as often as not: it runs on only into lower case, or when it
    // stops mid-phrase.
    const opensStory = i !== first || ENDS_MID_PHRASE.test(trimmed[i]!);
    joins[i] = OPENS_LOWER.test(trimmed[i + 1]!) || (opensStory && GOES_ON.test(trimmed[i + 1]!));
  }
  return joins;
}
