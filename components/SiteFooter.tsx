import { formatIso } from "@/lib/view/dates";

export function SiteFooter({
  articleCount,
  eventCount,
  dataAsOf,
}: {
  articleCount: number;
  eventCount?: number;
  /** the newest article's publication day: nothing later can be in the data */
  dataAsOf?: string | null;
}) {
  return (
    <footer className="mt-12 border-t border-[var(--border)] text-sm text-[var(--muted)]">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-4">
        <p>
          Corpus: {articleCount} article{articleCount === 1 ? "" : "s"}
          {eventCount !== undefined ? ` · ${eventCount} events` : ""}
          {dataAsOf ? (
            <>
              {" · "}
              <span data-testid="data-as-of">
                data as of <time dateTime={dataAsOf}>{formatIso(dataAsOf, true)}</time>
              </span>
            </>
          ) : null}
        </p>
        <p>Every event links back to the sentence it was read from.</p>
      </div>
    </footer>
  );
}
