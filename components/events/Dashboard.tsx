"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { dayToIso } from "@/lib/view/dates";
import { eventsToCsv, eventsToJson } from "@/lib/view/exportEvents";
import {
  compileFilter,
  facetCounts,
  filterEvents,
  publishersOf,
  relaxations,
  searchText,
  shownSources,
  type EventText,
  type FilterFacet,
} from "@/lib/view/filter";
import { indexActorNames } from "@/lib/view/search";
import { relatedEvents } from "@/lib/view/related";
import { sortEvents } from "@/lib/view/sortEvents";
import {
  DEFAULT_STATE,
  URL_KEYS,
  hasFilters,
  parseViewState,
  serializeViewState,
  type UrlKey,
  type ViewState,
} from "@/lib/view/urlState";
import { decodeViewData, detailBucket, toSignalEvent, type EventDetail, type WireData } from "@/lib/view/viewData";
import { FilterControls } from "../filters/FilterControls";
import { FilterDrawer } from "../filters/FilterDrawer";
import { TypeLegend } from "../filters/TypeLegend";
import { SignalStyleSheet } from "../timeline/Glyph";
import { Timeline, type TimelineHandle } from "../timeline/Timeline";
import { EventDetailPanel } from "./EventDetailPanel";
import { EventList } from "./EventList";
import { EventTable } from "./EventTable";
import { ExportMenu, type ExportFormat } from "./ExportMenu";
import { useIsPhone } from "@/components/useIsPhone";

const URL_PARSERS = Object.fromEntries(URL_KEYS.map((k) => [k, parseAsString])) as Record<UrlKey, typeof parseAsString>;

function download(content: BlobPart, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function svgToPng(svg: string): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    img.src = url;
    await img.decode();
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = img.width * scale;
    canvas.height = img.height * scale;
    const ctx = canvas.getContext("2d")!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode a PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The dashboard: filters, timeline or table, detail panel. All view state lives in the URL. */
export function Dashboard({ wire, searchExamples }: { wire: WireData; searchExamples: string[] }) {
  const [data] = useState(() => {
    performance.mark("signals:data");
    return decodeViewData(wire);
  });
  const isPhone = useIsPhone();
  const timelineRef = useRef<TimelineHandle>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [noticesDismissed, setNoticesDismissed] = useState<string | null>(null);

  // --- lookups ------------------------------------------------------------------------------------
  const actorsById = useMemo(() => new Map(data.actors.map((a) => [a.id, a])), [data]);
  const articlesById = useMemo(() => new Map(data.articles.map((a) => [a.id, a])), [data]);
  const eventsById = useMemo(() => new Map(data.events.map((e) => [e.id, e])), [data]);
  const publishers = useMemo(() => publishersOf(data), [data]);
  const actorName = useCallback((id: string) => actorsById.get(id)?.name ?? id, [actorsById]);
  const actorNames = useMemo(() => indexActorNames(data.actors), [data]);
  const vocab = useMemo(
    () => ({
      actorIds: new Set(data.actors.map((a) => a.id)),
      sourceKeys: new Set([...publishers.map((p) => p.key), ...data.articles.map((a) => a.id)]),
      eventIds: new Map(data.events.flatMap((e) => [e.id, ...e.aliases].map((id) => [id, e.id] as const))),
    }),
    [data, publishers],
  );

  // --- URL state ----------------------------------------------------------------------------------
  const [raw, setRaw] = useQueryStates(URL_PARSERS, { history: "push" });
  const { state, notices } = useMemo(() => parseViewState(raw, vocab), [raw, vocab]);
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      performance.mark("signals:filter-start");
      void setRaw(serializeViewState({ ...state, ...patch }));
    },
    [state, setRaw],
  );
  const reset = () =>
    update({ ...DEFAULT_STATE, view: state.view, laneOrder: state.laneOrder, sort: state.sort, event: null });

  // --- details (evidence) ---------------------------------------------------------------------------
  const [details, setDetails] = useState<Record<string, EventDetail>>(() => data.details ?? {});
  const detailsRef = useRef(details);
  const buckets = useRef(new Map<number, Promise<void>>());
  const ensureDetails = useCallback(
    async (ids: Iterable<string>): Promise<Record<string, EventDetail>> => {
      if (data.details) return data.details;
      const wanted = new Set<number>();
      for (const id of ids) wanted.add(detailBucket(id, data.detailBuckets));
      await Promise.all(
        [...wanted].map((b) => {
          let loading = buckets.current.get(b);
          if (!loading) {
            loading = fetch(`/events/details.json/${b}`)
              .then((r) => {
                if (!r.ok) throw new Error(`evidence bucket ${b}: HTTP ${r.status}`);
                return r.json() as Promise<Record<string, EventDetail>>;
              })
              .then((part) => {
                detailsRef.current = { ...detailsRef.current, ...part };
                setDetails(detailsRef.current);
              })
              .catch((err) => {
                buckets.current.delete(b);
                throw err;
              });
            buckets.current.set(b, loading);
          }
          return loading;
        }),
      );
      return detailsRef.current;
    },
    [data],
  );
  const allDetailsLoaded = Object.keys(details).length >= data.events.length;
  useEffect(() => {
    if (state.q && !allDetailsLoaded) void ensureDetails(data.events.map((e) => e.id));
  }, [state.q, allDetailsLoaded, ensureDetails, data]);
  useEffect(() => {
    if (state.event) void ensureDetails([state.event]);
  }, [state.event, ensureDetails]);

  // --- filtering ------------------------------------------------------------------------------------
  // Only a search reads the texts; searchText keeps each until its evidence changes, so they are
  // built once per search session (and again as evidence arrives), not per keystroke.
  const texts: EventText = useCallback((e, onRecordOnly) => searchText(e, details[e.id], onRecordOnly), [details]);
  const compiled = useMemo(() => compileFilter(state, publishers, actorNames), [state, publishers, actorNames]);
  const filtered = useMemo(() => filterEvents(data.events, compiled, texts), [data, compiled, texts]);
  const facets = useMemo(
    () => facetCounts(data.events, compiled, texts, publishers),
    [data, compiled, texts, publishers],
  );
  const advice = useMemo(
    () => (filtered.length ? [] : relaxations(data.events, state, compiled, texts)),
    [filtered.length, data, state, compiled, texts],
  );
  useEffect(() => {
    performance.mark("signals:filter-applied");
  }, [filtered]);

  const undatedShown = filtered.reduce((n, e) => n + (e.start === null ? 1 : 0), 0);
  const selected = state.event ? (eventsById.get(state.event) ?? null) : null;
  const related = useMemo(() => (selected ? relatedEvents(selected, data.events) : []), [selected, data]);
  const open = useCallback((id: string) => update({ event: id }), [update]);
  const focusRange = useMemo((): [number, number] | null => {
    if (!compiled.from && !compiled.to) return null;
    return [compiled.from ?? compiled.to! - 365, compiled.to ?? compiled.from! + 365];
  }, [compiled.from, compiled.to]);

  // --- export ---------------------------------------------------------------------------------------
  const exportAs = async (format: ExportFormat) => {
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === "csv" || format === "json") {
      const all = await ensureDetails(filtered.map((e) => e.id));
      // "On record only" exports the sources it shows, as the panel lists them.
      const events = sortEvents(filtered, "date", false, actorName).map((e) => {
        const detail = all[e.id]!;
        return toSignalEvent(e, { ...detail, sources: shownSources(detail.sources, state.onRecordOnly) });
      });
      const ctx = {
        actors: data.actors,
        articles: data.articles,
        permalink: (id: string) => new URL(`/events/${id}`, location.origin).href,
      };
      if (format === "csv") download(eventsToCsv(events, ctx), "text/csv;charset=utf-8", `signals-events-${stamp}.csv`);
      else download(eventsToJson(events, ctx, location.href), "application/json", `signals-events-${stamp}.json`);
      return;
    }
    const svg = await timelineRef.current!.toSvg();
    if (format === "svg") download(svg, "image/svg+xml", `signals-timeline-${stamp}.svg`);
    else download(await svgToPng(svg), "image/png", `signals-timeline-${stamp}.png`);
  };

  // --- render ---------------------------------------------------------------------------------------
  const noticeKey = notices.join("\n");
  const controls = (layout: "bar" | "drawer") => (
    <FilterControls
      state={state}
      facets={facets}
      actors={data.actors}
      publishers={publishers}
      update={update}
      layout={layout}
      searchExamples={searchExamples}
    />
  );
  const legend = <TypeLegend selected={state.types} counts={facets.types} onChange={(types) => update({ types })} />;
  const activeFilters =
    state.actors.length +
    state.types.length +
    state.sources.length +
    (state.from || state.to ? 1 : 0) +
    (state.q ? 1 : 0) +
    (state.onRecordOnly ? 1 : 0);

  return (
    <div
      className="space-y-3"
      data-testid="dashboard"
      // On a wide screen the open panel sits beside the timeline, not over the event it shows.
      style={selected && !isPhone ? { paddingRight: "min(30rem, 45vw)" } : undefined}
    >
      <SignalStyleSheet />
      <h1 className="sr-only">Negotiation signals</h1>
      {isPhone ? (
        <FilterDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} title="Filters">
          <div className="space-y-4">
            {controls("drawer")}
            {legend}
          </div>
        </FilterDrawer>
      ) : (
        <section aria-label="Filters" className="rounded-md border border-[var(--border)] bg-[var(--panel)] p-3">
          {controls("bar")}
        </section>
      )}

      {notices.length && noticesDismissed !== noticeKey ? (
        <div
          role="status"
          data-testid="url-notices"
          className="flex items-start justify-between gap-3 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button
            type="button"
            className="shrink-0 underline"
            onClick={() => setNoticesDismissed(noticeKey)}
            aria-label="Dismiss these notices"
          >
            Dismiss
          </button>
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {isPhone ? (
          <button
            type="button"
            className="rounded-md border border-[var(--border)] bg-[var(--panel)] px-3 py-1.5 text-sm"
            onClick={() => setDrawerOpen(true)}
            aria-haspopup="dialog"
          >
            Filters{activeFilters ? ` (${activeFilters})` : ""}
          </button>
        ) : null}
        <p data-testid="event-count" aria-live="polite" className="text-sm">
          Showing <strong className="tabular-nums">{filtered.length}</strong> of{" "}
          <span className="tabular-nums">{data.events.length}</span> events
        </p>
        {hasFilters(state) ? (
          <button type="button" onClick={reset} className="text-sm text-[var(--accent)] underline">
            Reset filters
          </button>
        ) : null}
        {state.q && !allDetailsLoaded ? (
          <span className="text-xs text-[var(--muted)]" role="status">
            Loading evidence text: searching summaries until it arrives…
          </span>
        ) : null}
        {!isPhone ? (
          <span role="group" aria-label="View" className="ml-auto flex text-sm">
            {(["timeline", "table"] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={state.view === v}
                onClick={() => update({ view: v })}
                className={`border border-[var(--border)] px-3 py-1 first:rounded-l-md last:rounded-r-md ${
                  state.view === v ? "bg-[var(--fg)] text-[var(--panel)]" : "bg-[var(--panel)]"
                }`}
              >
                {v === "timeline" ? "Timeline" : "Table"}
              </button>
            ))}
          </span>
        ) : null}
        <ExportMenu onExport={exportAs} timeline={!isPhone && state.view === "timeline" && filtered.length > 0} />
      </div>

      {!isPhone ? legend : null}

      {filtered.length === 0 ? (
        <EmptyState total={data.events.length} advice={advice} onRelax={(reset) => update(reset)} onReset={reset} />
      ) : isPhone ? (
        <EventList events={filtered} actorName={actorName} selectedId={state.event} onOpen={open} />
      ) : state.view === "table" ? (
        <EventTable
          events={filtered}
          actorName={actorName}
          sort={state.sort}
          onSort={(sort) => update({ sort })}
          selectedId={state.event}
          onOpen={open}
        />
      ) : (
        <>
          <Timeline
            ref={timelineRef}
            events={filtered}
            extentEvents={data.events}
            actors={data.actors}
            laneOrder={state.laneOrder}
            selectedId={state.event}
            focusRange={focusRange}
            onOpen={open}
            onLaneOrder={(laneOrder) => update({ laneOrder })}
            onFilterToRange={(from, to) => update({ from: dayToIso(from), to: dayToIso(to) })}
          />
          {undatedShown ? (
            <p className="text-sm text-[var(--muted)]">
              {undatedShown} shown event{undatedShown === 1 ? " has" : "s have"} no date that could be resolved and{" "}
              {undatedShown === 1 ? "is" : "are"} listed only in the{" "}
              <button
                type="button"
                className="text-[var(--accent)] underline"
                onClick={() => update({ view: "table" })}
              >
                table
              </button>
              .
            </p>
          ) : null}
        </>
      )}

      {selected ? (
        <EventDetailPanel
          key="panel"
          event={selected}
          detail={details[selected.id] ?? null}
          actors={actorsById}
          articles={articlesById}
          related={related}
          onRecordOnly={state.onRecordOnly}
          onOpen={open}
          onClose={() => update({ event: null })}
        />
      ) : null}
    </div>
  );
}

function EmptyState({
  total,
  advice,
  onRelax,
  onReset,
}: {
  total: number;
  advice: { facet: FilterFacet; label: string; count: number; reset: Partial<ViewState> }[];
  onRelax(reset: Partial<ViewState>): void;
  onReset(): void;
}) {
  if (total === 0)
    return (
      <p className="rounded-md border border-[var(--border)] bg-[var(--panel)] p-6">
        The event list is empty: no events have been extracted yet.
      </p>
    );
  const helpful = advice.filter((a) => a.count > 0);
  return (
    <div
      className="rounded-md border border-[var(--border)] bg-[var(--panel)] p-6"
      role="status"
      data-testid="empty-state"
    >
      <p className="font-semibold">No events match these filters.</p>
      {helpful.length ? (
        <ul className="mt-2 space-y-1">
          {helpful.map((a) => (
            <li key={a.facet}>
              <button type="button" className="text-[var(--accent)] underline" onClick={() => onRelax(a.reset)}>
                Remove {a.label}
              </button>{" "}
              to see {a.count} event{a.count === 1 ? "" : "s"}.
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">No single filter is to blame: several together exclude everything.</p>
      )}
      <button type="button" className="mt-3 text-[var(--accent)] underline" onClick={onReset}>
        Reset all filters
      </button>
    </div>
  );
}
