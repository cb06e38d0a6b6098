import type { AttributionBasis, StripItem } from "@/lib/positions/history";

const BASIS_TEXT: Record<AttributionBasis, string> = {
  "on-record": "on record",
  "third-party": "third party",
  anonymous: "anonymous sources",
  outlet: "the outlet",
};

/**
 * "2022 – 5 May 2023 · 4 sources": when a stance was reported, at the precision its sources
 * give, and by how many sources.
 */
export function entrySpan(entry: { firstLabel: string; lastLabel: string; sources: number }): string {
  const dates = entry.firstLabel === entry.lastLabel ? entry.firstLabel : `${entry.firstLabel} – ${entry.lastLabel}`;
  return `${dates} · ${entry.sources} source${entry.sources === 1 ? "" : "s"}`;
}

/** "anonymous sources only", "third party + anonymous sources only", or "on record". */
export function basisText(bases: readonly AttributionBasis[]): string {
  if (bases.includes("on-record")) return "on record";
  if (bases.length === 0) return "unattributed";
  return `${bases.map((b) => BASIS_TEXT[b]).join(" + ")} only`;
}

/**
 * Says in words and a symbol whether a stance rests on the actor's own words: a stance reported
 * only by anonymous sources or a third party must never look like one the actor stated.
 */
export function BasisMark({ bases, compact = false }: { bases: readonly AttributionBasis[]; compact?: boolean }) {
  const onRecord = bases.includes("on-record");
  return (
    <span
      data-basis={onRecord ? "on-record" : "not-on-record"}
      className={`inline-flex items-center gap-1 rounded px-1 text-xs ${
        onRecord
          ? "text-[var(--muted)]"
          : "border border-dashed border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200"
      }`}
    >
      <span aria-hidden="true">{onRecord ? "●" : "◌"}</span>
      {compact && !onRecord ? basisText(bases).replace("anonymous sources", "anonymous") : basisText(bases)}
    </span>
  );
}

/** A changed stance: a symbol and the word, never colour alone. */
export function ShiftMark({ from }: { from: readonly string[] | null }) {
  if (!from) return null;
  return (
    <span
      data-shift="true"
      title={`Changed from: ${from.join(" / ")}`}
      className="inline-flex items-center gap-1 whitespace-nowrap rounded border border-[var(--fg)] px-1 text-xs font-semibold"
    >
      <span aria-hidden="true">⇄</span>shift
    </span>
  );
}

/** A stable hue per stance so that the same stance looks the same along a strip. */
export function stanceHue(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return h % 360;
}

/**
 * The last few stances as small blocks, oldest first; a shift starts with a bar. One element drawn
 * with a gradient, because a matrix has hundreds of strips. It repeats what the history panel
 * says in words, so it is hidden from screen readers.
 */
export function HistoryStrip({ items }: { items: readonly StripItem[] }) {
  if (items.length < 2) return null;
  const stops: string[] = [];
  let x = 0;
  const segment = (color: string, width: number) => {
    stops.push(`${color} ${x}px ${x + width}px`);
    x += width;
  };
  for (const item of items) {
    if (item.shift) {
      segment("var(--fg)", 2);
      segment("transparent", 2);
    }
    segment(`hsl(${stanceHue(item.stanceId ?? item.stance)} 55% 55%)`, 10);
    segment("transparent", 3);
  }
  return (
    <span
      aria-hidden="true"
      data-strip={items.length}
      title={items.map((i) => `${i.firstLabel}: ${i.stance}`).join("\n")}
      className="inline-block h-2.5"
      style={{ width: x, backgroundImage: `linear-gradient(to right, ${stops.join(", ")})` }}
    />
  );
}
