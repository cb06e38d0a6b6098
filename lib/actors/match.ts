import type { Gazetteer, Pattern, PatternToken } from "./gazetteer";
import {
  AGENT_MODIFIERS,
  AGENT_NOUNS,
  AGENT_VERBS,
  ARMS_MODIFIERS,
  ARMS_NOUNS,
  ATTACK_WORDS,
  AUXILIARIES,
  HYPHEN_PARTICIPLES,
  INTERACTION_NOUNS,
  PARTY_NOUNS,
  PORTFOLIO_HEADS,
  PROPOSAL_NOUNS,
  SUPPORT_PARTICIPLES,
} from "./lexicon";
import { isTitleCase, tokenize, type Token } from "./text";

/** The longest gazetteer phrase found at a place in the sentence, before any judgement about it. */
export interface RawMatch {
  /** first token, including an absorbed "the" before a title */
  start: number;
  /** one past the last token of the phrase itself */
  coreEnd: number;
  /** one past the last token, including a possessive "'s" */
  end: number;
  /** the gazetteer phrase, or the state whose demonym opened an agent phrase ("Russian officials") */
  match: { pattern: Pattern } | { stateId: string };
}

function fits(t: Token, want: PatternToken): boolean {
  if (t.fold !== want.fold) return false;
  if (want.exact) return t.text.replace(/\./g, "") === want.exact;
  return !want.cap || t.cap;
}

const isInitial = (tokens: readonly Token[], i: number) =>
  tokens[i]!.word && tokens[i]!.cap && tokens[i]!.text.length === 1 && tokens[i + 1]?.fold === ".";

/** Token index after the pattern matched at `i`, or -1. Middle initials are skipped ("William J. Burns"). */
export function matchAt(tokens: readonly Token[], i: number, pattern: Pattern): number {
  let j = i;
  for (let k = 0; k < pattern.tokens.length; k++) {
    const want = pattern.tokens[k]!;
    if (k > 0) while (j < tokens.length && !fits(tokens[j]!, want) && isInitial(tokens, j)) j += 2;
    const t = tokens[j];
    if (!t || !fits(t, want)) return -1;
    j++;
  }
  return j;
}

/** Extends past "'s" (or a bare "'" after a final s) written right against the name. */
export function possessiveEnd(tokens: readonly Token[], end: number): number {
  const last = tokens[end - 1]!;
  const apostrophe = tokens[end];
  if (apostrophe?.fold !== "'" || apostrophe.start !== last.end) return end;
  const next = tokens[end + 1];
  const attached = next?.word && next.start === apostrophe.end;
  if (attached && next.fold === "s") return end + 2;
  return !attached && last.fold.endsWith("s") ? end + 1 : end;
}

/** Nouns after which a demonym names its state: its agents, or what it puts forward. */
const DEMONYM_HEADS: ReadonlySet<string> = new Set([...AGENT_NOUNS, ...PROPOSAL_NOUNS]);

export function agentPhraseEnd(
  tokens: readonly Token[],
  i: number,
  nouns: ReadonlySet<string> = DEMONYM_HEADS,
): number {
  const next = tokens[i];
  if (!next?.word) return -1;
  if (nouns.has(next.fold)) return i + 1;
  if (nouns === DEMONYM_HEADS) {
    const arms = armsEnd(tokens, i);
    if (arms > 0) return arms;
  }
  const after = tokens[i + 1];
  if (!after?.word || !nouns.has(after.fold)) return -1;
  return AGENT_MODIFIERS.has(next.fold) || PORTFOLIO_HEADS.has(after.fold) ? i + 2 : -1;
}

/**
 * "Russian missiles", "two Russian Kalibr cruise missiles": a weapon or a blow after the demonym,
 * past at most a capitalised model name and a word of its kind.
 */
function armsEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  if (tokens[k]?.word && tokens[k]!.cap && !ARMS_NOUNS.has(tokens[k]!.fold)) k++;
  if (tokens[k]?.word && ARMS_MODIFIERS.has(tokens[k]!.fold) && ARMS_NOUNS.has(tokens[k + 1]?.fold ?? "")) k++;
  return tokens[k]?.word && ARMS_NOUNS.has(tokens[k]!.fold) ? k + 1 : -1;
}

const HYPHEN = /^[-\u2010-\u2013]$/;

/** Tokens `k` and `k + 1` written as one hyphenated word ("Russian-Ukrainian", "Qatari-led"). */
export function hyphenJoined(text: string, tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return !!a && !!b && b.start === a.end + 1 && HYPHEN.test(text[a.end] ?? "");
}

/** Demonyms in a row, as token ranges, and whether a hyphen joined any two of them. */
export interface DemonymSeries {
  parts: [number, number][];
  end: number;
  hyphenated: boolean;
}

/**
 * "Rwandan and Congolese", "Qatari, Egyptian and American", "Russian-Ukrainian": demonyms joined
 * by "and", "or", commas or hyphens, from the one at `i`. `at` gives one past a demonym starting
 * at a token, or -1.
 */
export function demonymSeries(
  text: string,
  tokens: readonly Token[],
  i: number,
  at: (k: number) => number,
): DemonymSeries {
  const first = at(i);
  const parts: [number, number][] = [[i, first]];
  let j = first;
  let hyphenated = false;
  for (;;) {
    let e = hyphenJoined(text, tokens, j - 1) ? at(j) : -1;
    if (e > 0) {
      parts.push([j, e]);
      hyphenated = true;
      j = e;
      continue;
    }
    let k = j;
    if (tokens[k]?.fold === ",") k++;
    if (tokens[k]?.fold === "and" || tokens[k]?.fold === "or") k++;
    e = k > j ? at(k) : -1;
    if (e < 0) break;
    parts.push([k, e]);
    j = e;
  }
  return { parts, end: j, hyphenated };
}

/**
 * Where a demonym series acts: an agent phrase after it ("the Chilean and Peruvian legal
 * teams"), or, for demonyms joined by a hyphen, dealings between them ("direct
 * Russian-Ukrainian negotiations"). One past the phrase, or -1.
 */
export function seriesPhraseEnd(tokens: readonly Token[], series: DemonymSeries): number {
  const end = agentPhraseEnd(tokens, series.end);
  if (end > 0 || series.parts.length < 2 || !series.hyphenated) return end;
  return agentPhraseEnd(tokens, series.end, INTERACTION_NOUNS);
}

/** Whether a verb of acting follows at `k`, past auxiliaries and an adverb ("… firmly voted", "… have agreed"). */
function peopleAct(tokens: readonly Token[], k: number): boolean {
  while (tokens[k]?.word && (AUXILIARIES.has(tokens[k]!.fold) || tokens[k]!.fold.endsWith("ly"))) k++;
  return !!tokens[k]?.word && AGENT_VERBS.has(tokens[k]!.fold);
}

/** Whether the word at `i` is what an attack word acts on ("strikes on …", "shelled …"). */
function attackedAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.fold ?? "";
  if (ATTACK_WORDS.has(before)) return true;
  return (before === "on" || before === "against") && ATTACK_WORDS.has(tokens[i - 2]?.fold ?? "");
}

/** "Qatari-led negotiations": one past a participle hyphenated to the word ending at `end`, or -1. */
export function hyphenParticipleEnd(text: string, tokens: readonly Token[], end: number): number {
  const t = tokens[end];
  return t?.word && HYPHEN_PARTICIPLES.has(t.fold) && hyphenJoined(text, tokens, end - 1) ? end + 1 : -1;
}

/**
 * "US-backed Syrian Democratic Forces", "Iranian-funded militias": one past the participle of
 * support hyphenated to the name ending at `end` when what follows is a party (a name or a noun
 * of armed or political parties), or -1.
 */
export function backedPartyEnd(text: string, tokens: readonly Token[], end: number): number {
  const t = tokens[end];
  if (!t?.word || !SUPPORT_PARTICIPLES.has(t.fold) || !hyphenJoined(text, tokens, end - 1)) return -1;
  const next = tokens[end + 1];
  return next?.word && (next.cap || AGENT_NOUNS.has(next.fold) || PARTY_NOUNS.has(next.fold)) ? end + 1 : -1;
}

/** The state whose demonym starts at `i` ("Russian", "South African"), and one past it. */
export function demonymAt(
  tokens: readonly Token[],
  i: number,
  gazetteer: Pick<Gazetteer, "demonyms" | "demonymStarts">,
): { stateId: string; end: number } | null {
  const t = tokens[i];
  if (!t?.word || !t.cap) return null;
  if (gazetteer.demonymStarts.has(t.fold)) {
    let key = t.fold;
    for (let n = 1; n < 3; n++) {
      const w = tokens[i + n];
      if (!w?.word || !w.cap) break;
      key += ` ${w.fold}`;
      const stateId = gazetteer.demonyms.get(key);
      if (stateId) return { stateId, end: i + n + 1 };
    }
  }
  const stateId = gazetteer.demonyms.get(t.fold);
  return stateId ? { stateId, end: i + 1 } : null;
}

/** The state whose acronym, as the gazetteer writes it, is the token at `k` ("US", "UAE"), or null. */
function stateAcronymAt(
  tokens: readonly Token[],
  k: number,
  gazetteer: Pick<Gazetteer, "index" | "byId">,
): string | null {
  const t = tokens[k];
  if (!t?.word || !t.upper) return null;
  const found = (gazetteer.index.get(t.fold) ?? []).find(
    (p) =>
      p.kind === "name" &&
      p.tokens.length === 1 &&
      p.tokens[0]!.exact === t.text.replace(/\./g, "") &&
      gazetteer.byId.get(p.actorId)?.kind === "state",
  );
  return found?.kind === "name" ? found.actorId : null;
}

/**
 * "the leaders of North and South Korea", "East and West Germany": a name's first word, joined
 * by "and" to another word that begins a name with the same rest, names that other too.
 */
function elidedName(
  tokens: readonly Token[],
  start: number,
  pattern: Pattern,
  index: Gazetteer["index"],
): Pattern | null {
  const other = tokens[start - 2];
  if (pattern.kind !== "name" || pattern.tokens.length < 2 || tokens[start - 1]?.fold !== "and") return null;
  if (!other?.word || !other.cap) return null;
  const rest = pattern.tokens.slice(1).map((t) => t.fold);
  return (
    (index.get(other.fold) ?? []).find(
      (p) =>
        p.kind === "name" &&
        p.actorId !== pattern.actorId &&
        p.tokens.length === pattern.tokens.length &&
        p.tokens.slice(1).every((t, k) => t.fold === rest[k]),
    ) ?? null
  );
}

/**
 * Walks the tokens once, looking each word up in the gazetteer's first-token index and keeping
 * the longest phrase that starts there, so "Russian President" beats "Russian" and "Putin's
 * spokesman" beats "Putin".
 */
export function scanTokens(
  tokens: readonly Token[],
  gazetteer: Pick<Gazetteer, "index" | "byId" | "demonyms" | "demonymStarts"> & {
    ambiguous?: Pick<Gazetteer["ambiguous"], "demonyms">;
  },
  text = "",
): RawMatch[] {
  const ambiguousDemonyms = gazetteer.ambiguous?.demonyms;
  // Ambiguous demonyms ("Congolese") link a series here; ambiguousStates reads them.
  const anyDemonymAt = (k: number) => {
    const d = demonymAt(tokens, k, gazetteer);
    if (d) return d.end;
    return tokens[k]?.cap && ambiguousDemonyms?.has(tokens[k]!.fold) ? k + 1 : -1;
  };
  // "Ukrainian and US delegations": after a demonym, a state's acronym stands in the series as
  // one (the acronym itself is read as a name).
  const memberAt = (k: number) => (stateAcronymAt(tokens, k, gazetteer) ? k + 1 : anyDemonymAt(k));
  const out: RawMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.word) {
      i++;
      continue;
    }
    let best: { start: number; end: number; pattern: Pattern } | null = null;
    for (const pattern of gazetteer.index.get(t.fold) ?? []) {
      const end = matchAt(tokens, i, pattern);
      if (end > (best?.end ?? -1)) best = { start: i, end, pattern };
    }
    // News writes titles with and without the article ("the Russian president").
    const next = tokens[i + 1];
    if (t.fold === "the" && next?.word) {
      for (const pattern of gazetteer.index.get(next.fold) ?? []) {
        if (pattern.kind !== "title") continue;
        const end = matchAt(tokens, i + 1, pattern);
        if (end > (best?.end ?? -1)) best = { start: i, end, pattern };
      }
    }
    // "Sheikh Mohammed bin Abdulrahman Al Thani": a longer name starting inside the match ends further.
    for (let j = i + 1; best && j < best.end; j++)
      for (const pattern of gazetteer.index.get(tokens[j]!.fold) ?? []) {
        const end = matchAt(tokens, j, pattern);
        if (
          end > best.end &&
          pattern.kind === "name" &&
          best.pattern.kind === "name" &&
          pattern.actorId === best.pattern.actorId
        )
          best = { start: i, end, pattern };
      }
    const backer = best ? backedPartyEnd(text, tokens, best.end) : -1;
    if (backer > 0) {
      i = backer;
      continue;
    }
    if (best) {
      const elided = elidedName(tokens, best.start, best.pattern, gazetteer.index);
      if (elided && (out.at(-1)?.end ?? -1) <= best.start - 2)
        out.push({ start: best.start - 2, coreEnd: best.start - 1, end: best.start - 1, match: { pattern: elided } });
      const end = possessiveEnd(tokens, best.end);
      out.push({ start: best.start, coreEnd: best.end, end, match: { pattern: best.pattern } });
      i = end;
      continue;
    }
    // "the Russians presented their memorandum", "talks with the Americans": a plural demonym
    // after "the" is that state's side.
    const side =
      t.fold === "the" && next?.word && next.cap ? gazetteer.demonyms.get(next.fold.replace(/s$/, "")) : undefined;
    if (side && next!.fold.endsWith("s")) {
      const end = possessiveEnd(tokens, i + 2);
      out.push({ start: i + 1, coreEnd: i + 2, end, match: { stateId: side } });
      i = end;
      continue;
    }
    // "Chileans firmly voted down the charter": a plural demonym that acts is its state's people.
    const people = t.word && t.cap && t.fold.endsWith("s") ? gazetteer.demonyms.get(t.fold.slice(0, -1)) : undefined;
    if (people && peopleAct(tokens, i + 1)) {
      out.push({ start: i, coreEnd: i + 1, end: i + 1, match: { stateId: people } });
      i++;
      continue;
    }
    const demonym = demonymAt(tokens, i, gazetteer);
    if (!demonym) {
      i++;
      continue;
    }
    const series = demonymSeries(text, tokens, i, (k) => (k === i ? anyDemonymAt(k) : memberAt(k)));
    // "attacks on Israeli ships", "kept shelling Ukrainian cities": the state whose things are
    // attacked is the attack's target.
    const attacked = attackedAt(tokens, i) && tokens[series.end]?.word ? series.end + 1 : -1;
    const end = Math.max(seriesPhraseEnd(tokens, series), attacked);
    if (end > 0) {
      series.parts.forEach(([from, to], n) => {
        const stateId =
          demonymAt(tokens, from, gazetteer)?.stateId ?? (n > 0 ? stateAcronymAt(tokens, from, gazetteer) : null);
        const last = n === series.parts.length - 1;
        if (stateId) out.push({ start: from, coreEnd: last ? end : to, end: last ? end : to, match: { stateId } });
      });
      i = end;
      continue;
    }
    // "Israeli and Hamas officials": demonyms joined to the name of a party that an agent noun
    // follows share that noun; the name is read on its own after them.
    if (/^(?:and|or)$/.test(tokens[series.end]?.fold ?? "")) {
      const k = series.end + 1;
      const named = (gazetteer.index.get(tokens[k]?.fold ?? "") ?? []).some((pattern) => {
        const e = pattern.kind === "name" ? matchAt(tokens, k, pattern) : -1;
        return e > 0 && agentPhraseEnd(tokens, e) > 0;
      });
      if (named) {
        for (const [from, to] of series.parts) {
          const stateId = demonymAt(tokens, from, gazetteer)?.stateId ?? stateAcronymAt(tokens, from, gazetteer);
          if (stateId) out.push({ start: from, coreEnd: to, end: to, match: { stateId } });
        }
        i = k;
        continue;
      }
    }
    const led = hyphenParticipleEnd(text, tokens, demonym.end);
    if (led > 0 && backedPartyEnd(text, tokens, demonym.end) < 0) {
      out.push({ start: i, coreEnd: led, end: led, match: { stateId: demonym.stateId } });
      i = led;
      continue;
    }
    i++;
  }
  return out;
}

export interface SentenceScan {
  tokens: Token[];
  raws: RawMatch[];
  /** Title Case headline, where capitals say nothing about names */
  headline: boolean;
}

// findActors, resolveReferences and findUnknownNames each read the same sentence; the extractor
// calls them close together, so a small per-gazetteer memo spares two of the three scans.
const SCAN_CACHE_LIMIT = 2_000;
const scans = new WeakMap<Gazetteer, Map<string, SentenceScan>>();

export function scanSentence(sentence: string, gazetteer: Gazetteer): SentenceScan {
  let cache = scans.get(gazetteer);
  if (!cache) scans.set(gazetteer, (cache = new Map()));
  const hit = cache.get(sentence);
  if (hit) return hit;
  if (cache.size >= SCAN_CACHE_LIMIT) cache.clear();
  const tokens = tokenize(sentence);
  const scan = { tokens, raws: scanTokens(tokens, gazetteer, sentence), headline: isTitleCase(tokens) };
  cache.set(sentence, scan);
  return scan;
}
