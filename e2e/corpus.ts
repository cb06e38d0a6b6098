import { readEvents } from "../lib/corpus/readEvents";
import { partyIds } from "../lib/model/vocabulary";

/**
 * The event list the server was built from, and what tests pick from it. Expectations come from
 * here rather than from today's ids, so the tests keep holding as the extractor improves.
 */
export const doc = readEvents();
export const total = doc.events.length;

/** How many events name each actor. */
export const actorCounts = new Map<string, number>();
for (const e of doc.events)
  for (const id of new Set(e.actors.map((a) => a.id))) actorCounts.set(id, (actorCounts.get(id) ?? 0) + 1);

const [busiestId, busiestCount] = [...actorCounts].sort((a, b) => b[1] - a[1])[0]!;
/** The actor with the most events, and how many. */
export const busiest = { actor: doc.actors.find((a) => a.id === busiestId)!, count: busiestCount };

/** How many events each actor takes part in: the count its timeline lane shows. */
export const laneCounts = new Map<string, number>();
for (const e of doc.events)
  for (const id of new Set(partyIds(e.actors))) laneCounts.set(id, (laneCounts.get(id) ?? 0) + 1);
