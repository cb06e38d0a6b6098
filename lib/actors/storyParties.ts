import type { ActorRole } from "../model/vocabulary";
import type { ActorLookup } from "./gazetteer";

/** Kinds of actor that can be a side of a conflict. */
const SIDE_KINDS = new Set(["state", "group"]);

/**
 * "The truce took hold at dawn", "Oman announced the deal": news of a truce or of talks
 * that names at most one side is news of the two sides the story is about, though the sentence
 * does not name them, as a reader who has the story in mind takes it. The sides it does not list
 * are added with role `party`. An actor only mentioned is no side the sentence gives the event.
 * `storySides` gives the story's two sides, or null (storySides in resolveReferences.ts).
 */
export function withStoryParties<A extends { id: string; role: ActorRole }>(
  actors: readonly A[],
  storySides: () => readonly string[] | null,
  lookup: ActorLookup,
): (A | { id: string; role: "party" })[] {
  const named = new Set(
    actors.filter((a) => a.role !== "mentioned" && SIDE_KINDS.has(lookup.get(a.id)?.kind ?? "")).map((a) => a.id),
  );
  // (the story's sides are worked out only for an event that lacks them)
  const sides = named.size > 1 ? null : storySides();
  if (!sides) return [...actors];
  const listed = new Set(actors.map((a) => a.id));
  return [...actors, ...sides.filter((id) => !listed.has(id)).map((id) => ({ id, role: "party" as const }))];
}
