export function SiteFooter({ articleCount, eventCount }: { articleCount: number; eventCount?: number }) {
  return (
    <footer className="mt-12 border-t border-[var(--border)] text-sm text-[var(--muted)]">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-4">
        <p>
          Corpus: {articleCount} article{articleCount === 1 ? "" : "s"}
          {eventCount !== undefined ? ` · ${eventCount} events` : ""}
        </p>
        <p>Every event links back to the sentence it was read from.</p>
      </div>
    </footer>
  );
}
