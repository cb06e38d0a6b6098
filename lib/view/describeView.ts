import { SIGNAL_STYLES } from "./signalTypes";
import type { ViewState } from "./urlState";

/**
 * The filters of a view in one line of words, for an exported chart: a picture that leaves the
 * page must say what it shows. "All events" when nothing narrows them.
 */
export function describeFilters(
  state: Pick<ViewState, "actors" | "types" | "from" | "to" | "q" | "sources" | "onRecordOnly">,
  names: { actor(id: string): string; source(key: string): string },
): string {
  const parts: string[] = [];
  if (state.actors.length) parts.push(`actors: ${state.actors.map(names.actor).join(", ")}`);
  if (state.types.length) parts.push(`types: ${state.types.map((t) => SIGNAL_STYLES[t].label).join(", ")}`);
  if (state.from || state.to)
    parts.push(
      state.from && state.to
        ? `dates ${state.from} to ${state.to}`
        : state.from
          ? `from ${state.from}`
          : `until ${state.to}`,
    );
  if (state.sources.length) parts.push(`sources: ${state.sources.map(names.source).join(", ")}`);
  if (state.q) parts.push(`search “${state.q}”`);
  if (state.onRecordOnly) parts.push("on-record sources only");
  return parts.length ? `Filters: ${parts.join("; ")}` : "All events, no filters";
}
