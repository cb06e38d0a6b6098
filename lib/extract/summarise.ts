import type { SentenceAnalysis } from "../clauses/analyseSentence";
import type { Clause } from "../clauses/segment";
import { DAY_WORDS, MONTH_WORDS } from "../dates/words";
import type { Token } from "../language/tagSentence";

const MAX = 220;
/** Fewer words than this does not state an event ("What we want."): the sentence does. */
const MIN_WORDS = 5;
/** A subject borrowed from the clause an event hangs on is short ("Zelenskyy … signed"). */
const MAX_BORROWED_SUBJECT = 8;
const EDGE = /^[\s"'“”‘’«»,;:–—-]$/;

/** The text without spaces, quotes and punctuation at either end (a loop: a regex anchored at the end tries every position). */
function trimEdges(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && EDGE.test(text[from]!)) from++;
  while (to > from && EDGE.test(text[to - 1]!)) to--;
  return text.slice(from, to);
}
/** Words that open a clause but are not part of the event ("that", "and", "but", "however"). */
const OPENERS =
  /^(?:that|and|but|however|also|then|meanwhile|still|yet|thus|while|as|after|before|when|since|because|although|though|whereas|which|who|where)\b[,\s]*/i;
const LEAD_IN =
  /^(?:it is (?:also )?(?:noted|reported|known|understood) that|according to [^,]{1,80},|as [^,]{1,60}\b(?:said|says|noted|notes|mentioned|reported|reports|stated|put it|pointed out),)\s*/i;
/** A newsletter's label opening a paragraph ("Why it matters:", "The latest:", "Driving the news:"). */
const LABEL = /^[A-Za-z][a-z'’]*(?: [a-z'’]+){1,3}:\s+(?=["“\p{Lu}])/u;
const dropLeadIn = (text: string) => text.replace(LABEL, "").replace(LEAD_IN, "");
/** An attribution closing the clause (", according to the official"), which the evidence shows. */
const TRAILING_ATTRIBUTION = /,\s*according to [^,"”]{1,80}$/i;
const PERSONAL = /^(?:he|she)$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A pronoun ("He") or a role noun with its article ("The chancellor", "the Russian leader")
 * names an actor the reader has to look up; a possessive phrase ("His condition") does not.
 */
function refersToActor(tokens: readonly Token[]): boolean {
  if (tokens.length === 1) return tokens[0]!.pos === "PRON" && PERSONAL.test(tokens[0]!.lower);
  return (
    tokens[0]!.pos === "DET" &&
    tokens.slice(1).every((t) => t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN") &&
    tokens.at(-1)!.pos === "NOUN"
  );
}

/**
 * A clause cut from a sentence can keep one mark of a quotation's pair ('declaring talks
 * "impossible.', 'We are ready".'): the summary opens or closes the quotation the cut left.
 */
function balanceQuotes(s: string): string {
  const straight = [...s.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2) {
    // A mark before a word opens a quotation; one after a word or a stop closes it.
    const first = straight[0]!;
    const opens = /[\p{L}\p{N}'‘]/u.test(s[first + 1] ?? "") && !/[\p{L}\p{N}.,!?]/u.test(s[first - 1] ?? "");
    return opens ? `${s}"` : `"${s}`;
  }
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  return open > close ? `${s}”` : close > open ? `“${s}` : s;
}

/**
 * A conjunction left at the end when a clause was cut before what it joins ('… "very helpful" and'),
 * or a verb of saying before the quotation it opened ('… ended the operation, saying').
 */
const TRAILING_CONJUNCTION = /[\s,]+(?:and|but|or|as well as|saying|adding|stating|noting|declaring)$/i;
/**
 * An article or preposition left at the end when the phrase it opened went with a clause of its
 * own ("rejected this precondition in [a statement issued a month ago]").
 */
const DANGLING = /(?:\s+(?:in|on|at|of|the|a|an|during|from|into|between))+$/i;

/**
 * A quotation closed with a comma and followed by who said it ('"…," the rebels' political
 * chief'), where the clause took the speaker's words in: the quotation is the claim.
 */
const QUOTED_THEN_SPEAKER = /^["“]?([^"“”]+?),["”]\s+[^"“”]{1,80}$/;

function finish(text: string): string {
  let s = trimEdges(
    trimEdges(
      dropLeadIn(trimEdges(text.trim().replace(QUOTED_THEN_SPEAKER, "$1")))
        .replace(OPENERS, "")
        .replace(LEAD_IN, ""),
    )
      .replace(TRAILING_ATTRIBUTION, "")
      .replace(TRAILING_CONJUNCTION, "")
      .replace(DANGLING, ""),
  );
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (!/[.!?…]$/.test(s)) s += ".";
  if (s.length > MAX) {
    const cut = s.slice(0, MAX);
    s = `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX - 40)).replace(/[,;:\s]+$/, "")}…`;
  }
  return balanceQuotes(s);
}

/**
 * The sentence without its lead-in and without a closing attribution clause (`frame`): one that
 * follows the claim, which starts at token `claim` ("An official said the talks had stalled"
 * keeps its speaker, who comes first).
 */
function claimOfSentence(a: SentenceAnalysis, frame: Clause | null, claim = 0): string {
  let text = a.text;
  if (frame && frame.start > claim && frame.group && a.tokens[frame.start - 1]) {
    const cut = a.tokens[frame.start - 1]!.end;
    if (cut > text.length / 3) text = text.slice(0, cut);
  }
  return dropLeadIn(text.trim());
}

const QUOTE_MARK = /^["“”]$/;
/**
 * 'agreed on steps that "ease daily life in the border towns"', 'must be won by "enlarging
 * military alliances"': a clause cut where a quotation opens, on a word that cannot end it, goes
 * on to the quotation's end (not into a frame that follows).
 */
function throughQuotation(a: SentenceAnalysis, to: number, frame: Clause | null): number {
  const last = a.tokens[to - 1];
  if (!last || !/^(?:ADP|SCONJ|DET|AUX|PART|PRON|ADV)$/.test(last.pos)) return to;
  // Not from inside a quotation, whose own mark closes first.
  if (a.tokens.slice(0, to).filter((t) => QUOTE_MARK.test(t.text)).length % 2) return to;
  let open = to;
  while (open < to + 3 && open < a.tokens.length && !QUOTE_MARK.test(a.tokens[open]!.text)) {
    if (!/^(?:DET|ADJ)$/.test(a.tokens[open]!.pos)) return to;
    open++;
  }
  if (!QUOTE_MARK.test(a.tokens[open]?.text ?? "")) return to;
  let close = open + 1;
  while (close < a.tokens.length && !QUOTE_MARK.test(a.tokens[close]!.text)) close++;
  const limit = frame && frame.start > to ? frame.start : a.tokens.length;
  // Only a quotation that ends the clause: one its verb follows ('"sticking points" remain') is a subject.
  const after = a.tokens[close + 1];
  const ends = !after || after.pos === "PUNCT" || close + 1 === limit;
  return close < a.tokens.length && close + 1 <= limit && ends ? close + 1 : to;
}

/** The noun phrase a relative clause describes ("the agreement, which was initialed …"): its subject. */
function antecedent(a: SentenceAnalysis, c: Clause): [number, number] | null {
  if (c.kind !== "relative" || !/^(?:which|who|that)$/.test(c.opener ?? "")) return null;
  let end = c.start;
  while (end > 0 && a.tokens[end - 1]!.text === ",") end--;
  // Over names joined by "and" ("Tshisekedi and Kagame, who jointly called …").
  const named = (k: number) => a.tokens[k]!.lower === "and" && a.tokens[k - 1]?.pos === "PROPN";
  const phraseStart = (to: number) => {
    let k = to;
    while (k > 0 && (/^(?:ADJ|NOUN|PROPN|NUM|PART)$/.test(a.tokens[k - 1]!.pos) || named(k - 1))) k--;
    return k > 0 && a.tokens[k - 1]!.pos === "DET" ? k - 1 : k;
  };
  let start = phraseStart(end);
  // "a clash in June that wounded two guards": a time after a preposition dates the noun before it,
  // which is what the clause describes.
  const timed = a.tokens.slice(start, end).every((t) => TIME_WORDS.has(t.lower) || t.pos === "NUM");
  if (start < end && timed && a.tokens[start - 1]?.pos === "ADP" && start > 1) {
    const before = phraseStart(start - 1);
    if (before < start - 1 && /^(?:NOUN|PROPN)$/.test(a.tokens[start - 2]!.pos)) start = before;
  }
  return start < end && /^(?:NOUN|PROPN)$/.test(a.tokens[end - 1]!.pos) ? [start, end] : null;
}

const TIME_WORDS: ReadonlySet<string> = new Set([...MONTH_WORDS, ...DAY_WORDS]);

const CLITICS: Readonly<Record<string, string>> = { ll: "will", ve: "have", re: "are", m: "am" };

/**
 * The full form of the clitic at `k` ("'ll" → "will"; "'d" → "had" before a participle, else
 * "would"), or null when `k` holds none.
 */
function fullForm(a: SentenceAnalysis, k: number): string | null {
  const clitic = /^['’](d|ll|ve|re|m)$/i.exec(a.tokens[k]?.text ?? "")?.[1]?.toLowerCase();
  if (!clitic) return null;
  if (clitic !== "d") return CLITICS[clitic]!;
  const next = a.tokens[k + 1];
  return next?.pos === "VERB" && next.lower !== next.lemma ? "had" : "would";
}

/**
 * A one-sentence summary that states the event: the event clause and what hangs on it, from its
 * subject on, without the lead-in ("It is also noted that", "According to the agency,") or the
 * attribution ("…, the spokesman said"), which the evidence shows. A pronoun or role noun as the
 * subject ("He", "The chancellor") becomes the actor it refers to; a clause that shares its
 * subject with the one it hangs on ("… and last year signed a law") takes that subject. When
 * the clause alone is too short to say anything, the sentence without its framing stands.
 */
export function summariseClauses(
  a: SentenceAnalysis,
  event: readonly number[],
  subjectName: string | null,
  frame: Clause | null = null,
  /** where the sentence's own words begin, past a dateline ("RAMBOUILLET, France (AP)") */
  textStart = 0,
): string {
  // The frame that reports the event ("…, the envoy said") is never part of its words.
  // A question ("do not know whether Hamas is ready", "unclear whether …") reads with the clause
  // that asks it.
  const question = event.find((i) => a.clauses[i]!.opener === "whether" && a.clauses[i]!.parent !== null);
  const asking = question === undefined ? null : a.clauses[question]!.parent!;
  const clauses =
    asking !== null && !event.includes(asking) ? [asking, ...event] : event.filter((i) => a.clauses[i] !== frame);
  // A relative or adverbial clause wholly before the clause it hangs on and that clause's subject
  // sets the scene ("At a forum, which drew envoys from 40 states, the minister said …", "When
  // they last met, the sides agreed …"); one inside the subject stays ("The ELN, which opened
  // talks in 2022, announced …").
  const listed = new Set(clauses);
  const root = clauses.find((i) => !listed.has(a.clauses[i]!.parent ?? -1)) ?? clauses[0]!;
  const lead = Math.min(a.clauses[root]!.subject?.[0] ?? Infinity, a.clauses[root]!.start);
  const scene = (i: number) =>
    i !== root && /^(?:relative|adverbial)$/.test(a.clauses[i]!.kind) && a.clauses[i]!.end <= lead;
  const kept = clauses.filter((i) => !scene(i));
  const spanned = kept[0] === root && kept.length < clauses.length ? kept : clauses;
  const head = a.clauses[spanned[0]!]!;
  const first = spanned[0]!;
  // A subject the clause shares with the one before it ("Putin praised … and said …") is not
  // part of its words; it is named in front of them.
  const borrowed =
    (head.coordinated || head.kind === "participle") && head.subject && head.subject[1] <= head.start
      ? head.subject
      : null;
  const ownSubject = borrowed ? null : head.subject;
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const i of spanned) {
    const c = a.clauses[i]!;
    const subject = i === first ? ownSubject : c.subject;
    from = Math.min(from, subject ? Math.min(subject[0], c.start) : c.start);
    to = Math.max(to, c.end);
  }
  // "…, Russia's chief negotiator, Dmitry Kozak, said.": the speaker of an inverted attribution
  // closing the clause is no part of the claim.
  if (frame && !frame.subject && frame.start === to && a.tokens[to - 1]?.text === ",") {
    let k = to - 2;
    while (k > from && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(a.tokens[k]!.pos)) k--;
    if (a.tokens[k]?.text === "," && /^(?:NOUN|PROPN)$/.test(a.tokens[k + 1]?.pos ?? "")) {
      let j = k - 1;
      while (j > from && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(a.tokens[j]!.pos)) j--;
      to = a.tokens[j]?.text === "," && j > from ? j : k;
    }
  }
  while (Number.isFinite(from) && from < to && a.tokens[from]!.start < textStart) from++;
  if (!Number.isFinite(from) || to <= from) return finish(claimOfSentence(a, frame));
  to = throughQuotation(a, to, frame);
  // "the need to restore supplies": an infinitive that completes a noun reads with its noun
  // phrase, not with the subject of the verb the noun sits under.
  const completed = head.kind === "infinitive" && a.tokens[from - 1]?.pos === "NOUN" ? from - 1 : null;
  if (completed !== null) from = a.tokens[completed - 1]?.pos === "DET" ? completed - 1 : completed;
  let text = a.text.slice(a.tokens[from]!.start, a.tokens[to - 1]!.end);
  // "A peace deal signed in 2015", "ceasefire agreements brokered during the conflict": a
  // participle describing the noun it follows states the event in the passive.
  const verb = head.group?.start ?? -1;
  const described =
    head.kind === "relative" &&
    (!head.subject || head.subject[1] === head.group?.start) &&
    !head.opener &&
    !!head.group?.participle &&
    !head.group.gerund &&
    verb > from &&
    to <= head.end &&
    /^(?:NOUN|PROPN)$/.test(a.tokens[verb - 1]?.pos ?? "");
  if (described) {
    const noun = a.tokens[verb - 1]!;
    const at = a.tokens[verb]!.start - a.tokens[from]!.start;
    text = `${text.slice(0, at)}${noun.lower !== noun.lemma && /s$/.test(noun.lower) ? "were" : "was"} ${text.slice(at)}`;
  }
  // "…flew in for the summit, which the palace called frank": the thing an object
  // relative's pronoun stands for is named as the object, after the verb.
  const object =
    head.kind === "relative" && ownSubject && head.group && head.opener === "which" ? antecedent(a, head) : null;
  if (object && object[1] <= from && head.group!.end < to) {
    const at = a.tokens[head.group!.end - 1]!.end - a.tokens[from]!.start;
    const named = a.text.slice(a.tokens[object[0]]!.start, a.tokens[object[1] - 1]!.end);
    const noun = a.tokens[object[0]]!.pos === "DET" ? named.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : named;
    text = `${text.slice(0, at)} ${noun}${text.slice(at)}`;
  }
  const subject = ownSubject && ownSubject[0] >= from ? ownSubject : null;
  // "He also called …": the adverbs after the subject stay after the name.
  let subjectEnd = subject ? subject[1] : 0;
  while (subject && subjectEnd - 1 > subject[0] && a.tokens[subjectEnd - 1]!.pos === "ADV") subjectEnd--;
  if (subjectName && subject && refersToActor(a.tokens.slice(subject[0], subjectEnd))) {
    const s = a.tokens[subject[0]]!.start - a.tokens[from]!.start;
    // "he'd spoken" is "Trump had spoken", not "Trump'd spoken": a clitic goes with the pronoun.
    const clitic = subjectEnd === subject[1] ? fullForm(a, subjectEnd) : null;
    const last = clitic ? subjectEnd : subjectEnd - 1;
    const e = a.tokens[last]!.end - a.tokens[from]!.start;
    text = `${text.slice(0, s)}${subjectName}${clitic ? ` ${clitic}` : ""}${text.slice(e)}`;
  } else if (!subject && completed === null && !described) {
    const shared =
      borrowed ??
      antecedent(a, head) ??
      (head.parent !== null && head.kind !== "complement" ? a.clauses[head.parent]!.subject : null);
    // Named in front, unless the words already hold it ("The ELN, which opened talks, announced …").
    const inText = !!shared && shared[0] >= from && shared[1] <= to;
    if (shared && !inText && shared[1] - shared[0] <= MAX_BORROWED_SUBJECT) {
      const name = refersToActor(a.tokens.slice(shared[0], shared[1])) && subjectName ? subjectName : null;
      // "Speaking on the eve of …" no longer opens the sentence once the name stands before it.
      const rest = text.replace(OPENERS, "");
      const opening =
        a.tokens[from]!.pos !== "PROPN" ? rest.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : rest;
      text = `${name ?? a.text.slice(a.tokens[shared[0]]!.start, a.tokens[shared[1] - 1]!.end)} ${opening}`;
    }
  }
  const stated = dropLeadIn(trimEdges(text)).replace(OPENERS, "");
  // Too short, or opening on its verb ("Is Putin's determination …", an inverted clause).
  const opensOnVerb = !subject && !borrowed && /^(?:AUX|VERB)$/.test(a.tokens[from]!.pos) && head.kind !== "participle";
  return finish(words(stated) < MIN_WORDS || opensOnVerb ? claimOfSentence(a, frame, from) : stated);
}

/**
 * A summary of talks a side phrase names ("In a phone call with Putin, Erdogan urged …"): who
 * held them and the phrase, not the clause it sets the scene for, which is an event of its own.
 */
export function summarisePhrase(a: SentenceAnalysis, [from, to]: [number, number], subjectName: string | null): string {
  const phrase = a.text.slice(a.tokens[from]!.start, a.tokens[to - 1]!.end);
  // "after talks between Russia and Turkey": talks that name their parties are theirs, not the
  // clause's subject's.
  if (a.tokens.slice(from, to).some((t) => t.lower === "between")) return finish(phrase);
  const subject = a.clauses[a.clauseOf[from]!]?.subject;
  const holder =
    subjectName ?? (subject ? a.text.slice(a.tokens[subject[0]]!.start, a.tokens[subject[1] - 1]!.end) : null);
  return finish(holder ? `${holder} held ${phrase}` : phrase);
}
