import { FULL_MONTH } from "../language/calendarNames";

/**
 * The signature an embedded social-media post ends on, as news sites print it: "— President
 * Biden (@POTUS) November 26, 2024", "— Anwar Ibrahim (@anwaribrahim) July 28, 2025". What
 * the post says before it is its author's.
 */
const SIGNATURE = new RegExp(
  String.raw`^[—–-]\s*[^()]{2,80}?\s*\(@\w{1,30}\)\s*(?:${FULL_MONTH})\s+\d{1,2},\s+\d{4}\s*$`,
  "i",
);

export function isPostSignature(sentence: string): boolean {
  return SIGNATURE.test(sentence.trim());
}
