"use client";

import { useState } from "react";

/**
 * What the link asked for that could not be shown, until dismissed. Long values are cut by the
 * parser, and any that remain wrap, so a hostile link cannot push "Dismiss" off the page.
 */
export function UrlNotices({ notices }: { notices: string[] }) {
  const key = notices.join("\n");
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!notices.length || dismissed === key) return null;
  return (
    <div
      role="status"
      data-testid="url-notices"
      className="flex items-start justify-between gap-3 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 [overflow-wrap:anywhere] dark:bg-amber-950 dark:text-amber-50"
    >
      <ul className="min-w-0">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button
        type="button"
        className="shrink-0 underline"
        onClick={() => setDismissed(key)}
        aria-label="Dismiss these notices"
      >
        Dismiss
      </button>
    </div>
  );
}
