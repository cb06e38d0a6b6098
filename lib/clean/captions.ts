/**
 * Photo captions, credits and datelines are metadata that scraped bodies keep inline: "The two leaders at
 * a meeting in Ankara on March 3, 2021. Kremlin photo", "… (AFP / Jane DOE)", "Foreign minister
 * at a briefing. May 2, 2021. | Photo: Twitter/…". They may
 * date the article, but they are not claims, and their dates must not leak into the text.
 */

// An agency's mark in brackets is a credit when it names a photographer or a photo, or closes
// the paragraph ("(AFP / Jane DOE)", "(AP Photo)", "… (Reuters)"); opening a wire story
// ("CAIRO (Reuters) -") it is the dateline of article text.
const AGENCY = "afp|ap|reuters|getty images|epa|tass|pool|anadolu|xinhua|ria novosti|sputnik";
const CREDIT = new RegExp(
  String.raw`(?:\|\s*photo\b|\bphoto(?:graph)?s?\s*(?::|by|credit|courtesy)|\b(?:kremlin|reuters|afp|ap|getty|epa|tass|ria novosti|sputnik|anadolu|pool|contributor)(?:\s+images)?\s+photo\b|\/\s*(?:cfp|afp|reuters|ap|getty images|epa|tass)(?:\s*\/\s*(?:${AGENCY}))*\/?\s*\.?\s*(?:(?:hide|toggle) (?:caption|legend)\s*)?$|\b(?:hide|toggle) (?:caption|legend)\s*$|\benlarge this image\b|\([^()]*\/\s*(?:${AGENCY})\b[^()]*\)|\(\s*(?:${AGENCY})\b[^()]*(?:\/|\bphoto|\bimages)[^()]*\)|\(\s*(?:${AGENCY})\s*\)\s*\.?$|\bcourtesy\.?$|\bfile photo\b|^\s*(?:photo|image|picture)\s*:)`,
  "i",
);

// A credit closes the caption, with the news site's button to fold it ("Jane Doe / AFP / AP hide
// caption"). "Photo shows …", "This combination of pictures …", "Ukrainian President … (c), Swiss President … (L)",
// "At the signing of the deal, from left, President …", "(L-R) …": who stands where in a picture.
const CAPTION_OPENING =
  /^(?:photo|image|picture|this (?:combination of )?(?:picture|photo|image)s?)\b|\((?:[LRC]|left|right|center|centre)\)|,\s*(?:from )?left to right,|,\s*from left,|\(l-r\)|^l-r:/i;

// "HAVANA (AFP/REUTERS) - Colombia's government …", "Bogotá, Jan 3 (AFP/APP): …": agencies in the
// dateline of a wire story (a city in capitals, or of up to three capitalised words); a reprint's
// mark with the day of filing needs no dash ("LIMA (Daily Post / Sputnik - 4th March, 2021) …").
const WIRE_DATELINE =
  /^(?:\(?\p{Lu}[\p{Lu}.'’ /-]{2,}\)?|\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2})(?:,[^()]{1,40})?\s*(?:\([^()]{1,30}\)\s*(?:—|–|-{1,2}|:)|\([^()]{1,60}\d{4}\))\s*/u;

// "… at the talks in Riga, May 2, 2021. REUTERS/Jane Doe", "… Wire/Pool",
// "… Sputnik/Jane Doe/Kremlin via REUTERS": an agency and its photographer, joined by slashes
// and in capitals only, close the caption as a sentence of their own.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const SLASHED_CREDIT = new RegExp(String.raw`[.!?]["”]?\s+${NAME}(?:\s?\/\s?${NAME})+(?: via ${NAME})?\s*$`, "u");
// "… at the camp near the border. Harbour Daily photo", "… Presidency handout": whoever took or gave out
// the picture, named after the last sentence, closes a caption; any outlet or office may.
const NAMED_CREDIT = new RegExp(String.raw`[.!?]["”]?\s+${NAME}\s+(?:[Pp]hoto|[Hh]andout(?: [Pp]hoto)?)\.?\s*$`, "u");

/** Whether a paragraph is a caption, credit or dateline rather than article text. */
export function isCaption(paragraph: string): boolean {
  const text = paragraph.trim().replace(WIRE_DATELINE, "");
  if (!text) return false;
  return CREDIT.test(text) || CAPTION_OPENING.test(text) || SLASHED_CREDIT.test(text) || NAMED_CREDIT.test(text);
}
