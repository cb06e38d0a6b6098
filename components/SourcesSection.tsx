"use client";

import Link from "next/link";
import { useState } from "react";
import type { ArticleEvents } from "@/lib/view/sources";
import { formatIso } from "@/lib/view/dates";

const PAGE = 50;

/**
 * The articles the events were read from, newest first, each with a link to its events on the
 * timeline. With filters on, it lists the articles of the events shown, and says how many of
 * each article's events that is.
 */
export function SourcesSection({ rows, filtered }: { rows: ArticleEvents[]; filtered: boolean }) {
  const [limit, setLimit] = useState(PAGE);
  const listed = filtered ? rows.filter((r) => r.shown > 0) : rows;
  const left = rows.length - listed.length;
  return (
    <section id="sources" aria-labelledby="sources-heading" className="mt-12 scroll-mt-4" data-testid="sources">
      <h2 id="sources-heading" className="mb-2 text-2xl font-bold">
        Sources
      </h2>
      <p className="mb-4 text-sm text-[var(--muted)]" data-sources-summary>
        {filtered
          ? `${listed.length} of ${rows.length} article${rows.length === 1 ? "" : "s"} have events that match the filters${
              left ? `; ${left} ${left === 1 ? "has" : "have"} none` : ""
            }.`
          : `${rows.length} article${rows.length === 1 ? "" : "s"}, newest first.`}
      </p>
      <ol className="divide-y divide-[var(--border)] rounded-lg border border-[var(--border)] bg-[var(--panel)]">
        {listed.slice(0, limit).map(({ article: a, shown, total }) => (
          <li key={a.id} className="p-4" data-article-id={a.id} data-shown={shown} data-total={total}>
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
              {a.published ? <time dateTime={a.published}>{formatIso(a.published, true)}</time> : "date unknown"}
              {a.cites ? ` · citing ${a.cites}` : ""}
            </p>
            <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
              {total ? (
                <Link
                  href={`/?sources=${encodeURIComponent(a.id)}`}
                  prefetch={false}
                  className="text-[var(--accent)] underline"
                >
                  {filtered ? `${shown} of its ${total}` : `Its ${total}`} event{total === 1 ? "" : "s"}
                  <span className="sr-only"> on the timeline</span>
                </Link>
              ) : (
                <span className="text-[var(--muted)]">No events read from it</span>
              )}
              {a.url ? (
                <a
                  href={a.url}
                  className="break-all text-[var(--accent)] underline"
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  Read the original<span className="sr-only"> (opens in a new tab)</span> ↗
                </a>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
      {listed.length > limit ? (
        <button
          type="button"
          className="mt-2 rounded-md border border-[var(--border)] px-3 py-1.5 text-sm"
          onClick={() => setLimit((l) => l + PAGE * 4)}
        >
          Show {Math.min(PAGE * 4, listed.length - limit)} more articles ({limit} of {listed.length} shown)
        </button>
      ) : null}
    </section>
  );
}
