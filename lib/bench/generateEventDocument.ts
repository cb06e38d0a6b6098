import {
  ATTRIBUTIONS,
  MODALITIES,
  SIGNAL_TYPES,
  type Actor,
  type ArticleMeta,
  type EventDocument,
  type SignalEvent,
  type SignalType,
} from "../model/schema";
import positionsVocabulary from "../../content/positions.json";
import { MONTHS_LONG } from "../view/dates";

/**
 * A deterministic, schema-valid event document of any size, for developing and benchmarking the
 * dashboard before (and independently of) the extractor's output. The mixes follow what the
 * extractor produces on real news: mostly day-precise dates, a tail of vague ones, a few open
 * "since" spans, several sources per event, and a skewed actor activity (a few actors dominate).
 */
export interface GenerateOptions {
  events: number;
  actors: number;
  seed?: number;
  /** inclusive years the events are spread over */
  fromYear?: number;
  toYear?: number;
}

/** mulberry32: tiny, fast and good enough to make reproducible fixtures. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KNOWN_ACTORS: Omit<Actor, "aliases">[] = [
  { id: "putin", name: "Vladimir Putin", kind: "person", country: "RUS", role: "President of Russia" },
  { id: "zelensky", name: "Volodymyr Zelensky", kind: "person", country: "UKR", role: "President of Ukraine" },
  { id: "russia", name: "Russia", kind: "state", country: "RUS" },
  { id: "ukraine", name: "Ukraine", kind: "state", country: "UKR" },
  { id: "united-states", name: "United States", kind: "state", country: "USA" },
  { id: "trump", name: "Donald Trump", kind: "person", country: "USA", role: "President of the United States" },
  { id: "peskov", name: "Dmitry Peskov", kind: "person", country: "RUS", role: "Kremlin spokesman" },
  { id: "lavrov", name: "Sergei Lavrov", kind: "person", country: "RUS", role: "Foreign Minister of Russia" },
  { id: "yermak", name: "Andriy Yermak", kind: "person", country: "UKR", role: "Head of the Presidential Office" },
  { id: "nato", name: "NATO", kind: "organization", country: null },
  { id: "european-union", name: "European Union", kind: "organization", country: null },
  { id: "turkey", name: "Turkey", kind: "state", country: "TUR" },
  { id: "erdogan", name: "Recep Tayyip Erdoğan", kind: "person", country: "TUR", role: "President of Turkey" },
  { id: "china", name: "China", kind: "state", country: "CHN" },
  { id: "macron", name: "Emmanuel Macron", kind: "person", country: "FRA", role: "President of France" },
  { id: "scholz", name: "Olaf Scholz", kind: "person", country: "DEU", role: "Chancellor of Germany" },
  { id: "united-nations", name: "United Nations", kind: "organization", country: null },
  { id: "wagner-group", name: "Wagner Group", kind: "group", country: "RUS" },
  { id: "kuleba", name: "Dmytro Kuleba", kind: "person", country: "UKR", role: "Foreign Minister of Ukraine" },
  { id: "vatican", name: "Holy See", kind: "state", country: "VAT" },
];
const SURNAMES = ["Abramov", "Bondar", "Carver", "Dorn", "Ekholm", "Falk", "Garin", "Hale", "Ilves", "Jansen"];
const GIVEN = ["Anna", "Boris", "Clara", "Denys", "Elena", "Fyodor", "Greta", "Hanna", "Ivan", "Jonas"];
const PUBLISHERS = [
  "Reuters",
  "Associated Press",
  "The New York Times",
  "Espreso TV",
  "Obozrevatel",
  "Kyiv Independent",
  "Meduza",
  "TASS",
  "Le Monde",
  "Der Spiegel",
  "Financial Times",
  "Al Jazeera",
  "BBC News",
  "Liberty Gazette",
];
/**
 * Claimed positions over every topic of the vocabulary the dashboard reads, with its normalised
 * stance ids, so that the /positions matrix is as wide as on real data (15 topics). A few are bare
 * clauses without a stance id, as the extractor's fallback writes them.
 */
const TOPICS: { id: string; stances: { id: string; label: string }[]; clause: string }[] =
  positionsVocabulary.topics.map((t) => ({
    id: t.id,
    stances: t.stances.map((s) => ({ id: s.id, label: s.label })),
    clause: `no settlement on ${t.label.toLowerCase()} without its own conditions`,
  }));
/** share of generated positions read as a bare clause (no stanceId) */
const CLAUSE_SHARE = 0.06;
const VERBS: Record<SignalType, string[]> = {
  "negotiation-readiness": ["says it is ready to negotiate with", "signals openness to talks with"],
  "ceasefire-signal": ["signals readiness for a ceasefire with", "proposes a freeze of the front with"],
  condition: ["sets preconditions for any deal with", "names a red line for talks with"],
  rejection: ["rejects the peace plan put forward by", "dismisses talks with"],
  "legitimacy-dispute": ["disputes the legitimacy of", "questions the authority to sign of"],
  proposal: ["puts forward a framework for peace to", "proposes a roadmap to"],
  talks: ["holds talks with", "meets a delegation of", "has a phone call with"],
  threat: ["threatens continued strikes against", "warns of escalation against"],
  sanction: ["announces new sanctions against", "threatens sanctions on"],
  assessment: ["assesses the prospects of talks with", "reads the intentions of"],
  "military-claim": ["claims battlefield gains against", "reports heavy losses inflicted on"],
  context: ["announces a reshuffle affecting", "prepares elections watched by"],
};
const CODES: Record<SignalType, { cameo: string | null; plover: string | null }> = {
  "negotiation-readiness": { cameo: "036", plover: "AGREE" },
  "ceasefire-signal": { cameo: "0871", plover: "CONCEDE" },
  condition: { cameo: "1041", plover: "REQUEST" },
  rejection: { cameo: "125", plover: "REJECT" },
  "legitimacy-dispute": { cameo: "111", plover: "ACCUSE" },
  proposal: { cameo: "027", plover: "REQUEST" },
  talks: { cameo: "040", plover: "CONSULT" },
  threat: { cameo: "138", plover: "THREATEN" },
  sanction: { cameo: "163", plover: "SANCTION" },
  assessment: { cameo: "012", plover: null },
  "military-claim": { cameo: "010", plover: null },
  context: { cameo: null, plover: null },
};
const SEASONS = [
  { name: "spring", start: 2, months: 3 },
  { name: "summer", start: 5, months: 3 },
  { name: "autumn", start: 8, months: 3 },
  { name: "winter", start: 11, months: 3 },
] as const;

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);
const lastDayOf = (y: number, m: number) => new Date(utc(y, m + 1, 0)).getUTCDate();

export function generateEventDocument(options: GenerateOptions): EventDocument {
  const { events: eventCount, actors: actorCount, seed = 1, fromYear = 2014, toYear = 2026 } = options;
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let r = random() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1]![0];
  };

  const actors: Actor[] = [];
  for (let i = 0; i < actorCount; i++) {
    const known = KNOWN_ACTORS[i];
    if (known) {
      actors.push({ ...known, aliases: [known.name.split(" ").at(-1)!] });
    } else {
      const name = `${GIVEN[i % GIVEN.length]} ${SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length]}`;
      const n = Math.floor(i / (GIVEN.length * SURNAMES.length));
      actors.push({
        id: `${name.toLowerCase().replace(/ /g, "-")}${n ? `-${n + 1}` : ""}`,
        name: n ? `${name} (${n + 1})` : name,
        kind: "person",
        country: null,
        role: "Envoy",
        aliases: [],
      });
    }
  }
  // Zipf-like activity: the first actors appear far more often, as heads of state do in the news.
  const actorWeights = actors.map((a, i) => [a.id, 1 / (i + 1) ** 0.9] as const);

  const start = utc(fromYear, 0, 1);
  const span = utc(toYear, 11, 31) - start;
  const articleCount = Math.max(1, Math.round(eventCount / 3));
  const articles: ArticleMeta[] = [];
  for (let i = 0; i < articleCount; i++) {
    const publisher = pick(PUBLISHERS);
    // Coverage grows towards the present, as it did after 2022.
    const published = iso(start + Math.floor(Math.sqrt(random()) * span));
    const slug = `${published}-${publisher.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${i.toString(36)}`;
    articles.push({
      id: slug,
      title: `Report ${i + 1} from ${publisher}`,
      publisher,
      url: `https://news.example.org/${slug}`,
      published,
      language: "en",
      warnings: [],
    });
  }

  const events: SignalEvent[] = [];
  const usedIds = new Set<string>();
  for (let i = 0; i < eventCount; i++) {
    const primary = articles[int(articles.length)]!;
    const published = Date.parse(primary.published!);
    const type = i < SIGNAL_TYPES.length ? SIGNAL_TYPES[i]! : pick(SIGNAL_TYPES);
    const modality =
      i < MODALITIES.length
        ? MODALITIES[i]!
        : weighted([
            ["asserted", 70],
            ["scheduled", 10],
            ["predicted", 8],
            ["hypothetical", 6],
            ["denied", 6],
          ] as const);
    const date = makeDate(i, published, modality === "scheduled" || modality === "predicted");

    const actorIds = new Set<string>([weighted(actorWeights)]);
    const extra = weighted([
      [0, 45],
      [1, 40],
      [2, 15],
    ] as const);
    while (actorIds.size < 1 + extra && actorIds.size < actors.length) actorIds.add(weighted(actorWeights));
    const ids = [...actorIds];
    const names = ids.map((id) => actors.find((a) => a.id === id)!.name);
    const summary =
      ids.length > 1
        ? `${names[0]} ${pick(VERBS[type])} ${names.slice(1).join(" and ")}.`
        : `${names[0]} ${pick(VERBS[type]).replace(/ (with|to|of|against|on|by|affecting)$/, "")} ${pick(["in a statement", "at a press conference", "in an interview", "according to officials"])}.`;

    const sourceCount = weighted([
      [1, 45],
      [2, 30],
      [3, 15],
      [4, 10],
    ] as const);
    const sources: SignalEvent["sources"] = [];
    for (let s = 0; s < sourceCount; s++) {
      const article = s === 0 ? primary : articles[int(articles.length)]!;
      const attribution = s === 0 && i < ATTRIBUTIONS.length ? ATTRIBUTIONS[i]! : pick(ATTRIBUTIONS);
      const speaker = attribution === "on-record" ? ids[0]! : null;
      const quote =
        attribution === "on-record" && random() < 0.5
          ? `We are ready for ${pick(["talks", "a deal", "a pause"])}`
          : undefined;
      sources.push({
        article: article.id,
        sentence:
          attribution === "anonymous"
            ? `${names[0]} ${pick(VERBS[type])} ${names.at(-1)}, according to ${pick(["two", "three", "four"])} people familiar with the matter, ${date.text}.`
            : attribution === "analyst"
              ? `Analysts at ${pick(["ISW", "RUSI", "Carnegie"])} said ${names[0]} ${pick(VERBS[type])} ${names.at(-1)} ${date.text}.`
              : `${names[0]} ${pick(VERBS[type])} ${names.at(-1)} ${date.text}, ${article.publisher} reported.`,
        attribution,
        speaker,
        ...(quote ? { quote } : {}),
        ...(attribution === "anonymous" ? { attributionText: "according to people familiar with the matter" } : {}),
      });
    }

    const positions: SignalEvent["positions"] = [];
    if (["condition", "proposal", "rejection", "ceasefire-signal", "negotiation-readiness"].includes(type)) {
      const n = weighted([
        [0, 30],
        [1, 50],
        [2, 20],
      ] as const);
      for (let p = 0; p < n; p++) {
        const topic = pick(TOPICS);
        // One draw decides clause or stance, so the rest of the document stays as it was.
        const r = random();
        if (r < CLAUSE_SHARE) positions.push({ actor: ids[0]!, topic: topic.id, stance: topic.clause });
        else {
          const stance = topic.stances[Math.floor(((r - CLAUSE_SHARE) / (1 - CLAUSE_SHARE)) * topic.stances.length)]!;
          positions.push({ actor: ids[0]!, topic: topic.id, stance: stance.label, stanceId: stance.id });
        }
      }
    }

    let id = `${(date.start ?? primary.published!).replace(/-/g, "")}-${type}-${ids[0]}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, "")}-${n}`;
    usedIds.add(id);
    events.push({
      id,
      aliases: random() < 0.05 ? [`${id}-m${1 + int(9)}`] : [],
      date,
      type,
      codes: CODES[type],
      modality,
      actors: ids.map((actorId, n) => ({ id: actorId, role: n === 0 ? "source" : n === 1 ? "target" : "subject" })),
      positions,
      summary,
      sources,
    });
  }
  return { schemaVersion: 1, generatedFrom: `generateEventDocument seed ${seed}`, articles, actors, events };

  function makeDate(i: number, published: number, future: boolean): SignalEvent["date"] {
    const precision =
      i < 8
        ? (["day", "week", "month", "season", "quarter", "half", "year", "range"] as const)[i]!
        : weighted([
            ["day", 55],
            ["week", 8],
            ["month", 14],
            ["season", 4],
            ["quarter", 4],
            ["half", 2],
            ["year", 5],
            ["range", 8],
          ] as const);
    if (i === 8 || (i > 20 && random() < 0.005)) {
      return { start: null, end: null, precision: "year", text: "at some point", basis: "unresolved" };
    }
    const shift = (future ? 1 : -1) * int(precision === "day" ? 10 : 120) * DAY_MS;
    const at = new Date(published + shift);
    const y = at.getUTCFullYear();
    const m = at.getUTCMonth();
    const basis = random() < 0.15 ? "publication" : random() < 0.5 ? "explicit" : "relative";
    switch (precision) {
      case "day":
        return {
          start: iso(at.getTime()),
          end: iso(at.getTime()),
          precision,
          text: `on ${MONTHS_LONG[m]} ${at.getUTCDate()}`,
          basis,
        };
      case "week": {
        const monday = at.getTime() - ((at.getUTCDay() + 6) % 7) * DAY_MS;
        return {
          start: iso(monday),
          end: iso(monday + 6 * DAY_MS),
          precision,
          text: future ? "next week" : "last week",
          basis: "relative",
        };
      }
      case "month":
        return {
          start: iso(utc(y, m, 1)),
          end: iso(utc(y, m, lastDayOf(y, m))),
          precision,
          text: `in ${MONTHS_LONG[m]} ${y}`,
          basis,
        };
      case "season": {
        const season = SEASONS[Math.floor(((m + 10) % 12) / 3)]!;
        const sy = season.name === "winter" && m < 2 ? y - 1 : y;
        const endMonth = season.start + season.months - 1;
        return {
          start: iso(utc(sy, season.start, 1)),
          end: iso(utc(sy, endMonth, lastDayOf(sy, endMonth))),
          precision,
          text: `the ${season.name} of ${sy}`,
          basis: "explicit",
        };
      }
      case "quarter": {
        const q = Math.floor(m / 3);
        return {
          start: iso(utc(y, q * 3, 1)),
          end: iso(utc(y, q * 3 + 2, lastDayOf(y, q * 3 + 2))),
          precision,
          text: `in the ${["first", "second", "third", "fourth"][q]} quarter of ${y}`,
          basis: "explicit",
        };
      }
      case "half": {
        const h = m < 6 ? 0 : 1;
        return {
          start: iso(utc(y, h * 6, 1)),
          end: iso(utc(y, h * 6 + 5, lastDayOf(y, h * 6 + 5))),
          precision,
          text: `in the ${h ? "second" : "first"} half of ${y}`,
          basis: "explicit",
        };
      }
      case "year":
        return { start: `${y}-01-01`, end: `${y}-12-31`, precision, text: `in ${y}`, basis: "explicit" };
      case "range": {
        const open = i === 7 || random() < 0.45;
        if (open) {
          const from = published - (20 + int(400)) * DAY_MS;
          const since = new Date(from);
          return {
            start: iso(from),
            end: iso(published),
            precision,
            text: `since ${MONTHS_LONG[since.getUTCMonth()]} ${since.getUTCFullYear()}`,
            basis: "relative",
            open: true,
          };
        }
        const length = (3 + int(40)) * DAY_MS;
        const first = at.getTime() - length;
        return {
          start: iso(first),
          end: iso(at.getTime()),
          precision,
          text: `between ${MONTHS_LONG[new Date(first).getUTCMonth()]} ${new Date(first).getUTCDate()} and ${MONTHS_LONG[m]} ${at.getUTCDate()}`,
          basis: "explicit",
        };
      }
    }
  }
}
