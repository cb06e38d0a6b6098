import type { DatasetCountry, StatesConfig } from "./actorLexicon";
import type { GazetteerActor } from "./gazetteer";
import { phraseKey, slugOf } from "./text";

/**
 * States from the world-countries dataset, merged into the gazetteer (docs/actors.md).
 *
 * The gazetteer's own entries win: a state it lists keeps its id, name and role and only gains
 * the dataset's other names, capitals and demonyms; a name any gazetteer actor already claims
 * stays that actor's. A name that two dataset states share ("Congo"), or that content/states.json
 * marks as too ambiguous as a bare word ("Georgia", "Chad"), is not matched directly: it is
 * returned with its candidate states, for the article to settle.
 */

export interface AmbiguousForm {
  /** as written in the data ("Georgia", "Congolese") */
  phrase: string;
  /** gazetteer ids of the states it may stand for */
  stateIds: string[];
}

export interface DatasetStates {
  actors: GazetteerActor[];
  ambiguousNames: AmbiguousForm[];
  ambiguousDemonyms: AmbiguousForm[];
  problems: string[];
}

// Alternative spellings are often native-language or list forms ("Congo, the Democratic
// Republic of the", "Holy See (Vatican City State)"); only plain Latin-script names are kept.
const PLAIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u;

/** "Antiguan, Barbudan", "Kittitian or Nevisian" → each demonym on its own. */
const splitDemonyms = (d: string | undefined) => (d ? d.split(/,\s*|\s+or\s+/) : []);

interface Forms {
  country: DatasetCountry;
  names: string[];
  capitals: string[];
  demonyms: string[];
}

function formsOf(c: DatasetCountry, config: StatesConfig, notNames: ReadonlySet<string>): Forms {
  const demonyms = [
    ...new Set([
      ...splitDemonyms(c.demonyms?.eng?.m),
      ...splitDemonyms(c.demonyms?.eng?.f),
      ...(config.demonyms[c.cca3] ?? []),
    ]),
  ].filter((d) => PLAIN_NAME.test(d));
  const demonymKeys = new Set(demonyms.map(phraseKey));
  // A two-letter alternative spelling is the ISO code ("IN", "IT"), a word, not a name; an
  // alternative spelling that is a demonym ("Thai", "Saudi") is read as one.
  const isName = (s: string) =>
    PLAIN_NAME.test(s) &&
    /\p{Lu}/u.test(s) &&
    s !== c.cca2 &&
    !notNames.has(phraseKey(s)) &&
    !demonymKeys.has(phraseKey(s));
  const names = [c.name.common, c.name.official, ...c.altSpellings, ...(config.aliases[c.cca3] ?? [])].filter(isName);
  return { country: c, names, capitals: (c.capital ?? []).filter(isName), demonyms };
}

const uniqueByKey = (phrases: readonly string[]) => {
  const seen = new Map<string, string>();
  for (const p of phrases) if (!seen.has(phraseKey(p))) seen.set(phraseKey(p), p);
  return [...seen.values()];
};

/** Every phrase a gazetteer actor already uses as a name, alias, place or title, folded. */
function claimedByGazetteer(actors: readonly GazetteerActor[]): Map<string, GazetteerActor> {
  const claimed = new Map<string, GazetteerActor>();
  for (const a of actors)
    for (const p of [a.name, ...a.aliases, ...a.places, ...a.titles.map((t) => t.phrase)]) claimed.set(phraseKey(p), a);
  return claimed;
}

export function datasetStates(
  gazetteer: readonly GazetteerActor[],
  countries: readonly DatasetCountry[],
  config: StatesConfig,
): DatasetStates {
  const problems: string[] = [];
  const byCode = new Map(countries.map((c) => [c.cca3, c]));
  const checkCodes = (field: string, entries: Record<string, readonly string[]>) => {
    for (const [key, codes] of Object.entries(entries))
      for (const code of codes)
        if (!byCode.has(code)) problems.push(`${field}."${key}": "${code}" is not a country of the dataset`);
  };
  config.include.forEach((code, i) => {
    if (!byCode.has(code)) problems.push(`include.${i}: "${code}" is not a country of the dataset`);
  });
  checkCodes("ambiguousNames", config.ambiguousNames);
  checkCodes("ambiguousDemonyms", config.ambiguousDemonyms);
  for (const [field, entries] of [
    ["aliases", config.aliases],
    ["demonyms", config.demonyms],
  ] as const)
    for (const code of Object.keys(entries))
      if (!byCode.has(code)) problems.push(`${field}."${code}": not a country of the dataset`);

  const include = new Set(config.include);
  const notNames = new Set(config.notNames.map(phraseKey));
  const selected = countries
    .filter((c) => c.independent || c.unMember || include.has(c.cca3))
    .map((c) => formsOf(c, config, notNames));

  const gazetteerStates = new Map(gazetteer.filter((a) => a.kind === "state" && a.country).map((a) => [a.country!, a]));
  const ids = new Set(gazetteer.map((a) => a.id));
  const idOf = new Map<string, string>();
  for (const f of selected) {
    const known = gazetteerStates.get(f.country.cca3);
    if (known) {
      idOf.set(f.country.cca3, known.id);
      continue;
    }
    let id = slugOf(f.country.name.common);
    if (ids.has(id)) id = `${id}-state`;
    ids.add(id);
    idOf.set(f.country.cca3, id);
  }

  // Which dataset states use each form: shared forms and listed ones are ambiguous.
  const owners = (pick: (f: Forms) => string[]) => {
    const map = new Map<string, Set<string>>();
    for (const f of selected)
      for (const p of pick(f)) map.set(phraseKey(p), (map.get(phraseKey(p)) ?? new Set()).add(f.country.cca3));
    return map;
  };
  const nameOwners = owners((f) => [...f.names, ...f.capitals]);
  const demonymOwners = owners((f) => f.demonyms);
  const listed = (entries: Record<string, readonly string[]>) =>
    new Map(Object.entries(entries).map(([phrase, codes]) => [phraseKey(phrase), { phrase, codes }]));
  const listedNames = listed(config.ambiguousNames);
  const listedDemonyms = listed(config.ambiguousDemonyms);
  const claimed = claimedByGazetteer(gazetteer);

  const ambiguous = (owned: Map<string, Set<string>>, list: ReturnType<typeof listed>) => {
    const out = new Map<string, AmbiguousForm>();
    const add = (key: string, phrase: string, codes: Iterable<string>) => {
      if (claimed.has(key)) return;
      const stateIds = [...new Set([...codes].filter((c) => idOf.has(c)).map((c) => idOf.get(c)!))];
      if (stateIds.length) out.set(key, { phrase, stateIds });
    };
    for (const [key, codes] of owned) if (codes.size > 1) add(key, phraseOf(selected, key) ?? key, codes);
    for (const [key, { phrase, codes }] of list) add(key, phrase, codes);
    return out;
  };
  const ambiguousNames = ambiguous(nameOwners, listedNames);
  const ambiguousDemonyms = ambiguous(demonymOwners, listedDemonyms);

  const own = (id: string) => (p: string) => {
    const key = phraseKey(p);
    const owner = claimed.get(key);
    return key !== "" && !ambiguousNames.has(key) && (!owner || owner.id === id);
  };
  const ownDemonym = (d: string) => !ambiguousDemonyms.has(phraseKey(d));

  const actors = gazetteer.map((a) => ({ ...a }));
  const position = new Map(actors.map((a, i) => [a.id, i]));
  for (const f of selected) {
    const id = idOf.get(f.country.cca3)!;
    const i = position.get(id);
    if (i !== undefined) {
      const a = actors[i]!;
      const has = new Set([a.name, ...a.aliases, ...a.places].map(phraseKey));
      const fresh = (p: string) => own(id)(p) && !has.has(phraseKey(p));
      const demonyms = new Set(a.demonyms.map(phraseKey));
      actors[i] = {
        ...a,
        aliases: [...a.aliases, ...uniqueByKey(f.names.filter(fresh))],
        places: [...a.places, ...uniqueByKey(f.capitals.filter((p) => fresh(p) && !f.names.includes(p)))],
        demonyms: [...a.demonyms, ...f.demonyms.filter((d) => ownDemonym(d) && !demonyms.has(phraseKey(d)))],
      };
      continue;
    }
    const names = uniqueByKey(f.names.filter(own(id)));
    actors.push({
      id,
      name: f.country.name.common,
      kind: "state",
      country: f.country.cca3,
      role: f.country.name.official,
      aliases: names.filter((n) => n !== f.country.name.common),
      titles: [],
      places: uniqueByKey(f.capitals.filter((p) => own(id)(p) && !names.some((n) => phraseKey(n) === phraseKey(p)))),
      demonyms: f.demonyms.filter(ownDemonym),
    });
  }
  return {
    actors,
    ambiguousNames: [...ambiguousNames.values()],
    ambiguousDemonyms: [...ambiguousDemonyms.values()],
    problems,
  };
}

/** The spelling the dataset or the list uses for a folded form, for readable patterns and reports. */
function phraseOf(forms: readonly Forms[], key: string): string | undefined {
  for (const f of forms) for (const p of [...f.names, ...f.capitals, ...f.demonyms]) if (phraseKey(p) === key) return p;
  return undefined;
}
