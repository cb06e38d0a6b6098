import type { ActorMention } from "../model/mentions";
import { isGivenName, misspeltSurname, nearestName, type FuzzyName } from "./fuzzyNames";
import type { Gazetteer, GazetteerActor } from "./gazetteer";
import { DIRECTIONS, NOT_NAME_WORDS, REPORTING_VERBS } from "./lexicon";
import { possessiveEnd } from "./match";
import type { ArticleWords, SentenceView } from "./sentenceView";
import { surnameOf, surnamesOf } from "./roles";
import { phraseKey, slugOf } from "./text";

/**
 * The actors one article introduces, under stable ids: the slug of the full name ("vikram-misri"),
 * made distinct from every gazetteer id. The same name introduced twice is one actor; a later
 * introduction fills in what the first lacked (role, country, gender).
 */
export class DiscoveredActors {
  private readonly byKey = new Map<string, GazetteerActor>();
  private readonly ids = new Set<string>();

  /**
   * `named`: the gazetteer's people the article names, whom a surname alone may mean too;
   * `bodies`: the gazetteer's organisations and groups it names, whom the last word of a name
   * alone may mean too
   */
  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly named: readonly GazetteerActor[] = [],
    private readonly bodies: readonly GazetteerActor[] = [],
  ) {}

  add(actor: Omit<GazetteerActor, "id" | "titles" | "places" | "demonyms">, keys: readonly string[]): GazetteerActor {
    for (const key of keys) {
      const known = this.byKey.get(key);
      if (known) {
        Object.assign(known, {
          country: known.country ?? actor.country,
          gender: known.gender ?? actor.gender,
          role: known.role === UNKNOWN_ROLE ? actor.role : known.role,
        });
        if (!known.gender) delete known.gender;
        return known;
      }
    }
    // '"…," Bel Tarek said' after "Sidi Omar Bel Tarek": the end of a name the article gave in
    // full is that person's.
    if (actor.kind === "person" && actor.name.includes(" ")) {
      const key = phraseKey(actor.name);
      const same = this.actors.filter((a) => a.kind === "person" && surnameOf(key, a, this.gazetteer.roles));
      if (same.length === 1) return same[0]!;
    }
    // "Mr Netanyahu" after "Prime Minister Benjamin Netanyahu", "Chairman Kim" where the article
    // names Kim Jong Un: the same person by surname.
    if (actor.kind === "person" && !actor.name.includes(" ")) {
      const key = phraseKey(actor.name);
      const same = [...this.actors, ...this.named].filter(
        (a) => a.kind === "person" && surnameOf(key, a, this.gazetteer.roles),
      );
      if (same.length === 1) return same[0]!;
      // ("Dr Varganiy" after "Dr Tomas Varganyi": a surname misspelt is theirs too, and one more
      // spelling they go by)
      const people = this.actors.filter((a) => a.kind === "person");
      const near = !same.length
        ? nearestName(
            key,
            people.flatMap((a) => surnamesOf(a, this.gazetteer.roles).map((word) => ({ word, actorId: a.id }))),
          )
        : null;
      const nearest = near ? people.find((a) => a.id === near) : undefined;
      if (nearest) {
        if (!nearest.aliases.includes(actor.name)) nearest.aliases.push(actor.name);
        for (const k of keys) this.byKey.set(k, nearest);
        return nearest;
      }
    }
    // "the Arakan Army (AA)": a body the gazetteer knows by that name, introduced with an
    // acronym, is the gazetteer's, and its acronym names it too.
    const listed = actor.kind !== "person" ? gazetteerNames(this.gazetteer).get(phraseKey(actor.name)) : undefined;
    if (listed) {
      const full: GazetteerActor = { ...actor, id: listed, titles: [], places: [], demonyms: [] };
      if (!full.gender) delete full.gender;
      for (const key of keys) this.byKey.set(key, full);
      return full;
    }
    // "the Tigers" after "the Tamil Tigers (LTTE)", "the Platform" after "the
    // Renewal Platform": one word that ends the name of exactly one body the article names is that
    // body, shortened as news shortens them.
    if (actor.kind !== "person" && !actor.name.includes(" ")) {
      const key = phraseKey(actor.name);
      const ends = (a: GazetteerActor) =>
        a.kind !== "person" &&
        a.kind !== "state" &&
        [a.name, ...a.aliases].some((n) => {
          const words = phraseKey(n).split(" ");
          return words.length > 1 && words[words.length - 1] === key;
        });
      const owners = [...new Set([...this.actors, ...this.bodies])].filter(ends);
      const owner = owners.length === 1 ? owners[0]! : undefined;
      if (owner && this.actors.includes(owner)) {
        if (!owner.aliases.includes(actor.name)) owner.aliases.push(actor.name);
        for (const k of keys) this.byKey.set(k, owner);
        return owner;
      }
      // (the gazetteer's, with all it knows of the body: its country names the state it fights)
      if (owner) {
        const short: GazetteerActor = { ...owner, aliases: [...owner.aliases, actor.name] };
        for (const k of keys) this.byKey.set(k, short);
        return short;
      }
    }
    let id = slugOf(actor.name) || "actor";
    if (this.gazetteer.byId.has(id) || this.ids.has(id)) {
      let n = 2;
      while (this.gazetteer.byId.has(`${id}-${n}`) || this.ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    this.ids.add(id);
    const full: GazetteerActor = { ...actor, id, titles: [], places: [], demonyms: [] };
    if (!full.gender) delete full.gender;
    for (const key of keys) this.byKey.set(key, full);
    return full;
  }

  /** Whether someone the article introduced goes by this surname (folded): "Mr Petersen" after "Jan Petersen". */
  introducedAs(surname: string): boolean {
    return this.actors.some((a) => a.kind === "person" && surnameOf(surname, a, this.gazetteer.roles));
  }

  get actors(): GazetteerActor[] {
    return [...new Set(this.byKey.values())];
  }
}

const NAMES = new WeakMap<Gazetteer, Map<string, string>>();
/** The gazetteer's bodies by the key of their name: built once per gazetteer. */
function gazetteerNames(g: Gazetteer): Map<string, string> {
  let names = NAMES.get(g);
  if (!names) {
    names = new Map(g.actors.filter((a) => a.kind !== "person").map((a) => [phraseKey(a.name), a.id]));
    NAMES.set(g, names);
  }
  return names;
}

/** The role of a person named with no title ("Maria Lopez called it a success"). */
export const UNKNOWN_ROLE = "not stated in the article";

interface NameEntry {
  words: string[];
  actorId: string;
}

/** Matches the names of discovered actors, their surnames and near misses of known names in a sentence. */
export class NameMatcher {
  private readonly byFirst = new Map<string, NameEntry[]>();
  private readonly surnames = new Map<string, Set<string>>();
  /** the first words of the names of people the article introduced */
  private readonly givenNames = new Map<string, Set<string>>();
  private readonly fuzzy: FuzzyName[] = [];

  constructor(
    private readonly g: Gazetteer,
    private readonly words: ArticleWords,
    actors: readonly GazetteerActor[],
    named: readonly GazetteerActor[] = [],
  ) {
    for (const a of actors) {
      for (const name of [a.name, ...a.aliases]) {
        const words = phraseKey(name).split(" ").filter(Boolean);
        if (!words.length) continue;
        this.byFirst.set(words[0]!, [...(this.byFirst.get(words[0]!) ?? []), { words, actorId: a.id }]);
      }
      if (a.kind !== "person") continue;
      const surnames = surnamesOf(a, g.roles);
      for (const word of surnames) this.surnames.set(word, (this.surnames.get(word) ?? new Set()).add(a.id));
      if (surnames.length) this.fuzzy.push({ word: surnames[0]!, actorId: a.id });
      const given = phraseKey(a.name).split(" ")[0];
      const byGiven = !a.country || g.roles.givenNameAlone.has(a.country);
      if (byGiven && surnames.length && given && !surnames.includes(given))
        this.givenNames.set(given, (this.givenNames.get(given) ?? new Set()).add(a.id));
    }
    for (const a of named)
      for (const word of surnamesOf(a, g.roles))
        this.surnames.set(word, (this.surnames.get(word) ?? new Set()).add(a.id));
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Mentions in `s` of discovered names, bare surnames and misspelt names, skipping `covered` tokens. */
  find(s: SentenceView, covered: (i: number) => boolean): ActorMention[] {
    const out: ActorMention[] = [];
    const { tokens } = s;
    const mention = (start: number, end: number, actorId: string, via: ActorMention["via"]) => {
      const last = possessiveEnd(tokens, end);
      out.push({
        actorId,
        text: s.text.slice(tokens[start]!.start, tokens[last - 1]!.end),
        index: tokens[start]!.start,
        via,
      });
      return last;
    };
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (!t.word || !t.cap || covered(i)) {
        i++;
        continue;
      }
      const full = this.fullName(s, i, covered);
      if (full) {
        i = mention(i, full.end, full.actorId, "introduced");
        continue;
      }
      const bare = this.surnames.get(t.fold);
      const next = tokens[i + 1];
      const glued = !s.headline && next?.word && next.cap;
      if (bare?.size === 1 && !glued && !s.rawAt[i]) {
        i = mention(i, i + 1, [...bare][0]!, "introduced");
        continue;
      }
      // "Tesfaye Bekele, the negotiator, … 'no preconditions,' Tesfaye said": where news names
      // people by their given name (roles.json givenNameAlone), or the article does not say where
      // they are from, that name right before or after a verb of saying is the one person the
      // article introduced by it ("Mr Donald said" is someone else's surname).
      const given = this.givenNames.get(t.fold);
      const speaking = (k: number) => REPORTING_VERBS.has(tokens[k]?.fold ?? "");
      const before = tokens[i - 1]?.fold ?? "";
      const addressed = this.g.roles.honorifics.has(before) || this.g.roles.headWords.has(before);
      if (given?.size === 1 && !bare && !glued && !addressed && !s.rawAt[i] && (speaking(i + 1) || speaking(i - 1))) {
        i = mention(i, i + 1, [...given][0]!, "introduced");
        continue;
      }
      const near = this.nearMiss(s, i, covered);
      if (near) {
        i = mention(near.start, i + 1, near.actorId, "fuzzy");
        continue;
      }
      i++;
    }
    return out;
  }

  private fullName(s: SentenceView, i: number, covered: (i: number) => boolean) {
    for (const e of this.byFirst.get(s.tokens[i]!.fold) ?? []) {
      let k = 0;
      let j = i;
      while (k < e.words.length && s.tokens[j]?.fold === e.words[k] && !covered(j)) {
        j++;
        k++;
      }
      if (k === e.words.length && s.tokens[i]!.cap) return { end: j, actorId: e.actorId };
    }
    return null;
  }

  /**
   * "Zelinsky", "Vladimir Poutin", "Volodymir Zelinsky": a capitalised word that is no ordinary
   * word, place or title, a short edit away from exactly one person's surname. A capitalised word
   * before it must then be that person's given name, spelt nearly right.
   */
  private nearMiss(
    s: SentenceView,
    i: number,
    covered: (i: number) => boolean,
  ): { start: number; actorId: string } | null {
    const t = s.tokens[i]!;
    const { g, words } = this;
    if (s.rawAt[i] || t.upper || !/^\p{L}+$/u.test(t.fold)) return null;
    if (NOT_NAME_WORDS.has(t.fold) || words.lower.has(t.fold) || words.places.has(t.fold)) return null;
    if (g.placeWords.has(t.fold) || g.roles.headWords.has(t.fold) || g.roles.modifiers.has(t.fold)) return null;
    const next = s.tokens[i + 1];
    if (!s.headline && next?.word && next.cap && !covered(i + 1)) return null;
    // ("Jan Petersen … Petersen said": the surname of someone the article introduced is theirs,
    // not a misspelling of a known "Pedersen")
    if (this.fuzzy.some((n) => n.word === t.fold)) return null;
    const actorId = misspeltSurname(t.fold, g.fuzzy) ?? nearestName(t.fold, this.fuzzy);
    if (!actorId) return null;
    const before = s.tokens[i - 1];
    // "Western Sahara", "North Kivu": a word of direction before it makes a place's name.
    if (before?.word && before.cap && DIRECTIONS.has(before.fold)) return null;
    if (before?.word && before.cap && !covered(i - 1) && !NOT_NAME_WORDS.has(before.fold)) {
      if (!g.roles.headWords.has(before.fold) && !g.roles.honorifics.has(before.fold)) {
        return isGivenName(before.fold, actorId, g.fuzzy) ? { start: i - 1, actorId } : null;
      }
    }
    return { start: i, actorId };
  }
}
