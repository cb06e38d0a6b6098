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

/** What a person's role says of a state office: the state, and the last year the office names. */
interface Office {
  state: string;
  lastYear: number;
}
const offices = new WeakMap<GazetteerActor, Office | null>();

function officeOf(g: Gazetteer, actor: GazetteerActor): Office | null {
  const state = stateOfPerson(g, actor);
  if (!state) return null;
  const office = actor.role.split(";")[0]!;
  const words = tokenize(office);
  if (!g.roles.stateOffices.some((p) => names(words, p))) return null;
  // ("Commander-in-chief of the Syrian Democratic Forces": an armed group's office, whatever state it names)
  if (groupNamesOf(g).some((p) => names(words, p))) return null;
  const s = g.byId.get(state);
  const own = s ? [s.name, ...s.aliases, ...s.demonyms, ...s.places] : [];
  if (g.byId.has(actor.id) && !own.some((n) => names(words, folded(n)))) return null;
  const years = (office.match(YEAR) ?? []).map(Number);
  return { state, lastYear: years.length ? Math.max(...years) : Infinity };
}

/**
 * The state whose office a person holds in `year`, for whom their word is the state's word
 * ("Deputy Foreign Minister of Russia", "Kremlin spokesman"), or undefined. A gazetteer role lists
 * the office held now first, so only its first part counts, and only when it names the person's
 * own state (its name, another name, a demonym or a seat of government) beside an office word of
 * content/roles.json `stateOffices`. A role that names no state, or names an armed group or
 * movement, is that body's office ("Head of the Hamas political bureau"), and one whose years
 * end before `year` was held then no longer ("President of Ukraine 2014–2019"). A person the
 * article introduced has the country the title named ("Sudan's finance minister"), so the
 * office word is enough.
 */
export function officeState(g: Gazetteer, actor: GazetteerActor | undefined, year: number): string | undefined {
  if (actor?.kind !== "person") return undefined;
  let office = offices.get(actor);
  if (office === undefined) offices.set(actor, (office = officeOf(g, actor)));
  return office && office.lastYear >= year ? office.state : undefined;
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
