import { describeDate } from "@/lib/view/dates";
import { SIGNAL_STYLES } from "@/lib/view/signalTypes";
import type { ViewEvent } from "@/lib/view/viewData";

/** The hovered or focused mark in words: its date as honestly as known, type, actors and summary. */
export function MarkTooltip({
  event,
  actors,
  left,
  top,
}: {
  event: ViewEvent;
  actors: string;
  left: number;
  top: number;
}) {
  const date = describeDate(event.date, event.reported);
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-20 w-72 rounded-md border border-[var(--border)] bg-[var(--panel)] p-2 text-xs shadow-lg"
      style={{ left, top }}
    >
      <p className="font-semibold">{date.when}</p>
      <p className="text-[var(--muted)]">{date.asWritten ? `as written: “${date.asWritten}”` : date.basis}</p>
      <p className="mt-1">
        <span className="font-medium">{SIGNAL_STYLES[event.type].label}</span>
        {event.modality !== "asserted" ? ` · ${event.modality}` : ""} · {actors}
      </p>
      <p className="mt-1">{event.summary}</p>
    </div>
  );
}
