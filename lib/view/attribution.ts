import type { Source } from "../model/schema";

/** How a source vouches for what it reports, in words and a symbol (never colour alone). */
export interface AttributionView {
  kind: Source["attribution"];
  /** "On record", "Anonymous sources", "The outlet's own reporting", "An analyst's reading" */
  label: string;
  /** ● for on the record, ◌ for anything else: the speaker is not named on the record */
  symbol: "●" | "◌";
  /** who said it: named for an on-record or analyst source only */
  speaker: string | null;
  /** how the article attributes it ("according to three retired Chilean diplomats") */
  phrase: string | null;
}

const LABEL: Record<Source["attribution"], string> = {
  "on-record": "On record",
  anonymous: "Anonymous sources",
  outlet: "The outlet's own reporting",
  analyst: "An analyst's reading",
};

/** Whether a source's speaker said it in their own name: on the record, or as an analyst. */
export const namesSpeaker = (attribution: Source["attribution"]) =>
  attribution === "on-record" || attribution === "analyst";

/**
 * A source's attribution as the dashboard shows it. The person a claim is about is not its
 * speaker: an anonymous or outlet source never names a speaker, even when the extraction linked
 * one, so "three sources said Putin…" can never read as Putin on the record. The article's own
 * wording of the attribution is kept, to be shown in quotation marks, except beside a named
 * on-record speaker, where it only repeats the name ("Putin", "he").
 */
export function describeAttribution(
  source: Pick<Source, "attribution" | "speaker" | "attributionText">,
  actorName: (id: string) => string,
): AttributionView {
  const { attribution } = source;
  const speaker = namesSpeaker(attribution) && source.speaker ? actorName(source.speaker) : null;
  const phrase = source.attributionText?.trim() || null;
  return {
    kind: attribution,
    label: LABEL[attribution],
    symbol: attribution === "on-record" ? "●" : "◌",
    speaker,
    phrase: attribution === "on-record" && speaker ? null : phrase,
  };
}
