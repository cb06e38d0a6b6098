import { z } from "zod";
import { actorSchema } from "../model/schema";
import { committedLexicon, type ActorLexicon } from "./actorLexicon";
import { GazetteerError } from "./contentError";
import { datasetStates } from "./datasetStates";
import { oppositionsOf } from "./oppositions";
import { buildFuzzyIndex, type FuzzyIndex } from "./fuzzyNames";
import { compileOrganisations, type OrganisationLexicon } from "./organisations";
import { compileRoles, titleWords as titleWordsOf, type RoleLexicon } from "./roles";
import { tokenize } from "./text";

export { GazetteerError };

/** A one-word name opened by a hyphened Arabic article ("al-Burhan", "el-Sisi"), and the name without it. */
const ARTICLE_NAME = /^(?:al|el)[-\u2010\u2011](\p{Lu}[\p{L}'’-]+)$/u;

/**
 * The actor gazetteer (content/actors.json): who can be named in an article and every way the
 * press names them.
 *
 * - `aliases` are names: spelling variants and transliterations ("Zelenskyy", "Zelenskiy"),
 *   bare surnames ("Blinken") and, for states, other names of the country ("US"). Possessives
 *   ("Putin's") and middle initials ("Vladimir V. Putin") are matched by the code, not listed.
 * - `titles` are role phrases that point to whoever held the role on the article's date ("US
 *   president" is Biden in 2023 and Trump in 2025). `from` is the first day in office and `to`
 *   the first day out of it, so consecutive holders share a date without overlapping. A title
 *   marked `place` is a building standing for its occupant ("the White House").
 * - `places` are capitals and seats of government used for the actor ("Kyiv", "Moscow"). A
 *   place is an actor in "Kyiv refuses" and a location in "speaking in Kyiv".
 *   "the Kremlin" is a place of "russia", not an actor of its own: news uses it for the Russian
 *   leadership speaking as a whole, the same voice as "Moscow" and "Russia", so one position
 *   history per side stays together. Named Kremlin people have their own titles ("Kremlin
 *   spokesman" → Peskov, "Kremlin leader" → Putin), which win as the longer match.
 * - `demonyms` ("Russian") make a state an actor only before an agent noun ("Russian officials",
 *   "the Ukrainian side"), never in "Ukrainian territory".
 * - `gender` lets "he"/"she" refer back to a person.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

const titleSchema = z
  .object({
    phrase: z.string().min(1),
    from: isoDay.optional(),
    to: isoDay.optional(),
    place: z.boolean().optional(),
  })
  .refine((t) => !t.from || !t.to || t.from < t.to, "title `from` must be before `to`");

export const gazetteerActorSchema = actorSchema
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code")
      .nullable(),
    role: z.string().min(1),
    gender: z.enum(["male", "female"]).optional(),
    titles: z.array(titleSchema).default([]),
    places: z.array(z.string().min(1)).default([]),
    // Several words for demonyms such as "South African" or "New Zealander".
    demonyms: z.array(z.string().regex(/^\p{L}+(?: \p{L}+)*$/u, "a demonym is words of letters")).default([]),
  })
  .superRefine((a, ctx) => {
    if (a.kind === "person" && !a.gender)
      ctx.addIssue({ code: "custom", path: ["gender"], message: "a person needs a gender" });
    if (a.kind !== "person" && a.gender)
      ctx.addIssue({ code: "custom", path: ["gender"], message: "only people have a gender" });
    if (a.kind !== "state" && a.demonyms.length)
      ctx.addIssue({ code: "custom", path: ["demonyms"], message: "only states have demonyms" });
  });
export type GazetteerActor = z.infer<typeof gazetteerActorSchema>;

/** Finds an actor by id: the gazetteer's byId, or that with the actors an article introduced. */
export type ActorLookup = Pick<ReadonlyMap<string, GazetteerActor>, "get">;

export interface PatternToken {
  fold: string;
  /** the gazetteer writes it capitalised, so the text must too ("Burns", not "burns") */
  cap: boolean;
  /** short acronyms must match letter for letter ("US", not "us" or "Us") */
  exact: string | null;
}

/** A name, alias or place of one actor. */
export interface NamePattern {
  kind: "name";
  tokens: PatternToken[];
  actorId: string;
  via: "name" | "alias";
  /** which locative test decides that the words name a place rather than the actor */
  place: "capital" | "country" | null;
  /** a bare word too ambiguous to match alone ("Georgia", "Congo"): the states it may be */
  candidates?: readonly string[];
}

export interface TitleHolder {
  actorId: string;
  from: string | null;
  to: string | null;
}

/** A role phrase and everyone who held it. */
export interface TitlePattern {
  kind: "title";
  tokens: PatternToken[];
  holders: TitleHolder[];
  place: boolean;
}

export type Pattern = NamePattern | TitlePattern;

/** The state a person acts for, by their country, if the gazetteer has that state. */
export function stateOfPerson(
  g: Pick<Gazetteer, "stateOfCountry">,
  actor: { kind: string; country?: string | null } | undefined,
): string | undefined {
  return actor?.kind === "person" && actor.country ? g.stateOfCountry.get(actor.country) : undefined;
}

export interface Gazetteer {
  actors: readonly GazetteerActor[];
  byId: ReadonlyMap<string, GazetteerActor>;
  /** folded first token → the patterns that start with it, longest first */
  index: ReadonlyMap<string, readonly Pattern[]>;
  /** folded demonym ("russian", "south african") → state id */
  demonyms: ReadonlyMap<string, string>;
  /** first words of demonyms of more than one word ("south") */
  demonymStarts: ReadonlySet<string>;
  /** names and demonyms that stand for a state only when the article names it another way */
  ambiguous: {
    index: ReadonlyMap<string, readonly NamePattern[]>;
    demonyms: ReadonlyMap<string, readonly string[]>;
  };
  /** person id → the folded words of their titles and role ("secretary", "state", "defence") */
  personTitleWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** folded words of state names, capitals and demonyms: places, never a misspelt person */
  placeWords: ReadonlySet<string>;
  /** folded capitalised words of people's names and aliases: a lone one is a person, not a body */
  personNameWords: ReadonlySet<string>;
  roles: RoleLexicon;
  organisations: OrganisationLexicon;
  fuzzy: FuzzyIndex;
  /** person id → first letters of the given names the gazetteer knows for them */
  givenInitials: ReadonlyMap<string, ReadonlySet<string>>;
  /** head noun of a person's titles ("president", "dictator", "spokesman") → holders */
  titleHeads: ReadonlyMap<string, ReadonlySet<string>>;
  /** lower-case words used in titles ("spokesman", "aide"), which may precede a subject */
  titleWords: ReadonlySet<string>;
  /** ISO 3166-1 alpha-3 code → the state actor of that country */
  stateOfCountry: ReadonlyMap<string, string>;
}

function patternTokens(phrase: string): PatternToken[] {
  return tokenize(phrase).map((t) => {
    const letters = t.text.replace(/\./g, "");
    return { fold: t.fold, cap: t.cap, exact: t.upper && letters.length <= 3 ? letters : null };
  });
}

const keyOf = (tokens: readonly PatternToken[]) => tokens.map((t) => t.fold).join(" ");

/** Two spellings of one phrase ("NATO", "Nato") keep only the requirements both meet. */
function loosen(a: PatternToken[], b: PatternToken[]): PatternToken[] {
  return a.map((t, i) => ({ fold: t.fold, cap: t.cap && b[i]!.cap, exact: t.exact === b[i]!.exact ? t.exact : null }));
}

const overlaps = (a: TitleHolder, b: TitleHolder) =>
  (a.from ?? "") < (b.to ?? "9999-99-99") && (b.from ?? "") < (a.to ?? "9999-99-99");

function headNoun(tokens: readonly PatternToken[]): string | null {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.fold));
  const of = words.findIndex((t) => t.fold === "of");
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return head && !head.cap ? head.fold : null;
}

function parseEntries(json: unknown, source: string): GazetteerActor[] {
  if (!Array.isArray(json)) throw new GazetteerError(source, ["expected an array of actors"]);
  const problems: string[] = [];
  const actors: GazetteerActor[] = [];
  json.forEach((entry: unknown, i) => {
    const parsed = gazetteerActorSchema.safeParse(entry);
    if (parsed.success) {
      actors.push(parsed.data);
      return;
    }
    const id = typeof entry === "object" && entry !== null && "id" in entry ? String(entry.id) : "?";
    for (const issue of parsed.error.issues)
      problems.push(`entry ${i} ("${id}"): ${issue.path.map(String).join(".") || "(entry)"}: ${issue.message}`);
  });
  const seen = new Set<string>();
  for (const a of actors) {
    if (seen.has(a.id)) problems.push(`entry "${a.id}": id: used by more than one actor`);
    seen.add(a.id);
  }
  if (problems.length) throw new GazetteerError(source, problems);
  return actors;
}

/**
 * Validates the gazetteer JSON, merges in the states of the world-countries dataset
 * (datasetStates) and builds, once, every lookup table the actor stages use. Throws a
 * GazetteerError naming every bad entry and field, and every alias or title that two actors
 * claim (a title only clashes when the two tenures overlap).
 */
export function loadGazetteer(
  json: unknown,
  source = "actors.json",
  lexicon: ActorLexicon = committedLexicon(),
): Gazetteer {
  const merged = datasetStates(parseEntries(json, source), lexicon.countries, lexicon.states);
  if (merged.problems.length) throw new GazetteerError("content/states.json", merged.problems);
  const actors = [...merged.actors, ...oppositionsOf(merged.actors)];
  const problems: string[] = [];
  const names = new Map<string, NamePattern>();
  const titles = new Map<string, TitlePattern>();
  const demonyms = new Map<string, string>();
  const givenInitials = new Map<string, Set<string>>();
  const titleHeads = new Map<string, Set<string>>();
  const titleWords = new Set<string>();

  // A dataset state keeps an ambiguous name ("Georgia") as its display name, but the name is
  // matched only through `ambiguous`, when the article settles it.
  const ambiguousKeys = new Set(merged.ambiguousNames.map((f) => keyOf(patternTokens(f.phrase))));
  const addName = (a: GazetteerActor, phrase: string, via: NamePattern["via"], place: NamePattern["place"]) => {
    const tokens = patternTokens(phrase);
    if (!tokens.length) return;
    const key = keyOf(tokens);
    if (ambiguousKeys.has(key)) return;
    const known = names.get(key);
    if (known && known.actorId !== a.id) {
      problems.push(`alias "${phrase}" of "${a.id}" clashes with "${known.actorId}"`);
      return;
    }
    if (known) {
      known.tokens = loosen(known.tokens, tokens);
      if (via === "name") known.via = "name";
      return;
    }
    names.set(key, { kind: "name", tokens, actorId: a.id, via, place });
  };

  for (const a of actors) {
    const nameRule = a.kind === "state" ? "country" : null;
    addName(a, a.name, "name", nameRule);
    for (const alias of a.aliases) addName(a, alias, "alias", nameRule);
    for (const place of a.places) addName(a, place, "alias", "capital");

    for (const d of a.demonyms) {
      const key = keyOf(patternTokens(d));
      const other = demonyms.get(key);
      if (other && other !== a.id) problems.push(`demonym "${d}" of "${a.id}" clashes with "${other}"`);
      demonyms.set(key, a.id);
    }

    if (a.kind === "person") {
      const initials = new Set<string>();
      for (const n of [a.name, ...a.aliases]) {
        const words = patternTokens(n).filter((t) => /^\p{L}/u.test(t.fold));
        if (words.length >= 2 && words[0]!.cap) initials.add(words[0]!.fold[0]!);
      }
      givenInitials.set(a.id, initials);
    }

    for (const t of a.titles) {
      const tokens = patternTokens(t.phrase);
      const key = keyOf(tokens);
      const holder: TitleHolder = { actorId: a.id, from: t.from ?? null, to: t.to ?? null };
      const known = titles.get(key);
      const clash = known?.holders.find((h) => h.actorId !== a.id && overlaps(h, holder));
      if (clash) problems.push(`title "${t.phrase}" of "${a.id}" overlaps the tenure of "${clash.actorId}"`);
      else if (known) {
        known.tokens = loosen(known.tokens, tokens);
        known.holders.push(holder);
        known.place ||= !!t.place;
      } else titles.set(key, { kind: "title", tokens, holders: [holder], place: !!t.place });

      if (a.kind !== "person") continue;
      const head = headNoun(tokens);
      if (head) titleHeads.set(head, (titleHeads.get(head) ?? new Set()).add(a.id));
      for (const w of tokens) if (!w.cap && /^\p{L}/u.test(w.fold)) titleWords.add(w.fold);
    }
  }

  // "al-Busaidi", "el-Sisi": news also drops the article ("Busaidi said"), so a person's
  // one-word name with a hyphened article is known without it too, where nothing else is.
  for (const a of actors) {
    if (a.kind !== "person") continue;
    for (const alias of [a.name, ...a.aliases]) {
      const bare = ARTICLE_NAME.exec(alias)?.[1];
      if (!bare) continue;
      const key = keyOf(patternTokens(bare));
      if (!names.has(key) && !titles.has(key) && !ambiguousKeys.has(key)) addName(a, bare, "alias", null);
    }
  }

  for (const [key, t] of titles) {
    const name = names.get(key);
    if (name) problems.push(`"${key}" is both an alias of "${name.actorId}" and a title of "${t.holders[0]!.actorId}"`);
  }
  if (problems.length) throw new GazetteerError(source, problems);

  const index = new Map<string, Pattern[]>();
  for (const p of [...names.values(), ...titles.values()]) {
    const first = p.tokens[0]!.fold;
    index.set(first, [...(index.get(first) ?? []), p]);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const ambiguousIndex = new Map<string, NamePattern[]>();
  for (const form of merged.ambiguousNames) {
    const tokens = patternTokens(form.phrase);
    const pattern: NamePattern = {
      kind: "name",
      tokens,
      actorId: form.stateIds[0]!,
      via: "name",
      place: "country",
      candidates: form.stateIds,
    };
    ambiguousIndex.set(tokens[0]!.fold, [...(ambiguousIndex.get(tokens[0]!.fold) ?? []), pattern]);
  }
  const personTitleWords = new Map<string, Set<string>>();
  for (const a of actors)
    if (a.kind === "person")
      personTitleWords.set(
        a.id,
        new Set([a.role, ...a.titles.map((t) => t.phrase)].flatMap((t) => [...titleWordsOf(t)])),
      );
  const placeWords = new Set<string>();
  for (const a of actors)
    if (a.kind === "state")
      for (const p of [a.name, ...a.aliases, ...a.places, ...a.demonyms])
        for (const t of patternTokens(p)) placeWords.add(t.fold);
  for (const form of [...merged.ambiguousNames, ...merged.ambiguousDemonyms])
    for (const t of patternTokens(form.phrase)) placeWords.add(t.fold);
  const personNameWords = new Set<string>();
  for (const a of actors)
    if (a.kind === "person")
      for (const n of [a.name, ...a.aliases])
        for (const t of patternTokens(n)) if (t.cap && /^\p{L}{2,}$/u.test(t.fold)) personNameWords.add(t.fold);

  return {
    actors,
    byId: new Map(actors.map((a) => [a.id, a])),
    index,
    demonyms,
    demonymStarts: new Set([...demonyms.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!)),
    ambiguous: {
      index: ambiguousIndex,
      demonyms: new Map(merged.ambiguousDemonyms.map((d) => [keyOf(patternTokens(d.phrase)), d.stateIds])),
    },
    givenInitials,
    titleHeads,
    titleWords,
    personTitleWords,
    placeWords,
    personNameWords,
    stateOfCountry: new Map(actors.flatMap((a) => (a.kind === "state" && a.country ? [[a.country, a.id]] : []))),
    roles: compileRoles(lexicon.roles),
    organisations: compileOrganisations(lexicon.organisations),
    fuzzy: buildFuzzyIndex(actors),
  };
}
