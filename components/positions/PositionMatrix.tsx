"use client";

import { memo, type KeyboardEvent } from "react";
import { ActorLink } from "@/components/actors/ActorLink";
import { cellKey, type MatrixCell } from "@/lib/positions/history";
import type { ActorHead, TopicHead } from "@/lib/positions/wire";
import { formatDay, isoToDay } from "@/lib/view/dates";
import { BasisMark, HistoryStrip, ShiftMark, basisText } from "./marks";

// A matrix repeats the same few hundred dates across its cells and labels.
const formatted = new Map<string, string>();
export function formatIso(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) formatted.set(iso, (text = formatDay(isoToDay(iso))));
  return text;
}

export function cellLabel(actor: ActorHead, topic: TopicHead, cell: MatrixCell): string {
  const sources = `${cell.sources} source${cell.sources === 1 ? "" : "s"}`;
  const dates =
    cell.since === cell.date ? formatIso(cell.date) : `since ${formatIso(cell.since)}, last ${formatIso(cell.date)}`;
  const shift = cell.shiftFrom ? `; shift from ${cell.shiftFrom.join(" / ")}` : "";
  return `${actor.name} on ${topic.label}: ${cell.stance}. ${dates}; ${sources}; ${basisText(cell.bases)}${shift}. Open the history.`;
}

/** Arrow keys move between cells that have a stance, skipping empty ones. */
function onArrow(e: KeyboardEvent<HTMLTableElement>, rows: number, cols: number) {
  const step = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[e.key];
  const target = e.target as HTMLElement;
  if (!step || target.dataset.r === undefined) return;
  let r = Number(target.dataset.r);
  let c = Number(target.dataset.c);
  for (;;) {
    r += step[0]!;
    c += step[1]!;
    if (r < 0 || c < 0 || r >= rows || c >= cols) return;
    const next = e.currentTarget.querySelector<HTMLButtonElement>(`button[data-r="${r}"][data-c="${c}"]`);
    if (next) {
      e.preventDefault();
      next.focus();
      return;
    }
  }
}

interface CellButtonProps {
  actor: ActorHead;
  topic: TopicHead;
  cell: MatrixCell;
  r: number;
  c: number;
  open: boolean;
  onOpen(actor: string, topic: string): void;
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Moving the as-of date rebuilds every cell object but changes few cells: comparing what a cell
 * shows keeps the rest of the matrix from re-rendering.
 */
function sameCellProps(a: CellButtonProps, b: CellButtonProps): boolean {
  const x = a.cell;
  const y = b.cell;
  return (
    a.actor === b.actor &&
    a.topic === b.topic &&
    a.r === b.r &&
    a.c === b.c &&
    a.open === b.open &&
    a.onOpen === b.onOpen &&
    x.stance === y.stance &&
    x.stanceId === y.stanceId &&
    x.since === y.since &&
    x.date === y.date &&
    x.sources === y.sources &&
    sameList(x.bases, y.bases) &&
    sameList(x.shiftFrom, y.shiftFrom) &&
    sameList(
      x.strip.map((i) => i.firstDate),
      y.strip.map((i) => i.firstDate),
    )
  );
}

const CellButton = memo(function CellButton({ actor, topic, cell, r, c, open, onOpen }: CellButtonProps) {
  return (
    <button
      type="button"
      data-cell={cellKey(actor.id, topic.id)}
      data-r={r}
      data-c={c}
      data-stance-id={cell.stanceId ?? ""}
      aria-label={cellLabel(actor, topic, cell)}
      aria-pressed={open}
      onClick={() => onOpen(actor.id, topic.id)}
      className={`flex w-full flex-col items-start gap-1 rounded p-1.5 text-left [contain-intrinsic-size:auto_7rem] [content-visibility:auto] hover:bg-[var(--bg)] ${
        open ? "ring-2 ring-[var(--accent)]" : ""
      } ${cell.onRecord ? "" : "italic"}`}
    >
      <span className="line-clamp-3">{cell.stance}</span>
      <span className="text-xs text-[var(--muted)]">
        {formatIso(cell.date)} · {cell.sources} src
      </span>
      <span className="flex flex-wrap items-center gap-1">
        <ShiftMark from={cell.shiftFrom} />
        {cell.onRecord ? null : <BasisMark bases={cell.bases} compact />}
        <HistoryStrip items={cell.strip} />
      </span>
    </button>
  );
}, sameCellProps);

export function PositionMatrix({
  rows,
  columns,
  matrix,
  openCell,
  onOpen,
}: {
  rows: ActorHead[];
  columns: TopicHead[];
  matrix: ReadonlyMap<string, MatrixCell>;
  openCell: string | null;
  onOpen(actor: string, topic: string): void;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--panel)]">
      {/* Fixed layout with set column widths: the browser lays out 60 × 15 cells without
          measuring every cell's content first. */}
      <table
        className="min-w-full table-fixed border-collapse text-sm"
        style={{ width: `${11 + columns.length * 12}rem` }}
        aria-label="Claimed positions: actors by topic"
        onKeyDown={(e) => onArrow(e, rows.length, columns.length)}
      >
        <colgroup>
          <col style={{ width: "11rem" }} />
          {columns.map((topic) => (
            <col key={topic.id} style={{ width: "12rem" }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-[var(--panel)] p-2 text-left align-bottom">
              Actor
            </th>
            {columns.map((topic) => (
              <th
                key={topic.id}
                scope="col"
                className="border-l border-[var(--border)] p-2 text-left align-bottom font-semibold"
              >
                <span title={topic.description}>{topic.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((actor, r) => (
            <tr key={actor.id} className="border-t border-[var(--border)]">
              <th scope="row" className="sticky left-0 z-10 bg-[var(--panel)] p-2 text-left align-top font-semibold">
                <ActorLink id={actor.id} name={actor.name} />
                {actor.role ? (
                  <span className="line-clamp-2 text-xs font-normal text-[var(--muted)]" title={actor.role}>
                    {actor.role}
                  </span>
                ) : null}
              </th>
              {columns.map((topic, c) => {
                const key = cellKey(actor.id, topic.id);
                const cell = matrix.get(key);
                return (
                  <td key={topic.id} className="border-l border-[var(--border)] p-1 align-top">
                    {cell ? (
                      <CellButton
                        actor={actor}
                        topic={topic}
                        cell={cell}
                        r={r}
                        c={c}
                        open={openCell === key}
                        onOpen={onOpen}
                      />
                    ) : (
                      <span className="block p-1.5 text-[var(--muted)]">
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">no recorded stance</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
