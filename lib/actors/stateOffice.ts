import type { ActorRole } from "../model/vocabulary";
import { takesPart } from "../model/vocabulary";
import { stateOfPerson, type ActorLookup, type Gazetteer, type GazetteerActor } from "./gazetteer";
import { folded, wordsAt } from "./roles";
import { tokenize, type Token } from "./text";

/** A year written in a role ("President of Ukraine 2014–2019", "Prime Minister in 2022"). */
const YEAR = /\b(?:1[89]|20)\d\d\b/g;

/** Whether the folded `phrase` stands anywhere in `tokens`. */
const names = (tokens: readonly Token[], phrase: readonly string[]) =>
  tokens.some((_, i) => wordsAt(tokens, i, phrase));

/** The folded names of the gazetteer's armed groups and movements, once per gazetteer. */
const groupNames = new WeakMap<Gazetteer, (readonly string[])[]>();
function groupNamesOf(g: Gazetteer): readonly (readonly string[])[] {
  let names = groupNames.get(g);
  if (!names) {
    names = [...g.byId.values()]
      .filter((a) => a.kind === "group")
      .flatMap((a) => [a.name, ...a.aliases].map(folded))
      .filter((w) => w.length);
    groupNames.set(g, names);
  }
  return names;
}

/** What a person's role says of a state office: the state, and the first and last years the office names. */
interface Office {
  state: string;
  firstYear: number;
  lastYear: number;
}
const offices = new WeakMap<GazetteerActor, readonly Office[]>();

function officesOf(g: Gazetteer, actor: GazetteerActor): Office[] {
  const state = stateOfPerson(g, actor);
  if (!state) return [];
  const s = g.byId.get(state);
  const own = s ? [s.name, ...s.aliases, ...s.demonyms, ...s.places] : [];
  const out: Office[] = [];
  actor.role.split(";").forEach((part, n) => {
    const words = tokenize(part);
    if (!g.roles.stateOffices.some((p) => names(words, p))) return;
    // ("Commander-in-chief of the Syrian Democratic Forces": an armed group's office, whatever state it names)
    if (groupNamesOf(g).some((p) => names(words, p))) return;
    if (g.byId.has(actor.id) && !own.some((name) => names(words, folded(name)))) return;
    const years = (part.match(YEAR) ?? []).map(Number);
    // The office held now comes first; a later one counts only in the years it names.
    if (n > 0 && !years.length) return;
    out.push({
      state,
      firstYear: n > 0 ? Math.min(...years) : -Infinity,
      lastYear: years.length ? Math.max(...years) : Infinity,
    });
  });
  return out;
}

/**
 * The state whose office a person holds in `year`, for whom their word is the state's word
 * ("Deputy Foreign Minister of Russia", "Kremlin spokesman"), or undefined. A gazetteer role lists
 * the office held now first, then earlier ones with their years ("Deputy Chairman of the Security
 * Council of Russia; President of Russia 2008–2012"); an office counts only when it names the
 * person's own state (its name, another name, a demonym or a seat of government) beside an office
 * word of content/roles.json `stateOffices`. A role that names no state, or names an armed group
 * or movement, is that body's office ("Head of the Hamas political bureau"); the first one, whose
 * years end before `year`, was held then no longer ("President of Ukraine 2014–2019"), and a later
 * one counts only within its years. A person the article introduced has the country the title
 * named ("Sudan's finance minister"), so the office word is enough.
 */
export function officeState(g: Gazetteer, actor: GazetteerActor | undefined, year: number): string | undefined {
  if (actor?.kind !== "person") return undefined;
  let held = offices.get(actor);
  if (held === undefined) offices.set(actor, (held = officesOf(g, actor)));
  return held.find((o) => o.firstYear <= year && year <= o.lastYear)?.state;
}

/**
 * An event's actors with, after them, the state each person taking part holds office for, as
 * `represented`, when the event does not list it already: an analyst who filters for a state
 * finds its spokesman's and ministers' words. The state takes no part of its own, so it draws no
 * lane and does not decide whether two reports are one event.
 */
export function withOfficeStates<A extends { id: string; role: ActorRole }>(
  actors: readonly A[],
  lookup: ActorLookup,
  g: Gazetteer,
  year: number,
): (A | { id: string; role: "represented" })[] {
  const out: (A | { id: string; role: "represented" })[] = [...actors];
  for (const a of actors) {
    if (!takesPart(a.role)) continue;
    const state = officeState(g, lookup.get(a.id), year);
    if (state && !out.some((x) => x.id === state)) out.push({ id: state, role: "represented" });
  }
  return out;
}
