import type { Gazetteer } from "./gazetteer";
import { NAME_PARTICLES, NAME_TITLES, NON_PERSON_WORDS, NOT_NAME_WORDS, pastParticles } from "./lexicon";
import { scanSentence } from "./match";
import { phraseKey, type Token } from "./text";

const isInitial = (tokens: readonly Token[], i: number) =>
  tokens[i]!.word && tokens[i]!.cap && tokens[i]!.text.length === 1 && tokens[i + 1]?.fold === ".";

/**
 * Runs of capitalised words, kept together across middle initials ("William J. Burns") and name
 * particles ("bin", "von der"), broken by anything the gazetteer already matched.
 */
function capitalisedRuns(tokens: readonly Token[], known: ReadonlySet<number>): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (known.has(i) || !t.word) {
      close();
      continue;
    }
    if (isInitial(tokens, i) && run.length) {
      run.push(i);
      i++;
      continue;
    }
    if (t.cap && !(t.upper && t.text.length > 1)) run.push(i);
    // ("Ana de la Vega": particles may follow one another)
    else if (run.length && NAME_PARTICLES.has(t.fold) && tokens[pastParticles(tokens, i)]?.cap) run.push(i);
    else close();
  }
  close();
  return runs;
}

/**
 * Capitalised, person-like names that the gazetteer does not know: two or more name words
 * ("Ashley Bailey"), or one after a title ("General Zaluzhnyi", "envoy Witkoff"). Organisation,
 * outlet and place runs ("The New York Times", "Zaporozhye Region") and sentence openers,
 * calendar words and demonyms are not names. A headline in Title Case yields nothing, since
 * every word there is capitalised. The extractor reports these with their sentences so the
 * gazetteer can grow instead of dropping people silently.
 */
export function findUnknownNames(sentence: string, gazetteer: Gazetteer): string[] {
  return [...new Set(findUnknownNameSpans(sentence, gazetteer).map((n) => n.text))];
}

/** A name `findUnknownNames` reports, with where it stands in the sentence. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
}

/** `findUnknownNames` with the place of each name, so that names resolved since can be left out. */
export function findUnknownNameSpans(sentence: string, gazetteer: Gazetteer): NameSpan[] {
  const { tokens, raws, headline } = scanSentence(sentence, gazetteer);
  if (headline) return [];
  const known = new Set<number>();
  for (const m of raws) for (let i = m.start; i < m.end; i++) known.add(i);

  const names: NameSpan[] = [];
  for (const run of capitalisedRuns(tokens, known)) {
    if (run.some((i) => NON_PERSON_WORDS.has(tokens[i]!.fold))) continue;
    // An outlet the organisation lexicon lists ("Truth Social") is a source, not an unknown person.
    if (gazetteer.organisations.outlets.has(phraseKey(run.map((i) => tokens[i]!.text).join(" ")))) continue;
    const before = tokens[run[0]! - 1];
    let titled = !!before?.word && !before.cap && NAME_TITLES.has(before.fold);
    let part: number[] = [];
    const flush = () => {
      while (part.length && !tokens[part[part.length - 1]!]!.cap) part.pop();
      const words = part.filter((i) => tokens[i]!.cap && !isInitial(tokens, i)).length;
      if (words >= 2 || (words === 1 && titled)) {
        const [start, end] = [tokens[part[0]!]!.start, tokens[part[part.length - 1]!]!.end];
        names.push({ text: sentence.slice(start, end), start, end });
      }
      part = [];
      titled = false;
    };
    for (const i of run) {
      const fold = tokens[i]!.fold;
      if (NAME_TITLES.has(fold)) {
        flush();
        titled = true;
      } else if (NOT_NAME_WORDS.has(fold) || gazetteer.demonyms.has(fold)) flush();
      else part.push(i);
    }
    flush();
  }
  return names;
}
