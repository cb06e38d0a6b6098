/** For the families' tests: what the tagger and the event-date reader make of a text. */
import { clauseDirection } from "../clauseDirection";
import { findDates } from "../findDates";
import { tagTimexes } from "../tagTimexes";

/** The TimeML tags of a text as "text=TYPE:value" (with "/mod" when there is one). */
export function tags(text: string, dct: string | null): string[] {
  return tagTimexes(text, dct, { direction: clauseDirection }).map(
    (t) => `${t.text}=${t.type}:${t.value}${t.mod ? `/${t.mod}` : ""}`,
  );
}

/** The event dates of a sentence as "text=start..end/precision", directed by its clauses as the pipeline does. */
export function dates(sentence: string, published: string | null): string[] {
  return findDates(sentence, published, { direction: clauseDirection(sentence) }).map(
    (d) => `${d.text}=${d.start}..${d.end}/${d.precision}`,
  );
}
