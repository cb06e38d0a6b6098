import type { Actor, SignalEvent } from "../model/schema";
import { firstReported, formatNormalisedDate } from "./dates";
import type { ViewData } from "./viewData";

type Articles = ViewData["articles"];
type ArticlesById = ReadonlyMap<string, Articles[number]>;

const byId = (articles: Articles): ArticlesById => new Map(articles.map((a) => [a.id, a]));

/** One line that cites an event and the articles it was read from, for pasting into a note. */
export function citationLine(e: SignalEvent, articles: ArticlesById, permalink: string): string {
  const cited = [...new Set(e.sources.map((s) => s.article))].map((id) => {
    const a = articles.get(id);
    if (!a) return id;
    return `${a.publisher || "Unknown publisher"}, “${a.title}”${a.published ? `, ${a.published}` : ""}${a.url ? `, ${a.url}` : ""}`;
  });
  const reported = firstReported(e.sources, (s) => articles.get(s.article)?.published);
  return `“${e.summary}” (${formatNormalisedDate(e.date, reported)}). Signals event ${e.id}, ${permalink}. Sources: ${cited.join("; ")}.`;
}

export const CSV_COLUMNS = [
  "id",
  "aliases",
  "date_start",
  "date_end",
  "date_precision",
  "date_open",
  "date_text",
  "date_basis",
  "type",
  "cameo",
  "plover",
  "modality",
  "actors",
  "actor_names",
  "summary",
  "positions",
  "publishers",
  "attributions",
  "evidence",
  "urls",
  "citation",
] as const;

const quoteCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function csvCell(value: string): string {
  // Leading =, +, - or @ would run as a formula in a spreadsheet: a quote-prefixed cell cannot.
  return quoteCell(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/**
 * A code column: a spreadsheet reads a bare CAMEO code "0356" as the number 356, so a code of
 * digits is written as the text formula ="0356". Only digits are wrapped: the formula cannot
 * carry anything else.
 */
function csvCode(code: string): string {
  return /^\d+$/.test(code) ? quoteCell(`="${code}"`) : csvCell(code);
}
const CODE_COLUMNS: ReadonlySet<string> = new Set(["cameo"]);

export interface ExportContext {
  actors: readonly Actor[];
  articles: Articles;
  permalink: (id: string) => string;
}

export function eventsToCsv(events: readonly SignalEvent[], ctx: ExportContext): string {
  const actorName = new Map(ctx.actors.map((a) => [a.id, a.name]));
  const article = byId(ctx.articles);
  const rows = events.map((e) => {
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: e.id,
      aliases: e.aliases.join(" "),
      date_start: e.date.start ?? "",
      date_end: e.date.end ?? "",
      date_precision: e.date.precision,
      date_open: e.date.open ? "true" : "false",
      date_text: e.date.text,
      date_basis: e.date.basis,
      type: e.type,
      cameo: e.codes.cameo ?? "",
      plover: e.codes.plover ?? "",
      modality: e.modality,
      actors: e.actors.map((a) => `${a.id}:${a.role}`).join(" "),
      actor_names: e.actors.map((a) => actorName.get(a.id) ?? a.id).join("; "),
      summary: e.summary,
      positions: e.positions.map((p) => `${p.actor}: ${p.topic}: ${p.stance}`).join(" | "),
      publishers: e.sources.map((s) => article.get(s.article)?.publisher ?? s.article).join(" | "),
      attributions: e.sources.map((s) => s.attribution).join(" | "),
      evidence: e.sources.map((s) => s.sentence).join(" | "),
      urls: e.sources.map((s) => article.get(s.article)?.url ?? "").join(" | "),
      citation: citationLine(e, article, ctx.permalink(e.id)),
    };
    return CSV_COLUMNS.map((c) => (CODE_COLUMNS.has(c) ? csvCode(row[c]) : csvCell(row[c]))).join(",");
  });
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}

/** The filtered view as an event document (docs/event-model.md), each event with its citation. */
export function eventsToJson(events: readonly SignalEvent[], ctx: ExportContext, view: string): string {
  const actorIds = new Set(events.flatMap((e) => e.actors.map((a) => a.id)));
  const articleIds = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
  const article = byId(ctx.articles);
  return JSON.stringify(
    {
      schemaVersion: 1,
      generatedFrom: view,
      articles: ctx.articles.filter((a) => articleIds.has(a.id)),
      actors: ctx.actors.filter((a) => actorIds.has(a.id)),
      events: events.map((e) => ({ ...e, citation: citationLine(e, article, ctx.permalink(e.id)) })),
    },
    null,
    2,
  );
}
