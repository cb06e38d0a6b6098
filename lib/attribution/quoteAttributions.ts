import type { ActorMention } from "../model/mentions";
import { splitAttributionTail } from "./attributionTail";

export interface QuoteTail {
  text: string;
  /** the mentions inside the tail, with indexes relative to it */
  mentions: ActorMention[];
}

const quoteCount = (s: string) => (s.match(/"/g) ?? []).length;

/**
 * A quotation often runs over several sentences and names its speaker only after the last
 * (`"Putin is … . He is now eager to negotiate…," Malomuzh explained.`). For each sentence of a
 * paragraph inside such a quotation, returns the attribution that closes it, or null.
 */
export function quoteAttributions(
  sentences: readonly string[],
  mentions: readonly (readonly ActorMention[])[],
): (QuoteTail | null)[] {
  const out: (QuoteTail | null)[] = sentences.map(() => null);
  let open = -1;
  let inside = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const wasInside = inside;
    if (quoteCount(s) % 2 === 1) inside = !inside;
    if (!wasInside && inside) open = i;
    if (wasInside && !inside && open >= 0) {
      const { tail, tailStart } = splitAttributionTail(s);
      if (tail) {
        const own = (mentions[i] ?? [])
          .filter((m) => m.index >= tailStart)
          .map((m) => ({ ...m, index: m.index - tailStart }));
        for (let k = open; k < i; k++) out[k] = { text: tail, mentions: own };
      }
      open = -1;
    }
  }
  return out;
}
