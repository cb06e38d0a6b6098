"use client";

import { useState } from "react";

/** Copies an absolute link; says so in a live region, since a copy is otherwise invisible. */
export function CopyLinkButton({ path, label = "Copy link" }: { path: string; label?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="no-print inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-[var(--border)] px-3 py-1.5 text-sm hover:bg-[var(--bg)]"
        onClick={async () => {
          const url = new URL(path, window.location.origin).toString();
          try {
            await navigator.clipboard.writeText(url);
            setStatus("copied");
          } catch {
            setStatus("failed");
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-[var(--muted)]">
        {status === "copied" ? "Link copied" : status === "failed" ? "Copying was blocked: copy the address bar" : ""}
      </span>
    </span>
  );
}
