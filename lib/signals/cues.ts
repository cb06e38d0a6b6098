import type { SignalType } from "../model/schema";

/**
 * The words that signal each type of event, with a weight (how sure the cue is on its own)
 * and, where the cue pins it down, a finer CAMEO code. Patterns are general news wording, not
 * phrases of any one article; they are matched case-insensitively on cleaned text.
 */
export interface Cue {
  type: SignalType;
  pattern: RegExp;
  weight: number;
  cameo?: string;
}

const NEGOTIATION = String.raw`(?:negotiat\w*|talks|dialogue|a deal|deal|an agreement|agreement|compromise|peace(?: talks| process| deal)?|settlement|discussions?)`;
const TRUCE = String.raw`(?:cease-?fire|truce|armistice|freez\w+ (?:the )?(?:war|conflict|front|fighting)|cessation of hostilities|cease hostilities|stop the fighting|end (?:the )?fighting)`;
const WILLING = String.raw`(?:ready|readiness|willing|willingness|open|openness|prepared|eager|interested|interest|keen|desire|wants?|would like|seeks?|seeking|hinting|signal(?:l)?(?:ed|ing|s)?|expressing)`;

const c = (type: SignalType, source: string, weight: number, cameo?: string): Cue => ({
  type,
  pattern: new RegExp(source, "i"),
  weight,
  cameo,
});

export const CUES: readonly Cue[] = [
  // Ceasefire: a truce word is decisive on its own; with a readiness word even more so.
  c("ceasefire-signal", String.raw`\b${WILLING}\b[^.;]{0,60}\b${TRUCE}`, 4, "0356"),
  c("ceasefire-signal", String.raw`\b${TRUCE}`, 3, "0356"),
  c(
    "ceasefire-signal",
    String.raw`\b(?:stop|stay|remain|halt)\w* (?:at|on|where) (?:the )?current (?:positions|front|line)|\bwhere they are on the battlefield`,
    3,
    "0356",
  ),
  c("ceasefire-signal", String.raw`\b(?:declared?|announced?|agreed?) (?:a |an )?(?:unilateral )?${TRUCE}`, 4, "0871"),

  c(
    "negotiation-readiness",
    String.raw`\b(?:ready|readiness|willing|willingness|open|openness|prepared|eager|interested|interest|keen)\b (?:to |for |in )(?:(?:reach|conclude|strike|make|start|hold|resume|begin|enter|sign|achieve|pursue|seek) )?(?:a |an |the |any |such a |serious |direct |peace )?${NEGOTIATION}\b`,
    3,
    "036",
  ),
  c("negotiation-readiness", String.raw`\bopen to (?:dialogue|negotiations?|talks)\b`, 4, "036"),
  c(
    "negotiation-readiness",
    String.raw`\b(?:ready|willing|prepared|readiness|willingness|openness) to (?:start |resume |hold |begin |enter )?(?:negotiat|talk|discuss|make a deal|end the war)`,
    4,
    "036",
  ),
  c(
    "negotiation-readiness",
    String.raw`\b(?:would like|wants?) to (?:conclude|reach|strike|make) (?:a |an )?(?:deal|agreement)`,
    3,
    "036",
  ),
  c("negotiation-readiness", String.raw`\bif they want to negotiate\b`, 2, "036"),

  c(
    "condition",
    String.raw`\b(?:his|its|their|our|the|a) (?:main |key |only )?(?:condition|precondition|pre-condition|red line|ultimatum)s?\b`,
    4,
    "100",
  ),
  c("condition", String.raw`\bdemand(?:s|ed|ing)?\b`, 3, "100"),
  c("condition", String.raw`\b(?:insist\w*|requir\w+) (?:that|on)\b`, 3, "100"),
  c("condition", String.raw`\b(?:calling|call|called|calls) for (?:the )?(?:resignation|removal|ouster)`, 4, "1041"),
  c("condition", String.raw`\b(?:resignation|removal|ouster) of\b|\bremoved from power\b|\bregime change\b`, 3, "1041"),
  c(
    "condition",
    String.raw`\b(?:prevent|block|bar)\w* \w+ from joining\b|\bneutral(?:ity)? status\b|\bnon-?aligned\b`,
    3,
    "100",
  ),
  c(
    "condition",
    String.raw`\b(?:withdraw\w*|leave|pull out|pull back)\b[^.]{0,40}\b(?:troops|forces|army|territor\w+|regions?)\b|\b(?:troops|forces)\b[^.]{0,30}\b(?:withdraw|leave|pull out)`,
    3,
    "106",
  ),
  c(
    "condition",
    String.raw`\brecogni[sz]\w* (?:the )?(?:"|')?(?:borders|annex\w*|territor\w+|sovereignty|new regions)`,
    4,
    "100",
  ),
  c(
    "condition",
    String.raw`\b(?:war aims|goals|objectives)\b[^.]{0,40}\b(?:remain|unchanged|will be achieved)\b|\bgoals?\b[^.]{0,10}:|\b(?:will not|won't|not going to|never|not ready to|doesn't want to|does not want to) (?:\w+ )?(?:give up|back down|retreat|abandon|cede)`,
    3,
    "100",
  ),

  c(
    "rejection",
    String.raw`\b(?:reject\w*|refus\w+|dismiss(?:ed|es|ing)?|rul(?:ed|es|ing) out|turn(?:ed|s)? down)\b[^.;]{0,50}\b(?:proposals?|plans?|offers?|talks|negotiat\w+|terms|deal|peace|framework|initiative|idea|possibility|claims?)\b`,
    4,
    "125",
  ),
  c(
    "rejection",
    String.raw`\b(?:will not|won't|would not|not) (?:conduct|hold|enter|start|join) (?:any )?(?:negotiations|talks)\b|\bnegotiations? with \w+ (?:are |is )?"?impossible`,
    4,
    "125",
  ),
  c("rejection", String.raw`\b(?:refuses?|refused) to (?:negotiate|talk|meet)\b`, 4, "125"),
  c("rejection", String.raw`\bnonsense\b|\bcomplete lies\b|\bno deal\b`, 2, "127"),

  c(
    "legitimacy-dispute",
    String.raw`\billegitima\w+|\blegitimacy\b|\blegitimate (?:president|leader|government|authorit\w+)\b|\bmandate (?:has |had )?expired|\bexpired mandate\b|\blegally (?:impossible|void|null)\b|\bnot (?:a )?legitimate\b|\bauthority to sign\b`,
    4,
    "111",
  ),

  c(
    "proposal",
    String.raw`\b(?:roadmap|road map|peace plan|peace proposal|peace framework|peace formula|draft (?:peace )?(?:deal|agreement|treaty)|\d+-point (?:peace )?plan)\b`,
    3,
    "027",
  ),
  c("proposal", String.raw`\b(?:framework|plan|proposal|blueprint|outlines?|offer)\b`, 2, "027"),
  c("proposal", String.raw`\b(?:propos\w+|put forward|tabled?|drafted)\b`, 2.5, "027"),

  c(
    "talks",
    String.raw`\b(?:met|meet|meets|meeting|summit|talks with|held talks|phone call|call with|spoke (?:by phone )?with|spoken with|visit(?:ed|s)?|delegation|envoys?|emissar\w+|round of (?:talks|negotiations)|negotiation tracks?|backchannel)\b`,
    3,
    "040",
  ),
  c(
    "talks",
    String.raw`\bholding (?:unofficial |direct |secret |indirect )?(?:negotiations|talks)\b|\b(?:unofficial|direct|secret|indirect|backchannel) (?:negotiations|talks)\b`,
    4,
    "046",
  ),
  c(
    "talks",
    String.raw`\barrive in\b|\bto continue (?:discussions|talks|negotiations)\b|\bcommunications? between\b|\bleaks? of\b`,
    3,
    "042",
  ),

  c(
    "threat",
    String.raw`\b(?:wage|continue|escalate|prolong)\w* (?:the )?war\b|\bseize more\b|\bfighting would continue\b|\bwe will make them\b|\bforce (?:ukraine|kyiv|kiev|them)\b|\bnuclear\b|\bretaliat\w+`,
    3,
    "138",
  ),
  c("threat", String.raw`\bif they don't\b|\bor else\b|\bultimatum\b`, 2, "139"),

  c(
    "sanction",
    String.raw`\bsanction\w*\b|\bembargo\w*\b|\btariffs?\b|\bprice cap\b|\bfrozen (?:russian )?assets\b`,
    3,
    "163",
  ),

  c(
    "military-claim",
    String.raw`\b(?:lost|killed|wounded|maimed|casualties|losses|captured|liberated|encircl\w+|bypassing|collapse|advanc\w+|gains?)\b[^.]{0,60}\b(?:troops|soldiers|forces|army|servicemen|line|front\w*|territor\w+|villages?|towns?)\b|\bnumber of (?:\w+ )?killed\b|\bbacked into a corner\b|\btroops is doing\b`,
    3,
    "010",
  ),
  c("military-claim", String.raw`\b\d{1,3}(?:,\d{3})+ (?:troops|soldiers|servicemen)\b`, 4, "010"),

  c(
    "assessment",
    String.raw`\b(?:do(?:es)?n't|did not|do not|does not) believe\b|\bunlikely to\b|\bskeptical\b|\bno evidence\b|\bperception\b|\b(?:may|might) be an attempt\b|\bdoes not reflect\b|\bdreams? of\b|\bis determined to\b|\bsees? the timing\b`,
    4,
    "012",
  ),
  c("assessment", String.raw`\b(?:predicted|forecast|doubts?|doubted) that\b`, 3, "013"),
  c(
    "assessment",
    String.raw`\banalysts?\b|\bbelieves?\b|\bexpect(?:s|ed)? that\b|\bestimat\w+ that\b|\bperceived\b`,
    2,
    "013",
  ),

  c(
    "context",
    String.raw`\b(?:presidential |parliamentary )?elections?\b|\bappoint\w*\b|\bmobili[sz]ation\b|\bconscription\b|\bre-?election\b|\bmartial law\b`,
    3,
  ),
];
