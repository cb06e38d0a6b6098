import type { EventDate, SignalEvent, SignalType, Source } from "../model/schema";

/**
 * The event model's closed vocabularies, for code that runs in the browser. lib/model/schema.ts
 * holds the same lists next to its zod schemas, and importing a value from it would ship zod to
 * every visitor; vocabulary.test.ts keeps the two identical.
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
] as const satisfies readonly SignalType[];
export const PRECISIONS = [
  "day",
  "week",
  "month",
  "season",
  "quarter",
  "half",
  "year",
  "range",
] as const satisfies readonly EventDate["precision"][];
export const MODALITIES = [
  "asserted",
  "scheduled",
  "predicted",
  "hypothetical",
  "denied",
] as const satisfies readonly SignalEvent["modality"][];
export const ATTRIBUTIONS = [
  "on-record",
  "anonymous",
  "outlet",
  "analyst",
] as const satisfies readonly Source["attribution"][];
export const ACTOR_ROLES = [
  "source",
  "subject",
  "target",
] as const satisfies readonly SignalEvent["actors"][number]["role"][];
export const DATE_BASES = [
  "explicit",
  "relative",
  "publication",
  "unresolved",
] as const satisfies readonly EventDate["basis"][];
