"use client";

import { useMemo, useState } from "react";
import { formatNormalisedDate, monthYear } from "@/lib/view/dates";
import { SIGNAL_STYLES, isHollow } from "@/lib/view/signalTypes";
import { sortEvents } from "@/lib/view/sortEvents";
import type { ViewEvent } from "@/lib/view/viewData";
import { Glyph } from "../timeline/Glyph";

const PAGE = 60;

/** The phone timeline: newest first, grouped by the month an event starts in. */
export function EventList({
  events,
  actorName,
  selectedId,
  onOpen,
}: {
  events: ViewEvent[];
  actorName(id: string): string;
  selectedId: string | null;
  onOpen(id: string): void;
}) {
  const [limit, setLimit] = useState(PAGE);
  // Sorted once per list; "Show more" only takes a longer slice.
  const sorted = useMemo(() => sortEvents(events, "date", true, actorName), [events, actorName]);
  const groups = useMemo(() => {
    const out: { label: string; events: ViewEvent[] }[] = [];
    for (const e of sorted.slice(0, limit)) {
      const label = e.start === null ? "Date unknown" : monthYear(e.start);
      if (out.at(-1)?.label === label) out.at(-1)!.events.push(e);
      else out.push({ label, events: [e] });
    }
    return out;
  }, [sorted, limit]);

  return (
    <div data-testid="event-list">
      {groups.map((g) => (
        <section key={g.label} aria-label={g.label} className="mb-4">
          <h3 className="sticky top-0 z-10 border-b border-[var(--border)] bg-[var(--bg)] py-1 text-sm font-semibold">
            {g.label}
          </h3>
          <ul className="divide-y divide-[var(--border)]">
            {g.events.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  data-event-id={e.id}
                  aria-pressed={e.id === selectedId}
                  onClick={() => onOpen(e.id)}
                  className="flex w-full items-start gap-3 px-1 py-3 text-left"
                >
                  <Glyph type={e.type} hollow={isHollow(e.modality)} size={16} className="mt-0.5" />
                  <span className="min-w-0 flex-1">
                    <span className="block text-xs text-[var(--muted)]">
                      {formatNormalisedDate(e.date, e.reported)} · {SIGNAL_STYLES[e.type].label}
                      {e.modality !== "asserted" ? ` · ${e.modality}` : ""}
                    </span>
                    <span className="block">{e.summary}</span>
                    <span className="block text-xs text-[var(--muted)]">
                      {e.actors.map((a) => actorName(a.id)).join(", ")}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {events.length > limit ? (
        <button
          type="button"
          className="w-full rounded-md border border-[var(--border)] py-2 text-sm"
          onClick={() => setLimit((l) => l + PAGE)}
        >
          Show more ({events.length - limit} left)
        </button>
      ) : null}
    </div>
  );
}
