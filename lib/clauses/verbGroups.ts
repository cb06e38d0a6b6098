import type { Token } from "../language/tagSentence";

export type Tense = "past" | "present" | "future";
/** What a modal auxiliary adds: a duty ("must"), a possibility ("could"), a condition ("would"). */
export type Modal = "obligation" | "possibility" | "conditional";

/**
 * A run of auxiliaries, negation and adverbs ending in a verb: "has agreed", "would not
 * recognize", "is to free", "will now wait", a bare "to meet". It is a clause's predicate.
 */
export interface VerbGroup {
  /** token range [start, end) */
  start: number;
  end: number;
  /** the lexical verb, or the copula when nothing follows it ("are the only solution") */
  head: number;
  tense: Tense;
  modal: Modal | null;
  negated: boolean;
  /** "no longer": a stance dropped, which is not a refusal */
  dropped: boolean;
  /** "has not yet signed": what has not happened so far, which is no refusal either */
  pending: boolean;
  /** "had called", "had been told": the past perfect, told as before the time the story has reached */
  pluperfect: boolean;
  /** "is to free", "are to be disarmed": the future arranged for the subject, a plan's or a deal's */
  arranged: boolean;
  passive: boolean;
  /** "to meet": no finite verb of its own */
  infinitive: boolean;
  /** "saying …", "by withdrawing …" with no auxiliary */
  gerund: boolean;
  /** "made without …", "proposed by …" with no auxiliary */
  participle: boolean;
}

const FUTURE = new Set(["will", "shall", "'ll", "wo"]);
const MODALS: Record<string, Modal> = {
  must: "obligation",
  should: "obligation",
  ought: "obligation",
  can: "possibility",
  could: "possibility",
  may: "possibility",
  might: "possibility",
  would: "conditional",
};
const NEGATION = new Set(["not", "n't", "never"]);
const PAST_AUX = new Set(["was", "were", "did", "had"]);
const PRESENT_AUX = new Set(["is", "are", "am", "'s", "'re", "does", "do", "has", "have", "'ve"]);
const PERFECT = new Set(["have", "has", "had", "'ve", "'d"]);

/**
 * Past forms of irregular verbs that are never past participles ("the initiative, which aims at
 * a truce, came within the framework": "came" is the verb, not a participle describing).
 */
const PRETERITES = new Set(
  `came went took gave saw began knew spoke broke chose flew grew drove ate fell rose wrote rode stole froze
  wore swore tore drew threw blew shook ran sang sank swam drank rang forgot forbade arose awoke did was were
  withdrew undertook overtook forgave mistook`.split(/\s+/),
);

const isVerb = (t: Token | undefined) => t?.pos === "VERB";
/** Adverbs that stand between a subject and its verb ("still remained", "formally announced"). */
const PREVERBAL = new Set(
  "also still now already then later reportedly previously again recently finally formally officially publicly repeatedly subsequently immediately".split(
    " ",
  ),
);
const isAux = (t: Token | undefined) => t?.pos === "AUX";
const isTo = (t: Token | undefined) => t?.lower === "to" && t.pos === "PART";
/** An adverb or negation that may sit inside a verb group ("will now wait", "has not yet"). */
const isInner = (t: Token | undefined) =>
  !!t &&
  ((t.pos === "ADV" && !/^(?:when|where|why|how)$/.test(t.lower)) ||
    NEGATION.has(t.lower) ||
    t.lower === "no" ||
    // "have all failed", "have both agreed": a floating quantifier inside the group.
    (t.pos === "DET" && /^(?:all|both|each)$/.test(t.lower)) ||
    // "have today worked out": the tagger reads these time words as nouns.
    /^(?:today|yesterday|tonight|now)$/.test(t.lower));

export function formOf(t: Token): "base" | "s" | "ing" | "past" {
  // The lemmatiser leaves some -ing forms alone ("deescalating"); the ending still says it.
  if (t.lower.endsWith("ing") && (t.lemma !== t.lower || t.lower.length > 6)) return "ing";
  if (t.lower === t.lemma) return "base";
  if (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || (t.lemma.endsWith("y") && t.lower.endsWith("ies")))
    return "s";
  return "past";
}

/** Whether "enough" follows a group's negated "can" closely, within its clause ("cannot stress enough"). */
function emphatic(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < Math.min(tokens.length, end + 4); k++) {
    if (tokens[k]!.lower === "enough") return true;
    if (k >= end && tokens[k]!.pos === "PUNCT") return false;
  }
  return false;
}

/**
 * "Tehran's rapidly advancing nuclear program", "the escalating war": an -ing form between a
 * determiner or possessive and its noun describes the noun; it is no predicate.
 */
export function prenominal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isVerb(t) || formOf(t) !== "ing" || !/^(?:NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? "")) return false;
  let p = i - 1;
  while (p >= 0 && tokens[p]!.pos === "ADV") p--;
  const before = tokens[p];
  return !!before && (before.pos === "DET" || /^['’]s$/.test(before.lower)) && !/^(?:that|this)$/.test(before.lower);
}

/** Verbs whose past participle is their base form. */
const UNCHANGED = new Set(["put", "set", "cut", "hit", "let", "cast", "spread", "shut", "quit", "upset"]);
/** Particles a phrasal verb may carry between itself and its object or agent ("put forward", "drawn up"). */
export const PARTICLES = new Set(["forward", "up", "out", "aside", "down", "off", "back"]);

/**
 * "a proposal put forward by the mediators", "the deadline set for Friday": such a verb right
 * after a common noun, with no object after it (past its particle), is a participle describing
 * the noun ("Russia put forward a plan" has an object).
 */
function unchangedParticiple(tokens: readonly Token[], start: number, end: number): boolean {
  const head = tokens[end - 1]!;
  if (!UNCHANGED.has(head.lower) || tokens[start - 1]?.pos !== "NOUN") return false;
  let k = end;
  if (PARTICLES.has(tokens[k]?.lower ?? "")) k++;
  return !tokens[k] || /^(?:ADP|PUNCT)$/.test(tokens[k]!.pos);
}

/** Reads tense, modality, negation and voice off the auxiliaries of a group. */
function describe(tokens: readonly Token[], start: number, end: number, head: number): VerbGroup {
  const auxes = tokens.slice(start, head).filter((t) => t.pos === "AUX" || isTo(t));
  const headToken = tokens[head]!;
  const negated = tokens.slice(start, end).some((t) => NEGATION.has(t.lower));
  const dropped = tokens
    .slice(start, end)
    .some((t, k) => t.lower === "no" && tokens[start + k + 1]?.lower === "longer");
  // ("has yet to respond", "is yet to be signed": not so far, as "has not yet" is)
  const pending = tokens
    .slice(start, end)
    .some(
      (t, k) =>
        (NEGATION.has(t.lower) && tokens[start + k + 1]?.lower === "yet") ||
        (t.lower === "yet" && t.pos !== "CCONJ" && k > 0 && isTo(tokens[start + k + 1])),
    );
  let modal: Modal | null = null;
  let tense: Tense | null = null;
  for (const a of auxes) {
    if (FUTURE.has(a.lower)) tense = "future";
    // "can't" is tagged "ca", its lemma "can".
    else if (MODALS[a.lower] ?? MODALS[a.lemma]) modal = (MODALS[a.lower] ?? MODALS[a.lemma])!;
  }
  // "has to withdraw", "would first have to agree": "have to" is a duty as "must" is (and
  // outranks the "would" of reported speech), not the auxiliary of a perfect.
  // ("has yet to receive" is no duty: the "to" must follow at once.)
  const haveTo = (a: Token) => PERFECT.has(a.lower) && isTo(tokens[tokens.indexOf(a, start) + 1]);
  if (auxes.some(haveTo)) modal = "obligation";
  if (auxes.some((a) => a.lower === "had" && haveTo(a))) tense = "past";
  // "is to free", "are to sign": the arranged future of wire copy.
  const beTo = auxes.some((a, k) => a.lemma === "be" && isTo(auxes[k + 1]));
  if (beTo) tense = "future";
  // "to be released", "to have met": the auxiliaries after "to" are not finite.
  const infinitive = isTo(tokens[start]);
  const firstFinite = infinitive ? undefined : auxes.find((a) => !isTo(a));
  const form = formOf(headToken);
  const passive = auxes.some((a) => a.lemma === "be") && form === "past";
  const perfect = auxes.some((a) => PERFECT.has(a.lower) && !haveTo(a));
  if (!tense) {
    if (modal === "conditional" && perfect) tense = "past";
    else if (modal) tense = "future";
    else if (perfect) tense = "past";
    else if (firstFinite) tense = PAST_AUX.has(firstFinite.lower) ? "past" : "present";
    else if (infinitive) tense = "present";
    // A copula alone ("We are ready") is its own auxiliary.
    else if (headToken.pos === "AUX") tense = PAST_AUX.has(headToken.lower) ? "past" : "present";
    else tense = form === "past" ? "past" : "present";
  }
  const bare = auxes.length === 0;
  return {
    start,
    end,
    head,
    tense: firstFinite && PRESENT_AUX.has(firstFinite.lower) && perfect ? "past" : tense,
    modal,
    negated,
    dropped,
    pending,
    pluperfect: !modal && firstFinite?.lower === "had" && perfect,
    arranged: beTo,
    passive,
    infinitive,
    // "soldiers being stationed there", "having met the envoy": a group that opens on an -ing auxiliary is
    // as non-finite as a bare -ing form.
    gerund:
      (bare && (form === "ing" || headToken.lower === "being")) || /^(?:being|having)$/.test(auxes[0]?.lower ?? ""),
    participle:
      (bare && form === "past" && headToken.pos === "VERB" && !PRETERITES.has(headToken.lower)) ||
      (bare && unchangedParticiple(tokens, start, end)),
  };
}

/**
 * 'an order to "halt all strikes"', 'it has "ended with immediate effect"', 'had been "repeatedly
 * violated"': a quotation may open at `k`, between "to" or an auxiliary and its verb, or the
 * adverbs before it.
 */
function quotedVerb(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== '"') return false;
  let j = k + 1;
  while (j < k + 3 && isInner(tokens[j])) j++;
  return isVerb(tokens[j]) || isAux(tokens[j]);
}

/** 'will "radically" reduce': an adverb quoted at `k` inside the group, marks and all, up to its verb. */
function quotedInner(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== '"') return false;
  if (isInner(tokens[k - 1]) && isVerb(tokens[k + 1])) return true;
  let j = k + 1;
  while (j < k + 4 && isInner(tokens[j])) j++;
  return j > k + 1 && tokens[j]?.text === '"' && isVerb(tokens[j + 1]);
}

/**
 * "will, from now on, act", "would, however, insist": an aside set off by commas, opening at `k`,
 * may stand between an auxiliary and its verb. Returns the index past the aside's closing comma,
 * or -1.
 */
function asideAfterAux(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== "," || !isAux(tokens[k - 1])) return -1;
  for (let j = k + 2; j < k + 8 && tokens[j]; j++) {
    const x = tokens[j]!;
    if (x.text === ",") return isVerb(tokens[j + 1]) || (isInner(tokens[j + 1]) && isVerb(tokens[j + 2])) ? j + 1 : -1;
    if (isVerb(x) || isAux(x) || x.text === '"') return -1;
  }
  return -1;
}

/** The verb groups of a sentence, in order. */
export function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "to drastically scale back", "to first sign", "to not attend": an adverb may split the infinitive.
    const split = (tokens[i + 1]?.pos === "ADV" || NEGATION.has(tokens[i + 1]?.lower ?? "")) && isVerb(tokens[i + 2]);
    const opensInfinitive =
      isTo(t) && (isVerb(tokens[i + 1]) || isAux(tokens[i + 1]) || quotedVerb(tokens, i + 1) || split);
    if ((!isAux(t) && !isVerb(t) && !opensInfinitive) || prenominal(tokens, i)) {
      i++;
      continue;
    }
    // "Zelensky never accepted": negation right before a verb with no auxiliary belongs to it; so
    // does an adverb of time or manner between a subject and its verb ("the issues still remained").
    const before = tokens[i - 1];
    const preverbal =
      !!before && PREVERBAL.has(before.lower) && isVerb(t) && /^(?:NOUN|PROPN|PRON)$/.test(tokens[i - 2]?.pos ?? "");
    const start =
      i > 0 && ((NEGATION.has(before!.lower) && isVerb(t) && !isAux(tokens[i - 2])) || preverbal) ? i - 1 : i;
    let head = -1;
    let k = i;
    while (k < tokens.length) {
      const cur = tokens[k]!;
      if (isVerb(cur)) {
        head = k;
        k++;
        break;
      }
      const past = k > start ? asideAfterAux(tokens, k) : -1;
      if (past >= 0) {
        k = past;
        continue;
      }
      const opensQuote = (isTo(tokens[k - 1]) || (k > start && isAux(tokens[k - 1]))) && quotedVerb(tokens, k);
      if (
        isAux(cur) ||
        isTo(cur) ||
        (k > start && isInner(cur)) ||
        opensQuote ||
        (k > start && quotedInner(tokens, k))
      ) {
        k++;
        continue;
      }
      break;
    }
    // Trailing adverbs and negation belong to what follows, not to the group.
    let end = head >= 0 ? k : k;
    if (head < 0) {
      while (end > start + 1 && !isAux(tokens[end - 1])) end--;
      head = end - 1;
      if (!isAux(tokens[head])) {
        i = Math.max(i + 1, end);
        continue;
      }
    }
    const group = describe(tokens, start, end, head);
    // "I cannot urge you strongly enough", "we can't stress enough": an emphatic "cannot … enough"
    // says it the more.
    if (group.negated && group.modal === "possibility" && emphatic(tokens, start, end)) group.negated = false;
    // "decided not to sign", "told them never to attend": an infinitive's negation comes before its "to".
    if (isTo(tokens[start]) && /^(?:not|never)$/.test(tokens[start - 1]?.lower ?? "")) group.negated = true;
    // "We are not ready", "is no longer willing": a copula's negation follows it.
    if (!isVerb(tokens[head])) {
      const after = tokens.slice(end, k);
      if (after.some((x) => NEGATION.has(x.lower))) group.negated = true;
      if (after.some((x, j) => x.lower === "no" && after[j + 1]?.lower === "longer")) group.dropped = true;
    }
    // "the deal that helped ease a crisis", "will help end the war": a bare infinitive right after
    // "help" completes it, as one after "to" would.
    const prev = groups.at(-1);
    if (
      prev &&
      prev.end === start &&
      tokens[prev.head]!.lemma === "help" &&
      formOf(tokens[head]!) === "base" &&
      isVerb(tokens[head])
    )
      group.infinitive = true;
    groups.push(group);
    i = Math.max(end, start + 1);
  }
  return groups;
}
