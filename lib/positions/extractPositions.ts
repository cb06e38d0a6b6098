import type { Position } from "../model/schema";
import { compileVocabulary, type CompiledTopic, type StanceDefinition, type PositionVocabulary } from "./vocabulary";

export interface PositionInput {
  /** one cleaned sentence */
  sentence: string;
  /** the actor whose claim the sentence reports, as decided by the extraction pipeline */
  holder: string | null;
  /** the pipeline found the claim denied or dropped ("the Kremlin denied that…") */
  negated?: boolean;
}

/** How far back from a stance a drop cue ("no longer") still governs it, within one clause. */
const DROP_LOOKBACK = 90;
const CLAUSE_END = /[.;!?]|\bbut\b/gi;
const NEGATED_JUST_BEFORE = /\b(?:not|never|n't|won't)\s+(?:[\w'’]+\s+){0,2}$/i;
const MAX_CLAUSE_WORDS = 16;

interface StanceMatch {
  stance: StanceDefinition;
  index: number;
}

/** "no longer demanding that …" governs the stance only from inside the same clause. */
function droppedBefore(sentence: string, index: number, dropCues: readonly RegExp[]): boolean {
  let window = sentence.slice(Math.max(0, index - DROP_LOOKBACK), index);
  let lastEnd = -1;
  for (const m of window.matchAll(CLAUSE_END)) lastEnd = m.index + m[0].length;
  if (lastEnd >= 0) window = window.slice(lastEnd);
  return dropCues.some((cue) => {
    const m = cue.exec(window);
    // "claims that will not be dropped" keeps the demand: a negated drop is no drop.
    return m !== null && !NEGATED_JUST_BEFORE.test(window.slice(0, m.index));
  });
}

function stanceMatches(topic: CompiledTopic, sentence: string): StanceMatch[] {
  if (!topic.anyStance.test(sentence)) return [];
  const found: StanceMatch[] = [];
  for (const stance of topic.stances) {
    const m = stance.pattern.exec(sentence);
    if (m) found.push({ stance: stance.definition, index: m.index });
  }
  const matchedIds = new Set(found.map((f) => f.stance.id));
  return found.filter((f) => !(f.stance.overriddenBy ?? []).some((id) => matchedIds.has(id)));
}

const CLAUSE_BREAK = /,(?!\d)|[;:()[\]]|\s[–—-]\s/g;
const EDGE_NOISE = /^[\s"“”'‘’«»,–—-]+|[\s"“”'‘’«»,.!?…–—-]+$/g;
const LEADING_ATTRIBUTION =
  /^(?:according\s+to\s+[^,]{1,80},\s*|[^,"“]{1,70}?\b(?:said|says|say|noted|notes|added|adds|stated|states|argued|argues|believes?|believed|think|thinks|claimed|claims|reported|reports|insisted|insists|emphasi[sz]ed|stressed|concluded|explained|warned|predicted|confirmed|reiterated|suggested|revealed|admitted|acknowledged|told\s+[\w\s]{1,30}?)\s+(?:that\s+)?)/i;
const LEADING_CONNECTIVE = /^(?:and|but|that|so|thus|however|yet|also|while|although|though|whereas)\b[,\s]*/i;
const MIN_CLAUSE_WORDS = 5;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The words of the sentence that speak of the topic, when no normalised stance matched: the
 * comma-separated part around the cue (widened until it says something), without who-said-it
 * framing, quotes or a run of more than MAX_CLAUSE_WORDS words.
 */
export function clauseAround(sentence: string, index: number): string {
  const bounds = [0];
  for (const m of sentence.matchAll(CLAUSE_BREAK)) bounds.push(m.index, m.index + m[0].length);
  bounds.push(sentence.length);
  // bounds holds [start, end] pairs of the parts between breaks.
  const parts: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) parts.push([bounds[i]!, bounds[i + 1]!]);
  let first = Math.max(
    0,
    parts.findIndex(([, end]) => index < end),
  );
  let last = first;
  const text = () => sentence.slice(parts[first]![0], parts[last]![1]);
  while (wordCount(text()) < MIN_CLAUSE_WORDS && (last + 1 < parts.length || first > 0)) {
    if (last + 1 < parts.length) last += 1;
    else first -= 1;
  }
  const start = parts[first]![0];
  const raw = text();
  let clause = raw.replace(EDGE_NOISE, "");
  const stripped = clause.replace(LEADING_ATTRIBUTION, "").replace(LEADING_CONNECTIVE, "");
  // Framing that would swallow the cue itself is not framing but content.
  const leadTrim = raw.length - raw.replace(/^[\s"“”'‘’«»,–—-]+/, "").length;
  if (index - start - leadTrim >= clause.length - stripped.length) clause = stripped;
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length > MAX_CLAUSE_WORDS) {
    const cueWord = (sentence.slice(index).split(/\s+/)[0] ?? "").toLowerCase();
    const at = Math.max(
      0,
      words.findIndex((w) => cueWord !== "" && w.toLowerCase().includes(cueWord)),
    );
    const from = Math.max(0, Math.min(at - 6, words.length - MAX_CLAUSE_WORDS));
    const slice = words.slice(from, from + MAX_CLAUSE_WORDS).join(" ");
    clause = `${from > 0 ? "… " : ""}${slice}${from + MAX_CLAUSE_WORDS < words.length ? " …" : ""}`;
  }
  return clause.replace(EDGE_NOISE, "").trim();
}

function normalised(
  topic: CompiledTopic,
  match: StanceMatch,
  sentence: string,
  negated: boolean,
  dropCues: readonly RegExp[],
): Omit<Position, "actor" | "topic"> {
  const dropped = droppedBefore(sentence, match.index, dropCues);
  if (!negated && !dropped) return { stance: match.stance.label, stanceId: match.stance.id };
  const counter = match.stance.negatedAs ? topic.byId.get(match.stance.negatedAs) : undefined;
  if (counter) return { stance: counter.label, stanceId: counter.id };
  // Without a declared counter-stance the claim still must not read as the demand itself.
  return { stance: `${dropped ? "no longer" : "denies"}: ${match.stance.label}` };
}

/**
 * The positions one sentence attributes to its holder: one per recognised stance. Only when no
 * stance is recognised on any topic does each topic the sentence speaks of get a cleaned clause;
 * a sentence with a recognised stance mentions other topics in passing far more often than it
 * states a second, unrecognised position.
 */
export function extractPositions(input: PositionInput, vocab: PositionVocabulary): Position[] {
  const { sentence, holder } = input;
  if (holder === null || !sentence.trim()) return [];
  const compiled = compileVocabulary(vocab);
  const negated = input.negated === true;
  const out: Position[] = [];
  for (const topic of compiled.topics) {
    const matches = stanceMatches(topic, sentence);
    if (!matches.length) continue;
    const seen = new Set<string>();
    for (const match of matches) {
      const p = normalised(topic, match, sentence, negated, compiled.dropCues);
      const key = p.stanceId ?? p.stance;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ actor: holder, topic: topic.definition.id, ...p });
    }
  }
  if (out.length > 0) return out;
  for (const topic of compiled.topics) {
    const cue = topic.cue.exec(sentence);
    if (!cue) continue;
    const clause = clauseAround(sentence, cue.index);
    if (clause) out.push({ actor: holder, topic: topic.definition.id, stance: negated ? `denies: ${clause}` : clause });
  }
  return out;
}
