/**
 * The event model's closed vocabularies (docs/event-model.md). They live apart from the zod
 * schemas so that browser code can use them without shipping zod; the order is part of the
 * compact wire format, which indexes into these lists.
 */
export const SIGNAL_TYPES = [
  "negotiation-readiness",
  "ceasefire-signal",
  "condition",
  "rejection",
  "legitimacy-dispute",
  "proposal",
  "talks",
  "threat",
  "sanction",
  "assessment",
  "military-claim",
  "context",
] as const;
export const PRECISIONS = ["day", "week", "month", "season", "quarter", "half", "year", "range"] as const;
export const MODALITIES = ["asserted", "scheduled", "predicted", "hypothetical", "denied"] as const;
export const ATTRIBUTIONS = ["on-record", "anonymous", "outlet", "analyst"] as const;
export const ACTOR_KINDS = ["person", "state", "organization", "group"] as const;
export const ACTOR_ROLES = ["source", "subject", "target", "mentioned", "represented", "party"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
/**
 * Whether an actor in this role takes part in the event: who said it, who acted or whom it was
 * sent to. An actor only named elsewhere in the evidence sentence ("mentioned"), the state that a
 * person taking part holds office for ("represented"), or a side of the story that truce or talks
 * news naming at most one side is about ("party"), is found by a filter, but none acts in the event
 * on its own nor tells two reports of one event apart.
 */
export const takesPart = (role: ActorRole): boolean =>
  role !== "mentioned" && role !== "represented" && role !== "party";
/** The ids of the actors in `actors` that take part, in order. */
export const partyIds = (actors: readonly { id: string; role: ActorRole }[]): string[] =>
  actors.filter((a) => takesPart(a.role)).map((a) => a.id);
export const DATE_BASES = ["explicit", "relative", "publication", "unresolved"] as const;
