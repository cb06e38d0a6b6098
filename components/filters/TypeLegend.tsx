"use client";

import type { SignalType } from "@/lib/model/schema";
import { SIGNAL_STYLES, TYPE_ORDER } from "@/lib/view/signalTypes";
import { Glyph } from "../timeline/Glyph";

/** The legend is also the type filter: each entry toggles its type. */
export function TypeLegend({
  selected,
  counts,
  onChange,
}: {
  selected: SignalType[];
  counts: Map<SignalType, number>;
  onChange(types: SignalType[]): void;
}) {
  const chosen = new Set(selected);
  return (
    <div role="group" aria-label="Signal types (legend and filter)" className="flex flex-wrap items-center gap-1.5">
      {TYPE_ORDER.map((t) => {
        const on = chosen.has(t);
        const dimmed = chosen.size > 0 && !on;
        return (
          <button
            key={t}
            type="button"
            aria-pressed={on}
            data-type={t}
            onClick={() => onChange(on ? selected.filter((s) => s !== t) : [...selected, t])}
            // A chosen type has a tick and a heavier border; the others a dashed border, a faded
            // glyph and muted text, which keeps full contrast (fading the whole chip did not). An
            // outline glyph would read as "scheduled or predicted".
            className={`flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs ${
              on
                ? "border-2 border-[var(--accent)] bg-[var(--bg)] font-semibold"
                : dimmed
                  ? "border-dashed border-[var(--border)] text-[var(--muted)]"
                  : "border-[var(--border)]"
            }`}
          >
            {on ? <span aria-hidden="true">✓</span> : null}
            <Glyph type={t} size={12} className={dimmed ? "opacity-50" : undefined} />
            {SIGNAL_STYLES[t].label}
            <span className="tabular-nums text-[var(--muted)]">{counts.get(t) ?? 0}</span>
          </button>
        );
      })}
      <span className="ml-1 flex items-center gap-3 text-xs text-[var(--muted)]">
        <span className="flex items-center gap-1">
          <Glyph type="talks" hollow size={12} /> hollow: scheduled or predicted
        </span>
        <span className="flex items-center gap-1">
          <svg width="28" height="8" aria-hidden="true">
            <rect y="2" width="28" height="4" fill="var(--muted)" fillOpacity="0.55" />
          </svg>
          bar: date known to a span
        </span>
        <span className="flex items-center gap-1">
          <svg width="28" height="8" aria-hidden="true">
            <defs>
              <linearGradient id="legend-fade">
                <stop offset="0" stopColor="var(--muted)" />
                <stop offset="1" stopColor="var(--muted)" stopOpacity="0.05" />
              </linearGradient>
            </defs>
            <rect y="2" width="28" height="4" fill="url(#legend-fade)" />
          </svg>
          fading: open “since …” span
        </span>
      </span>
    </div>
  );
}
