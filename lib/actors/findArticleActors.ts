import type { ActorMention } from "../model/mentions";
import { ambiguousStateMentions, supportedState } from "./ambiguousStates";
import { articleWords } from "./articleWords";
import { DiscoveredActors, NameMatcher, UNKNOWN_ROLE } from "./discoveredActors";
import { afterNameParticle, analyseSentence } from "./findActors";
import { findUnknownNameSpans } from "./findUnknownNames";
import { placeFightersAsGroups } from "./placeFighters";
import { isGivenName, misspeltSurname } from "./fuzzyNames";
import { stateOfPerson, type ActorLookup, type Gazetteer, type GazetteerActor } from "./gazetteer";
import { introducePeople, type DemonymState, type Introduction } from "./introducePeople";
import {
  AGENT_MODIFIERS,
  AGENT_VERBS,
  AUXILIARIES,
  GENERATIONS,
  MASTHEAD_WORDS,
  MEETING_WORDS,
  PERSONAL_ACTS,
  NON_PERSON_WORDS,
  NOT_NAME_WORDS,
} from "./lexicon";
import { possessiveEnd, scanSentence } from "./match";
import { surnameOf } from "./roles";
import { findOrganisations, isBodyWord } from "./organisations";
import { opensInsideQuotation, resolveReferences, resolveStoryPairs, storySides } from "./resolveReferences";
import { resolveRoleNouns } from "./roleNouns";
import { nameRunEnd, rawActor, rawIndex, type ArticleWords, type SentenceView } from "./sentenceView";
import { mentionTokens, phraseKey, type Token } from "./text";

export interface ArticleSentence {
  text: string;
  paragraph: number;
  /** a photo caption: it introduces people, but tells nothing of which sides the story is about */
  caption?: boolean;
}

export interface ArticleActors {
  /** per sentence, indices relative to the sentence, in text order */
  mentions: ActorMention[][];
  /** per sentence, the states it names only as places ("its embassy in Chile"), in text order */
  places: ActorMention[][];
  /** actors the article introduced that the gazetteer does not list */
  discovered: GazetteerActor[];
  /** any actor the article may name by id: the article's own, then the gazetteer's */
  lookup: ActorLookup;
  /** the two sides the story is about (storySides), or null; worked out on first asking */
  sides: () => readonly string[] | null;
  /** capitalised, person-like names still not resolved to any actor, with their sentences */
  unresolved: { name: string; sentences: string[] }[];
}

const overlaps = (a: ActorMention, from: number, to: number) => a.index < to && from < a.index + a.text.length;

/** Which tokens a gazetteer phrase or a mention already reads, so later stages leave them alone. */
function coveredTokens(s: SentenceView, mentions: readonly ActorMention[]): (i: number) => boolean {
  const { tokens } = s;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) {
    const end = m.index + m.text.length;
    // Tokens are in text order: find the first that ends after the mention starts.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= m.index) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) covered[i] = 1;
  }
  return (i) => covered[i] === 1 || !!s.rawAt[i];
}

function viewOf(s: ArticleSentence, g: Gazetteer): SentenceView {
  const scan = scanSentence(s.text, g);
  // A body's name that ends a person's name is the person's ("Mohamed Ali al-Houthi"); a capital
  // that opens a body's name is part of that name, not its state ("the Oslo Group").
  const raws = scan.raws.filter((r) => {
    const id = rawActor(r);
    const next = scan.tokens[r.coreEnd];
    if (
      "pattern" in r.match &&
      r.match.pattern.kind === "name" &&
      r.match.pattern.place === "capital" &&
      next?.cap &&
      isBodyWord(g.organisations, next.fold)
    )
      return false;
    return (
      !id || g.byId.get(id)?.kind === "person" || !("pattern" in r.match) || !afterNameParticle(scan.tokens, r.start)
    );
  });
  return {
    ...s,
    tokens: scan.tokens,
    raws,
    rawAt: rawIndex(scan.tokens, raws),
    headline: scan.headline,
  };
}

/** Verbs of speaking a name stands right beside when its person speaks. */
const SPEAKING = new Set(["said", "says", "told", "added"]);

const APPOINTED = new Set(["appointed", "named", "elected", "nominated", "sworn"]);

/**
 * "Jane Doe welcomed the plan … Doe added": a full name with no title is a
 * person when it acts (or owns an act: "Jane Doe's appeal") and the article then calls it by a
 * later word alone, as news does people (organisations are repeated whole or by acronym).
 */
function untitledPeople(
  s: SentenceView,
  g: Gazetteer,
  words: ArticleWords,
  taken: ReadonlySet<number>,
): Introduction[] {
  if (s.headline) return [];
  const out: Introduction[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    const end = taken.has(i) ? i : nameRunEnd(s, i, g, words);
    if (end - i < 2 || end - i > 3) {
      i = Math.max(end, i + 1);
      continue;
    }
    const parts = s.tokens.slice(i, end);
    let j = end;
    while (j < end + 3 && s.tokens[j]?.word && AUXILIARIES.has(s.tokens[j]!.fold)) j++;
    // (or is given office: "Jane Doe was appointed chief negotiator")
    const acts =
      s.tokens[j]?.word && (AGENT_VERBS.has(s.tokens[j]!.fold) || (j > end && APPOINTED.has(s.tokens[j]!.fold)));
    const said = SPEAKING.has(s.tokens[i - 1]?.fold ?? "");
    // (a full name that speaks right away is a person's, named once: "Ana Sorel said the front
    // would disarm", '"…," said Ana Sorel')
    const speaks = said || SPEAKING.has(s.tokens[end]?.fold ?? "");
    // (or is said to go by another name: "Abel Muto, better known as Tigre")
    const named = knownAs(s, end, g).length > 0;
    // (or owns what a person says or does: "Jane Doe's appeal to the fighters")
    const owned = possessiveEnd(s.tokens, end);
    const owns = owned > end && PERSONAL_ACTS.has(s.tokens[owned]?.fold ?? "");
    // (or is met: "in a phone call with Jane Doe")
    const met = s.tokens[i - 1]?.fold === "with" && MEETING_WORDS.has(s.tokens[i - 2]?.fold ?? "");
    // (by a later word of it: "Amos Deng Malual … Deng said", as some naming customs do)
    const first = words.capitalised.get(parts[0]!.fold) ?? 0;
    const alone = parts.slice(1).some((t) => (words.capitalised.get(t.fold) ?? 0) > first);
    const orgWord =
      parts.some(
        (t) => NON_PERSON_WORDS.has(t.fold) || isBodyWord(g.organisations, t.fold) || words.places.has(t.fold),
      ) || g.organisations.outlets.has(parts.map((t) => t.fold).join(" "));
    // "Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed": a full name in a list beside a
    // known person is a person too.
    const person = (k: number) => {
      const id = rawActor(s.rawAt[k]);
      return !!id && g.byId.get(id)?.kind === "person";
    };
    const joins = (k: number) => s.tokens[k]?.fold === "," || s.tokens[k]?.fold === "and";
    const listed =
      (joins(i - 1) && s.rawAt[i - 2]?.end === i - 1 && person(i - 2)) ||
      (joins(end) && s.rawAt[end + 1]?.start === end + 1 && person(end + 1));
    // (or stands in a list of full names: "For three weeks Ana Sorel, Ivo Maren and Luka Petric
    // argued over maps … Maren agreed")
    const capitalised = (k: number) => !!s.tokens[k]?.word && s.tokens[k]!.cap;
    const amongNames =
      (joins(i - 1) && capitalised(i - 2) && capitalised(i - 3)) ||
      (joins(end) && capitalised(end + 1) && capitalised(end + 2));
    // (or is a state's, as news writes a leader it needs no title for: "Peru's Ana Sorel said",
    // "Peru's Ana Sorel and Chile's Ivo Maren embraced", which gives the person's country)
    const stateOwns = (k: number) => {
      const id = rawActor(s.rawAt[k - 3]);
      const state = id ? g.byId.get(id) : undefined;
      return s.tokens[k - 1]?.fold === "s" && /^['’]$/.test(s.tokens[k - 2]?.text ?? "") && state?.kind === "state"
        ? state
        : undefined;
    };
    // (or "of" a state after the name, as a list of leaders names them: "signed by Ana Sorel of
    // Peru and Ivo Maren of Chile", then "Sorel said")
    const stateAfter = () => {
      const raw = s.tokens[end]?.fold === "of" ? s.rawAt[end + 1] : undefined;
      const id = raw?.start === end + 1 ? rawActor(raw) : undefined;
      const state = id ? g.byId.get(id) : undefined;
      return state?.kind === "state" ? state : undefined;
    };
    const owner = stateOwns(i) ?? stateAfter();
    let before = i - 4;
    while (before > i - 8 && capitalised(before - 1)) before--;
    const ownedList =
      (s.tokens[end]?.fold === "and" && !!stateOwns(end + 4)) ||
      (s.tokens[i - 4]?.fold === "and" && before < i - 4 && !!stateOwns(before));
    if (owner && (alone || acts || said || ownedList) && !orgWord && !parts.some((t, k) => taken.has(i + k))) {
      const name = s.text.slice(parts[0]!.start, parts[parts.length - 1]!.end);
      out.push({ start: i, end, name, role: null, country: owner.country ?? null, title: null });
      i = end;
      continue;
    }
    if (
      (((acts || said || met || owns || amongNames) && alone) || listed || named || speaks) &&
      !orgWord &&
      !parts.some((t, k) => taken.has(i + k))
    ) {
      const name = s.text.slice(parts[0]!.start, parts[parts.length - 1]!.end);
      out.push({ start: i, end, name, role: null, country: null, title: null });
    }
    i = end;
  }
  return out;
}

/**
 * Whether a state's or capital's name stands in a news outlet's masthead ("the Times of Israel",
 * "China Daily", "Agence France-Presse", "the Kyiv Independent") or opens a group's name: the
 * outlet or the group, not the state.
 */
function inMastheadOf(s: SentenceView, m: ActorMention, g: Gazetteer): boolean {
  if (g.byId.get(m.actorId)?.kind !== "state") return false;
  const [first, last] = mentionTokens(s.tokens, m);
  const masthead = (t: Token | undefined) => !!t?.word && t.cap && MASTHEAD_WORDS.has(t.fold);
  const before = s.tokens[first - 1];
  const after = s.tokens[last + 1];
  return (
    masthead(after) ||
    masthead(before) ||
    (before?.fold === "of" && masthead(s.tokens[first - 2]) && s.tokens[first - 2]!.fold !== "news") ||
    (!/['’]s$/.test(m.text) && opensGroupName(s, last + 1, g))
  );
}

/** Words that open a state's own forces' name ("Myanmar Armed Forces", "Ukraine Defence Forces"). */
const STATE_FORCES = new Set(["armed", "defence", "defense", "army", "military", "air", "navy", "national guard"]);

/**
 * Whether the capitalised words from token `k` name a group a state's name opens ("the Myanmar
 * National Democratic Alliance Army", "the Sudan People's Liberation Movement", "the Kosovo
 * Liberation Army"): two or more, with a group word after the first, not the state's own forces.
 * (A state's possession is named apart: "Colombia's National Liberation Army".)
 */
function opensGroupName(s: SentenceView, k: number, g: Gazetteer): boolean {
  let end = k;
  while (s.tokens[end]?.word && (s.tokens[end]!.cap || s.tokens[end]!.fold === "s" || s.tokens[end]!.fold === "'"))
    end++;
  const words = s.tokens.slice(k, end).filter((t) => t.word && t.cap);
  return (
    words.length >= 2 &&
    // "Movement-North": past a hyphened suffix too.
    words.slice(1).some((t) => g.organisations.groupWords.has(t.fold)) &&
    !STATE_FORCES.has(words[0]!.fold)
  );
}

/**
 * Whether a body's name ends a longer capitalised name ("the Ta'ang National Liberation Army" is
 * not the National Liberation Army): a capitalised word right before it that is no demonym,
 * known name or sentence opener.
 */
function endsLongerName(s: SentenceView, m: ActorMention, g: Gazetteer, words: ArticleWords): boolean {
  const kind = g.byId.get(m.actorId)?.kind;
  if (!kind || kind === "person" || kind === "state") return false;
  const before = s.text.slice(0, m.index);
  if (!/\S $/.test(before)) return false;
  const word = before.trimEnd().split(/\s+/).pop()!;
  // "Western Sahara's Polisario": a possessor is another name.
  if (!/^\p{Lu}\p{L}*(?:['’]\p{L}+)?$/u.test(word) || /['’]s$/.test(word)) return false;
  const fold = phraseKey(word);
  const [first] = mentionTokens(s.tokens, m);
  // "Senior UN officials said …", "GENEVA (Reuters) – Top UN officials said …": a word that opens
  // the sentence or follows its dateline is capitalised for that alone when it is one that
  // describes agents or the article writes in lower case.
  const opener =
    !s.tokens.slice(0, first - 1).some((t) => t.word) || /[-–—:]\s*$/.test(s.text.slice(0, s.tokens[first - 1]!.start));
  if (opener && (AGENT_MODIFIERS.has(fold) || words.lower.has(fold))) return false;
  return !NOT_NAME_WORDS.has(fold) && !g.demonyms.has(fold) && !g.ambiguous.demonyms.has(fold) && !s.rawAt[first - 1];
}

/**
 * "the Patriotic Movement of Arcadia": a state named after "of" or "for" inside the name of a
 * body the article introduced is part of that name ("Arcadia and the Coastal Front" is not one name).
 */
function insideBodyName(text: string, m: ActorMention, g: Gazetteer, discovered: readonly GazetteerActor[]): boolean {
  if (g.byId.get(m.actorId)?.kind !== "state") return false;
  return discovered.some((a) => {
    if (a.kind === "person" || a.name.length <= m.text.length) return false;
    for (let at = text.indexOf(a.name); at >= 0; at = text.indexOf(a.name, at + 1))
      if (
        at < m.index &&
        m.index + m.text.length <= at + a.name.length &&
        /\s(?:of|for)(?: the)? $/.test(text.slice(at, m.index))
      )
        return true;
    return false;
  });
}

/** A name introduced as new that is in fact a misspelling of a gazetteer person ("president Volodymir Zelinsky"). */
function knownPerson(s: SentenceView, intro: Introduction, g: Gazetteer): string | null {
  const parts = s.tokens.slice(intro.start, intro.end).filter((t) => t.word);
  const last = parts[parts.length - 1];
  const id = last ? misspeltSurname(last.fold, g.fuzzy) : null;
  if (!id) return null;
  // ("Sayyid Abbas Aragchi": an honorific may come before the given name)
  return parts.length === 1 || parts.slice(0, -1).some((p) => isGivenName(p.fold, id, g.fuzzy)) ? id : null;
}

/**
 * What says that the name after it is one a person goes by: "…, better known as Hemedti". Sticky,
 * so that it is tried where a name ends without copying the rest of the sentence.
 */
const KNOWN_AS =
  /,?\s*(?:(?:better|also|popularly|widely|commonly)\s+)?known\s+as\s+|,?\s*(?:alias|nicknamed|aka)\s+|,\s*who\s+(?:uses|goes\s+by)\s+the\s+(?:nom\s+de\s+guerre|nickname)\s+|,\s*whose\s+nom\s+de\s+guerre\s+is\s+/iy;

/**
 * The names a full name ending at `end` says its person goes by ("Abel Muto, better known as
 * Commander Tigre", "…, who goes by the nom de guerre Tigre"): the capitalised run after the words,
 * and that run without a title opening it ("Tigre"); none when no such words follow.
 */
function knownAs(s: SentenceView, end: number, g: Gazetteer): string[] {
  const from = s.tokens[end]?.start;
  if (from === undefined) return [];
  KNOWN_AS.lastIndex = from;
  if (!KNOWN_AS.test(s.text)) return [];
  const at = KNOWN_AS.lastIndex;
  let k = s.tokens.findIndex((t) => t.start >= at);
  if (k < 0) return [];
  if (/^["“'‘]$/.test(s.tokens[k]!.text)) k++;
  const run: Token[] = [];
  while (run.length < 4 && s.tokens[k + run.length]?.word && s.tokens[k + run.length]!.cap)
    run.push(s.tokens[k + run.length]!);
  if (!run.length) return [];
  const name = (ts: readonly Token[]) => s.text.slice(ts[0]!.start, ts[ts.length - 1]!.end);
  const untitled = run.length > 1 && g.roles.headWords.has(run[0]!.fold) ? [name(run.slice(1))] : [];
  return [name(run), ...untitled];
}

/**
 * A name the person goes by, right after their name, which the article may call them by: a name
 * they are said to be known as (knownAs), or a nickname in quotation marks ('General Abel Muto
 * "Tigre"', 'Ana Sorel "La Roja"'), one or two capitalised words.
 */
function nicknameAfter(s: SentenceView, end: number, g: Gazetteer): string[] {
  const known = knownAs(s, end, g);
  if (known.length) return known;
  const quote = /^["“”]$/;
  if (!quote.test(s.tokens[end]?.text ?? "")) return [];
  const words = [end + 1, end + 2].findIndex((k) => quote.test(s.tokens[k]?.text ?? ""));
  const inner = s.tokens.slice(end + 1, end + 1 + words);
  return words > 0 && inner.every((t) => t.word && t.cap) ? [inner.map((t) => t.text).join(" ")] : [];
}

function mentionOf(s: SentenceView, from: number, to: number, actorId: string, via: ActorMention["via"]): ActorMention {
  const index = s.tokens[from]!.start;
  return { actorId, text: s.text.slice(index, s.tokens[to - 1]!.end), index, via };
}

/** Consecutive sentences of one paragraph, as [first, end) index ranges. */
function paragraphs(sentences: readonly ArticleSentence[]): [number, number][] {
  const out: [number, number][] = [];
  sentences.forEach((s, i) => {
    const last = out[out.length - 1];
    if (last && sentences[last[0]]!.paragraph === s.paragraph) last[1] = i + 1;
    else out.push([i, i + 1]);
  });
  return out;
}

/** "the Biden administration", "Erdogan's government": a leader's name before these is the state's. */
const GOVERNED = /^(?:['’]s)?\s+(?:administration|government|regime|cabinet)\b/i;

/** The states whose governments a sentence names by their leaders, as mentions beside the leaders'. */
function governments(
  text: string,
  mentions: readonly ActorMention[],
  actors: ActorLookup,
  g: Gazetteer,
): ActorMention[] {
  return mentions.flatMap((m) => {
    const state = GOVERNED.test(text.slice(m.index + m.text.length))
      ? stateOfPerson(g, actors.get(m.actorId))
      : undefined;
    return state && !mentions.some((o) => o.actorId === state) ? [{ ...m, actorId: state, via: "title" as const }] : [];
  });
}

/**
 * Every actor an article names, sentence by sentence: the gazetteer's (with the dataset's
 * states), ambiguous state names the article settles, people it introduces by title or
 * apposition, organisations it treats as agents, near-miss spellings of known names, surnames
 * and role nouns ("the secretary") resolved across the article, and pronouns within a paragraph.
 */
export function findArticleActors(
  sentences: readonly ArticleSentence[],
  g: Gazetteer,
  published: string | null,
): ArticleActors {
  const views = sentences.map((s) => viewOf(s, g));
  const analysed = sentences.map((s) => analyseSentence(s.text, g, published));
  const base = analysed.map((a) => a.mentions);
  const words = articleWords(views, g);
  const demonym: DemonymState = (fold) => g.demonyms.get(fold) ?? supportedState(g.ambiguous.demonyms.get(fold), words);

  const mentioned = [...new Set(base.flat().map((m) => m.actorId))]
    .map((id) => g.byId.get(id))
    .filter((a): a is GazetteerActor => !!a);
  const named = mentioned.filter((a) => a.kind === "person");
  const bodies = mentioned.filter((a) => a.kind !== "person" && a.kind !== "state");
  const found = new DiscoveredActors(g, named, bodies);
  const introduced: ActorMention[][] = views.map(() => []);
  const taken: Set<number>[] = views.map(() => new Set());
  const titles: [number, number][][] = views.map(() => []);
  views.forEach((s, n) => {
    const intros = introducePeople(s, g, words, demonym);
    for (const intro of [...intros, ...untitledPeople(s, g, words, taken[n]!)]) {
      if ([...Array(intro.end - intro.start).keys()].some((k) => taken[n]!.has(intro.start + k))) continue;
      for (let k = intro.start; k < intro.end; k++) taken[n]!.add(k);
      if (intro.title) titles[n]!.push(intro.title);
      const one = intro.name.includes(" ") ? null : phraseKey(intro.name);
      const known = one && found.introducedAs(one) ? null : knownPerson(s, intro, g);
      if (known) {
        introduced[n]!.push(mentionOf(s, intro.start, intro.end, known, "fuzzy"));
        continue;
      }
      const parts = intro.name.split(/\s+/);
      const actor = found.add(
        {
          name: intro.name,
          kind: "person",
          country: intro.country,
          role: intro.role ?? UNKNOWN_ROLE,
          // A later word of the name may be what the article calls them ("Deng" for Amos
          // Deng Malual); the last one most often.
          aliases: [
            ...nicknameAfter(s, intro.end, g),
            ...parts
              .slice(1)
              .reverse()
              .filter((p) => /^\p{Lu}/u.test(p) && !GENERATIONS.has(phraseKey(p))),
          ],
          ...(intro.gender ? { gender: intro.gender } : {}),
        },
        [phraseKey(intro.name)],
      );
      introduced[n]!.push(mentionOf(s, intro.start, intro.end, actor.id, "introduced"));
    }
  });
  // "Dahar, who goes by the nom de guerre Volcano, …": a person the article introduced, named
  // again by surname, may be said to go by another name there.
  views.forEach((s) =>
    s.tokens.forEach((t, k) => {
      const names = t.word && t.cap ? knownAs(s, k + 1, g) : [];
      const people = names.length
        ? found.actors.filter((a) => a.kind === "person" && surnameOf(t.fold, a, g.roles))
        : [];
      if (people.length === 1) for (const n of names) if (!people[0]!.aliases.includes(n)) people[0]!.aliases.push(n);
    }),
  );
  const personWords = new Set(
    found.actors
      .filter((a) => a.kind === "person")
      // (and the names they go by, but for a title opening one: "Commander Tigre")
      .flatMap((a) => [a.name, ...a.aliases].flatMap((n) => phraseKey(n).split(" ")))
      .filter((w) => !g.roles.headWords.has(w)),
  );
  for (const org of findOrganisations(views, g, words, taken, personWords))
    found.add(
      {
        name: org.name,
        kind: org.kind,
        country: null,
        role: org.role,
        aliases: org.aliases,
        ...(org.gender ? { gender: org.gender } : {}),
      },
      org.keys,
    );

  const discovered = found.actors;
  const byId = new Map(discovered.map((a) => [a.id, a]));
  const actors: ActorLookup = { get: (id) => byId.get(id) ?? g.byId.get(id) };
  const matcher = new NameMatcher(g, words, discovered, named);

  const merged = views.map((s, n) => {
    const intros = introduced[n]!;
    // A gazetteer word inside an introduced name ("Therese Kayikwamba Wagner") and a gazetteer
    // title next to one ("US Special Envoy for Sudan Tom Perriello") are that person's.
    const inTitle = (m: ActorMention) =>
      m.via === "title" && titles[n]!.some(([a, b]) => b > a && overlaps(m, s.tokens[a]!.start, s.tokens[b - 1]!.end));
    const own = [
      ...base[n]!.filter(
        (m) =>
          !intros.some((i) => overlaps(m, i.index, i.index + i.text.length)) &&
          !inTitle(m) &&
          !inMastheadOf(s, m, g) &&
          !endsLongerName(s, m, g, words) &&
          !insideBodyName(s.text, m, g, discovered),
      ),
      ...ambiguousStateMentions(s, g, words),
      ...intros,
    ];
    const covered = coveredTokens(s, own);
    const all = [...own, ...matcher.find(s, covered)];
    return [...all, ...governments(sentences[n]!.text, all, actors, g)].sort((a, b) => a.index - b.index);
  });

  const withRoles = resolveRoleNouns(views, merged, actors, g, demonym);

  const byParagraph: ActorMention[][] = [];
  // every mention of the paragraphs done, for a description no nearer body fits
  const before: ActorMention[] = [];
  const quoting = opensInsideQuotation(sentences);
  for (const [from, to] of paragraphs(sentences)) {
    const texts = sentences.slice(from, to).map((s) => s.text);
    const found = withRoles.slice(from, to);
    // A paragraph often opens with "he" meaning the person the previous one ended on: the
    // resolver gets that sentence as context, and up to two before it when it names no two
    // people (a one-sentence quotation standing as a paragraph; a sentence on states, or on one
    // other person, between "Kagame met Tshisekedi" and "the two leaders"). A pronoun still
    // reaches back only over sentences that name nobody.
    let context = from - 1;
    const persons = (k: number) =>
      new Set(byParagraph[k]!.filter((m) => actors.get(m.actorId)?.kind === "person").map((m) => m.actorId)).size;
    while (context > 0 && context > from - 3 && persons(context) < 2) context--;
    const resolved =
      from > 0
        ? resolveReferences(
            [...sentences.slice(context, from).map((s) => s.text), ...texts],
            [...byParagraph.slice(context, from), ...found],
            g,
            published,
            actors,
            from - context,
            quoting[context],
            before,
          ).slice(from - context)
        : resolveReferences(texts, found, g, published, actors);
    byParagraph.push(...resolved);
    for (const ms of resolved) before.push(...ms);
  }
  const fighters = placeFightersAsGroups(resolveStoryPairs(views, byParagraph, g, actors), discovered, actors);
  const mentions = fighters.mentions;

  const unresolved = new Map<string, string[]>();
  sentences.forEach((s, n) => {
    for (const span of findUnknownNameSpans(s.text, g)) {
      if (mentions[n]!.some((m) => overlaps(m, span.start, span.end))) continue;
      unresolved.set(span.text, [...(unresolved.get(span.text) ?? []), s.text]);
    }
  });

  // (most articles tell no truce or talks news that names at most one side)
  let sides: readonly string[] | null | undefined;
  return {
    mentions,
    places: analysed.map((a) => a.places),
    discovered: discovered.filter((a) => !fighters.replaced.has(a.id)),
    lookup: actors,
    sides: () => (sides === undefined ? (sides = storySides(views, mentions, g, actors)) : sides),
    unresolved: [...unresolved.entries()].map(([name, list]) => ({ name, sentences: [...new Set(list)] })),
  };
}
