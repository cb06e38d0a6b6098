"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { MultiSelect } from "@/components/filters/MultiSelect";
import { cellKey, matrixAsOf } from "@/lib/positions/history";
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
import { PositionMatrix, formatIso } from "./PositionMatrix";

const URL_PARSERS = Object.fromEntries(POSITIONS_URL_KEYS.map((k) => [k, parseAsString])) as Record<
  PositionsUrlKey,
  typeof parseAsString
>;

const PHONE_QUERY = "(max-width: 767px)";
function useIsPhone(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mq = matchMedia(PHONE_QUERY);
      mq.addEventListener("change", notify);
      return () => mq.removeEventListener("change", notify);
    },
    () => matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}

/** Marks the UI benchmark reads: from decoding the page data to the matrix on screen. */
export const PERF_MARKS = {
  start: "positions:start",
  ready: "positions:matrix-ready",
  measure: "positions:render",
  complete: "positions:matrix-complete",
};

/**
 * Rows shown at first: about a screenful. The rest follow in a low-priority render right after
 * the first paint, so a 60-actor matrix shows its top at once instead of all of it late.
 */
const FIRST_ROWS = 8;
function useRowsShown(total: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (all) return;
    const timer = setTimeout(() => startTransition(() => setAll(true)), 0);
    return () => clearTimeout(timer);
  }, [all]);
  return all ? total : Math.min(total, FIRST_ROWS);
}

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
  const keys = useMemo(() => rows.flatMap((r) => columns.map((c) => cellKey(r.id, c.id))), [rows, columns]);
  const matrix = useMemo(() => matrixAsOf(data.cells, state.asofDay, { keys }), [data, state.asofDay, keys]);
  const changeDates = useMemo(() => {
    const dates = new Set<string>();
    for (const key of keys) for (const entry of data.cells[key] ?? []) dates.add(entry.firstDate);
    return [...dates].sort();
  }, [data, keys]);
  const counts = useMemo(() => {
    const actors = new Map<string, number>();
    const topics = new Map<string, number>();
    for (const key of Object.keys(data.cells)) {
      const [actor, topic] = key.split(":") as [string, string];
      actors.set(actor, (actors.get(actor) ?? 0) + 1);
      topics.set(topic, (topics.get(topic) ?? 0) + 1);
    }
    return { actors, topics };
  }, [data]);
  const isPhone = useIsPhone();

  const shown = useRowsShown(rows.length);
  const shownRows = useMemo(() => rows.slice(0, shown), [rows, shown]);
  const measured = useRef(false);
  useEffect(() => {
    performance.mark(PERF_MARKS.ready, { detail: { cells: matrix.size } });
    if (!measured.current) {
      measured.current = true;
      performance.measure(PERF_MARKS.measure, PERF_MARKS.start, PERF_MARKS.ready);
    }
  }, [matrix]);
  useEffect(() => {
    if (shown === rows.length) performance.mark(PERF_MARKS.complete, { detail: { rows: shown } });
  }, [shown, rows.length]);

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
    openKey && openActor && openTopic && !data.cells[openKey]
      ? [...notices, { param: "cell", message: `${openActor.name} has no recorded stance on ${openTopic.label}.` }]
      : notices;
  const shifts = [...matrix.values()].filter((c) => c.shiftFrom).length;

  return (
    <div className="space-y-4" data-positions-view>
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-[var(--border)] bg-[var(--panel)] p-3">
        <MultiSelect
          label="Actors"
          options={data.actors.map((a) => ({ id: a.id, label: a.name, count: counts.actors.get(a.id) ?? 0 }))}
          selected={state.actors}
          onChange={(actors) => update({ actors }, "replace")}
        />
        <MultiSelect
          label="Topics"
          options={data.topics.map((t) => ({ id: t.id, label: t.label, count: counts.topics.get(t.id) ?? 0 }))}
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
        <ul role="status" className="rounded-md border-2 border-amber-600 p-3 text-sm" data-url-notices>
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
      </p>

      {matrix.size === 0 ? (
        <p className="rounded-lg border border-[var(--border)] bg-[var(--panel)] p-4">
          No recorded stance {state.asofDay ? `as of ${formatIso(state.asofDay)}` : ""} for this choice of actors and
          topics.
        </p>
      ) : isPhone ? (
        <PositionCards rows={shownRows} columns={columns} matrix={matrix} onOpen={open} />
      ) : (
        <PositionMatrix rows={shownRows} columns={columns} matrix={matrix} openCell={openKey} onOpen={open} />
      )}

      {openKey && openActor && openTopic && data.cells[openKey] ? (
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
