import type { ActorMention } from "../model/mentions";
import type { Source } from "../model/schema";

export interface Attribution {
  attribution: Source["attribution"];
  speaker: string | null;
  /** the words that carry the attribution ("according to four sources", "Peskov said") */
  text?: string;
}

// People who speak without a name. "US officials", "a senior Israeli official", "sources
// familiar with the talks", "the NYT's interlocutors" are anonymous whoever they are about.
const UNNAMED =
  /\b(?:officials?|sources?|people|persons?|interlocutors|diplomats?|insiders?|aides?|advisers?|advisors?|emissaries|negotiators?|someone|insider|figures?|members)\b/i;
const FAMILIAR =
  /\b(?:familiar with|briefed on|close to|who (?:spoke|asked|requested|declined)|not authori[sz]ed|on condition of anonymity|anonymity)\b/i;
const ANALYST = /\b(?:analysts?|experts?|observers?|commentators?|think[- ]tank|researchers?|scholars?|economists?)\b/i;
const OUTLET =
  /\b(?:media|newspaper|agency|outlet|publication|broadcaster|channel|tv|television|radio|the article|reuters|associated press|the ap|afp|bloomberg|the new york times|nyt|the washington post|the financial times|the wall street journal|axios|politico|cnn|bbc|al jazeera|tass|ria novosti|interfax|sky news\b[\w ]*|espreso|ukrinform|xinhua)\b/i;

/**
 * Who a claim rests on, from the words that name its speaker ("Kremlin spokesman Dmitry Peskov",
 * "three sources familiar with the discussions", "according to the Financial Times") and the
 * actors found in them. A named actor is on record unless the phrase is a group of unnamed
 * people ("Russian officials"): then it is anonymous. Outlets and analysts are their own kinds.
 */
export function attributeSpeaker(
  phrase: string,
  mentions: readonly ActorMention[],
  personIds: ReadonlySet<string>,
): Attribution {
  const text = phrase.trim();
  const person = mentions.find((m) => personIds.has(m.actorId));
  if (person && !/^(?:officials?|sources?)\b/i.test(text.slice(text.indexOf(person.text) + person.text.length).trim()))
    return { attribution: "on-record", speaker: person.actorId, text };
  if (UNNAMED.test(text) || FAMILIAR.test(text)) return { attribution: "anonymous", speaker: null, text };
  if (ANALYST.test(text)) return { attribution: "analyst", speaker: null, text };
  if (mentions.length) return { attribution: "on-record", speaker: mentions[0]!.actorId, text };
  if (OUTLET.test(text)) return { attribution: "outlet", speaker: null, text };
  // A statement, readout or ministry nobody could name as an actor is still on record.
  if (/\b(?:statement|readout|communiqu[eé]|ministry|office|government|kremlin|presidency|spokes\w+)\b/i.test(text))
    return { attribution: "on-record", speaker: null, text };
  return { attribution: "outlet", speaker: null, text };
}
