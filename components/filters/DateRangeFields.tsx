"use client";

import { useId, useState, type FocusEvent } from "react";
import { submitDateRange } from "@/lib/view/dates";

/**
 * From and To as one small form: both are committed together, on Enter, Apply or when focus
 * leaves the pair, never one at a time (a From committed alone used to be swapped with the old
 * To while the reader was still typing the new one). A range typed backwards is swapped on
 * submit, and the form says so.
 */
export function DateRangeFields({
  from,
  to,
  onCommit,
}: {
  from: string | null;
  to: string | null;
  onCommit(from: string | null, to: string | null): void;
}) {
  const id = useId();
  const [text, setText] = useState({ from: from ?? "", to: to ?? "" });
  const [shown, setShown] = useState({ from, to });
  const [invalid, setInvalid] = useState<("from" | "to")[]>([]);
  const [message, setMessage] = useState("");
  if (shown.from !== from || shown.to !== to) {
    // The URL changed under the fields (Back, reset, brushing, a swap on submit): show it.
    setShown({ from, to });
    setText({ from: from ?? "", to: to ?? "" });
  }

  const submit = () => {
    const result = submitDateRange(text.from, text.to);
    if (!result.ok) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    setMessage(result.swapped ? `From was after To: the range was swapped to ${result.from} – ${result.to}.` : "");
    if (result.from !== from || result.to !== to) onCommit(result.from, result.to);
  };
  const onBlur = (e: FocusEvent<HTMLFormElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) submit();
  };

  const field = (edge: "from" | "to") => (
    <span className="flex flex-col">
      <label htmlFor={`${id}-${edge}`} className="text-xs text-[var(--muted)]">
        {edge === "from" ? "From" : "To"}
      </label>
      <input
        id={`${id}-${edge}`}
        value={text[edge]}
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        aria-invalid={invalid.includes(edge)}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText((t) => ({ ...t, [edge]: e.target.value }));
          setMessage("");
        }}
        className={`w-28 rounded border bg-[var(--panel)] px-2 py-1 text-sm ${
          invalid.includes(edge) ? "border-red-600" : "border-[var(--border)]"
        }`}
      />
    </span>
  );

  return (
    <form
      role="group"
      aria-label="Date range"
      className="flex flex-col gap-0.5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onBlur={onBlur}
    >
      <span className="flex items-end gap-2">
        {field("from")}
        {field("to")}
        <button
          type="submit"
          className="rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 py-1 text-sm hover:bg-[var(--bg)]"
        >
          Apply
        </button>
      </span>
      <span
        id={`${id}-hint`}
        role="status"
        className={`text-xs ${invalid.length ? "text-red-700 dark:text-red-300" : "text-[var(--muted)]"}`}
      >
        {invalid.length
          ? `${invalid.map((e) => (e === "from" ? "From" : "To")).join(" and ")}: YYYY, YYYY-MM or YYYY-MM-DD`
          : message}
      </span>
    </form>
  );
}
