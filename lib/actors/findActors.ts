import type { ActorMention } from "../model/mentions";
import type { Gazetteer, NamePattern, TitlePattern } from "./gazetteer";
import {
  CAPITAL_LOCATIVES,
  COUNTRY_LOCATIVES,
  LOCATIVE_HOSTS,
  PARTY_MODIFIERS,
  SENT_FROM_HOSTS,
  COUNTRY_HOSTS,
  NAME_TITLES,
  NOT_CURRENT_HOLDER,
  NOT_NAME_WORDS,
  PLACE_NOUNS,
} from "./lexicon";
import { demonymAt, matchAt, scanSentence, type RawMatch } from "./match";
import type { Token } from "./text";

/** A title whose holder the date alone does not settle: no date, or several holders. */
export interface OpenTitle {
  text: string;
  index: number;
  /** everyone who ever held the title */
  holders: string[];
}

export interface SentenceActors {
  tokens: readonly Token[];
  mentions: ActorMention[];
  openTitles: OpenTitle[];
  /** states named only as places ("its embassy in Chile", "talks in Norway"): named, not acting */
  places: ActorMention[];
}

interface Located {
  raw: RawMatch;
  mention: ActorMention | null;
  place?: ActorMention;
  open: OpenTitle | null;
  /** a person's name, which makes a title next to it redundant */
  personName: boolean;
}

const INDEFINITE = new Set(["a", "an", "another", "one"]);

export const prevWord = (tokens: readonly Token[], i: number) => (tokens[i - 1]?.word ? tokens[i - 1] : undefined);

/**
 * "speaking in Kyiv", "the war in Ukraine": the preposition before the name (or before its
 * "the") marks a place. "authorities in Kiev" is the exception: people of that place act.
 */
export function isLocative(
  tokens: readonly Token[],
  start: number,
  locatives: ReadonlySet<string>,
  hosts: (word: string) => boolean = (w) => LOCATIVE_HOSTS.has(w),
): boolean {
  let k = start - 1;
  if (tokens[start]?.fold !== "the" && tokens[k]?.fold === "the") k--;
  const prep = tokens[k];
  if (!prep?.word || !locatives.has(prep.fold)) return false;
  const host = prevWord(tokens, k);
  // "According to Moscow" names a source speaking, not a destination.
  if (prep.fold === "to" && host?.fold === "according") return false;
  // "officials in Kyiv", "a delegation from Moscow": people who act there or come from there
  // (not "rebel leaders in Havana").
  if (!host || PARTY_MODIFIERS.has(prevWord(tokens, k - 1)?.fold ?? "")) return true;
  if (prep.fold === "from") return !(hosts(host.fold) || SENT_FROM_HOSTS.has(host.fold));
  return !(prep.fold === "in" && hosts(host.fold));
}

function holdersAt(pattern: TitlePattern, date: string | null): string[] {
  const valid = date
    ? pattern.holders.filter((h) => (h.from ?? "") <= date && date < (h.to ?? "9999-99-99"))
    : pattern.holders;
  return [...new Set(valid.map((h) => h.actorId))];
}

/** "Mohamed Ali al-Houthi", "Tamim bin Hamad": a name after a particle glued to a capitalised name ends a person's name. */
export function afterNameParticle(tokens: readonly Token[], start: number): boolean {
  const particle = tokens[start - 1];
  return (
    !!particle?.word &&
    !particle.cap &&
    PERSON_PARTICLES.has(particle.fold) &&
    !!tokens[start - 2]?.word &&
    tokens[start - 2]!.cap
  );
}

const PERSON_PARTICLES = new Set(["al", "el", "bin", "ibn"]);

/** Reasons a name pattern's words are not the actor here. */
function nameRejected(
  tokens: readonly Token[],
  raws: readonly RawMatch[],
  r: number,
  pattern: NamePattern,
  gazetteer: Gazetteer,
  headline: boolean,
): boolean {
  const raw = raws[r]!;
  if (pattern.place === "country")
    return isLocative(tokens, raw.start, COUNTRY_LOCATIVES, (w) => LOCATIVE_HOSTS.has(w) || COUNTRY_HOSTS.has(w));
  const next = raw.end === raw.coreEnd ? tokens[raw.coreEnd] : undefined;
  // A capital, or a one-word surname, glued to a further capitalised word is part of another
  // name: "Washington Post", "Kyiv Independent", "Trump Tower" (unless that word starts a match).
  const glued = !headline && next?.word && next.cap && raws[r + 1]?.start !== raw.coreEnd;
  // "the Istanbul talks" are held there, but in "Moscow-Kyiv talks" the capital joined to the
  // party before it is a party too.
  const paired = raws[r - 1]?.coreEnd === raw.start;
  if (pattern.place === "capital")
    return (
      isLocative(tokens, raw.start, CAPITAL_LOCATIVES) ||
      !!glued ||
      (!!next?.word && PLACE_NOUNS.has(next.fold) && !paired)
    );
  const actor = gazetteer.byId.get(pattern.actorId);
  // "Mohamed Ali al-Houthi", "Ahmad Awad bin Mubarak": a body's name, or a one-word surname,
  // after a particle of another name is part of that name.
  if (actor && (actor.kind !== "person" || pattern.tokens.length === 1) && afterNameParticle(tokens, raw.start))
    return true;
  if (actor?.kind !== "person" || pattern.tokens.length !== 1) return false;
  if (glued) return true;
  // "Hunter Biden", "Dan Sullivan": a given name the gazetteer does not know for this person,
  // judged by its first letter so transliterations (Yuri/Yury, Antony/Anthony) still pass.
  const before = prevWord(tokens, raw.start);
  const firstWord = tokens.findIndex((t) => t.word);
  const initials = gazetteer.givenInitials.get(pattern.actorId);
  return (
    !headline &&
    !!before &&
    before.cap &&
    !before.upper &&
    raw.start - 1 > firstWord &&
    (raws[r - 1]?.end ?? -1) < raw.start &&
    !NAME_TITLES.has(before.fold) &&
    !NOT_NAME_WORDS.has(before.fold) &&
    !gazetteer.demonyms.has(before.fold) &&
    !!initials?.size &&
    !initials.has(before.fold[0]!)
  );
}

function locate(
  sentence: string,
  tokens: readonly Token[],
  raws: readonly RawMatch[],
  r: number,
  gazetteer: Gazetteer,
  date: string | null,
  headline: boolean,
): Located {
  const raw = raws[r]!;
  const text = sentence.slice(tokens[raw.start]!.start, tokens[raw.end - 1]!.end);
  const index = tokens[raw.start]!.start;
  const none: Located = { raw, mention: null, open: null, personName: false };
  if ("stateId" in raw.match) return { ...none, mention: { actorId: raw.match.stateId, text, index, via: "alias" } };
  const pattern = raw.match.pattern;
  if (pattern.kind === "name") {
    if (nameRejected(tokens, raws, r, pattern, gazetteer, headline))
      // (a state's name is rejected only as a place)
      return pattern.place === "country" && !pattern.candidates
        ? { ...none, place: { actorId: pattern.actorId, text, index, via: pattern.via } }
        : none;
    const person = gazetteer.byId.get(pattern.actorId)?.kind === "person";
    return {
      raw,
      mention: { actorId: pattern.actorId, text, index, via: pattern.via },
      open: null,
      personName: person,
    };
  }
  const before = prevWord(tokens, raw.start);
  if (before && NOT_CURRENT_HOLDER.has(before.fold)) return none;
  // "Omar Haddad, a senior Hamas leader": a title after an indefinite article is a description,
  // one of several who may bear it, not the office's holder.
  const earlier = before && !before.cap ? prevWord(tokens, raw.start - 1) : undefined;
  if ([before, earlier].some((w) => w && INDEFINITE.has(w.fold))) return none;
  // "President-elect": the title's next holder, not its holder on the day.
  const after = tokens[raw.coreEnd];
  if (after?.fold === "elect" && sentence[tokens[raw.coreEnd - 1]!.end] === "-") return none;
  if (pattern.place && isLocative(tokens, raw.start, CAPITAL_LOCATIVES)) return none;
  const holders = holdersAt(pattern, date);
  if (holders.length === 1) return { ...none, mention: { actorId: holders[0]!, text, index, via: "title" } };
  return { ...none, open: { text, index, holders: [...new Set(pattern.holders.map((h) => h.actorId))] } };
}

/**
 * "Russian President Vladimir Putin", "Dmitry Peskov, Kremlin spokesman": a title next to a
 * person's name is an apposition, and the name is the surer reading of who is meant.
 */
function isApposition(found: readonly Located[], i: number, tokens: readonly Token[]): boolean {
  const { raw } = found[i]!;
  const next = found[i + 1];
  const prev = found[i - 1];
  const comma = (k: number) => tokens[k]?.fold === ",";
  const nextAdjacent = next?.raw.start === raw.end || (comma(raw.end) && next?.raw.start === raw.end + 1);
  const prevAdjacent = prev && comma(prev.raw.end) && prev.raw.end + 1 === raw.start;
  return (!!next?.personName && nextAdjacent) || (!!prev?.personName && !!prevAdjacent);
}

/**
 * "Qatar's prime minister announced …", "the Israeli premier said": a title that stands for its
 * holder without the holder's name names the state or body it serves, which the text does name.
 */
function bodiesOfTitle(
  sentence: string,
  tokens: readonly Token[],
  raw: RawMatch,
  gazetteer: Gazetteer,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = raw.start; k < raw.coreEnd; k++) {
    const t = tokens[k]!;
    const demonym = demonymAt(tokens, k, gazetteer);
    const named = (gazetteer.index.get(t.fold) ?? []).find(
      (p) => p.kind === "name" && gazetteer.byId.get(p.actorId)?.kind !== "person" && matchAt(tokens, k, p) > 0,
    );
    const actorId = demonym?.stateId ?? (named?.kind === "name" ? named.actorId : undefined);
    if (actorId && !out.some((m) => m.actorId === actorId))
      out.push({ actorId, text: sentence.slice(t.start, t.end), index: t.start, via: "alias" });
  }
  return out;
}

/** Everything `findActors` knows about a sentence, including titles it could not settle. */
export function analyseSentence(sentence: string, gazetteer: Gazetteer, date: string | null): SentenceActors {
  const { tokens, raws, headline } = scanSentence(sentence, gazetteer);
  const found = raws.map((_, r) => locate(sentence, tokens, raws, r, gazetteer, date, headline));
  const mentions: ActorMention[] = [];
  const openTitles: OpenTitle[] = [];
  const places = found.flatMap((f) => (f.place ? [f.place] : []));
  found.forEach((f, i) => {
    const titled = f.mention?.via === "title";
    if ((f.open || titled) && isApposition(found, i, tokens)) {
      // "Hamas leader Ismail Haniyeh", "CIA director William Burns": an organisation named in
      // the title of a named person acts through them. (A state in a title is left as it was:
      // with it, two leaders' remarks of one day about each other merged as one event.)
      const organisation = (m: ActorMention) => gazetteer.byId.get(m.actorId)?.kind !== "state";
      if (titled) mentions.push(...bodiesOfTitle(sentence, tokens, f.raw, gazetteer).filter(organisation));
      return;
    }
    if (f.mention) mentions.push(f.mention);
    if (titled) mentions.push(...bodiesOfTitle(sentence, tokens, f.raw, gazetteer));
    if (f.open) openTitles.push(f.open);
  });
  return { tokens, mentions, openTitles, places };
}

/**
 * The gazetteer actors a sentence names: by name or alias (diacritics folded, possessives and
 * middle initials allowed, capitalised as the gazetteer writes them), by a title held on `date`,
 * by a capital or seat of government standing for its state, or by a demonym heading an agent
 * phrase ("Russian forces"). Mentions are in text order.
 */
export function findActors(sentence: string, gazetteer: Gazetteer, opts: { date: string | null }): ActorMention[] {
  return analyseSentence(sentence, gazetteer, opts.date).mentions;
}
