import { hash as digest } from "node:crypto";

const NON_ASCII = /[^\x00-\x7f]/;

// A sentence with several events asks for its words once per event: the last answer is kept.
let last: { sentence: string; words: string[] } = { sentence: "", words: [] };

function idWords(sentence: string): string[] {
  if (last.sentence === sentence) return last.words;
  // Folding diacritics is the costly step; most English sentences have none to fold.
  const folded = NON_ASCII.test(sentence) ? sentence.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : sentence;
  last = { sentence, words: folded.toLowerCase().match(/[a-z0-9]+/g) ?? [] };
  return last.words;
}

/**
 * An event id readable in a URL and stable across runs: it depends only on the article, the
 * sentence's words and which event of that sentence it is, so adding other articles or
 * improving the classifier does not change it.
 */
export function eventId(articleId: string, published: string | null, sentence: string, ordinal: number): string {
  const words = idWords(sentence);
  const slug = words
    .filter((w) => w.length > 3)
    .slice(0, 5)
    .join("-");
  // One-shot: a hash object costs more to make than to feed a sentence.
  const hash = digest("sha256", `${articleId}\n${words.join(" ")}\n${ordinal}`, "hex").slice(0, 8);
  return [published ?? "undated", slug, hash].filter(Boolean).join("-");
}
