import type { Actor } from "../model/schema";

/**
 * The dashboard's free-text search, knowing what the app knows. Text and query are folded the same
 * way (case, diacritics, hyphens, transliteration and British or American spelling), a word that
 * names an actor also finds the actor's other names and the events the actor takes part in, and
 * "a quoted phrase" matches those words in that order. Every term must match.
 */

// Place names in the Russian and the Ukrainian transliteration: news outlets use both.
const PLACE_VARIANTS: Record<string, string> = {
  kiev: "kyiv",
  kharkov: "kharkiv",
  odessa: "odesa",
  lvov: "lviv",
  lugansk: "luhansk",
  donbass: "donbas",
  zaporozhye: "zaporizhzhia",
  zaporizhia: "zaporizhzhia",
  chernigov: "chernihiv",
  nikolaev: "mykolaiv",
  dnepr: "dnipro",
  artemovsk: "bakhmut",
};

const PLACES = new RegExp(`(?<= )(?:${Object.keys(PLACE_VARIANTS).join("|")})(?= )`, "g");

/**
 * Text as the search compares it: lower case without diacritics, hyphenated words joined
 * ("cease-fire" → "ceasefire"), any other punctuation a space, one spelling per word
 * (transliterated endings: Zelenskyy, Zelenskiy, Zelenskii → zelensky; Kiev → kyiv; -ise → -ize;
 * defence → defense), with a space at either end so that " word " finds whole words.
 *
 * The search folds every event's evidence when it starts, so this is a few whole-string
 * replacements without Unicode property classes: typographic punctuation becomes ASCII first,
 * and any other non-ASCII character left after removing diacritics counts as a letter.
 */
export function foldText(text: string): string {
  let plain = text
    .replace(/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u2026\u00a0]/g, " ")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\u00ad/g, "");
  if (/[^\x00-\x7f]/.test(plain)) plain = plain.normalize("NFKD").replace(/\p{M}/gu, "");
  return ` ${plain.toLowerCase()} `
    .replace(/(?<=[a-z\u00c0-\uffff])-(?=[a-z\u00c0-\uffff])/g, "")
    .replace(/[^a-z0-9\u00c0-\uffff]+/g, " ")
    .replace(/\B(?:iy|yy|yi|ii|ij)(?= )/g, "y")
    .replace(/\Bis(?=(?:e|es|ed|ing|ation|ations) )/g, "iz")
    .replace(/\Bence(?= )/g, "ense")
    .replace(PLACES, (place) => PLACE_VARIANTS[place]!);
}

/** A term of a compiled query: each must match an event's text (or, for an actor, the event). */
export interface SearchTerm {
  /** the folded word or phrase, without the padding spaces */
  text: string;
  /** a quoted phrase, matched as whole words in order */
  phrase: boolean;
  /** when the term names actors: their ids, and all their names folded */
  actors: ReadonlySet<string> | null;
  names: readonly string[];
}

/** Splits a query into words and "quoted phrases" (an unclosed quote runs to the end). */
export function queryParts(query: string): { text: string; phrase: boolean }[] {
  const parts: { text: string; phrase: boolean }[] = [];
  for (const m of query.matchAll(/["“”„]([^"“”„]*)(?:["“”„]|$)|[^\s"“”„]+/g)) {
    const phrase = m[1] !== undefined;
    const text = foldText(phrase ? m[1]! : m[0]).trim();
    // A word of punctuation only folds to nothing and would match everything.
    if (text) parts.push({ text, phrase });
  }
  return parts;
}

export interface ActorNames {
  /** folded name or alias → the actors it names */
  byName: ReadonlyMap<string, ReadonlySet<string>>;
  /** actor id → all its folded names */
  names: ReadonlyMap<string, readonly string[]>;
  /** the most words in any name */
  longest: number;
}

/** The actor table of the event document as the search reads it (built once per document). */
export function indexActorNames(actors: readonly Pick<Actor, "id" | "name" | "aliases">[]): ActorNames {
  const byName = new Map<string, Set<string>>();
  const names = new Map<string, string[]>();
  for (const a of actors) {
    const folded = [...new Set([a.name, ...a.aliases].map((n) => foldText(n).trim()).filter(Boolean))];
    names.set(a.id, folded);
    for (const n of folded) {
      let ids = byName.get(n);
      if (!ids) byName.set(n, (ids = new Set()));
      ids.add(a.id);
    }
  }
  const longest = Math.max(1, ...[...byName.keys()].map((n) => n.split(" ").length));
  return { byName, names, longest };
}

/**
 * The terms of a query. Consecutive plain words that together are an actor's name ("Vladimir V.
 * Putin") are one term for that actor, the longest name first; so is a quoted name.
 */
export function compileQuery(query: string, actors: ActorNames): SearchTerm[] {
  const parts = queryParts(query);
  const terms: SearchTerm[] = [];
  const term = (text: string, phrase: boolean): SearchTerm => {
    const ids = actors.byName.get(text) ?? null;
    const names = ids ? [...new Set([...ids].flatMap((id) => actors.names.get(id) ?? []))] : [];
    return { text, phrase, actors: ids, names };
  };
  for (let i = 0; i < parts.length;) {
    let end = i + 1;
    for (let j = Math.min(parts.length, i + actors.longest); j > i + 1; j--) {
      const run = parts.slice(i, j);
      if (run.every((p) => !p.phrase) && actors.byName.has(run.map((p) => p.text).join(" "))) {
        end = j;
        break;
      }
    }
    terms.push(
      end > i + 1
        ? term(
            parts
              .slice(i, end)
              .map((p) => p.text)
              .join(" "),
            false,
          )
        : term(parts[i]!.text, parts[i]!.phrase),
    );
    i = end;
  }
  return terms;
}

/**
 * Does one term match? `text` is folded (foldText). A plain word matches inside words, so that
 * "negotiat" finds "negotiations"; a word of one or two letters, a phrase, and a word that folds
 * to several ("U.S." → "u s", "Putin's" → "putin s") match whole words only, so that "US" does
 * not find "Russia", "E.U." not "the usual" and "Putin's" not "Putin said".
 *
 * A term that names actors matches an event the actors take part in, or a text with any of their
 * names (see nameIn), the typed one included: every spelling of a name finds the same events.
 */
export function termMatches(term: SearchTerm, text: string, actorIds: readonly { id: string }[]): boolean {
  if (term.actors) {
    if (actorIds.some((a) => term.actors!.has(a.id))) return true;
    return term.names.some((n) => nameIn(n, text));
  }
  const whole = term.phrase || term.text.length < 3 || term.text.includes(" ");
  return whole ? text.includes(` ${term.text} `) : text.includes(term.text);
}

/**
 * An actor's folded name in a folded text: a name of one word of four letters or more at the start
 * of a word ("russia" finds "Russian", "putin" "Putin's"), a shorter or longer name as whole words
 * ("usa" does not find "accusations").
 */
function nameIn(name: string, text: string): boolean {
  return name.length < 4 || name.includes(" ") ? text.includes(` ${name} `) : text.includes(` ${name}`);
}

const DEFAULT_TOPICS = ["ceasefire", "truce", "negotiations", "sanctions", "elections", "territory", "peace"];

/**
 * Examples for the search box that find something in this event list: the topic word and the
 * actor name that find the most events, in that order. Tried against the events' own text (summary
 * and date phrase), which the full search text always contains.
 */
export function searchExamples(
  events: readonly { summary: string; actors: readonly { id: string }[] }[],
  actors: readonly Pick<Actor, "id" | "name" | "aliases">[],
  topics: readonly string[] = DEFAULT_TOPICS,
): string[] {
  const index = indexActorNames(actors);
  const texts = events.map((e) => foldText(e.summary));
  const hits = (word: string) => {
    const [term] = compileQuery(word, index);
    if (!term) return 0;
    let n = 0;
    for (let i = 0; i < events.length; i++) if (termMatches(term, texts[i]!, events[i]!.actors)) n++;
    return n;
  };
  const best = (candidates: readonly string[]) => {
    let top: { word: string; n: number } | null = null;
    for (const word of candidates) {
      const n = hits(word);
      if (n > 0 && (!top || n > top.n)) top = { word, n };
    }
    return top?.word;
  };
  // An actor by the shortest of its names of three letters or more (usually the surname).
  const actorWords = actors.flatMap((a) => {
    const names = [a.name, ...a.aliases].filter((n) => n.length >= 3);
    return names.length ? [names.reduce((s, n) => (n.length < s.length ? n : s))] : [];
  });
  return [best(topics), best(actorWords)].filter((w): w is string => !!w);
}
