import type { SignalType } from "../model/schema";

export interface SignalTypeInfo {
  label: string;
  /** the CAMEO code used when no finer code applies */
  cameo: string | null;
  plover: string | null;
}

/** The signal taxonomy of docs/event-model.md with its CAMEO and PLOVER codes. */
export const TAXONOMY: Record<SignalType, SignalTypeInfo> = {
  "negotiation-readiness": { label: "Negotiation readiness", cameo: "036", plover: "AGREE" },
  "ceasefire-signal": { label: "Ceasefire signal", cameo: "0356", plover: "AGREE" },
  condition: { label: "Condition or demand", cameo: "100", plover: "REQUEST" },
  rejection: { label: "Rejection", cameo: "125", plover: "REJECT" },
  "legitimacy-dispute": { label: "Legitimacy dispute", cameo: "111", plover: "ACCUSE" },
  proposal: { label: "Proposal", cameo: "027", plover: "REQUEST" },
  talks: { label: "Talks", cameo: "040", plover: "CONSULT" },
  threat: { label: "Threat", cameo: "138", plover: "THREATEN" },
  sanction: { label: "Sanction", cameo: "163", plover: "SANCTION" },
  assessment: { label: "Assessment", cameo: "012", plover: null },
  "military-claim": { label: "Military claim", cameo: "010", plover: null },
  context: { label: "Context", cameo: null, plover: null },
};
