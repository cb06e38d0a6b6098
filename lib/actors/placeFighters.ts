import type { ActorMention } from "../model/mentions";
import type { ActorLookup, GazetteerActor } from "./gazetteer";
import { FIGHTERS } from "./organisations";
import { phraseKey } from "./text";

/**
 * "Kachin rebels" in a story that also names the Kachin Independence Army: a place's fighters,
 * which the organisation finder makes a group of their own when nothing else claims the words,
 * are the one armed group the article names, anywhere in it, whose own name holds that place.
 * Returns the mentions with such groups' ids replaced, and the ids replaced.
 */
export function placeFightersAsGroups(
  mentions: readonly (readonly ActorMention[])[],
  discovered: readonly GazetteerActor[],
  lookup: ActorLookup,
): { mentions: ActorMention[][]; replaced: Set<string> } {
  const placeOf = (a: GazetteerActor): string | null => {
    const words = phraseKey(a.name).split(" ");
    return a.kind === "group" && words.length === 2 && FIGHTERS.has(words[1]!) ? words[0]! : null;
  };
  const fighters = discovered.filter((a) => placeOf(a) !== null);
  const into = new Map<string, string>();
  if (fighters.length) {
    const groups = [...new Set(mentions.flat().map((m) => m.actorId))]
      .map((id) => lookup.get(id))
      .filter((a): a is GazetteerActor => a?.kind === "group" && placeOf(a) === null);
    for (const f of fighters) {
      const place = placeOf(f)!;
      const holding = groups.filter((g) => [g.name, ...g.aliases].some((n) => phraseKey(n).split(" ").includes(place)));
      if (holding.length === 1) into.set(f.id, holding[0]!.id);
    }
  }
  return {
    mentions: mentions.map((ms) => ms.map((m) => (into.has(m.actorId) ? { ...m, actorId: into.get(m.actorId)! } : m))),
    replaced: new Set(into.keys()),
  };
}
