/**
 * Recognises the page furniture scrapers leave in article bodies. Lines arrive normalised
 * (straight quotes, single spaces, trimmed). Every rule is a pattern over a whole line, and
 * the risky ones (names, bios) are only applied where furniture sits: at the end.
 */

// Furniture lines are short; patterns only ever look at a line's start, which also keeps
// every regex away from megabyte-long lines.
const HEAD = 400;

const COOKIE = /\bcookies?\b/i;
const COOKIE_BANNER =
  /\b(?:we use cookies|(?:site|website|project|page|portal) uses cookies|accept|got it|learn more|i agree|consent|privacy policy|cookie (?:policy|settings|preferences)|manage (?:preferences|settings|cookies)|by (?:continuing|using|browsing))\b/i;
const CONSENT_BUTTON =
  /^(?:accept|accept all|accept cookies|accept all cookies|reject all|decline|allow all|ok,? got it|got it|i agree|agree)[.!]?$/i;

const MIN_READ =
  /^(?:\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+read|reading time:?\s*\d+\s*min(?:ute)?s?\.?)\b[\s\d.,:|·•/-]*$/i;
const CTRL_ENTER = /\bctrl\s*\+\s*enter\b/i;
const ERROR_REPORT = /^if you (?:found|find|see|notice|spot)\s+(?:an?\s+)?(?:error|mistake|typo)/i;
const EMAIL_ONLY =
  /^(?:(?:e-?mail|contact)\s*:?\s*)?[[(<]?\s*(?:email\s+protected|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[\])>]?$/i;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const CREDIT_LINE =
  /^(?:source|sources|via|photo|photos|image|images|picture|credit|credits|photo credit|image credit|illustration|cover photo|main photo|video)\s*:\s*\S/i;
const TAG_LINE =
  /^(?:[-–—•·*]\s*[\p{L}][\p{L}&/'-]*(?:\s+[\p{L}&/'-]+){0,2}|(?:tags?|topics?|categories|category|filed under|keywords)\s*:.*|(?:#[\p{L}\p{N}_]+\s*)+)$/iu;
const SHARE =
  /^(?:share(?:\s+(?:this|the)\s+(?:article|story|post|page|news))?(?:\s+(?:on|via|to)\s+[\w ]{1,30})?|subscribe(?:\s+(?:to|for|on)\b.*)?|sign\s+up\s+(?:for|to)\b.*|follow\s+(?:us|our)\b.*|join\s+(?:us|our)\b.*\b(?:channel|telegram|newsletter|community|facebook|twitter|x|whatsapp|viber|youtube)\b.*|click\s+here\b.*|download\s+(?:our|the)\s+app\b.*|(?:print|copy\s+link|comments?|advertisement|advertising|sponsored(?:\s+content)?|ad|tweet|email))[.!:]?$/i;
const SOCIAL_ONLY =
  /^(?:(?:facebook|twitter|x|telegram|whatsapp|linkedin|viber|reddit|pinterest|email|e-mail|print|copy link|share)\s*[,|•·/]?\s*){2,}$/i;
const INLINE_TEASER =
  /^(?:read\s+(?:also|more)|see\s+also|also\s+read|related(?:\s+(?:news|article|story))?)\s*[:\-–—]\s*\S/i;
const BYLINE_BY =
  /^[Bb]y\s+\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})*$/u;
// "Kyiv Wire Agency. All rights reserved.", "© 2024 Example Media", "Copyright 2019 The Daily": a
// notice of rights closes a page and tells no news.
const RIGHTS = /\ball\s+rights\s+reserved\b|^(?:©|\(c\)\s|copyright\s+(?:©\s*)?(?:\d{4}|\p{Lu}))/iu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** A line that is furniture wherever it appears. */
export function isBoilerplateLine(line: string): boolean {
  if (!HAS_WORD.test(line)) return true;
  const head = line.slice(0, HEAD);
  if (line.length <= HEAD) {
    if (COOKIE.test(line) && COOKIE_BANNER.test(line)) return true;
    if (CTRL_ENTER.test(line) || ERROR_REPORT.test(line)) return true;
    if (INLINE_TEASER.test(line) && line.length <= 250) return true;
  }
  if (line.length > 160) return false;
  return (
    CONSENT_BUTTON.test(head) ||
    MIN_READ.test(head) ||
    EMAIL_ONLY.test(head) ||
    URL_ONLY.test(head) ||
    (CREDIT_LINE.test(head) && line.length <= 80) ||
    TAG_LINE.test(head) ||
    SHARE.test(head) ||
    SOCIAL_ONLY.test(head) ||
    BYLINE_BY.test(head) ||
    RIGHTS.test(head)
  );
}

const TEASER_HEADING =
  /^(?:(?:other|more|latest|related|recommended|popular|top|trending|recent|further|similar)\s+(?:news|stories|articles|posts|reading|videos?|materials|publications)|related|read\s+(?:also|more|next)|see\s+also|also\s+read|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested(?:\s+in)?|have\s+missed)|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed|shared)|more\s+(?:from|on|in)\s+[\p{L}\p{N} ]{1,40}|don'?t\s+miss|editor'?s\s+picks?|what\s+to\s+read\s+next)\s*[:.…]?$/iu;

/** A heading that opens a block of links to other articles ("Other News", "Read also"). */
export function isTeaserHeading(line: string): boolean {
  return line.length <= 60 && TEASER_HEADING.test(line);
}

const SENTENCE_END = /[.!?…]["')\]]*$/;

/**
 * Article prose rather than a teaser headline: a full sentence of some length, or, where the
 * scrape lost its full stop at the article's end, a long line written mostly in lower case, as
 * no headline is.
 */
export function looksLikeProse(line: string): boolean {
  const words = line.split(" ");
  if (line.length < 100 || words.length < 15) return false;
  return SENTENCE_END.test(line) || words.filter((w) => /^\p{Ll}/u.test(w)).length * 3 >= words.length * 2;
}

const NAME_ONLY = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,2}$/u;
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3},?\s+(?:is|was|has been)\s+(?:a|an|the|our)\s+(?:[\p{L}-]+,?\s+){0,6}?(?:journalist|author|writer|editor|reporter|correspondent|columnist|contributor|blogger|freelancer|news\s+writer|copywriter|content\s+writer)s?\b/u;

/** Furniture that only sits at the end of an article: a bare byline name or an author bio. */
export function isTrailingFurniture(line: string): boolean {
  const head = line.slice(0, HEAD);
  return (line.length <= 60 && NAME_ONLY.test(line)) || AUTHOR_BIO.test(head);
}

const ELLIPSIS = /(?:…|\.\.\.)$/;

/** The text a truncated lead ("…called an "information frenzy" over…") shares with its paragraph. */
export function truncatedLeadPrefix(line: string): string | null {
  if (!ELLIPSIS.test(line)) return null;
  const prefix = line.replace(ELLIPSIS, "").trimEnd();
  return prefix.length >= 30 ? prefix : null;
}
