import type { DateMention } from "../model/mentions";
import type { SignalEvent } from "../model/schema";
import type { ClauseSignal } from "../signals/classifyClause";

/**
 * The modality of an event, from its clause: a denial ("denied", "refused") or talks said not
 * to have happened are denied; talks still to come are scheduled, other things still to come
 * predicted; a possibility or a condition is hypothetical; the rest asserted.
 */
export function modalityOf(signal: ClauseSignal, date: DateMention | null): SignalEvent["modality"] {
  const ahead = signal.future || !!date?.future;
  if (signal.denial || (signal.negated && signal.type === "talks")) return "denied";
  if (signal.hypothetical) return "hypothetical";
  if (signal.type === "talks" && ahead) return "scheduled";
  if (ahead) return "predicted";
  return "asserted";
}
