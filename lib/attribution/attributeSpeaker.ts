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
const ANALYST =
  /\b(?:analysts?|experts?|observers?|commentators?|think[- ]tank|researchers?|scholars?|economists?|political scientists?|historians?)\b/i;
const OUTLET =
  /\b(?:media|newspaper|agency|outlet|publication|broadcaster|channel|tv|television|radio|the article|reuters|associated press|the ap|afp|bloomberg|the new york times|nyt|the washington post|the financial times|the wall street journal|axios|politico|cnn|bbc|al jazeera|tass|ria novosti|interfax|sky news\b[\w ]*|espreso|ukrinform|xinhua)\b/i;
/**
 * Words that open what an unnamed speaker's phrase says about them: "officials close to him",
 * "people close to the talks in the premier's circle", "aides to the president",
 * "people who have worked with Putin". A person named after them is who they are close to, not
 * who speaks.
 */
const MODIFIER =
  /\b(?:close|familiar|briefed|to|with|in|inside|within|around|near|of|from|at|about|for|who|whom|whose|that|which)\b/i;
/** A quantifier standing alone for unnamed people ("according to some", "others say"). */
const QUANTIFIER = /^(?:some|others|many|several|a few|most)$/i;
/** A personal pronoun standing alone for the speaker ("he said", "They say", "according to him"). */
const PRONOUN = /^(?:he|she|they|him|her|them)$/i;

/** Whether the speaker phrase is a bare personal pronoun that names nobody by itself. */
export function isPronounSpeaker(phrase: string): boolean {
  return PRONOUN.test(phrase.trim());
}

/** Whether a pronoun speaker is plural ("they", "them"). */
export const isPluralPronoun = (phrase: string) => /^(?:they|them)$/i.test(phrase.trim());

/** A mention written as a possessive ("Putin's aide", "the president's spokesman") owns the head, it does not speak. */
function possessive(text: string, m: ActorMention): boolean {
  const end = m.index + m.text.length;
  if (/^(?:his|its|their)$/i.test(m.text)) return true;
  // "her spokesman" owns; "according to her" speaks.
  if (/^her$/i.test(m.text)) return /^\s*[\p{L}]/u.test(text.slice(end));
  return /['’]s?$/.test(m.text) || /^['’]s?\b/.test(text.slice(end));
}

/**
 * Whether a mention stands inside what the phrase says about an unnamed speaker ("two former
 * officials close to him", "sources in Putin's inner circle"), or names whose officials speak
 * ("Zelensky officials").
 */
function aboutUnnamed(text: string, m: ActorMention): boolean {
  const before = text.slice(0, m.index);
  const unnamed = before.search(UNNAMED);
  // "an adviser to the president, Jane Doe": a name in apposition is who the phrase is.
  if (unnamed >= 0 && MODIFIER.test(before.slice(unnamed)) && !/,\s*$/.test(before)) return true;
  return /^(?:['’]s?\s+)?(?:\w+\s+)?(?:officials?|sources?|aides?|advisers?|advisors?|allies|associates)\b/i.test(
    text.slice(m.index + m.text.length).trim(),
  );
}

/**
 * Who a claim rests on, from the words that name its speaker ("Kremlin spokesman Dmitry Peskov",
 * "two people close to the talks", "according to the Financial Times") and the
 * actors found in them (`index` within the phrase). A named actor is on record unless the phrase
 * is a group of unnamed people ("Russian officials", "officials close to him"): then it is
 * anonymous, and a person named in what the phrase says about them ("close to him") is who they
 * are close to, not the speaker. A named person who holds no office and gives a reading (a
 * retired general, a former minister, a political scientist: `commentators`) is an analyst.
 * Outlets and analysts are their own kinds.
 */
export function attributeSpeaker(
  phrase: string,
  mentions: readonly ActorMention[],
  personIds: Pick<ReadonlySet<string>, "has">,
  commentators: Pick<ReadonlySet<string>, "has"> = new Set(),
): Attribution {
  const lead = phrase.length - phrase.trimStart().length;
  const text = phrase.trim();
  // "both sides said": two parties at once are no one speaker.
  const within = mentions.filter((m) => m.via !== "pair").map((m) => ({ ...m, index: m.index - lead }));
  const speaking = within.filter((m) => !possessive(text, m) && !aboutUnnamed(text, m));
  const person = speaking.find((m) => personIds.has(m.actorId));
  if (person)
    return { attribution: commentators.has(person.actorId) ? "analyst" : "on-record", speaker: person.actorId, text };
  if (UNNAMED.test(text) || FAMILIAR.test(text) || QUANTIFIER.test(text))
    return { attribution: "anonymous", speaker: null, text };
  if (ANALYST.test(text)) return { attribution: "analyst", speaker: null, text };
  const named = speaking[0] ?? within.find((m) => !personIds.has(m.actorId));
  if (named) return { attribution: "on-record", speaker: named.actorId, text };
  if (OUTLET.test(text)) return { attribution: "outlet", speaker: null, text };
  // A statement, readout or ministry nobody could name as an actor is still on record.
  if (/\b(?:statement|readout|communiqu[eé]|ministry|office|government|kremlin|presidency|spokes\w+)\b/i.test(text))
    return { attribution: "on-record", speaker: null, text };
  return { attribution: "outlet", speaker: null, text };
}
