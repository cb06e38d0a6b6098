import { format, parseISO } from "date-fns";
import type { ArticleMeta } from "@/lib/model/schema";

export function ArticleList({ articles }: { articles: ArticleMeta[] }) {
  const sorted = [...articles].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""));
  return (
    <ol className="divide-y divide-[var(--border)] rounded-lg border border-[var(--border)] bg-[var(--panel)]">
      {sorted.map((a) => (
        <li key={a.id} className="p-4" data-article-id={a.id}>
          <h3 className="font-semibold leading-snug">
            {a.title}
            {a.titleDerived ? (
              <span className="ml-2 inline-block whitespace-nowrap rounded border border-[var(--border)] px-1.5 py-0.5 align-middle text-xs font-normal text-[var(--muted)]">
                title derived from text
              </span>
            ) : null}
          </h3>
          <p className="mt-1 text-sm text-[var(--muted)]">
            {a.publisher || "Unknown publisher"}
            {" · "}
            {a.published ? (
              <time dateTime={a.published}>{format(parseISO(a.published), "d MMMM yyyy")}</time>
            ) : (
              "date unknown"
            )}
            {a.cites ? ` · citing ${a.cites}` : ""}
          </p>
          {a.url ? (
            <a
              href={a.url}
              className="mt-1 inline-block break-all text-sm text-[var(--accent)] underline"
              rel="noopener noreferrer"
              target="_blank"
            >
              Read the original<span className="sr-only"> (opens in a new tab)</span> ↗
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
