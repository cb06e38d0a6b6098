"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { ActorLink, actorHref } from "@/components/actors/ActorLink";
import type { CellHistoryDetail } from "@/lib/positions/pageData";
import { BasisMark, ShiftMark, basisText, entrySpan } from "./marks";
import { formatIso } from "@/lib/view/dates";
import { OriginalLink } from "@/components/OriginalLink";

export const cellHistoryUrl = (actor: string, topic: string) =>
  `/positions/history/${encodeURIComponent(actor)}/${encodeURIComponent(topic)}`;

type Loaded = { url: string; detail: CellHistoryDetail | null; error: string | null };

/**
 * One cell's history in a modal side sheet: every stance in order with its evidence sentences and
 * links to the events. The evidence is fetched per cell, so the matrix page stays small.
 */
export function CellHistoryPanel({
  actor,
  topic,
  asofDay,
  onClose,
}: {
  actor: { id: string; name: string };
  topic: { id: string; label: string };
  asofDay: string | null;
  onClose(): void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const url = cellHistoryUrl(actor.id, topic.id);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    headingRef.current?.focus();
  }, [url]);

  useEffect(() => {
    let live = true;
    fetch(url)
      .then(async (res) => {
        if (!res.ok) throw new Error(`the history could not be loaded (HTTP ${res.status})`);
        return (await res.json()) as CellHistoryDetail;
      })
      .then(
        (detail) => live && setLoaded({ url, detail, error: null }),
        (err: unknown) =>
          live && setLoaded({ url, detail: null, error: err instanceof Error ? err.message : String(err) }),
      );
    return () => {
      live = false;
    };
  }, [url]);

  const current = loaded?.url === url ? loaded : null;
  const entries = current?.detail?.entries ?? [];
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      data-history-panel
      onClose={onClose}
      className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-full max-w-xl overflow-y-auto border-l border-[var(--border)] bg-[var(--panel)] p-0 text-[var(--fg)] shadow-2xl backdrop:bg-black/40"
    >
      <div className="sticky top-0 flex items-start justify-between gap-3 border-b border-[var(--border)] bg-[var(--panel)] p-4">
        <div>
          <p className="text-xs uppercase tracking-wide text-[var(--muted)]">Position history</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-bold">
            {actor.name} · {topic.label}
          </h2>
          <p className="text-sm">
            <Link href={actorHref(actor.id)} className="text-[var(--accent)] underline">
              {actor.name}: profile, events and all positions
            </Link>
          </p>
        </div>
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className="rounded-md border border-[var(--border)] px-3 py-1.5 text-sm hover:bg-[var(--bg)]"
        >
          Close<span className="sr-only"> the history</span>
        </button>
      </div>
      <div className="p-4" aria-live="polite" aria-busy={current === null}>
        {current === null ? <p className="text-[var(--muted)]">Loading the history…</p> : null}
        {current?.error ? (
          <p role="alert" className="text-red-700 dark:text-red-300">
            Sorry, {current.error}.
          </p>
        ) : null}
        {asofDay && entries.some((e) => e.firstDate > asofDay) ? (
          <p className="mb-3 text-sm text-[var(--muted)]">
            The matrix shows {formatIso(asofDay)}; stances it does not count yet (their dates end later) are marked
            “after the chosen date”.
          </p>
        ) : null}
        <ol className="space-y-5">
          {entries.map((entry, i) => {
            const later = asofDay !== null && entry.firstDate > asofDay;
            return (
              <li
                key={i}
                data-entry={entry.stanceId ?? "clause"}
                className={`border-l-4 pl-3 ${entry.shiftFrom ? "border-[var(--fg)]" : "border-[var(--border)]"} ${
                  later ? "opacity-70" : ""
                }`}
              >
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{entry.stance}</span>
                  <ShiftMark from={entry.shiftFrom} />
                  <BasisMark bases={entry.bases} />
                </p>
                <p className="text-sm text-[var(--muted)]">
                  {entrySpan(entry)}
                  {later ? " · after the chosen date" : ""}
                </p>
                {entry.shiftFrom ? <p className="text-sm">Changed from: {entry.shiftFrom.join(" / ")}</p> : null}
                <ul className="mt-2 space-y-3">
                  {entry.evidence.map((ev, j) => (
                    <li key={j} className="text-sm">
                      <blockquote className="border-l-2 border-[var(--border)] pl-2">“{ev.sentence}”</blockquote>
                      <p className="mt-1 text-xs text-[var(--muted)]">
                        {ev.article.publisher || ev.article.title}
                        {ev.article.published ? `, ${formatIso(ev.article.published)}` : ""} ·{" "}
                        {ev.basis === "on-record" ? "on record" : basisText([ev.basis]).replace(/ only$/, "")}
                        {ev.speaker ? (
                          <>
                            {" "}
                            (<ActorLink id={ev.speaker.id} name={ev.speaker.name} />)
                          </>
                        ) : ev.attributionText ? (
                          ` (${ev.attributionText})`
                        ) : null}{" "}
                        ·{" "}
                        <Link
                          href={`/events/${encodeURIComponent(ev.event)}`}
                          className="text-[var(--accent)] underline"
                        >
                          event of {ev.dateLabel}
                        </Link>
                        <OriginalLink url={ev.article.url} />
                      </p>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </div>
    </dialog>
  );
}
