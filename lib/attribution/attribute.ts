import type { Source } from "../model/schema";
import type { ActorMention } from "../model/mentions";
import type { QuoteTail } from "./quoteAttributions";

export interface Attribution {
  attribution: Source["attribution"];
  speaker: string | null;
  /** the words that carry the attribution ("according to four sources") and where they start */
  text?: string;
  index?: number;
  /** the speaker opens the clause ("Putin described…"), so the claim is the speaker's own */
  leads?: boolean;
}

export const REPORTING = String.raw`(?:said|says|say|told|tells|added|adds|noted|notes|note|stated|states|explained|explains|emphasi[sz]e[sd]|stresse[sd]|argue[sd]|argue|revealed|reveals|declared|declares|confirmed|confirms|concluded|concludes|claimed|claims|reiterated|reiterates|described|describes|dismissed|dismisses|estimated|recounted|suggested|suggests|expressed|believes?|believed|warned|warns|insisted|insists|predicted|wrote|writes|announced|announces|boasted|see|sees|observed|shared)`;
const GROUP = String.raw`(?:(?:a|an|one|two|three|four|five|six|several|some|many|a number of|dozens of|the same|other|another)\s+)?(?:\w+\s+){0,3}(?:officials?|sources?|people|interlocutors|diplomats|insiders|emissaries|aides?|advisers?|persons?|officers?|figures?)`;

const ANONYMOUS = new RegExp(
  String.raw`\baccording to (?:the )?(?:newspaper's |agency's |outlet's )?${GROUP}\b|\b${GROUP},?\s+(?:who\s+[^,]{0,80},?\s+)?${REPORTING}\b|\b${REPORTING},?\s+${GROUP}\b|\bciting\s+${GROUP}`,
  "i",
);
const ANALYST =
  /\b(?:analysts?|experts?|observers|commentators|think tank|researchers?)\b[^.]{0,40}\b(?:say|said|says|believe|note|argue|warn)/i;
const OUTLET =
  /\b(?:the (?:newspaper|agency|outlet|publication|article)|reuters|the new york times|the nyt|bloomberg|the washington post|the financial times|ap|afp|tass|ria novosti)\b[^.]{0,20}\b(?:writes|wrote|reported|reports|said|says|notes|noted|added)\b|\baccording to the (?:agency|newspaper|outlet|publication)\b|\bthe article says\b/i;

/**
 * Who a sentence's claim rests on: a named actor on record, unnamed sources, analysts, or the
 * outlet itself. `quoteTail` is the attribution closing a quotation the sentence sits inside:
 * when the sentence names no one itself, the claim rests on whoever the tail names (its words
 * are not in this sentence, so no `index` or `leads`).
 */
export function attribute(
  sentence: string,
  mentions: readonly ActorMention[],
  quoteTail: QuoteTail | null = null,
): Attribution {
  const named = namedSpeaker(sentence, mentions);
  if (named)
    return {
      attribution: "on-record",
      speaker: named.mention.actorId,
      text: named.mention.text,
      index: named.mention.index,
      leads: named.leads,
    };
  const anonymous = ANONYMOUS.exec(sentence);
  if (anonymous) return { attribution: "anonymous", speaker: null, text: anonymous[0].trim(), index: anonymous.index };
  const analyst = ANALYST.exec(sentence);
  if (analyst) return { attribution: "analyst", speaker: null, text: analyst[0], index: analyst.index };
  if (quoteTail) {
    const { attribution, speaker, text } = attribute(quoteTail.text, quoteTail.mentions);
    return { attribution, speaker, text };
  }
  const outlet = OUTLET.exec(sentence);
  return outlet
    ? { attribution: "outlet", speaker: null, text: outlet[0], index: outlet.index }
    : { attribution: "outlet", speaker: null };
}

const AFTER_NAME = new RegExp(String.raw`^(?:'s)?(?:,[^,]{1,80},)?\s+(?:also\s+|later\s+|then\s+)?${REPORTING}\b`, "i");
// Only verbs that put their subject after them ("said Peskov"); "they believe Putin could…"
// makes Putin the topic, not the speaker.
const BEFORE_NAME = /\b(?:said|says|added|noted|explained|stated|wrote|confirmed|concluded|declared|according to)\s*$/i;

// "American officials", "Russian sources": a group named by its country speaks anonymously.
const GROUP_MENTION =
  /\b(?:officials?|sources?|diplomats|people|insiders|emissaries|aides|interlocutors|analysts|experts)\b/i;

/** A gazetteer actor standing right before a reporting verb ("Peskov said", "Putin, speaking …, said") or after one ("said Peskov"). */
function namedSpeaker(
  sentence: string,
  mentions: readonly ActorMention[],
): { mention: ActorMention; leads: boolean } | null {
  for (const m of mentions) {
    if (GROUP_MENTION.test(m.text)) continue;
    const after = sentence.slice(m.index + m.text.length);
    if (AFTER_NAME.test(after)) return { mention: m, leads: true };
    if (BEFORE_NAME.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return { mention: m, leads: false };
  }
  return null;
}
