"use client";

import { memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { ActorLink } from "@/components/actors/ActorLink";
import { cellKey, type MatrixCell } from "@/lib/positions/history";
import type { ActorHead, TopicHead } from "@/lib/positions/wire";
import { BasisMark, HistoryStrip, ShiftMark, basisText } from "./marks";

export function cellLabel(actor: ActorHead, topic: TopicHead, cell: MatrixCell): string {
  const sources = `${cell.sources} source${cell.sources === 1 ? "" : "s"}`;
  const dates = cell.sinceLabel === cell.dateLabel ? cell.dateLabel : `${cell.sinceLabel} to ${cell.dateLabel}`;
  const shift = cell.shiftFrom ? `; shift from ${cell.shiftFrom.join(" / ")}` : "";
  return `${actor.name} on ${topic.label}: ${cell.stance}. ${dates}; ${sources}; ${basisText(cell.bases)}${shift}. Open the history.`;
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
    x.sinceLabel === y.sinceLabel &&
    x.dateLabel === y.dateLabel &&
    x.sources === y.sources &&
    sameList(x.bases, y.bases) &&
    sameList(x.shiftFrom, y.shiftFrom) &&
    sameList(
      x.strip.map((i) => i.firstLabel),
      y.strip.map((i) => i.firstLabel),
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
      className={`flex w-full flex-col items-start gap-1 rounded p-1.5 text-left max-h-32 overflow-hidden hover:bg-[var(--bg)] ${
        open ? "ring-2 ring-[var(--accent)]" : ""
      } ${cell.onRecord ? "" : "italic"}`}
    >
      {/* Nothing shrinks: a cell with many marks loses its last marks, never part of its stance. */}
      <span className="line-clamp-3 shrink-0">{cell.stance}</span>
      <span data-cell-date className="shrink-0 text-xs text-[var(--muted)]">
        {cell.dateLabel} · {cell.sources} src
      </span>
      <span className="flex shrink-0 flex-wrap items-center gap-1">
        <ShiftMark from={cell.shiftFrom} />
        {cell.onRecord ? null : <BasisMark bases={cell.bases} compact />}
        <HistoryStrip items={cell.strip} />
      </span>
    </button>
  );
}, sameCellProps);

/** Every row has this height, so the rows on screen follow from the scroll position alone. */
export const ROW_HEIGHT = 136;
/** Rows rendered beyond the viewport on either side, so scrolling and Tab rarely meet an edge. */
const OVERSCAN = 3;
/** Rows rendered before the table has been measured: a tall screenful. */
const FIRST_ROWS = 10;

type Range = readonly [start: number, end: number];

/** The rows of the table (0-based, end exclusive) that intersect the viewport, with overscan. */
function visibleRange(tbody: HTMLElement, total: number): Range {
  const top = tbody.getBoundingClientRect().top;
  const start = Math.max(0, Math.floor(-top / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(total, Math.ceil((window.innerHeight - top) / ROW_HEIGHT) + OVERSCAN);
  return end <= start ? [Math.min(start, Math.max(0, total - 1)), Math.min(total, start + 1)] : [start, end];
}

const FOCUSABLE = "a[href], button";

interface RowProps {
  actor: ActorHead;
  columns: TopicHead[];
  matrix: ReadonlyMap<string, MatrixCell>;
  r: number;
  /** the open cell's key when it is in this row, so other rows skip re-rendering */
  openCell: string | null;
  onOpen(actor: string, topic: string): void;
}

const MatrixRow = memo(function MatrixRow({ actor, columns, matrix, r, openCell, onOpen }: RowProps) {
  return (
    <tr aria-rowindex={r + 2} className="border-t border-[var(--border)]" style={{ height: ROW_HEIGHT }}>
      <th scope="row" className="sticky left-0 z-10 bg-[var(--panel)] p-2 text-left align-top font-semibold">
        <div className="overflow-hidden" style={{ maxHeight: ROW_HEIGHT - 17 }}>
          <ActorLink id={actor.id} name={actor.name} />
          {actor.role ? (
            <span className="line-clamp-2 text-xs font-normal text-[var(--muted)]" title={actor.role}>
              {actor.role}
            </span>
          ) : null}
        </div>
      </th>
      {columns.map((topic, c) => {
        const key = cellKey(actor.id, topic.id);
        const cell = matrix.get(key);
        return (
          <td key={topic.id} className="overflow-hidden border-l border-[var(--border)] p-1 align-top">
            {cell ? (
              <CellButton actor={actor} topic={topic} cell={cell} r={r} c={c} open={openCell === key} onOpen={onOpen} />
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
  );
});

/**
 * The matrix as a table of which only the rows near the viewport are in the DOM: spacer rows
 * stand in for the others, aria-rowcount and aria-rowindex tell assistive technology where the
 * rendered rows are, and arrow keys and Tab bring the next row in before moving focus to it.
 */
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
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const [range, setRange] = useState<Range>(() => [0, Math.min(rows.length, FIRST_ROWS)]);
  const total = rows.length;
  // A narrower filter can leave the range past the end; clamp it while rendering.
  const start = Math.min(range[0], Math.max(0, total - 1));
  const end = Math.min(Math.max(range[1], start + 1), total);
  const rangeRef = useRef<Range>([start, end]);
  useLayoutEffect(() => {
    rangeRef.current = [start, end];
  });

  const update = useCallback(() => {
    const tbody = tbodyRef.current;
    if (!tbody) return;
    const next = visibleRange(tbody, total);
    const [s, e] = rangeRef.current;
    if (next[0] !== s || next[1] !== e) setRange(next);
  }, [total]);

  useLayoutEffect(() => {
    update();
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
    };
  }, [update]);

  /** Renders row r at once (when it is outside the range) and returns the table's body. */
  const bringIn = (r: number): HTMLTableSectionElement => {
    const [s, e] = rangeRef.current;
    if (r < s || r >= e) {
      flushSync(() => setRange([Math.min(s, r), Math.max(e, r + 1)]));
    }
    return tbodyRef.current!;
  };

  /** Arrow keys move between cells that have a stance, skipping empty ones, into rows not yet rendered. */
  const onArrow = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const step = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[e.key];
    const target = e.target as HTMLElement;
    if (!step || target.dataset.r === undefined) return;
    let r = Number(target.dataset.r);
    let c = Number(target.dataset.c);
    for (;;) {
      r += step[0]!;
      c += step[1]!;
      if (r < 0 || c < 0 || r >= total || c >= columns.length) return;
      if (!matrix.has(cellKey(rows[r]!.id, columns[c]!.id))) continue;
      e.preventDefault();
      const next = bringIn(r).querySelector<HTMLButtonElement>(`button[data-r="${r}"][data-c="${c}"]`);
      next?.focus();
      next?.scrollIntoView({ block: "nearest", inline: "nearest" });
      return;
    }
  };

  /** Tab past the last rendered row (or Shift+Tab before the first) goes on into the next row. */
  const onTab = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const [s, eRow] = rangeRef.current;
    const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const target = e.target as HTMLElement;
    if (!e.shiftKey && eRow < total && target === focusable.at(-1)) {
      e.preventDefault();
      const row = bringIn(eRow).querySelector<HTMLElement>(`tr[aria-rowindex="${eRow + 2}"]`);
      const first = row?.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
      first?.scrollIntoView({ block: "nearest" });
    } else if (e.shiftKey && s > 0 && target === focusable[0]) {
      e.preventDefault();
      const row = bringIn(s - 1).querySelector<HTMLElement>(`tr[aria-rowindex="${s + 1}"]`);
      const last = row ? [...row.querySelectorAll<HTMLElement>(FOCUSABLE)].at(-1) : undefined;
      last?.focus();
      last?.scrollIntoView({ block: "nearest" });
    }
  };

  return (
    <div className="relative overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--panel)]">
      {/* Fixed layout with set column widths and row heights: the browser lays out the rows on
          screen without measuring every cell's content first. */}
      <table
        className="min-w-full table-fixed border-collapse text-sm"
        style={{ width: `${11 + columns.length * 12}rem` }}
        aria-label="Claimed positions: actors by topic"
        aria-rowcount={total + 1}
        aria-colcount={columns.length + 1}
      >
        <colgroup>
          <col style={{ width: "11rem" }} />
          {columns.map((topic) => (
            <col key={topic.id} style={{ width: "12rem" }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
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
        <tbody
          ref={tbodyRef}
          onKeyDown={(e) => {
            if (e.key === "Tab") onTab(e);
            else onArrow(e);
          }}
        >
          {start > 0 ? (
            <tr aria-hidden="true" data-spacer="before" style={{ height: start * ROW_HEIGHT }}>
              <td colSpan={columns.length + 1} />
            </tr>
          ) : null}
          {rows.slice(start, end).map((actor, i) => {
            const r = start + i;
            const open = openCell !== null && openCell.startsWith(`${actor.id}:`) ? openCell : null;
            return (
              <MatrixRow
                key={actor.id}
                actor={actor}
                columns={columns}
                matrix={matrix}
                r={r}
                openCell={open}
                onOpen={onOpen}
              />
            );
          })}
          {end < total ? (
            <tr aria-hidden="true" data-spacer="after" style={{ height: (total - end) * ROW_HEIGHT }}>
              <td colSpan={columns.length + 1} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
