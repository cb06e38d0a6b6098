"use client";

import { useId, useState } from "react";
import { parseDateBound } from "@/lib/view/dates";
import { formatIso } from "@/lib/view/dates";

/**
 * The date the matrix is read at: typed (YYYY, YYYY-MM or YYYY-MM-DD) or stepped with a slider
 * over the dates on which some stance was first reported, so each step changes something.
 */
export function AsOfControl({
  value,
  day,
  changeDates,
  onChange,
}: {
  /** as typed in the URL */
  value: string | null;
  /** what it resolves to */
  day: string | null;
  changeDates: readonly string[];
  onChange(value: string | null): void;
}) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The URL changed under the field (Back, the slider, reset): show the new value.
    setShown(value);
    setText(value ?? "");
  }
  const trimmed = text.trim();
  const invalid = trimmed !== "" && parseDateBound(trimmed, "to") === null;
  const commit = () => {
    if (!invalid && (trimmed || null) !== value) onChange(trimmed || null);
  };
  // The slider's last step is "latest"; before it, each date some stance was first reported.
  let step = changeDates.length;
  if (day !== null) {
    step = 0;
    while (step < changeDates.length && changeDates[step]! <= day) step++;
    step = Math.max(0, step - 1);
  }
  return (
    <div className="flex flex-wrap items-end gap-3">
      <span className="flex flex-col">
        <label htmlFor={`${id}-text`} className="text-xs text-[var(--muted)]">
          As of
        </label>
        <input
          id={`${id}-text`}
          value={text}
          inputMode="numeric"
          placeholder="latest"
          aria-invalid={invalid}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
          }}
          className={`w-32 rounded border bg-[var(--panel)] px-2 py-1 text-sm ${
            invalid ? "border-red-600" : "border-[var(--border)]"
          }`}
        />
        <span id={`${id}-hint`} className={`text-xs ${invalid ? "text-red-700 dark:text-red-300" : "sr-only"}`}>
          YYYY, YYYY-MM or YYYY-MM-DD
        </span>
      </span>
      {changeDates.length > 0 ? (
        <span className="flex min-w-48 flex-1 flex-col">
          <label htmlFor={`${id}-range`} className="text-xs text-[var(--muted)]">
            Step through changes
          </label>
          <input
            id={`${id}-range`}
            type="range"
            min={0}
            max={changeDates.length}
            value={step}
            aria-valuetext={step === changeDates.length ? "latest" : formatIso(changeDates[step]!)}
            onChange={(e) => {
              const i = Number(e.target.value);
              onChange(i >= changeDates.length ? null : changeDates[i]!);
            }}
            className="w-full accent-[var(--accent)]"
          />
        </span>
      ) : null}
      {value ? (
        <button
          type="button"
          onClick={() => onChange(null)}
          className="rounded-md border border-[var(--border)] px-3 py-1 text-sm hover:bg-[var(--bg)]"
        >
          Latest
        </button>
      ) : null}
    </div>
  );
}
