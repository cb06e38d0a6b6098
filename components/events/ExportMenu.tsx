"use client";

import { useState } from "react";

export type ExportFormat = "csv" | "json" | "svg" | "png";

/** Downloads of exactly the filtered view; the work lives with the dashboard, this is the menu. */
export function ExportMenu({
  onExport,
  timeline,
}: {
  onExport(format: ExportFormat): Promise<void>;
  timeline: boolean;
}) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formats: ExportFormat[] = timeline ? ["csv", "json", "png", "svg"] : ["csv", "json"];
  return (
    <span role="group" aria-label="Export" className="no-print flex items-center gap-1 text-sm">
      <span className="text-[var(--muted)]">Export</span>
      {formats.map((f) => (
        <button
          key={f}
          type="button"
          disabled={busy !== null}
          className="rounded-md border border-[var(--border)] px-2 py-0.5 uppercase hover:bg-[var(--bg)] disabled:opacity-50"
          aria-label={`Export ${f === "csv" || f === "json" ? "the shown events" : "the timeline"} as ${f.toUpperCase()}`}
          onClick={async () => {
            setBusy(f);
            setError(null);
            try {
              await onExport(f);
            } catch (err) {
              setError(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
            } finally {
              setBusy(null);
            }
          }}
        >
          {busy === f ? "…" : f}
        </button>
      ))}
      {error ? (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </span>
  );
}
