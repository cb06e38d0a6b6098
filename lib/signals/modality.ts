import type { SignalEvent } from "../model/schema";

type Modality = SignalEvent["modality"];

const DENIED =
  /\b(?:den(?:y|ies|ied)|denial)\b|\bthere (?:were|was|are|is|have been) no (?:talks|negotiations|contacts|meeting)\b|\bdid not take place\b/i;
const SCHEDULED =
  /\b(?:scheduled|planned|is due to|are due to|expects? [^.]{0,60}\bto (?:arrive|meet|visit|hold|travel|come)|will (?:meet|hold|host|visit|arrive|travel|fly|sit down)|to (?:meet|visit|arrive) next)\b/i;
// "will not" is usually a refusal stated now ("demands that will not be abandoned"), not a forecast.
const FUTURE =
  /\b(?:will(?! not\b)|is going to|are going to|is expected to|are expected to|is likely to|are likely to)\b/i;
const HYPOTHETICAL = /^(?:even )?(?:if|should|were|in case|unless)\b|\bhypothetical\w*\b/i;
// A future inside reported speech ("Putin emphasized that Russia will cease…") is the content
// of a statement that was made, not a prediction of the event.
const REPORTED_BEFORE =
  /\b(?:said|says|say|stated|emphasi[sz]ed|stressed|declared|noted|added|warned|promised|pledged|vowed|announced|insisted|argued|told \w+) that\b/i;

export function detectModality(sentence: string, type: SignalEvent["type"], dateIsFuture: boolean): Modality {
  const text = sentence.replace(/^[-–•\s]+/, "");
  if (DENIED.test(text)) return "denied";
  if (type === "talks" && (SCHEDULED.test(text) || dateIsFuture)) return "scheduled";
  const future = FUTURE.exec(text);
  if (future && !REPORTED_BEFORE.test(text.slice(0, future.index)))
    return dateIsFuture || type !== "assessment" ? "predicted" : "asserted";
  if (dateIsFuture) return "predicted";
  if (HYPOTHETICAL.test(text)) return "hypothetical";
  return "asserted";
}
