"use client";

import { memo, useState } from "react";
import { ActorLink } from "@/components/actors/ActorLink";
import { cellKey, type MatrixCell } from "@/lib/positions/history";
import type { ActorHead, TopicHead } from "@/lib/positions/wire";
import { BasisMark, HistoryStrip, ShiftMark } from "./marks";
import { cellLabel } from "./PositionMatrix";

/** Actor cards shown at first and added by each "Show more". */
export const CARDS_PAGE = 20;

/**
 * The matrix on a phone: one card per actor listing only the topics with a stance, twenty actors
 * at a time with a button for the next twenty.
 */
export function PositionCards({
  rows,
  columns,
  matrix,
  onOpen,
}: {
  rows: ActorHead[];
  columns: TopicHead[];
  matrix: ReadonlyMap<string, MatrixCell>;
  onOpen(actor: string, topic: string): void;
}) {
  const [limit, setLimit] = useState(CARDS_PAGE);
  const shown = rows.slice(0, limit);
  const left = rows.length - shown.length;
  return (
    <div className="space-y-4">
      <ul className="space-y-4" aria-label="Claimed positions by actor">
        {shown.map((actor) => (
          <ActorCard key={actor.id} actor={actor} columns={columns} matrix={matrix} onOpen={onOpen} />
        ))}
      </ul>
      {left > 0 ? (
        <button
          type="button"
          data-show-more
          onClick={() => setLimit((n) => n + CARDS_PAGE)}
          className="w-full rounded-md border border-[var(--border)] bg-[var(--panel)] px-3 py-2 text-sm hover:bg-[var(--bg)]"
        >
          Show {Math.min(left, CARDS_PAGE)} more actors ({shown.length} of {rows.length} shown)
        </button>
      ) : null}
    </div>
  );
}

const ActorCard = memo(function ActorCard({
  actor,
  columns,
  matrix,
  onOpen,
}: {
  actor: ActorHead;
  columns: TopicHead[];
  matrix: ReadonlyMap<string, MatrixCell>;
  onOpen(actor: string, topic: string): void;
}) {
  const cells = columns.flatMap((topic) => {
    const cell = matrix.get(cellKey(actor.id, topic.id));
    return cell ? [{ topic, cell }] : [];
  });
  if (cells.length === 0) return null;
  return (
    <li data-actor-card={actor.id} className="rounded-lg border border-[var(--border)] bg-[var(--panel)]">
      <h2 className="border-b border-[var(--border)] px-3 py-2 font-semibold">
        <ActorLink id={actor.id} name={actor.name} />
        {actor.role ? <span className="block text-xs font-normal text-[var(--muted)]">{actor.role}</span> : null}
      </h2>
      <ul className="divide-y divide-[var(--border)]">
        {cells.map(({ topic, cell }) => (
          <li key={topic.id}>
            <button
              type="button"
              data-cell={cellKey(actor.id, topic.id)}
              data-stance-id={cell.stanceId ?? ""}
              aria-label={cellLabel(actor, topic, cell)}
              onClick={() => onOpen(actor.id, topic.id)}
              className={`flex w-full flex-col gap-1 px-3 py-2 text-left ${cell.onRecord ? "" : "italic"}`}
            >
              <span className="text-xs font-semibold uppercase tracking-wide text-[var(--muted)] not-italic">
                {topic.label}
              </span>
              <span>{cell.stance}</span>
              <span className="flex flex-wrap items-center gap-2 text-xs text-[var(--muted)]">
                <span data-cell-date>
                  {cell.dateLabel} · {cell.sources} src
                </span>
                <ShiftMark from={cell.shiftFrom} />
                {cell.onRecord ? null : <BasisMark bases={cell.bases} compact />}
                <HistoryStrip items={cell.strip} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
});
