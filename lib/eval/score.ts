/**
 * Scores an event document against a hand-annotated gold file. Same meaning as the shared
 * reference scorer (eval/score.mjs): an event answers a gold entry when one of its source
 * sentences contains the entry's anchor after folding; it is strictly correct when its date lies
 * inside the window, it names every gold actor and its type is acceptable.
 */
export interface GoldEvent {
  anchor: string;
  required: boolean;
  window: [string, string];
  actors: string[];
  types: string[];
  same?: string;
}
export interface GoldFile {
  articles: Record<string, { published: string; events: GoldEvent[] }>;
}

interface ScoredEvent {
  id: string;
  texts: string[];
  actors: string[];
  date: { start: string; end: string };
  type: string;
}

export interface ScoreLine {
  required: boolean;
  status: "ok" | "partial" | "missing";
  article: string;
  anchor: string;
  detail: string;
}

export interface Score {
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

interface DocLike {
  actors?: { id: string; name?: string; aliases?: string[] }[];
  events: {
    id: string;
    summary?: string;
    actors?: { id: string }[];
    date?: { start?: string | null; end?: string | null };
    type?: string;
    sources?: { sentence?: string; quote?: string }[];
  }[];
}

function prepare(doc: DocLike): ScoredEvent[] {
  const table = new Map((doc.actors ?? []).map((a) => [a.id, a]));
  return doc.events.map((e) => {
    const texts = (e.sources ?? [])
      .flatMap((s) => [s.sentence, s.quote])
      .filter((t): t is string => typeof t === "string");
    if (!texts.length && e.summary) texts.push(e.summary);
    const actors = (e.actors ?? []).flatMap((a) => {
      const t = table.get(a.id);
      return [a.id, t?.name, ...(t?.aliases ?? [])];
    });
    const start = String(e.date?.start ?? "").slice(0, 10);
    const end = String(e.date?.end ?? e.date?.start ?? "").slice(0, 10);
    return {
      id: e.id,
      texts: texts.map(fold),
      actors: actors.filter(Boolean).map(fold),
      date: { start, end },
      type: e.type ?? "",
    };
  });
}

function check(p: ScoredEvent, g: GoldEvent) {
  const [lo, hi] = g.window;
  const dateOk = !!p.date.start && p.date.start >= lo && p.date.end <= hi && p.date.start <= p.date.end;
  const actorsOk = g.actors.every((name) => p.actors.some((n) => n.includes(fold(name))));
  const typeOk = g.types.includes(p.type);
  return { dateOk, actorsOk, typeOk, score: Number(dateOk) + Number(actorsOk) + Number(typeOk) };
}

export function scoreDocument(gold: GoldFile, doc: DocLike): Score {
  const prepared = prepare(doc);
  const s: Score = {
    required: 0,
    found: 0,
    dateCorrect: 0,
    actorsCorrect: 0,
    typeCorrect: 0,
    strict: 0,
    optionalFound: 0,
    optional: 0,
    events: prepared.length,
    eventsOnAnnotatedSentences: 0,
    mergeGroups: 0,
    mergedGroups: 0,
    lines: [],
  };
  const groups = new Map<string, Set<string>[]>();
  const anchors: string[] = [];
  for (const [key, art] of Object.entries(gold.articles)) {
    for (const g of art.events) {
      const a = fold(g.anchor);
      anchors.push(a);
      const hits = prepared.filter((p) => p.texts.some((t) => t.includes(a)));
      let best: { p: ScoredEvent; c: ReturnType<typeof check> } | null = null;
      for (const p of hits) {
        const c = check(p, g);
        if (!best || c.score > best.c.score) best = { p, c };
      }
      if (g.same) groups.set(g.same, [...(groups.get(g.same) ?? []), new Set(hits.map((p) => p.id))]);
      const ok = !!best && best.c.dateOk && best.c.actorsOk && best.c.typeOk;
      if (g.required) {
        s.required++;
        if (best) {
          s.found++;
          s.dateCorrect += Number(best.c.dateOk);
          s.actorsCorrect += Number(best.c.actorsOk);
          s.typeCorrect += Number(best.c.typeOk);
          if (ok) s.strict++;
        }
      } else {
        s.optional++;
        if (best) s.optionalFound++;
      }
      const detail = best
        ? `date=${best.p.date.start}..${best.p.date.end}${best.c.dateOk ? "" : ` (want ${g.window.join("..")})`} type=${best.p.type}${best.c.typeOk ? "" : ` (want ${g.types.join("|")})`}${best.c.actorsOk ? "" : ` actors=[${[...new Set(best.p.actors)].slice(0, 6).join(",")}] (want ${g.actors.join(",")})`}`
        : "";
      s.lines.push({
        required: g.required,
        status: !best ? "missing" : ok ? "ok" : "partial",
        article: key,
        anchor: g.anchor,
        detail,
      });
    }
  }
  for (const sets of groups.values()) {
    s.mergeGroups++;
    const [first, ...rest] = sets;
    if ([...first!].some((id) => rest.every((r) => r.has(id)))) s.mergedGroups++;
  }
  s.eventsOnAnnotatedSentences = prepared.filter((p) => p.texts.some((t) => anchors.some((a) => t.includes(a)))).length;
  return s;
}

export function formatScore(s: Score, verbose: boolean): string {
  const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : "n/a");
  const lines = verbose
    ? s.lines.map(
        (l) =>
          `${l.required ? "req" : "opt"} ${l.status.padEnd(7)} ${l.article.slice(0, 3)} "${l.anchor.slice(0, 60)}" ${l.detail}`,
      )
    : [];
  lines.push(
    `strict ${s.strict}/${s.required} (${pct(s.strict, s.required)}) · found ${s.found}/${s.required} · date ${s.dateCorrect} · actors ${s.actorsCorrect} · type ${s.typeCorrect} · merged ${s.mergedGroups}/${s.mergeGroups} · optional ${s.optionalFound}/${s.optional} · events ${s.events}, ${s.eventsOnAnnotatedSentences} on annotated sentences (${pct(s.eventsOnAnnotatedSentences, s.events)})`,
  );
  return lines.join("\n");
}
