import type { ActorRole } from "../model/vocabulary";
import { takesPart } from "../model/vocabulary";
import type { SignalType } from "../model/schema";

/** A person a photo caption pictures, with the state or body they act for. */
export interface Pictured {
  id: string;
  /** the id of a state, or of the group or organisation their title names */
  state: string;
}

/** News of dealings between parties, in which the people pictured at them are the ones who dealt. */
const DEALINGS: ReadonlySet<SignalType> = new Set([
  "talks",
  "proposal",
  "ceasefire-signal",
  "negotiation-readiness",
  "condition",
  "rejection",
]);

/**
 * "Estonia and Latvia agreed on Monday to …" under a photo of "Estonian President Jan Kowal and
 * Latvian President Eva Lind shake hands after the signing": the states the paragraph's opening
 * sentence names as dealing acted through the people the photo just before it pictures. Each
 * pictured person whose state takes part joins the event beside it; one whose state does not (a
 * host, a mediator, a guest) does not, nor does anyone for news of fighting or of views. A rebel
 * commander pictured as "FLN commander Ana Ruiz" acts for the FLN as a leader for their state.
 */
export function withPictured<A extends { id: string; role: ActorRole }>(
  actors: readonly A[],
  type: SignalType,
  pictured: readonly Pictured[],
): (A | { id: string; role: "subject" })[] {
  if (!pictured.length || !DEALINGS.has(type)) return [...actors];
  const acting = new Set(actors.filter((a) => takesPart(a.role)).map((a) => a.id));
  const added = pictured
    .filter((p) => acting.has(p.state) && !actors.some((a) => a.id === p.id))
    .map((p) => ({ id: p.id, role: "subject" as const }));
  return [...actors, ...added];
}
