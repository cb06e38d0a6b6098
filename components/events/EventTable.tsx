"use client";

import { useMemo, useState } from "react";
import { describeDate } from "@/lib/view/dates";
import { SIGNAL_STYLES, isHollow } from "@/lib/view/signalTypes";
import { sortEvents } from "@/lib/view/sortEvents";
import type { SortKey, ViewState } from "@/lib/view/urlState";
import type { ViewEvent } from "@/lib/view/viewData";
import { Glyph } from "../timeline/Glyph";

const PAGE = 100;

interface EventTableProps {
  events: ViewEvent[];
  actorName(id: string): string;
  sort: ViewState["sort"];
  onSort(sort: ViewState["sort"]): void;
  selectedId: string | null;
  onOpen(id: string): void;
}

/** The same filtered events as the timeline, as a table a screen reader can walk. */
export function EventTable({ events, actorName, sort, onSort, selectedId, onOpen }: EventTableProps) {
  const [limit, setLimit] = useState(PAGE);
  const rows = useMemo(() => sortEvents(events, sort.key, sort.descending, actorName), [events, sort, actorName]);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"} className="p-2">
        <button
          type="button"
          className="flex items-center gap-1 font-semibold"
          onClick={() => onSort({ key, descending: active ? !sort.descending : false })}
        >
          {label}
          <span aria-hidden="true" className="text-[var(--muted)]">
            {active ? (sort.descending ? "▼" : "▲") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-md border border-[var(--border)] bg-[var(--panel)]">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          {events.length} events, sorted by {sort.key} {sort.descending ? "descending" : "ascending"}
        </caption>
        <thead className="border-b border-[var(--border)]">
          <tr>
            {header("date", "Date")}
            {header("type", "Type")}
            {header("actor", "Actors")}
            <th scope="col" className="p-2 font-semibold">
              Summary
            </th>
            <th scope="col" className="p-2 font-semibold">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((e) => {
            const date = describeDate(e.date, e.reported);
            return (
              <tr
                key={e.id}
                data-event-id={e.id}
                aria-current={e.id === selectedId ? "true" : undefined}
                className={`border-b border-[var(--border)] align-top ${e.id === selectedId ? "bg-[var(--bg)]" : ""}`}
              >
                <td className="whitespace-nowrap p-2">
                  {date.when}
                  <div className="text-xs text-[var(--muted)]">
                    {date.asWritten ? `“${date.asWritten}”` : date.basis}
                  </div>
                </td>
                <td className="p-2">
                  <span className="flex items-center gap-1.5">
                    <Glyph type={e.type} hollow={isHollow(e.modality)} size={12} />
                    {SIGNAL_STYLES[e.type].label}
                  </span>
                  {e.modality !== "asserted" ? <div className="text-xs text-[var(--muted)]">{e.modality}</div> : null}
                </td>
                <td className="p-2">{e.actors.map((a) => actorName(a.id)).join(", ")}</td>
                <td className="p-2">
                  <a
                    href={`/events/${e.id}`}
                    className="text-[var(--accent)] underline"
                    onClick={(ev) => {
                      if (ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
                      ev.preventDefault();
                      onOpen(e.id);
                    }}
                  >
                    {e.summary}
                  </a>
                  {e.id === selectedId ? (
                    <span className="ml-2 whitespace-nowrap rounded border border-[var(--fg)] px-1 text-xs">open</span>
                  ) : null}
                </td>
                <td className="p-2 tabular-nums">{e.sources.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > limit ? (
        <p className="flex items-center gap-3 p-2 text-sm">
          Showing {limit} of {rows.length}.
          <button
            type="button"
            className="text-[var(--accent)] underline"
            onClick={() => setLimit((l) => l + PAGE * 5)}
          >
            Show {Math.min(PAGE * 5, rows.length - limit)} more
          </button>
        </p>
      ) : null}
    </div>
  );
}
