/**
 * Transcripts and interviews print each turn after its speaker's label: "Q: …", "QUESTION: …",
 * "Q.: …", "REPORTER: …". An interviewer's turn asks, or restates what it asks about ("You had
 * some meetings with the Taliban. What were their red lines?"): it is no one's claim.
 */
const INTERVIEWER_LABEL =
  /^\s*(?:Q|QUESTION|Question|REPORTER|Reporter|JOURNALIST|Journalist|INTERVIEWER|Interviewer)\s*\.?\s*:\s*\S/;

/** Whether a paragraph is an interviewer's turn, by the label it opens on. */
export function isInterviewerTurn(paragraph: string): boolean {
  return INTERVIEWER_LABEL.test(paragraph);
}
