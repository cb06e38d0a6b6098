import Link from "next/link";
import { BasisMark, ShiftMark, entrySpan } from "@/components/positions/marks";
import type { ActorProfile } from "@/lib/positions/pageData";
import { positionsHref } from "@/lib/positions/urlState";

const EVIDENCE_SHOWN = 2;

/** An actor's stances topic by topic, each history in order with its first evidence sentences. */
export function ActorPositions({ actorId, positions }: { actorId: string; positions: ActorProfile["positions"] }) {
  if (positions.length === 0) return <p className="text-[var(--muted)]">No claimed positions recorded.</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {positions.map(({ topic, entries }) => (
        <section
          key={topic.id}
          aria-labelledby={`topic-${topic.id}`}
          data-actor-topic={topic.id}
          className="rounded-lg border border-[var(--border)] bg-[var(--panel)] p-3"
        >
          <h3 id={`topic-${topic.id}`} className="flex items-baseline justify-between gap-2 font-semibold">
            {topic.label}
            <Link
              href={positionsHref({ actor: actorId, topic: topic.id })}
              className="text-sm font-normal text-[var(--accent)] underline"
            >
              history in the matrix<span className="sr-only">: {topic.label}</span>
            </Link>
          </h3>
          <ol className="mt-2 space-y-3">
            {entries.map((entry, i) => (
              <li
                key={i}
                data-entry={entry.stanceId ?? "clause"}
                className={`border-l-4 pl-2 ${entry.shiftFrom ? "border-[var(--fg)]" : "border-[var(--border)]"}`}
              >
                <p className="flex flex-wrap items-center gap-2">
                  <span className={entry.bases.includes("on-record") ? "" : "italic"}>{entry.stance}</span>
                  <ShiftMark from={entry.shiftFrom} />
                  <BasisMark bases={entry.bases} />
                </p>
                <p className="text-xs text-[var(--muted)]">
                  {entrySpan(entry)}
                  {entry.shiftFrom ? ` · changed from: ${entry.shiftFrom.join(" / ")}` : ""}
                </p>
                <details className="mt-1 text-sm">
                  <summary className="cursor-pointer text-[var(--muted)]">Evidence ({entry.evidence.length})</summary>
                  <ul className="mt-1 space-y-2">
                    {entry.evidence.slice(0, EVIDENCE_SHOWN).map((ev, j) => (
                      <li key={j}>
                        <blockquote className="border-l-2 border-[var(--border)] pl-2">“{ev.sentence}”</blockquote>
                        <Link
                          href={`/events/${encodeURIComponent(ev.event)}`}
                          className="text-xs text-[var(--accent)] underline"
                        >
                          {ev.article.publisher || ev.article.title}, event of {ev.dateLabel}
                        </Link>
                      </li>
                    ))}
                  </ul>
                  {entry.evidence.length > EVIDENCE_SHOWN ? (
                    <p className="mt-1 text-xs">
                      <Link
                        href={positionsHref({ actor: actorId, topic: topic.id })}
                        className="text-[var(--accent)] underline"
                      >
                        All {entry.evidence.length} in the history
                      </Link>
                    </p>
                  ) : null}
                </details>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
