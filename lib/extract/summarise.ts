const LEAD_IN =
  /^(?:[-–•*]\s*|(?:background|update)\.\s*|as a reminder,\s*|it is (?:also )?(?:noted|reported|known) that\s+|(?:however|but|and|still|yet|nevertheless|in fact|in addition|meanwhile|thus|so|at the same time|in all),?\s+)+/i;
// "According to the agency, …", "In addition, three sources said: …": who said it is shown
// with the evidence; the summary states the claim.
const LEADING_ATTRIBUTION =
  /^(?:according to [^,]{1,60},\s*|[^,:"]{1,60}\b(?:said|says|say|noted|added|wrote|writes):\s*)/i;
const TRAILING_ATTRIBUTION =
  /,\s*(?:[^,]{0,60}\s)?(?:said|says|told [^,.]{0,60}|added|noted|explained|stated|revealed|concluded)\.?$/i;
const MAX = 220;

/**
 * A one-sentence summary of an event: its evidence sentence without lead-in words and trailing
 * attribution, a leading pronoun replaced by the actor it refers to, and kept short.
 */
export function summarise(sentence: string, subjectName: string | null): string {
  let s = sentence.trim().replace(LEAD_IN, "").replace(LEADING_ATTRIBUTION, "");
  if (!/^["']/.test(s)) s = s.replace(TRAILING_ATTRIBUTION, ".");
  if (subjectName) s = s.replace(/^(?:he|she)\b/i, subjectName).replace(/^(?:his|her)\b/i, `${subjectName}'s`);
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (s.length <= MAX) return s;
  const cut = s.slice(0, MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX - 40)).replace(/[,;:\s]+$/, "")}…`;
}
