"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Actor } from "@/lib/model/schema";
import type { Facets, Publisher } from "@/lib/view/filter";
import type { ViewState } from "@/lib/view/urlState";
import { DateRangeFields } from "./DateRangeFields";
import { MultiSelect } from "./MultiSelect";

interface FilterControlsProps {
  state: ViewState;
  facets: Facets;
  actors: Actor[];
  publishers: Publisher[];
  update(patch: Partial<ViewState>): void;
  /** "bar" lays the controls in a row; "drawer" stacks them for a phone */
  layout: "bar" | "drawer";
  /** words that find something in this event list, for the search box's placeholder */
  searchExamples: string[];
}

/** Search commits after a pause in typing, so each word is not a history entry. */
function SearchField({ value, examples, onCommit }: { value: string; examples: string[]; onCommit(q: string): void }) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <span className="flex min-w-48 flex-1 flex-col">
      <label htmlFor={id} className="text-xs text-[var(--muted)]">
        Search summaries and evidence
      </label>
      <input
        id={id}
        type="search"
        value={text}
        // Only examples that find something in this corpus (searchExamples), and how to quote a phrase.
        placeholder={examples.length ? `e.g. ${examples.join(", ")} or "a phrase"` : `words or "a phrase"`}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => onCommit(next.trim()), 350);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            clearTimeout(timer.current);
            onCommit(text.trim());
          }
        }}
        className="w-full rounded border border-[var(--border)] bg-[var(--panel)] px-2 py-1 text-sm"
      />
    </span>
  );
}

export function FilterControls({
  state,
  facets,
  actors,
  publishers,
  update,
  layout,
  searchExamples,
}: FilterControlsProps) {
  return (
    <div
      className={layout === "bar" ? "flex flex-wrap items-end gap-3" : "flex flex-col items-stretch gap-4 [&>*]:w-full"}
    >
      <MultiSelect
        label="Actors"
        options={actors.map((a) => ({ id: a.id, label: a.name, count: facets.actors.get(a.id) ?? 0 }))}
        selected={state.actors}
        onChange={(ids) => update({ actors: ids })}
      />
      <MultiSelect
        label="Sources"
        options={publishers.map((p) => ({ id: p.key, label: p.name, count: facets.sources.get(p.key) ?? 0 }))}
        selected={state.sources}
        onChange={(keys) => update({ sources: keys })}
      />
      <DateRangeFields from={state.from} to={state.to} onCommit={(from, to) => update({ from, to })} />
      <SearchField value={state.q} examples={searchExamples} onCommit={(q) => update({ q })} />
      <label className="flex items-center gap-2 pb-1 text-sm">
        <input
          type="checkbox"
          checked={state.onRecordOnly}
          onChange={(e) => update({ onRecordOnly: e.target.checked })}
        />
        On record only
      </label>
    </div>
  );
}
