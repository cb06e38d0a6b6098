/**
 * Types passed between the extraction stages (load → clean → sentences → language → clauses →
 * dates → actors → signals → positions → merge). They live in the model so that no stage imports
 * a later one to name what it produces.
 */
import type { EventDate, SignalEvent } from "./schema";

/** A sentence of the cleaned text, with offsets into the cleaned text and into the raw body. */
export interface CleanSentence {
  text: string;
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
  paragraph: number;
}

/** A date phrase found in a sentence, resolved against the publication date. */
export interface DateMention extends EventDate {
  /** where the phrase starts in the sentence */
  index: number;
  /** the phrase points after the publication date ("next week", "the election in March") */
  future: boolean;
}

/** A reference to an actor in a sentence. */
export interface ActorMention {
  actorId: string;
  /** the words as written ("Zelenskiy", "the Russian president", "he") */
  text: string;
  index: number;
  /**
   * how it was read: a gazetteer name, alias or title, a pronoun, a name the article introduced
   * (a titled person, an organisation acting), a near-miss spelling of a known name, or one of
   * two parties a phrase names together ("the two sides")
   */
  via: "name" | "alias" | "title" | "pronoun" | "introduced" | "fuzzy" | "pair";
}

/** One event as read from one sentence of one article, before mentions are merged. */
export interface Mention {
  event: SignalEvent;
  article: string;
  /** publication date of the article, for "earliest-published mention keeps the id" */
  published: string | null;
}

/** How directly a date was stated, lower first: an explicit date beats a relative one, and so on. */
export const BASIS_RANK: Record<EventDate["basis"], number> = {
  explicit: 0,
  relative: 1,
  publication: 2,
  unresolved: 3,
};
