import type { SentenceAnalysis } from "../clauses/analyseSentence";

const MAX = 220;
const EDGE = /^[\s"'“”‘’«»,;:–—-]+|[\s"'“”‘’«»,;:–—-]+$/g;
/** Words that open a clause but are not part of the event ("that", "and", "but", "however"). */
const OPENERS = /^(?:that|and|but|so|however|also|then|meanwhile|still|yet|thus|while)\b[,\s]*/i;

/**
 * A one-sentence summary that states the event: the event clause and what hangs on it, from its
 * subject on, without the lead-in ("It is also noted that", "According to the agency,") or the
 * attribution ("…, the spokesman said"), which the evidence shows. A pronoun or role noun as the
 * subject ("He", "The chancellor") becomes the actor it refers to.
 */
export function summariseClauses(a: SentenceAnalysis, clauses: readonly number[], subjectName: string | null): string {
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const i of clauses) {
    const c = a.clauses[i]!;
    const start = c.subject ? Math.min(c.subject[0], c.start) : c.start;
    from = Math.min(from, start);
    to = Math.max(to, c.end);
  }
  const head = a.clauses[clauses[0]!]!;
  if (!Number.isFinite(from) || to <= from) return capitalise(a.text.trim());
  let text = a.text.slice(a.tokens[from]!.start, a.tokens[to - 1]!.end);
  const subject = head.subject;
  if (subjectName && subject) {
    const words = a.tokens.slice(subject[0], subject[1]);
    const referring = words.every((t) => t.pos === "PRON" || t.pos === "DET" || t.pos === "NOUN" || t.pos === "ADJ");
    if (referring && subject[0] >= from) {
      const s = a.tokens[subject[0]]!.start - a.tokens[from]!.start;
      const e = a.tokens[subject[1] - 1]!.end - a.tokens[from]!.start;
      text = `${text.slice(0, s)}${subjectName}${text.slice(e)}`;
    }
  }
  text = text.replace(EDGE, "").replace(OPENERS, "").replace(EDGE, "");
  if (!text) return capitalise(a.text.trim());
  text = capitalise(text);
  if (!/[.!?…]$/.test(text)) text += ".";
  if (text.length <= MAX) return text;
  const cut = text.slice(0, MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX - 40)).replace(/[,;:\s]+$/, "")}…`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
