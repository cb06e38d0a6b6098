import type { Gazetteer } from "./gazetteer";
import { GENERATIONS, NON_PERSON_WORDS, PLACE_PREPOSITIONS } from "./lexicon";
import { phraseKey } from "./text";
import { genderOf, headEnd, pluralHeadEnd } from "./roles";
import { isNameWord, isTitle, nameRunEnd, rawActor, type ArticleWords, type SentenceView } from "./sentenceView";

/**
 * People the gazetteer does not know, introduced the way news introduces people: with a title
 * before the name ("Hamas official Basem Naim", "Thailand's acting prime minister, Phumtham
 * Wechayachai", "Foreign Minister Lina Okafor of Ghana"), a title in apposition after
 * it ("Ravi Menon, head of the visiting delegation"), or an honorific ("Mr Hebestreit"). The title
 * words come from content/roles.json; the gazetteer is not consulted about the person.
 */
export interface Introduction {
  /** token range of the name */
  start: number;
  end: number;
  name: string;
  /** the title as written, without the state it belongs to ("acting prime minister") */
  role: string | null;
  /** ISO 3166-1 alpha-3 of the state the title names, if any */
  country: string | null;
  gender?: "male" | "female";
  /** token range of the title, where a gazetteer title read there is this person, not its holder */
  title: [number, number] | null;
}

/** The state id of a demonym, settled for this article (ambiguous ones only when named). */
export type DemonymState = (fold: string) => string | null;

// Words that end a title when walking out from its head: determiners, prepositions, conjunctions.
const BREAKS = new Set(
  `the a an and but or of for to in on at by with from as after before during since until while when where if
  his her their its our my your this that these those who which said says told`.split(/\s+/),
);
const CONNECTORS = new Set(["of", "for", "to", "the", "and", "on"]);

interface Title {
  start: number;
  /** where the role text starts: after the state or demonym it belongs to */
  roleStart: number;
  country: string | null;
}

function countryOf(g: Gazetteer, id: string | null): string | null {
  return (id && g.byId.get(id)?.country) || null;
}

/** The one country every holder of a gazetteer title acts for ("Angola's president"), or null. */
function titleCountry(g: Gazetteer, raw: SentenceView["raws"][number]): string | null {
  if (!("pattern" in raw.match) || raw.match.pattern.kind !== "title") return null;
  const countries = new Set(raw.match.pattern.holders.map((h) => countryOf(g, h.actorId)));
  const [only] = countries;
  return countries.size === 1 ? (only ?? null) : null;
}

/** Walks left from a title's head over modifiers, capitalised words, states and demonyms. */
function titleStart(s: SentenceView, head: number, g: Gazetteer, demonym: DemonymState): Title {
  let k = head - 1;
  let start = head;
  let roleStart = head;
  let country: string | null = null;
  while (k >= 0) {
    const t = s.tokens[k]!;
    const raw = s.rawAt[k];
    // (a known title is read word by word, as any title is: "the Indian Foreign Secretary")
    if (raw && !isTitle(raw)) {
      const id = rawActor(raw);
      const actor = id ? g.byId.get(id) : undefined;
      if (actor?.kind === "state") {
        country ??= actor.country;
        start = raw.start;
      } else if (actor?.kind === "person" && raw.end > raw.coreEnd) {
        // "Biden's Mideast adviser": the possessor's country, not part of the title.
        country ??= actor.country;
        break;
      } else if (actor && raw.end === raw.coreEnd) {
        start = roleStart = raw.start;
      } else break;
      k = raw.start - 1;
      continue;
    }
    // "Angola's President" before a name in 1991: a gazetteer title that opens on a
    // state's possessive, held by no one known at the time, still names the state its holders act for.
    if (raw && isTitle(raw) && k > raw.start + 1 && possessiveAt(s, k - 1)) {
      country ??= titleCountry(g, raw);
      start = raw.start;
      k = raw.start - 1;
      continue;
    }
    if (!t.word || BREAKS.has(t.fold)) break;
    const state = t.cap ? demonym(t.fold) : null;
    if (state) {
      country ??= countryOf(g, state);
      start = k;
    } else if (t.cap || g.roles.modifiers.has(t.fold) || g.roles.headWords.has(t.fold)) {
      start = roleStart = k;
    } else break;
    k--;
  }
  return { start, roleStart, country };
}

interface Complement {
  end: number;
  /** a state named after "of" ("president of the Swiss Confederation", "head of the Indian delegation") */
  country: string | null;
}

/**
 * After a head: "of the Office of the President", "for Sudan", "of the Indian delegation".
 * Stops at the first word that can start a name, at punctuation, or after `lowerAfterOf`
 * lower-case words when `lowerAfterOf` allows them ("delegation").
 */
function complement(
  s: SentenceView,
  from: number,
  g: Gazetteer,
  words: ArticleWords,
  demonym: DemonymState,
  lowerAfterOf: boolean,
): Complement {
  let j = from;
  let country: string | null = null;
  let of = false;
  // After "of" or "for" a body may be described in lower case ("Spokesman for the Taliban
  // political office Suhail Shaheen"); only "of" makes a state the title's own.
  let body = false;
  while (j < s.tokens.length) {
    const t = s.tokens[j]!;
    const raw = s.rawAt[j];
    if (raw) {
      const actor = g.byId.get(rawActor(raw) ?? "");
      // A known person after the title is the title's holder, not part of it.
      if (actor?.kind === "person") break;
      if (of && actor?.kind === "state") country ??= actor.country;
      j = raw.end;
      continue;
    }
    // "Chairperson of the African Union (AU) Commission, …": an acronym in brackets inside the
    // title, and the body's last word before the comma.
    if (t.fold === "(" && s.tokens[j + 1]?.upper && s.tokens[j + 2]?.fold === ")") {
      j += 3;
      if (s.tokens[j]?.word && s.tokens[j]!.cap && s.tokens[j + 1]?.fold === ",") j++;
      continue;
    }
    if (!t.word) break;
    // "Head of the UN Mission in Chad Jane Doe": the place a named body of the title is in, one
    // word or a name the gazetteer knows.
    if (t.fold === "in" && of && s.tokens[j - 1]?.cap && s.tokens[j + 1]?.cap) {
      const place = s.rawAt[j + 1];
      j = place && place.start === j + 1 ? place.end : j + 2;
      continue;
    }
    if (CONNECTORS.has(t.fold)) {
      if (t.fold === "of") of = true;
      else if (t.fold !== "the") of = false;
      if (t.fold === "of" || t.fold === "for") body = true;
      else if (t.fold !== "the") body = false;
      j++;
      continue;
    }
    // ("Head of the UN Monitoring Mission Jane Doe": a word of an institution's name, up to the
    // institution's noun, is no one's name)
    if (isNameWord(s, j, g, words) && !(of && institutionWord(s, j))) break;
    const state = t.cap ? demonym(t.fold) : null;
    if (state && of) country ??= countryOf(g, state);
    if (t.cap || state || (lowerAfterOf && body && !BREAKS.has(t.fold)) || g.roles.headWords.has(t.fold)) {
      j++;
      continue;
    }
    break;
  }
  // A trailing connector belongs to what follows ("head of" + name is no title).
  while (j > from && CONNECTORS.has(s.tokens[j - 1]!.fold)) j--;
  return { end: j, country };
}

/** Whether the capitalised run from `j` goes on to an institution's noun ("Monitoring Mission", "Joint Committee"). */
function institutionWord(s: SentenceView, j: number): boolean {
  for (let k = j; s.tokens[k]?.word && s.tokens[k]!.cap; k++) if (NON_PERSON_WORDS.has(s.tokens[k]!.fold)) return true;
  return false;
}

/** Extends a name over a one-word gazetteer name glued to its end ("Therese Kayikwamba Wagner"). */
function absorbGlued(s: SentenceView, end: number, g: Gazetteer): number {
  const raw = s.rawAt[end];
  const next = s.tokens[end + 1];
  if (!raw || raw.start !== end || raw.end !== end + 1 || !s.tokens[end]!.cap) return end;
  if (next?.word && next.cap) return end;
  const actor = g.byId.get(rawActor(raw) ?? "");
  return actor && actor.kind !== "person" ? end + 1 : end;
}

/** "Defence Minister Israel Katz": a one-word state name opening a name after a title is a given name. */
function nameStart(s: SentenceView, j: number, g: Gazetteer, words: ArticleWords): number {
  const raw = s.rawAt[j];
  if (!raw || raw.start !== j || raw.end !== j + 1 || !s.tokens[j]!.cap) return -1;
  const actor = g.byId.get(rawActor(raw) ?? "");
  return actor?.kind === "state" && isNameWord(s, j + 1, g, words) ? j : -1;
}

const slice = (s: SentenceView, from: number, to: number) => s.text.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end);

const folds = (s: SentenceView, from: number, to: number) => s.tokens.slice(from, to).map((t) => t.fold);

/**
 * "special envoy on the conflict Zalmay Khalilzad", "adviser for Arctic affairs, Tomas Eklund":
 * one past a short phrase of what a title is about, in lower case, when a full name follows it;
 * else `j`.
 */
function topicPhraseEnd(s: SentenceView, j: number, g: Gazetteer, words: ArticleWords): number {
  let k = j;
  // The phrase may have begun inside the title ("for African" before "affairs").
  const opened = [j - 1, j - 2].some((i) => /^(?:on|for)$/.test(s.tokens[i]?.fold ?? ""));
  if (/^(?:on|for)$/.test(s.tokens[k]?.fold ?? "")) k++;
  else if (!opened) return j;
  if (s.tokens[k]?.fold === "the") k++;
  const from = k;
  while (k < from + 2 && s.tokens[k]?.word && !BREAKS.has(s.tokens[k]!.fold) && !isNameWord(s, k, g, words)) k++;
  if (k === from || !s.tokens.slice(opened ? j : from, k).some((t) => !t.cap)) return j;
  const start = s.tokens[k]?.fold === "," ? k + 1 : k;
  const names = s.tokens.slice(start, nameRunEnd(s, start, g, words)).filter((t) => t.cap).length;
  return names >= 2 ? k : j;
}

/** A title before the name: "[Thailand's] acting prime minister[,] Phumtham Wechayachai [of Rwanda]". */
function titledBefore(
  s: SentenceView,
  head: number,
  g: Gazetteer,
  words: ArticleWords,
  demonym: DemonymState,
): Introduction | null {
  const he = headEnd(s.tokens, head, g.roles);
  let c = complement(s, he, g, words, demonym, true);
  let j = c.end;
  // "for Eurasian Affairs Li Hui": a capitalised run followed by more capitals is still title.
  for (let guard = 0; guard < 4; guard++) {
    const e = nameRunEnd(s, j, g, words);
    // "counterpart Therese Kayikwamba Wagner": a name ending on a one-word gazetteer name is a name.
    if (e === j || !s.tokens[e]?.cap || !s.tokens[e]!.word || absorbGlued(s, e, g) > e) break;
    const more = complement(s, e, g, words, demonym, false);
    if (more.end === e) break;
    c = { end: more.end, country: c.country ?? more.country };
    j = more.end;
  }
  // "Minister of Communications and Information Jorge Rodriguez": a capitalised word after the
  // title's "of" or "for" (or an "and" after it) is a portfolio when a name of two words follows it.
  for (let guard = 0; guard < 3; guard++) {
    const joins =
      s.tokens[j]?.fold === "of" ||
      s.tokens[j]?.fold === "for" ||
      s.tokens[j]?.fold === "on" ||
      (s.tokens[j]?.fold === "and" && (folds(s, he, j).includes("of") || folds(s, he, j).includes("for")));
    // "Adviser on the Peace Process Jesus Dureza": past the portfolio's article.
    const the = joins && s.tokens[j + 1]?.fold === "the" ? 1 : 0;
    if (!joins || !s.tokens[j + 1 + the]?.cap || s.rawAt[j + 1 + the]) break;
    j += the;
    // Capitalised words only: "Ban Ki-moon" is a name of two.
    const run = s.tokens.slice(j + 1, nameRunEnd(s, j + 1, g, words)).filter((t) => t.cap).length;
    const more = run === 1 && s.tokens[j + 2]?.fold === "and" && !!s.tokens[j + 3]?.cap;
    // "the Minister of Infrastructure, Oleksandr Kubrakov": a portfolio the comma ends, before a
    // name of two words.
    const runEnd = nameRunEnd(s, j + 1, g, words);
    // (a name set off by a second comma, and not after "according to the …": "In a
    // letter to the Minister of Health, Ana Ruiz urged …" names the writer, not the minister)
    const afterPreposition = s.tokens[head - 3]?.fold === "according";
    const named = (k: number) => {
      const e = nameRunEnd(s, k, g, words);
      return !afterPreposition && s.tokens.slice(k, e).filter((t) => t.cap).length >= 2 && s.tokens[e]?.fold === ",";
    };
    if (run >= 1 && run <= 2 && s.tokens[runEnd]?.fold === "," && named(runEnd + 1)) {
      j = complement(s, runEnd, g, words, demonym, false).end;
      c = { ...c, end: j };
      continue;
    }
    // ("the Minister of Infrastructure of Ukraine, Oleksandr Kubrakov": a portfolio, then its state)
    const after = run <= 2 && s.tokens[runEnd]?.fold === "of" ? complement(s, runEnd, g, words, demonym, false) : null;
    if (after && after.end > runEnd && s.tokens[after.end]?.fold === "," && named(after.end + 1)) {
      j = after.end;
      c = { end: j, country: c.country ?? after.country };
      continue;
    }
    if (run < 3 && !more) break;
    // "for Physical Planning Chiranjivi Wagle": four capitalised words are a portfolio of two
    // and a name of two.
    j = complement(s, j + (run === 4 ? 3 : 2), g, words, demonym, false).end;
    c = { ...c, end: j };
  }
  const topic = topicPhraseEnd(s, j, g, words);
  if (topic > j) c = { ...c, end: (j = topic) };
  const comma = s.tokens[j]?.fold === ",";
  if (comma) j++;
  const start = j;
  const first = nameStart(s, j, g, words) >= 0 ? j + 1 : j;
  let end = nameRunEnd(s, first, g, words);
  if (end === first) return null;
  if (s.tokens[end]?.word && s.tokens[end]!.cap && !s.rawAt[end]) return null;
  // "Turkish President Recep Erdogan": given names before a person the gazetteer knows are theirs.
  if (g.byId.get(rawActor(s.rawAt[end]) ?? "")?.kind === "person") return null;
  // "on its official Twitter account": an outlet or platform is nobody.
  if (g.organisations.outlets.has(phraseKey(slice(s, start, end)))) return null;
  // "Chief of Naval Staff Operations (CNSO)": a spelt-out name before its acronym
  // ("Prime Minister Anna Lind (Centre)" names a party after a person).
  if (s.tokens[end]?.fold === "(" && s.tokens[end + 1]?.upper) return null;
  end = absorbGlued(s, end, g);
  const title = titleStart(s, head, g, demonym);
  const titleWords = c.end - title.roleStart;
  // "Deputy Chief of Defence Forces", "of the National Security Council": a body ends the title.
  if (namesNoPerson(s, start, end)) return null;
  const nameWords = s.tokens.slice(start, end).filter((t) => t.word && t.text.length > 1).length;
  // "General Motors": one capitalised title word and one name word is too little to go on,
  // unless the title is a form of address ("President Obama") and no known name follows the
  // word ("President Volodymir Zelensky" is Zelensky, his given name misspelt).
  const addressed = he === head + 1 && g.roles.addressTitles.has(s.tokens[head]!.fold) && !s.rawAt[end];
  if (nameWords < 2 && titleWords < 2 && s.tokens[head]!.cap && !addressed) return null;
  let country = title.country ?? c.country;
  if (!country && s.tokens[end]?.fold === "of") {
    const actor = g.byId.get(rawActor(s.rawAt[end + 1]) ?? "");
    if (actor?.kind === "state") country = actor.country;
  }
  return {
    start,
    end,
    name: slice(s, start, end),
    role: slice(s, title.roleStart, c.end),
    country,
    gender: genderOf(folds(s, title.roleStart, c.end), g.roles),
    title: [title.start, comma ? j - 1 : c.end],
  };
}

/** Whether a name holds a word of a place, a body or a document ("Convention Centre", "Defence Forces"). */
function namesNoPerson(s: SentenceView, start: number, end: number): boolean {
  return s.tokens.slice(start, end).some((t) => NON_PERSON_WORDS.has(t.fold));
}

/** Parts of a side that go by their leader's name ("the faction of …", "forces loyal to …"). */
const FOLLOWINGS = new Set(["faction", "wing"]);

/**
 * "the rival faction of Ana Ruiz Vela", "fighters loyal to Ana Ruiz Vela": a full name that a part
 * of a side goes by, or that fighters are loyal to, is the person who leads them.
 */
function leaderOf(s: SentenceView, start: number, end: number): Introduction | null {
  const before = s.tokens[start - 1]?.fold;
  const part = before === "of" && FOLLOWINGS.has(s.tokens[start - 2]?.fold ?? "");
  const loyal = before === "to" && s.tokens[start - 2]?.fold === "loyal";
  if (!part && !loyal) return null;
  return {
    start,
    end,
    name: slice(s, start, end),
    role: part ? `leader of a ${s.tokens[start - 2]!.fold}` : "leader",
    country: null,
    title: null,
  };
}

/** Verbs that give someone an office, in the forms that stand before the name they give it to. */
/** Verbs of heading a body, in a clause of "who" after a name. */
const LEADING = new Set(["led", "leads", "heads", "headed", "chairs", "chaired"]);
/** Bodies a person leads for a side: a delegation, a team, a panel. */
const LED = new Set(["delegation", "team", "panel", "mission", "negotiators", "committee", "commission"]);

const GIVING_OFFICE = new Set(
  "elected elects elect electing chose chosen chooses choose choosing appointed appoints appoint appointing named names naming nominated nominates nominate nominating selected selects select selecting picked picks picking designated designates designating installed installs installing confirmed confirms confirming".split(
    " ",
  ),
);

/** A title after the name: "Ravi Menon, head of the visiting delegation, …", "elected Jan Kowal as president". */
function titledAfter(
  s: SentenceView,
  start: number,
  end: number,
  g: Gazetteer,
  words: ArticleWords,
  demonym: DemonymState,
): Introduction | null {
  // ("Tomas Reyes Jr., the chief negotiator": the abbreviation's full stop comes before
  // the comma.)
  const sep = GENERATIONS.has(s.tokens[end - 1]?.fold ?? "") && s.tokens[end]?.text === "." ? end + 1 : end;
  // ("Jan Kowal - a member of the negotiating team - said": dashes, which are no tokens, set the
  // apposition off too.)
  const dashed =
    !!s.tokens[sep] && /^\s+(?:-{1,2}|—|–)\s+$/.test(s.text.slice(s.tokens[sep - 1]!.end, s.tokens[sep]!.start));
  // "The assembly elected Jan Kowal as interim president": an office given to someone, named
  // after "as", is their title.
  // ("choosing Jan Kowal as president and Eva Lind as prime minister": the second is given one too)
  const giver =
    s.tokens[start - 1]?.fold === "and" ? s.tokens.slice(Math.max(0, start - 14), start - 1) : [s.tokens[start - 1]];
  const givenAs = s.tokens[end]?.fold === "as" && giver.some((t) => GIVING_OFFICE.has(t?.fold ?? ""));
  if (s.tokens[sep]?.fold !== "," && !dashed && !givenAs) return null;
  // "at the Lomé Convention Centre, the chief mediator opened …", "on landing in Kisumu, the
  // envoy met …": a place, a body or a document before the comma, or a name after a preposition
  // of place, is nobody the title describes.
  if (namesNoPerson(s, start, end)) return null;
  if (PLACE_PREPOSITIONS.has(s.tokens[start - 1]?.fold ?? "")) return null;
  let j = dashed ? sep : sep + 1;
  // "Jan Kowal, who is the chief negotiator, …": a relative clause of being is an
  // apposition too.
  if (s.tokens[j]?.fold === "who" && /^(?:is|was)$/.test(s.tokens[j + 1]?.fold ?? "")) j += 2;
  // "Jan Kowal, who heads the army delegation, told …": to lead a delegation or a body is to
  // head it.
  if (s.tokens[j]?.fold === "who" && LEADING.has(s.tokens[j + 1]?.fold ?? "")) {
    const from = j + 2;
    let k = from;
    while (k < s.tokens.length && k < from + 6 && s.tokens[k]!.word && !LED.has(s.tokens[k]!.fold)) k++;
    if (!LED.has(s.tokens[k]?.fold ?? "")) return null;
    return {
      start,
      end,
      name: slice(s, start, end),
      role: `head of ${slice(s, from, k + 1)}`,
      country: null,
      title: [from, k + 1],
    };
  }
  // "Bertrand Bisimwa, one of the M23 leaders": one of several holders of a title holds it.
  const oneOf = s.tokens[j]?.fold === "one" && s.tokens[j + 1]?.fold === "of";
  if (oneOf) j += 2;
  const indefinite = oneOf || ["a", "an"].includes(s.tokens[j]?.fold ?? "");
  if (["the", "a", "an"].includes(s.tokens[j]?.fold ?? "")) j++;
  const from = j;
  // "Mahamat Zene Cherif, the interim military government's foreign minister": a body described
  // in lower case before its possessive.
  const owned = from > sep + 1 && possessiveAhead(s, from);
  let opened: (typeof s.rawAt)[number];
  for (let k = j; k < s.tokens.length && k < j + 8; k++) {
    const raw = s.rawAt[k];
    // "Tomas Eklund, Swedish Premier Eva Lind's Senior Advisor for the Arctic": the title of a
    // possessor is not this person's; another person named plainly makes it no apposition. (A
    // known title after "a" is read word by word: "Omar Haddad, a senior Hamas leader" is one of
    // several who bear it; "Truth Social, the US President" names the holder, no apposition.)
    if (raw && raw !== opened && !(isTitle(raw) && indefinite)) {
      const actor = g.byId.get(rawActor(raw) ?? "");
      if (actor?.kind === "person" && raw.end === raw.coreEnd) return null;
      // "Jan Novak, the Polish envoy": a state's demonym read together with the title it opens.
      let inner = raw.start + 1;
      while (actor?.kind === "state" && inner < raw.end && !headEnd(s.tokens, inner, g.roles)) inner++;
      if (actor?.kind === "state" && inner < raw.end) opened = raw;
      k = opened === raw ? inner - 1 : raw.end - 1;
      continue;
    }
    const he = oneOf ? pluralHeadEnd(s.tokens, k, g.roles) : headEnd(s.tokens, k, g.roles);
    if (he > 0) {
      // (an office given "as" runs on only into what it is of or for: "as interim president on
      // Friday" is the president, "as head of the council" the head of it)
      const c =
        givenAs && !/^(?:of|for)$/.test(s.tokens[he]?.fold ?? "")
          ? { end: he, country: null }
          : complement(s, he, g, words, demonym, true);
      const title = titleStart(s, k, g, demonym);
      return {
        start,
        end,
        name: slice(s, start, end),
        role: slice(s, Math.max(title.roleStart, from), c.end),
        country: title.country ?? c.country,
        gender: genderOf(folds(s, from, c.end), g.roles),
        title: [from, c.end],
      };
    }
    const t = s.tokens[k]!;
    // "Zalmay Khalilzad, America's special envoy": a possessive's apostrophe, where the
    // gazetteer reads no name before it.
    if (possessiveAt(s, k) && (s.tokens[k - 1]?.cap || owned)) continue;
    if (!t.word || BREAKS.has(t.fold)) return null;
    // "Kim Yo-jong, the powerful sister of …", "X, an exiled rebel leader": one word of
    // description may open the title, a word or two before its head, or follow the name of a
    // place or body that opens it ("X, the Donbas rebel leader").
    if ((k === from || (k > from && s.tokens[k - 1]!.cap)) && from > sep + 1) {
      const head = [k + 1, k + 2, k + 3].find(
        (m) => headEnd(s.tokens, m, g.roles) > 0 && s.tokens.slice(k, m).every((x) => x.word && !x.cap),
      );
      if (head !== undefined) {
        k = head - 1;
        continue;
      }
    }
    if (!t.cap && !g.roles.modifiers.has(t.fold) && t.fold !== "s" && !owned) return null;
  }
  return null;
}

/** Whether token `k` opens a possessive "'s". */
const possessiveAt = (s: SentenceView, k: number) =>
  /^['’]$/.test(s.tokens[k]?.text ?? "") && s.tokens[k + 1]?.fold === "s";

/** Whether a possessive ("'s") closes the words from token `k` within four words. */
function possessiveAhead(s: SentenceView, k: number): boolean {
  for (let m = k; m < k + 4 && s.tokens[m]?.word; m++) if (possessiveAt(s, m + 1)) return true;
  return false;
}

/** "Mr Hebestreit", "Dr. Ayesha Khan": an honorific makes the name a person. */
function honoured(s: SentenceView, i: number, g: Gazetteer, words: ArticleWords): Introduction | null {
  let j = i + 1;
  if (s.tokens[j]?.fold === ".") j++;
  const end = nameRunEnd(s, j, g, words);
  if (end === j) return null;
  return {
    start: j,
    end,
    name: slice(s, j, end),
    role: null,
    country: null,
    gender: g.roles.genders.get(s.tokens[i]!.fold),
    title: null,
  };
}

/**
 * A title in the plural before names joined by commas and "and" ("Foreign Ministers Ararat
 * Mirzoyan and Jeyhun Bayramov", "officials Amos Hochstein and Brett McGurk"): each name not in
 * the gazetteer is a person with the title in the singular. Empty when no name follows.
 */
function titledPlural(s: SentenceView, head: number, g: Gazetteer, words: ArticleWords, demonym: DemonymState) {
  const out: Introduction[] = [];
  const he = pluralHeadEnd(s.tokens, head, g.roles);
  const title = titleStart(s, head, g, demonym);
  const written = slice(s, title.roleStart, he);
  const role = written.replace(/s$/, "");
  const gender = genderOf(folds(s, title.roleStart, he), g.roles);
  let j = he;
  for (;;) {
    const raw = s.rawAt[j];
    if (raw && g.byId.get(rawActor(raw) ?? "")?.kind === "person") j = raw.end;
    else {
      const end = nameRunEnd(s, j, g, words);
      if (end - j < 2) break;
      out.push({
        start: j,
        end,
        name: slice(s, j, end),
        role,
        country: title.country,
        gender,
        title: [title.start, he],
      });
      j = end;
    }
    const sep = s.tokens[j]?.fold;
    if (sep === ",") j += s.tokens[j + 1]?.fold === "and" ? 2 : 1;
    else if (sep === "and") j++;
    else break;
  }
  return out;
}

/** Every person a sentence introduces by title, apposition or honorific, in text order. */
export function introducePeople(
  s: SentenceView,
  g: Gazetteer,
  words: ArticleWords,
  demonym: DemonymState,
): Introduction[] {
  const out: Introduction[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    const t = s.tokens[i]!;
    let found: Introduction | null = null;
    if (t.word && t.cap && g.roles.honorifics.has(t.fold)) found = honoured(s, i, g, words);
    else if (headEnd(s.tokens, i, g.roles) > 0) found = titledBefore(s, i, g, words, demonym);
    else if (pluralHeadEnd(s.tokens, i, g.roles) > 0) {
      const all = titledPlural(s, i, g, words, demonym);
      if (all.length) {
        out.push(...all);
        i = all.at(-1)!.end;
        continue;
      }
    } else if (isNameWord(s, i, g, words) && !s.headline) {
      const end = nameRunEnd(s, i, g, words);
      const names = s.tokens.slice(i, end).filter((w) => w.text.length > 1).length;
      // "a call by Kirill, the patriarch of the Russian Orthodox Church": one name inside the
      // sentence with "the" and a title in apposition is a person too ("However, the president
      // said" opens a sentence). A word that a joiner ties to a capitalised word before it ends an
      // institution's name ("the Ministry of International Relations and Cooperation, the envoy said").
      const joined = /^(?:and|of|for|&)$/.test(s.tokens[i - 1]?.fold ?? "") && !!s.tokens[i - 2]?.cap;
      const single =
        names === 1 &&
        !joined &&
        s.tokens[end]?.fold === "," &&
        s.tokens[end + 1]?.fold === "the" &&
        s.tokens.slice(0, i).some((w) => w.word);
      if (names >= 2 || single) found = titledAfter(s, i, end, g, words, demonym);
      if (!found && names >= 2) found = leaderOf(s, i, end);
      if (!found) {
        i = Math.max(end, i + 1);
        continue;
      }
    }
    if (found) {
      out.push(found);
      i = Math.max(found.end, i + 1);
    } else i++;
  }
  return out;
}
