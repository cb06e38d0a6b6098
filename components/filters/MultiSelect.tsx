"use client";

import { useEffect, useId, useRef, useState } from "react";

export interface Option {
  id: string;
  label: string;
  count: number;
}

interface MultiSelectProps {
  label: string;
  options: Option[];
  selected: string[];
  onChange(selected: string[]): void;
  /** show a search box over the options when there are more than this many */
  searchAbove?: number;
}

/** A searchable checklist in a popover; counts say how many events choosing an option shows. */
export function MultiSelect({ label, options, selected, onChange, searchAbove = 8 }: MultiSelectProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const chosen = new Set(selected);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const needle = query.trim().toLocaleLowerCase();
  const shown = options.filter((o) => !needle || o.label.toLocaleLowerCase().includes(needle));
  // Chosen options first so they can be unticked without scrolling; then the most useful.
  shown.sort(
    (a, b) =>
      Number(chosen.has(b.id)) - Number(chosen.has(a.id)) || b.count - a.count || a.label.localeCompare(b.label),
  );

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        className="flex items-center gap-1 rounded-md border border-[var(--border)] bg-[var(--panel)] px-3 py-1.5 text-sm hover:bg-[var(--bg)]"
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        {selected.length ? (
          <span className="rounded-full bg-[var(--accent)] px-1.5 text-xs font-semibold text-[var(--panel)]">
            {selected.length}
          </span>
        ) : null}
        <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          id={panelId}
          role="group"
          aria-label={label}
          className="absolute left-0 z-30 mt-1 w-72 rounded-md border border-[var(--border)] bg-[var(--panel)] p-2 shadow-lg"
        >
          {options.length > searchAbove ? (
            <input
              type="search"
              autoFocus
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={`Search ${label.toLowerCase()}…`}
              aria-label={`Search ${label.toLowerCase()}`}
              className="mb-2 w-full rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-sm"
            />
          ) : null}
          <ul className="max-h-72 overflow-y-auto text-sm">
            {shown.map((o) => (
              <li key={o.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-[var(--bg)]">
                  <input
                    type="checkbox"
                    checked={chosen.has(o.id)}
                    onChange={(e) =>
                      onChange(e.target.checked ? [...selected, o.id] : selected.filter((id) => id !== o.id))
                    }
                  />
                  <span className="flex-1 truncate">{o.label}</span>
                  <span className="tabular-nums text-[var(--muted)]">{o.count}</span>
                </label>
              </li>
            ))}
            {shown.length === 0 ? <li className="px-1 py-1 text-[var(--muted)]">Nothing matches “{query}”.</li> : null}
          </ul>
          {selected.length ? (
            <button type="button" className="mt-2 text-sm text-[var(--accent)] underline" onClick={() => onChange([])}>
              Clear {label.toLowerCase()}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
