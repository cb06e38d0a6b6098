import type { Actor, ArticleMeta } from "@/lib/model/schema";
import { describeAttribution } from "@/lib/view/attribution";
import { describeDate, formatNormalisedDate } from "@/lib/view/dates";
import { shownSources } from "@/lib/view/filter";
import { SIGNAL_STYLES, isHollow } from "@/lib/view/signalTypes";
import type { EventDetail, ViewEvent } from "@/lib/view/viewData";
import { Glyph } from "../timeline/Glyph";

export interface EventDetailBodyProps {
  event: ViewEvent;
  /** null while the details of a large corpus are loading */
  detail: EventDetail | null;
  actors: ReadonlyMap<string, Actor>;
  articles: ReadonlyMap<string, ArticleMeta>;
  related: ViewEvent[];
  /** the dashboard opens related events in place; the permalink page links to their pages */
  onOpenRelated?: (id: string) => void;
  headingId: string;
  HeadingTag?: "h1" | "h2";
  /** the dashboard's "On record only": the evidence lists the on-record sources and counts the rest */
  onRecordOnly?: boolean;
}

/** Everything known about one event and the evidence for it. Shared by the panel and the permalink page. */
export function EventDetailBody({
  event,
  detail,
  actors,
  articles,
  related,
  onOpenRelated,
  headingId,
  HeadingTag = "h2",
  onRecordOnly = false,
}: EventDetailBodyProps) {
  const style = SIGNAL_STYLES[event.type];
  const actorName = (id: string) => actors.get(id)?.name ?? id;
  const date = describeDate(event.date, event.reported);
  const evidence = detail ? shownSources(detail.sources, onRecordOnly) : [];
  const hidden = detail ? detail.sources.length - evidence.length : 0;
  return (
    <article className="space-y-5" data-detail-event-id={event.id}>
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm text-[var(--muted)]">
          <Glyph type={event.type} hollow={isHollow(event.modality)} />
          <span className="font-medium text-[var(--fg)]">{style.label}</span>
          {event.modality !== "asserted" ? (
            <span className="rounded border border-[var(--border)] px-1.5 text-xs">{event.modality}</span>
          ) : null}
          {detail?.codes.cameo ? <span>CAMEO {detail.codes.cameo}</span> : null}
          {detail?.codes.plover ? <span>PLOVER {detail.codes.plover}</span> : null}
        </p>
        <HeadingTag id={headingId} className="text-xl font-semibold leading-snug" tabIndex={-1}>
          {event.summary}
        </HeadingTag>
      </header>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-[var(--muted)]">Date</dt>
        <dd data-date-when>
          <time dateTime={(date.precision ? event.date.start : event.reported) ?? undefined}>{date.when}</time>
          <span className="text-[var(--muted)]">{date.precision ? ` (${date.precision})` : `; ${date.basis}`}</span>
        </dd>
        {date.asWritten ? (
          <>
            <dt className="text-[var(--muted)]">As written</dt>
            <dd data-date-as-written>
              “{date.asWritten}” · {date.basis}
            </dd>
          </>
        ) : null}
        <dt className="text-[var(--muted)]">Actors</dt>
        <dd>
          {event.actors.map((a, i) => (
            <span key={a.id}>
              {i ? ", " : ""}
              {actorName(a.id)} <span className="text-[var(--muted)]">({a.role})</span>
            </span>
          ))}
        </dd>
        <dt className="text-[var(--muted)]">Event id</dt>
        <dd className="break-all font-mono text-xs leading-5">
          {event.id}
          {event.aliases.length ? (
            <span className="text-[var(--muted)]"> (also {event.aliases.join(", ")})</span>
          ) : null}
        </dd>
      </dl>

      <section aria-labelledby={`${headingId}-evidence`}>
        <h3 id={`${headingId}-evidence`} className="mb-2 font-semibold">
          Evidence ({onRecordOnly ? `${shownSources(event.sources, true).length} of ` : ""}
          {event.sources.length} source{event.sources.length === 1 ? "" : "s"}
          {onRecordOnly ? " on record" : ""})
        </h3>
        {detail ? (
          <ol className="space-y-3">
            {evidence.map((s, i) => {
              const article = articles.get(s.article);
              const attribution = describeAttribution(s, actorName);
              return (
                <li key={`${s.article}-${i}`} className="rounded-md border border-[var(--border)] p-3 text-sm">
                  <blockquote className="border-l-4 border-[var(--accent)] pl-3 italic">{s.sentence}</blockquote>
                  <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-[var(--muted)]">
                    <span
                      data-attribution={attribution.kind}
                      className={`inline-flex flex-wrap items-center gap-1 rounded px-1 ${
                        attribution.kind === "on-record"
                          ? ""
                          : "border border-dashed border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200"
                      }`}
                    >
                      <span aria-hidden="true">{attribution.symbol}</span>
                      <span className="font-medium">
                        {attribution.label}
                        {attribution.speaker ? ":" : ""}
                      </span>
                      {attribution.speaker ? <span data-speaker>{attribution.speaker}</span> : null}
                      {attribution.phrase ? <span>(“{attribution.phrase}”)</span> : null}
                    </span>
                    <span>
                      <span className="font-medium text-[var(--fg)]">{article?.publisher || "Unknown publisher"}</span>
                      {article?.published ? (
                        <>
                          {" · published "}
                          <time dateTime={article.published}>{article.published}</time>
                        </>
                      ) : null}
                    </span>
                  </p>
                  {article?.url ? (
                    <a
                      href={article.url}
                      className="mt-1 inline-block break-all text-[var(--accent)] underline"
                      rel="noopener noreferrer"
                      target="_blank"
                    >
                      {article.title}
                      <span className="sr-only"> (original article, opens in a new tab)</span> ↗
                    </a>
                  ) : (
                    <p className="mt-1">{article?.title ?? s.article}</p>
                  )}
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="text-sm text-[var(--muted)]" role="status">
            Loading the evidence…
          </p>
        )}
        {hidden ? (
          <p className="mt-2 text-sm text-[var(--muted)]" data-hidden-sources={hidden}>
            {hidden} more source{hidden === 1 ? " is" : "s are"} not on record: untick “On record only” to see{" "}
            {hidden === 1 ? "it" : "them"}.
          </p>
        ) : null}
      </section>

      {detail && detail.positions.length ? (
        <section aria-labelledby={`${headingId}-positions`}>
          <h3 id={`${headingId}-positions`} className="mb-2 font-semibold">
            Claimed positions
          </h3>
          <ul className="space-y-1 text-sm">
            {detail.positions.map((p, i) => (
              <li key={`${p.actor}-${p.topic}-${i}`}>
                <span className="font-medium">{actorName(p.actor)}</span> on{" "}
                <span className="font-medium">{p.topic.replace(/-/g, " ")}</span>: {p.stance}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby={`${headingId}-related`} className="no-print">
        <h3 id={`${headingId}-related`} className="mb-2 font-semibold">
          Related events
        </h3>
        {related.length ? (
          <ul className="space-y-1 text-sm">
            {related.map((r) => (
              <li key={r.id} className="flex items-start gap-2">
                <Glyph type={r.type} hollow={isHollow(r.modality)} className="mt-1" />
                <a
                  href={`/events/${r.id}`}
                  className="text-[var(--accent)] underline"
                  onClick={
                    onOpenRelated
                      ? (e) => {
                          if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                          e.preventDefault();
                          onOpenRelated(r.id);
                        }
                      : undefined
                  }
                >
                  {formatNormalisedDate(r.date, r.reported)}: {r.summary}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-[var(--muted)]">No events with the same actors within four months.</p>
        )}
      </section>
    </article>
  );
}
