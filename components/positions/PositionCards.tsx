"use client";

import { ActorLink } from "@/components/actors/ActorLink";
import { cellKey, type MatrixCell } from "@/lib/positions/history";
import type { ActorHead, TopicHead } from "@/lib/positions/wire";
import { BasisMark, HistoryStrip, ShiftMark } from "./marks";
import { cellLabel, formatIso } from "./PositionMatrix";

/** The matrix on a phone: one card per actor listing only the topics with a stance. */
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
  return (
    <ul className="space-y-4" aria-label="Claimed positions by actor">
      {rows.map((actor) => {
        const cells = columns.flatMap((topic) => {
          const cell = matrix.get(cellKey(actor.id, topic.id));
          return cell ? [{ topic, cell }] : [];
        });
        if (cells.length === 0) return null;
        return (
          <li
            key={actor.id}
            data-actor-card={actor.id}
            className="rounded-lg border border-[var(--border)] bg-[var(--panel)]"
          >
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
                      <span>
                        {formatIso(cell.date)} · {cell.sources} src
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
      })}
    </ul>
  );
}
