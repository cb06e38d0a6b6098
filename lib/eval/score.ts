/**
 * Scores an event document against a hand-annotated gold file. Same meaning as the shared
 * reference scorer (eval/score.mjs): an event answers a gold entry when one of its source
 * sentences contains the entry's anchor after folding; it is strictly correct when its date lies
 * inside the window, it names every gold actor and its type is acceptable. Gold entries that also
 * give an attribution or positions have those checked on the event that answers them.
 */
import { articleIdFromFile } from "../load/parseArticle";
import type { Actor, ArticleMeta, EventDate, Position, SignalEvent, Source } from "../model/schema";
import type { GoldEvent, GoldFile } from "./gold";

/** What the scorer reads of an event document; an EventDocument is one. */
export interface ScorableDocument {
  articles?: Pick<ArticleMeta, "id" | "published">[];
  actors?: Pick<Actor, "id" | "name" | "aliases">[];
  events: ScorableEvent[];
}
export type ScorableEvent = Pick<SignalEvent, "id" | "type" | "summary"> & {
  date: Pick<EventDate, "start" | "end">;
  actors: { id: string }[];
  positions: Pick<Position, "actor" | "topic">[];
  sources: Pick<Source, "article" | "sentence" | "quote" | "attribution" | "speaker">[];
};

interface PreparedSource {
  article: string;
  texts: string[];
  attribution: Source["attribution"];
  speaker: string | null;
}

interface PreparedEvent {
  id: string;
  texts: string[];
  sources: PreparedSource[];
  actors: string[];
  date: { start: string; end: string };
  type: string;
  /** "holder/topic" */
  positions: Set<string>;
}

export interface AttributionCheck {
  ok: boolean;
  want: string;
  got: string;
}

export interface PositionCheck {
  /** gold "holder/topic" pairs the event holds, and those it lacks */
  met: string[];
  missing: string[];
  /** pairs the event holds that no gold entry it answers states, and those of them under a holder no such entry names */
  extra: string[];
  wrongHolder: string[];
}

export interface ScoreLine {
  /** the gold file's article key */
  article: string;
  anchor: string;
  required: boolean;
  status: "ok" | "partial" | "missing";
  /** the best answering event and how it fares; absent when none answers */
  event?: {
    id: string;
    date: { start: string; end: string };
    type: string;
    actors: string[];
    dateOk: boolean;
    typeOk: boolean;
    actorsOk: boolean;
  };
  window: [string, string];
  types: string[];
  actors: string[];
  attribution?: AttributionCheck;
  positions?: PositionCheck;
}

export interface ArticleScore {
  /** the gold file's key and the document's article it was matched to (null: not in the document) */
  key: string;
  article: string | null;
  required: number;
  found: number;
  strict: number;
  events: number;
  eventsOnAnnotatedSentences: number;
}

export interface Totals {
  required: number;
  found: number;
  dateCorrect: number;
  actorsCorrect: number;
  typeCorrect: number;
  strict: number;
  optionalFound: number;
  optional: number;
  events: number;
  eventsOnAnnotatedSentences: number;
  mergeGroups: number;
  mergedGroups: number;
  /** found gold entries with an attribution, and those whose source has that attribution and speaker */
  attributionChecked: number;
  attributionCorrect: number;
  /** recall: gold positions of found entries, and those held; precision: distinct pairs the answering events hold, and those stated by gold */
  positionsWanted: number;
  positionsMet: number;
  positionsHeld: number;
  positionsRight: number;
  positionsWrongHolder: number;
}

export interface Score extends Totals {
  articles: ArticleScore[];
  lines: ScoreLine[];
}

export const fold = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/["'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]/g, "")
    .replace(/\s+/g, " ")
    .trim();

const positionKey = (holder: string, topic: string) => `${holder}/${topic}`;
const holderOf = (key: string) => key.slice(0, key.indexOf("/"));

function prepare(doc: ScorableDocument): PreparedEvent[] {
  const table = new Map((doc.actors ?? []).map((a) => [a.id, a]));
  return doc.events.map((e) => {
    const sources = e.sources.map((s) => ({
      article: s.article,
      texts: [s.sentence, s.quote].filter((t): t is string => typeof t === "string").map(fold),
      attribution: s.attribution,
      speaker: s.speaker,
    }));
    const texts = sources.flatMap((s) => s.texts);
    if (!texts.length && e.summary) texts.push(fold(e.summary));
    const actors = e.actors.flatMap((a) => {
      const t = table.get(a.id);
      return [a.id, t?.name, ...(t?.aliases ?? [])];
    });
    const start = String(e.date.start ?? "").slice(0, 10);
    const end = String(e.date.end ?? e.date.start ?? "").slice(0, 10);
    return {
      id: e.id,
      texts,
      sources,
      actors: actors.filter((n): n is string => !!n).map(fold),
      date: { start, end },
      type: e.type,
      positions: new Set(e.positions.map((p) => positionKey(p.actor, p.topic))),
    };
  });
}

function check(p: PreparedEvent, g: GoldEvent) {
  const [lo, hi] = g.window;
  const dateOk = !!p.date.start && p.date.start >= lo && p.date.end <= hi && p.date.start <= p.date.end;
  const actorsOk = g.actors.every((name) => p.actors.some((n) => n.includes(fold(name))));
  const typeOk = g.types.includes(p.type);
  return { dateOk, actorsOk, typeOk, score: Number(dateOk) + Number(actorsOk) + Number(typeOk) };
}

const describeAttribution = (attribution: string, speaker: string | null) =>
  speaker ? `${attribution} ${speaker}` : attribution;

/** The source the anchor was read from (the gold article's, when several sources carry it). */
function checkAttribution(p: PreparedEvent, g: GoldEvent, anchor: string, article: string | null): AttributionCheck {
  const carrying = p.sources.filter((s) => s.texts.some((t) => t.includes(anchor)));
  const source = carrying.find((s) => s.article === article) ?? carrying[0];
  const got = source ? describeAttribution(source.attribution, source.speaker) : "no source";
  const ok = !!source && source.attribution === g.attribution && source.speaker === (g.speaker ?? null);
  return { ok, want: describeAttribution(g.attribution!, g.speaker ?? null), got };
}

/** `stated` is every pair the gold entries this event answers state, so a merged event is not blamed for its other mentions. */
function checkPositions(p: PreparedEvent, g: GoldEvent, stated: Set<string>): PositionCheck {
  const wanted = g.positions!.map((x) => positionKey(x.holder, x.topic));
  const holders = new Set([...stated].map(holderOf));
  const extra = [...p.positions].filter((k) => !stated.has(k));
  return {
    met: wanted.filter((k) => p.positions.has(k)),
    missing: wanted.filter((k) => !p.positions.has(k)),
    extra,
    wrongHolder: extra.filter((k) => !holders.has(holderOf(k))),
  };
}

const onAnchors = (texts: string[], anchors: string[]) => texts.some((t) => anchors.some((a) => t.includes(a)));

/**
 * Which of the document's articles a gold article key means: the id of the key read as a file
 * name, else the only article published that day, else the one whose sentences carry most of its
 * anchors (gold keys need not be file names).
 */
function matchArticle(
  key: string,
  published: string,
  anchors: string[],
  articles: Pick<ArticleMeta, "id" | "published">[],
  events: PreparedEvent[],
): string | null {
  const id = articleIdFromFile(key);
  if (articles.some((a) => a.id === id)) return id;
  const sameDay = articles.filter((a) => a.published === published);
  if (sameDay.length === 1) return sameDay[0]!.id;
  const candidates = new Set((sameDay.length ? sameDay : articles).map((a) => a.id));
  const carried = new Map<string, number>();
  for (const s of events.flatMap((p) => p.sources))
    if (candidates.has(s.article) && onAnchors(s.texts, anchors))
      carried.set(s.article, (carried.get(s.article) ?? 0) + 1);
  return [...carried].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function scoreDocument(gold: GoldFile, doc: ScorableDocument): Score {
  const events = prepare(doc);
  const entries = Object.entries(gold.articles).flatMap(([key, art]) =>
    art.events.map((g) => {
      const anchor = fold(g.anchor);
      return { key, g, anchor, hits: events.filter((p) => p.texts.some((t) => t.includes(anchor))) };
    }),
  );
  const anchorsOf = (key: string) => entries.filter((e) => e.key === key).map((e) => e.anchor);
  const articleOf = new Map(
    Object.entries(gold.articles).map(([key, art]) => [
      key,
      matchArticle(key, art.published, anchorsOf(key), doc.articles ?? [], events),
    ]),
  );
  const stated = new Map<string, Set<string>>();
  for (const { g, hits } of entries)
    for (const p of hits) {
      const set = stated.get(p.id) ?? new Set<string>();
      for (const x of g.positions ?? []) set.add(positionKey(x.holder, x.topic));
      stated.set(p.id, set);
    }

  const lines: ScoreLine[] = entries.map(({ key, g, anchor, hits }) => {
    let best: { p: PreparedEvent; c: ReturnType<typeof check> } | null = null;
    for (const p of hits) {
      const c = check(p, g);
      if (!best || c.score > best.c.score) best = { p, c };
    }
    const line: ScoreLine = {
      article: key,
      anchor: g.anchor,
      required: g.required,
      status: "missing",
      window: g.window,
      types: g.types,
      actors: g.actors,
    };
    if (!best) return line;
    const { p, c } = best;
    line.status = c.dateOk && c.actorsOk && c.typeOk ? "ok" : "partial";
    line.event = { id: p.id, date: p.date, type: p.type, actors: [...new Set(p.actors)], ...c };
    if (g.attribution) line.attribution = checkAttribution(p, g, anchor, articleOf.get(key) ?? null);
    if (g.positions) line.positions = checkPositions(p, g, stated.get(p.id)!);
    return line;
  });

  const groups = new Map<string, Set<string>[]>();
  for (const { g, hits } of entries)
    if (g.same) groups.set(g.same, [...(groups.get(g.same) ?? []), new Set(hits.map((p) => p.id))]);
  const mergedGroups = [...groups.values()].filter(([first, ...rest]) =>
    [...first!].some((id) => rest.every((r) => r.has(id))),
  ).length;

  // Precision counts each answering event once, however many gold entries it answers.
  const positionEvents = new Map(lines.filter((l) => l.positions).map((l) => [l.event!.id, l.positions!] as const));
  const heldBy = new Map(events.map((p) => [p.id, p.positions.size]));
  const count = (f: (l: ScoreLine) => boolean) => lines.filter(f).length;
  const required = lines.filter((l) => l.required);
  const allAnchors = entries.map((e) => e.anchor);
  const totals: Totals = {
    required: required.length,
    found: required.filter((l) => l.event).length,
    dateCorrect: required.filter((l) => l.event?.dateOk).length,
    actorsCorrect: required.filter((l) => l.event?.actorsOk).length,
    typeCorrect: required.filter((l) => l.event?.typeOk).length,
    strict: required.filter((l) => l.status === "ok").length,
    optional: count((l) => !l.required),
    optionalFound: count((l) => !l.required && !!l.event),
    events: events.length,
    eventsOnAnnotatedSentences: events.filter((p) => onAnchors(p.texts, allAnchors)).length,
    mergeGroups: groups.size,
    mergedGroups,
    attributionChecked: count((l) => !!l.attribution),
    attributionCorrect: count((l) => !!l.attribution?.ok),
    positionsWanted: lines.reduce(
      (n, l) => n + (l.positions ? l.positions.met.length + l.positions.missing.length : 0),
      0,
    ),
    positionsMet: lines.reduce((n, l) => n + (l.positions?.met.length ?? 0), 0),
    positionsHeld: [...positionEvents.keys()].reduce((n, id) => n + heldBy.get(id)!, 0),
    positionsRight: [...positionEvents].reduce((n, [id, c]) => n + heldBy.get(id)! - c.extra.length, 0),
    positionsWrongHolder: [...positionEvents.values()].reduce((n, c) => n + c.wrongHolder.length, 0),
  };

  const articles = Object.keys(gold.articles).map((key): ArticleScore => {
    const article = articleOf.get(key) ?? null;
    const mine = lines.filter((l) => l.article === key && l.required);
    const anchors = anchorsOf(key);
    const emitted = events.filter((p) => p.sources.some((s) => s.article === article));
    return {
      key,
      article,
      required: mine.length,
      found: mine.filter((l) => l.event).length,
      strict: mine.filter((l) => l.status === "ok").length,
      events: emitted.length,
      eventsOnAnnotatedSentences: emitted.filter((p) =>
        p.sources.some((s) => s.article === article && onAnchors(s.texts, anchors)),
      ).length,
    };
  });
  return { ...totals, articles, lines };
}

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : "n/a");

/** The reference scorer's totals line, figure for figure, so the two can be compared as text. */
export function formatTotals(s: Totals): string {
  return `strict ${s.strict}/${s.required} (${pct(s.strict, s.required)}) · found ${s.found}/${s.required} · date ${s.dateCorrect} · actors ${s.actorsCorrect} · type ${s.typeCorrect} · merged ${s.mergedGroups}/${s.mergeGroups} · events ${s.events}, ${s.eventsOnAnnotatedSentences} on annotated sentences (${pct(s.eventsOnAnnotatedSentences, s.events)})`;
}

/** What the reference scorer does not measure: optional entries, attribution and positions. */
export function formatChecks(s: Totals): string {
  const parts = [`optional ${s.optionalFound}/${s.optional}`];
  if (s.attributionChecked)
    parts.push(
      `attribution ${s.attributionCorrect}/${s.attributionChecked} (${pct(s.attributionCorrect, s.attributionChecked)})`,
    );
  if (s.positionsWanted || s.positionsHeld)
    parts.push(
      `positions recall ${s.positionsMet}/${s.positionsWanted} (${pct(s.positionsMet, s.positionsWanted)}), precision ${s.positionsRight}/${s.positionsHeld} (${pct(s.positionsRight, s.positionsHeld)}), ${s.positionsWrongHolder} under a holder not in gold`,
    );
  return parts.join(" · ");
}

export function formatArticle(a: ArticleScore): string {
  const name =
    a.article === articleIdFromFile(a.key) ? a.key : `${a.key} (${a.article ?? "not in the event document"})`;
  return `${name}: required ${a.required} · found ${a.found} · strict ${a.strict} · events ${a.events}, ${a.eventsOnAnnotatedSentences} on annotated sentences`;
}

export function formatLine(l: ScoreLine): string {
  const head = `${l.required ? "req" : "opt"} ${(l.status === "missing" ? "MISSING" : l.status).padEnd(7)} "${l.anchor.slice(0, 60)}"`;
  const e = l.event;
  if (!e) return head;
  const parts = [
    `date=${e.date.start}..${e.date.end}${e.dateOk ? "" : ` (want ${l.window.join("..")})`}`,
    `type=${e.type}${e.typeOk ? "" : ` (want ${l.types.join("|")})`}`,
  ];
  if (!e.actorsOk) {
    const missing = l.actors.filter((name) => !e.actors.some((n) => n.includes(fold(name))));
    parts.push(`actors missing ${missing.join(",")} (has ${e.actors.slice(0, 6).join(",")})`);
  }
  if (l.attribution)
    parts.push(`attribution=${l.attribution.got}${l.attribution.ok ? "" : ` (want ${l.attribution.want})`}`);
  const p = l.positions;
  if (p) {
    const wrong = new Set(p.wrongHolder);
    const problems = [
      ...(p.missing.length ? [`missing ${p.missing.join(",")}`] : []),
      ...(p.extra.length
        ? [`extra ${p.extra.map((k) => (wrong.has(k) ? `${k} (holder not in gold)` : k)).join(",")}`]
        : []),
    ];
    parts.push(
      `positions ${p.met.length}/${p.met.length + p.missing.length}${problems.length ? ` (${problems.join("; ")})` : ""}`,
    );
  }
  return `${head} ${parts.join(" ")}`;
}

/** Per article its line (and with `verbose` each gold entry), then the totals. */
export function formatScore(s: Score, verbose: boolean): string {
  const out = s.articles.flatMap((a) => [
    formatArticle(a),
    ...(verbose ? s.lines.filter((l) => l.article === a.key).map((l) => `  ${formatLine(l)}`) : []),
  ]);
  return [...out, formatTotals(s), formatChecks(s)].join("\n");
}

/** The figures as JSON: totals, per article, and with `verbose` every gold entry. */
export function scoreJson(s: Score, verbose: boolean): string {
  const { articles, lines, ...totals } = s;
  return JSON.stringify({ totals, articles, ...(verbose ? { lines } : {}) }, null, 2);
}
