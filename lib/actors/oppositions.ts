import type { GazetteerActor } from "./gazetteer";
import { phraseKey } from "./text";

const SUFFIX = "-opposition";

/** Whether an actor id is a state's opposition (oppositionsOf). */
export const isOpposition = (id: string) => id.endsWith(SUFFIX);

/**
 * Each state's political opposition as a group of its own ("the Venezuelan opposition", "Syrian
 * opposition groups"): in many negotiations it sits across the table from the government, and
 * its demonym must not make it the state, nor leave it unnamed. Named for the state's first
 * demonym; an id, name or alias the gazetteer already has stays the gazetteer's.
 */
export function oppositionsOf(actors: readonly GazetteerActor[]): GazetteerActor[] {
  const ids = new Set(actors.map((a) => a.id));
  const claimed = new Set(actors.flatMap((a) => [a.name, ...a.aliases]).map(phraseKey));
  const out: GazetteerActor[] = [];
  for (const state of actors) {
    const id = `${state.id}${SUFFIX}`;
    if (state.kind !== "state" || ids.has(id)) continue;
    const names = state.demonyms.map((d) => `${d} opposition`).filter((n) => !claimed.has(phraseKey(n)));
    if (!names.length) continue;
    out.push({
      id,
      name: names[0]!,
      kind: "group",
      country: state.country,
      role: `the political opposition in ${state.name}`,
      aliases: names.slice(1),
      titles: [],
      places: [],
      demonyms: [],
    });
  }
  return out;
}
