/**
 * Future-tense and scheduling cues. A yearless date ("in March", "on Tuesday") leans to the past
 * in news copy unless the sentence talks about something still to come, so callers pass this as
 * `findDates(..., { lookingAhead })`.
 */

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";

const CUES: readonly RegExp[] = [
  // "will" as a verb; the noun ("political will", "the will of the people") is excluded.
  /(?<!\b(?:the|political|his|her|their|its|our|your|free|good|ill|popular)\s)\bwill\b(?!\s+of\b)/,
  /\b(?:he|she|it|they|we|you|i)'ll\b/i,
  /\b(?:shall|won't|upcoming|forthcoming)\b/i,
  // ("the next day" counts from a day told before, most often past: "met on Monday and signed the next day")
  /\bnext\b(?!\s+to\b)(?!\s+(?:day|morning|afternoon|evening|night)\b)/i,
  /\b(?:scheduled|slated|planned|set|poised|expected|going)\s+(?:to|for)\b/i,
  // "due to" is usually causal ("due to martial law"); only the scheduling senses count.
  /\b(?:is|are)\s+due\b|\bdue\s+to\s+(?:be|take|begin|start|arrive|meet|hold|visit|open|sign)\b/i,
  /\b(?:plans?|intends?|aims?)\s+to\b/i,
  /\bexpect(?:s|ing)?\b[^.;]{0,80}?\bto\s+(?:arrive|meet|hold|visit|begin|start|take\s+place|sign|resume|return|come|open|travel)\b/i,
  /\b(?:to\s+be|will\s+be)\s+held\b/i,
  /\bin\s+the\s+coming\s+(?:days|weeks|months|years)\b/i,
  // A conditional about timing ("the best moment would be after the vote in May").
  /\bwould\s+(?:be|take\s+place|come)\s+(?:before|after|by|in|until)\b/i,
];

// Elections are announced long in advance, so "the election in March" points forward unless the
// sentence reports it as done.
const ELECTION = new RegExp(
  `\\belections?\\s+(?:in|on|this|next)\\s+(?:early\\s+|mid-|late\\s+)?(?:${MONTH})\\b(?!,?\\s+\\d)`,
);
const ELECTION_DONE = /\b(?:was|were|held|took\s+place|won|lost|rigged|following|after|since|ago)\b/i;

export function looksAhead(sentence: string): boolean {
  if (CUES.some((re) => re.test(sentence))) return true;
  return ELECTION.test(sentence) && !ELECTION_DONE.test(sentence);
}
