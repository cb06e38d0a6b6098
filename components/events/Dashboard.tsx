"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { dayToIso, formatIso } from "@/lib/view/dates";
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
import { describeFilters } from "@/lib/view/describeView";
import { articleEvents, dataAsOf, indexArticles } from "@/lib/view/sources";
import { sortEvents } from "@/lib/view/sortEvents";
import {
  DEFAULT_STATE,
  URL_KEYS,
  buildVocabulary,
  canonicalEventParam,
  hasFilters,
  parseViewState,
  serializeViewState,
  type UrlKey,
  type ViewState,
} from "@/lib/view/urlState";
import { decodeViewData, toSignalEvent, type WireData } from "@/lib/view/viewData";
import { FilterControls } from "../filters/FilterControls";
import { FilterDrawer } from "../filters/FilterDrawer";
import { TypeLegend } from "../filters/TypeLegend";
import { SignalStyleSheet } from "../timeline/Glyph";
import { Timeline, type TimelineHandle } from "../timeline/Timeline";
import { EventDetailPanel } from "./EventDetailPanel";
import { EventList } from "./EventList";
import { EventTable } from "./EventTable";
import { download, svgToPng } from "./download";
import { ExportMenu, type ExportFormat } from "./ExportMenu";
import { UrlNotices } from "./UrlNotices";
import { useEventDetails } from "./useEventDetails";
import { SourcesSection } from "@/components/SourcesSection";
import { useIsPhone } from "@/components/useIsPhone";

const URL_PARSERS = Object.fromEntries(URL_KEYS.map((k) => [k, parseAsString])) as Record<UrlKey, typeof parseAsString>;

/** The dashboard: filters, timeline or table, detail panel. All view state lives in the URL. */
export function Dashboard({ wire, searchExamples }: { wire: WireData; searchExamples: string[] }) {
  const [data] = useState(() => {
    performance.mark("signals:data");
    return decodeViewData(wire);
  });
  const isPhone = useIsPhone();
  const timelineRef = useRef<TimelineHandle>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);

  // --- lookups ------------------------------------------------------------------------------------
  const actorsById = useMemo(() => new Map(data.actors.map((a) => [a.id, a])), [data]);
  const articlesById = useMemo(() => new Map(data.articles.map((a) => [a.id, a])), [data]);
  const eventsById = useMemo(() => new Map(data.events.map((e) => [e.id, e])), [data]);
  const publishers = useMemo(() => publishersOf(data), [data]);
  // A source filter value is a publisher key or an article id.
  const publisherName = useMemo(
    () =>
      new Map([
        ...publishers.map((p) => [p.key, p.name] as const),
        ...data.articles.map((a) => [a.id, a.title] as const),
      ]),
    [publishers, data],
  );
  const asOf = useMemo(() => dataAsOf(data.articles), [data]);
  const actorName = useCallback((id: string) => actorsById.get(id)?.name ?? id, [actorsById]);
  const actorNames = useMemo(() => indexActorNames(data.actors), [data]);
  const vocab = useMemo(
    () =>
      buildVocabulary(
        data.actors.map((a) => a.id),
        [...publishers.map((p) => p.key), ...data.articles.map((a) => a.id)],
        data.events,
      ),
    [data, publishers],
  );

  // --- URL state ----------------------------------------------------------------------------------
  const [raw, setRaw] = useQueryStates(URL_PARSERS, { history: "push" });
  const { state, notices } = useMemo(() => parseViewState(raw, vocab), [raw, vocab]);
  // A link to a merged event's alias (or an id in another case) shows the canonical id.
  const canonicalEvent = canonicalEventParam(raw, state);
  useEffect(() => {
    if (canonicalEvent) void setRaw({ event: canonicalEvent }, { history: "replace" });
  }, [canonicalEvent, setRaw]);
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
  const {
    details,
    allLoaded: allDetailsLoaded,
    ensureDetails,
  } = useEventDetails(data, {
    search: state.q !== "",
    open: state.event,
  });

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

  // The sources list sits below the view: it follows a filter change in a later, interruptible render.
  const articleIndex = useMemo(() => indexArticles(data.articles, data.events), [data]);
  const sourcesShown = useDeferredValue(filtered);
  const sourcesOnRecord = useDeferredValue(state.onRecordOnly);
  const sources = useMemo(
    () => articleEvents(articleIndex, sourcesShown, sourcesOnRecord),
    [articleIndex, sourcesShown, sourcesOnRecord],
  );

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
    const svg = await timelineRef.current!.toSvg({
      title: "Signals: peace-negotiation signals from the news",
      lines: [
        describeFilters(state, { actor: actorName, source: (key) => publisherName.get(key) ?? key }),
        `${filtered.length} of ${data.events.length} events, ${filtered.length - undatedShown} of them dated and drawn`,
      ],
      credit: `Source: Signals, ${location.origin} · data as of ${asOf ? formatIso(asOf, true) : "unknown"} · exported ${formatIso(stamp, true)} · every event links to the sentence it was read from`,
    });
    if (format === "svg") download(svg, "image/svg+xml", `signals-timeline-${stamp}.svg`);
    else download(await svgToPng(svg), "image/png", `signals-timeline-${stamp}.png`);
  };

  // --- render ---------------------------------------------------------------------------------------
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

  const beside = selected !== null && !isPhone;
  return (
    <>
      <div
        data-testid="dashboard"
        // On a wide screen the open event is a column beside the view, covering nothing focusable.
        className={beside ? "grid grid-cols-[minmax(0,1fr)_min(30rem,45vw)] items-start gap-4" : undefined}
      >
        <div className="min-w-0 space-y-3">
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

          <UrlNotices notices={notices} />

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
        </div>

        {selected ? (
          <EventDetailPanel
            key="panel"
            event={selected}
            detail={details[selected.id] ?? null}
            actors={actorsById}
            articles={articlesById}
            related={related}
            onRecordOnly={state.onRecordOnly}
            modal={isPhone}
            onOpen={open}
            onClose={() => update({ event: null })}
          />
        ) : null}
      </div>
      <SourcesSection rows={sources} filtered={hasFilters(state)} />
    </>
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
