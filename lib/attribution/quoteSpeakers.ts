import type { ActorMention } from "../extract/types";
import { attribute } from "./attribute";

/**
 * A quotation often spans several sentences and names its speaker only at the end
 * (`"… He is now eager to negotiate…," Malomuzh explained.`). Returns, for each sentence of a
 * paragraph, the actor the surrounding quotation is attributed to, or null.
 */
export function quoteSpeakers(sentences: readonly string[], mentions: readonly (readonly ActorMention[])[]): (string | null)[] {
  const speakers: (string | null)[] = sentences.map(() => null);
  let open = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const quotes = (s.match(/"/g) ?? []).length;
    if (open < 0 && /^["']/.test(s)) open = i;
    if (open < 0) continue;
    const closing = s.match(/["']\s*,?\s*([^"]{0,80})$/);
    if (closing && (quotes % 2 === 1 || i === open)) {
      const tail = closing[1]!;
      const tailStart = s.length - tail.length;
      const inTail = (mentions[i] ?? []).filter((m) => m.index >= tailStart);
      const who = attribute(tail, inTail.map((m) => ({ ...m, index: m.index - tailStart })), null);
      if (who.speaker) for (let k = open; k <= i; k++) speakers[k] = who.speaker;
      if (quotes % 2 === 1 || i > open) open = -1;
    }
  }
  return speakers;
}
