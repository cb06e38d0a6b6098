import { splitSentences } from "../sentences/splitSentences";

const MAX_TITLE = 120;

/** A title for an article whose source gave none: its first line, shortened to a sentence. */
export function deriveTitle(body: string): string | null {
  const firstLine = body
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (!firstLine) return null;
  if (firstLine.length <= MAX_TITLE) return firstLine;
  const first = splitSentences(firstLine)[0]?.text ?? firstLine;
  if (first.length <= MAX_TITLE) return first;
  const cut = first.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : MAX_TITLE).trimEnd()}…`;
}
