/**
 * Where a photo is, told inside a sentence ("Jane Doe (pictured) said …", "the envoy (pictured
 * left) met …"): the aside points at a picture the text no longer has, and cut off the name from
 * its verb for every later stage. Each span runs from the space before the bracket to its close.
 * A position alone ("(left)") marks a caption, which the caption filter drops whole.
 */
const PHOTO_ASIDE =
  /\s\((?:pictured|photographed|shown|seen)(?:\s+(?:left|right|centre|center|above|below|here|top|bottom|inset|in\s+\d{4}|(?:second\s+)?(?:from\s+)?(?:left|right)))?\)|\s\((?:above|below|inset|file)\)/gi;

export function photoAsides(line: string): [number, number][] {
  return [...line.matchAll(PHOTO_ASIDE)].map((m) => [m.index, m.index + m[0].length]);
}
