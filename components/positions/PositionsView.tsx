"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { MultiSelect } from "@/components/filters/MultiSelect";
import { cellKey, matrixAsOf, type MatrixCell } from "@/lib/positions/history";
import {
  POSITIONS_URL_KEYS,
  parsePositionsState,
  serializePositionsState,
  type PositionsState,
  type PositionsUrlKey,
} from "@/lib/positions/urlState";
import { decodePositions, type PositionsWire } from "@/lib/positions/wire";
import { AsOfControl } from "./AsOfControl";
import { CellHistoryPanel } from "./CellHistoryPanel";
import { PositionCards } from "./PositionCards";
import { formatIso } from "@/lib/view/dates";
import { PositionMatrix } from "./PositionMatrix";
import { useIsPhone } from "@/components/useIsPhone";

const URL_PARSERS = Object.fromEntries(POSITIONS_URL_KEYS.map((k) => [k, parseAsString])) as Record<
  PositionsUrlKey,
  typeof parseAsString
>;

/** Marks the UI benchmark reads: from decoding the page data to the matrix on screen. */
export const PERF_MARKS = {
  start: "positions:start",
  ready: "positions:matrix-ready",
  measure: "positions:render",
  complete: "positions:matrix-complete",
};

export function PositionsView({ wire }: { wire: PositionsWire }) {
  const data = useMemo(() => {
    performance.mark(PERF_MARKS.start);
    return decodePositions(wire);
  }, [wire]);
  const [raw, setRaw] = useQueryStates(URL_PARSERS);
  const known = useMemo(
    () => ({ actorIds: new Set(data.actors.map((a) => a.id)), topicIds: new Set(data.topics.map((t) => t.id)) }),
    [data],
  );
  const { state, notices } = useMemo(() => parsePositionsState(raw, known), [raw, known]);
  const rows = useMemo(
    () => (state.actors.length ? data.actors.filter((a) => state.actors.includes(a.id)) : data.actors),
    [data, state.actors],
  );
  const columns = useMemo(
    () => (state.topics.length ? data.topics.filter((t) => state.topics.includes(t.id)) : data.topics),
    [data, state.topics],
  );
  const filtered = state.actors.length > 0 || state.topics.length > 0;
  const keys = useMemo(
    () => (filtered ? rows.flatMap((r) => columns.map((c) => cellKey(r.id, c.id))) : null),
    [filtered, rows, columns],
  );
  // The latest matrix comes precomputed from the server; only an as-of date walks the entries.
  const matrix = useMemo(() => {
    if (state.asofDay !== null) return matrixAsOf(data.cells(), state.asofDay, keys ? { keys } : {});
    if (!keys) return data.latest;
    const out = new Map<string, MatrixCell>();
    for (const key of keys) {
      const cell = data.latest.get(key);
      if (cell) out.set(key, cell);
    }
    return out;
  }, [data, state.asofDay, keys]);
  const changeDates = useMemo(() => {
    if (!keys) return data.changeDates;
    const cells = data.cells();
    const dates = new Set<string>();
    for (const key of keys) for (const entry of cells[key] ?? []) dates.add(entry.firstDate);
    return [...dates].sort();
  }, [data, keys]);
  const isPhone = useIsPhone();

  // Rows are windowed (the table) or paged (the cards): what is rendered at first is all there is
  // to render, so the matrix is complete when it is ready.
  const measured = useRef(false);
  useEffect(() => {
    performance.mark(PERF_MARKS.ready, { detail: { cells: matrix.size } });
    if (!measured.current) {
      measured.current = true;
      performance.measure(PERF_MARKS.measure, PERF_MARKS.start, PERF_MARKS.ready);
      performance.mark(PERF_MARKS.complete, { detail: { rows: rows.length } });
    }
  }, [matrix, rows.length]);

  const update = useCallback(
    (patch: Partial<Omit<PositionsState, "asofDay">>, history: "push" | "replace") =>
      setRaw(serializePositionsState({ ...state, ...patch }), { history }),
    [setRaw, state],
  );
  // Stable across renders so that memoised cells do not re-render when the view state changes.
  const latest = useRef(update);
  useEffect(() => {
    latest.current = update;
  }, [update]);
  const open = useCallback((actor: string, topic: string) => latest.current({ cell: { actor, topic } }, "push"), []);
  const openKey = state.cell ? cellKey(state.cell.actor, state.cell.topic) : null;
  const closePanel = useCallback(() => {
    update({ cell: null }, "push");
    if (openKey) {
      // Give focus back to the cell that opened the history, as a dialog should.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-cell="${openKey}"]`)?.focus());
    }
  }, [openKey, update]);

  const openActor = state.cell ? data.actors.find((a) => a.id === state.cell!.actor) : undefined;
  const openTopic = state.cell ? data.topics.find((t) => t.id === state.cell!.topic) : undefined;
  const allNotices =
    openKey && openActor && openTopic && !data.latest.has(openKey)
      ? [...notices, { param: "cell", message: `${openActor.name} has no recorded stance on ${openTopic.label}.` }]
      : notices;
  const shifts = useMemo(() => {
    let n = 0;
    for (const cell of matrix.values()) if (cell.shiftFrom) n++;
    return n;
  }, [matrix]);

  return (
    <div className="space-y-4" data-positions-view>
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-[var(--border)] bg-[var(--panel)] p-3">
        <MultiSelect
          label="Actors"
          options={data.actors.map((a) => ({ id: a.id, label: a.name, count: data.actorCounts.get(a.id) ?? 0 }))}
          selected={state.actors}
          onChange={(actors) => update({ actors }, "replace")}
        />
        <MultiSelect
          label="Topics"
          options={data.topics.map((t) => ({ id: t.id, label: t.label, count: data.topicCounts.get(t.id) ?? 0 }))}
          selected={state.topics}
          onChange={(topics) => update({ topics }, "replace")}
        />
        <AsOfControl
          value={state.asof}
          day={state.asofDay}
          changeDates={changeDates}
          onChange={(asof) => update({ asof }, "replace")}
        />
        {state.actors.length || state.topics.length || state.asof ? (
          <button
            type="button"
            onClick={() => update({ actors: [], topics: [], asof: null }, "replace")}
            className="text-sm text-[var(--accent)] underline"
          >
            Reset filters
          </button>
        ) : null}
      </div>

      {allNotices.length ? (
        <ul
          role="status"
          className="rounded-md border-2 border-amber-600 p-3 text-sm [overflow-wrap:anywhere]"
          data-url-notices
        >
          {allNotices.map((n, i) => (
            <li key={i}>{n.message}</li>
          ))}
        </ul>
      ) : null}

      <p className="text-sm text-[var(--muted)]" aria-live="polite" data-matrix-summary>
        {matrix.size} stance{matrix.size === 1 ? "" : "s"} of {rows.length} actor{rows.length === 1 ? "" : "s"} on{" "}
        {columns.length} topic{columns.length === 1 ? "" : "s"}
        {state.asofDay ? `, as of ${formatIso(state.asofDay)}` : ", latest"}; {shifts} marked as a shift.
      </p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-[var(--muted)]">
        <span>
          <span aria-hidden="true">⇄</span> <strong>shift</strong>: differs from the stance reported before
        </span>
        <span>
          <span aria-hidden="true">◌</span> <em>italic</em>: no on-record source (anonymous, third party or the outlet
          only)
        </span>
        <span>src: distinct articles backing the stance</span>
        <span>a stance dated to a month, season or year counts “as of” from the last day of it</span>
      </p>

      {matrix.size === 0 ? (
        <p className="rounded-lg border border-[var(--border)] bg-[var(--panel)] p-4">
          No recorded stance {state.asofDay ? `as of ${formatIso(state.asofDay)}` : ""} for this choice of actors and
          topics.
        </p>
      ) : isPhone ? (
        <PositionCards rows={rows} columns={columns} matrix={matrix} onOpen={open} />
      ) : (
        <PositionMatrix rows={rows} columns={columns} matrix={matrix} openCell={openKey} onOpen={open} />
      )}

      {openKey && openActor && openTopic && data.latest.has(openKey) ? (
        <CellHistoryPanel
          key={openKey}
          actor={openActor}
          topic={openTopic}
          asofDay={state.asofDay}
          onClose={closePanel}
        />
      ) : null}
    </div>
  );
}
