import { createHash } from "node:crypto";

/**
 * An event id readable in a URL and stable across runs: it depends only on the article, the
 * sentence's words and which event of that sentence it is, so adding other articles or
 * improving the classifier does not change it.
 */
export function eventId(articleId: string, published: string | null, sentence: string, ordinal: number): string {
  const words =
    sentence
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  const slug = words
    .filter((w) => w.length > 3)
    .slice(0, 5)
    .join("-");
  const hash = createHash("sha256")
    .update(`${articleId}\n${words.join(" ")}\n${ordinal}`)
    .digest("hex")
    .slice(0, 8);
  return [published ?? "undated", slug, hash].filter(Boolean).join("-");
}
