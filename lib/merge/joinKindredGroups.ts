import type { SignalType } from "../model/schema";
import { sharedActors, sharedParties, type MentionColumns } from "./mentionColumns";

/** Types of one act of two or more parties: two clusters of reports of it on one day are one event. */
const JOINT: ReadonlySet<SignalType> = new Set(["talks", "ceasefire-signal"]);

/**
 * Joins groups (lists of mention indexes, each in publication order) that report one joint act
 * but never met. Grouping compares a mention only with a few members of the groups recently
 * opened, and places one mention of an article in a group, so the leads of two outlets can
 * cluster apart from their headlines and quotes. Two groups join when they have the same type
 * (talks or a ceasefire signal), the one day their sentences state is the same, and they
 * share two parties (or every party the shorter names). Returns the groups, joined ones in
 * publication order (`place`: each mention's place in it).
 */
export function joinKindredGroups(lists: number[][], m: MentionColumns, place: Int32Array): number[][] {
  const { type, typeNames, date, dates, actors, actorLists, partyLists } = m;
  const parent = lists.map((_, g) => g);
  const root = (g: number): number => {
    while (parent[g] !== g) g = parent[g] = parent[parent[g]!]!;
    return g;
  };
  // Each group's actors and parties, gathered only for the groups that may join.
  const named = new Map<number, { actors: number[]; parties: number[] }>();
  const byDay = new Map<string, number[]>();
  lists.forEach((members, g) => {
    const head = members[0]!;
    if (!JOINT.has(typeNames[type[head]!]!)) return;
    let day = -1;
    for (const i of members) {
      const d = dates.statedDay(date[i]!);
      if (d < 0) continue;
      if (day >= 0 && d !== day) return;
      day = d;
    }
    if (day < 0) return;
    const all = new Set(members.flatMap((i) => actorLists[actors[i]!]!));
    if (!all.size) return;
    named.set(g, { actors: [...all], parties: [...new Set(members.flatMap((i) => partyLists[actors[i]!]!))] });
    const key = `${type[head]}|${day}`;
    const kin = byDay.get(key);
    if (kin) kin.push(g);
    else byDay.set(key, [g]);
  });
  for (const kin of byDay.values())
    for (let x = 1; x < kin.length; x++)
      for (let y = 0; y < x; y++) {
        const rx = root(kin[x]!);
        const ry = root(kin[y]!);
        if (rx === ry) continue;
        const a = named.get(kin[x]!)!;
        const b = named.get(kin[y]!)!;
        const shared = Math.max(
          sharedActors(a.actors, b.actors),
          sharedParties(a.actors, b.actors, a.parties, b.parties),
        );
        if (shared >= Math.min(2, a.actors.length, b.actors.length)) parent[rx] = ry;
      }
  const joined = new Map<number, number[]>();
  lists.forEach((members, g) => {
    const list = joined.get(root(g));
    if (list) list.push(...members);
    else joined.set(root(g), [...members]);
  });
  return [...joined.values()].map((members) =>
    members.length > 1 ? members.sort((x, y) => place[x]! - place[y]!) : members,
  );
}
