/**
 * Types passed between the extraction stages (load → clean → sentences → dates → actors →
 * signals → positions → merge). Each stage is a pure function over these.
 */
import type { EventDate } from "../model/schema";

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

/** A reference to a gazetteer actor in a sentence. */
export interface ActorMention {
  actorId: string;
  /** the words as written ("Zelenskiy", "the Russian president", "he") */
  text: string;
  index: number;
  via: "name" | "alias" | "title" | "pronoun";
}
