"use client";

import { scaleUtc, type ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import "d3-transition";
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  startTransition,
} from "react";
import type { Actor } from "@/lib/model/schema";
import { clusterLane, type Placed } from "@/lib/view/cluster";
import { DAY_MS, formatDay, formatNormalisedDate, isoToDay } from "@/lib/view/dates";
import { KEY_DIRECTIONS, moveFocus } from "@/lib/view/keyboard";
import { eventsInRange, indexLanes, layoutLanes, midDay, type Lane } from "@/lib/view/lanes";
import { NO_LAYOUT, layoutHolds, placeLayout, type MarkLayout } from "@/lib/view/markLayout";
import { LANE_HEIGHT, MARK_R, MARK_Y, buildScene, clusterRadius } from "@/lib/view/scene";
import { SIGNAL_STYLES } from "@/lib/view/signalTypes";
import type { ViewEvent } from "@/lib/view/viewData";
import { MarkTooltip } from "./MarkTooltip";
import type { ExportCaption } from "./standaloneSvg";
import { Overview } from "./Overview";
import { paintScene, readPalette, type Palette } from "./paintScene";

const LABEL_WIDTH = 176;
const COLLAPSED_HEIGHT = 20;
const AXIS_HEIGHT = 30;
/** centres closer than this many pixels share a cluster */
const CLUSTER_GAP = 22;
/** the closest zoom shows about a week across the plot */
const MIN_VISIBLE_DAYS = 7;
const OVERSCAN_PX = 200;
/** a brush drag places marks and hit targets again once it has rested this long */
const BRUSH_SETTLE_MS = 150;
const BUTTON = "rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 py-0.5 hover:bg-[var(--bg)]";

export interface TimelineHandle {
  /** the rendered timeline as a standalone SVG document (all lanes, colours resolved), captioned */
  toSvg(caption: Omit<ExportCaption, "types">): Promise<string>;
}

export interface TimelineProps {
  /** the events that pass the filters */
  events: ViewEvent[];
  /** every event: fixes the zoomable extent, so filtering does not move the axis under the reader */
  extentEvents: ViewEvent[];
  actors: Actor[];
  laneOrder: "activity" | "name";
  selectedId: string | null;
  /** the date filter, to zoom to when it changes */
  focusRange: [number, number] | null;
  onOpen(id: string): void;
  onLaneOrder(order: "activity" | "name"): void;
  onFilterToRange(fromDay: number, toDay: number): void;
}

interface Hover {
  event: ViewEvent;
  /** in layout coordinates (see `layout` below) */
  cx: number;
  top: number;
}

const actorNames = (e: ViewEvent, names: Map<string, string>) =>
  e.actors.map((a) => names.get(a.id) ?? a.id).join(", ");

function markLabel(e: ViewEvent, names: Map<string, string>) {
  return `${formatNormalisedDate(e.date, e.reported)}, ${SIGNAL_STYLES[e.type].label}${
    e.modality === "asserted" ? "" : ` (${e.modality})`
  }: ${e.summary} Actors: ${actorNames(e, names)}.`;
}

/** An animation's length, or none for readers who ask for reduced motion. */
const motion = (ms: number) => (matchMedia("(prefers-reduced-motion: reduce)").matches ? 0 : ms);

/** The days in view at zoom `t` (fractional). */
function viewDays(t: ZoomTransform, base: ScaleTime<number, number>, width: number): [number, number] {
  return [base.invert(t.invertX(0)).getTime() / DAY_MS, base.invert(t.invertX(width)).getTime() / DAY_MS];
}

/** A label per event, built once per actor list rather than on every placement. */
const labelCaches = new WeakMap<Map<string, string>, WeakMap<ViewEvent, string>>();
function cachedLabel(e: ViewEvent, names: Map<string, string>) {
  let cache = labelCaches.get(names);
  if (!cache) labelCaches.set(names, (cache = new WeakMap()));
  let label = cache.get(e);
  if (label === undefined) cache.set(e, (label = markLabel(e, names)));
  return label;
}

export const Timeline = forwardRef<TimelineHandle, TimelineProps>(function Timeline(props, ref) {
  const { events, extentEvents, actors, laneOrder, selectedId, focusRange, onOpen, onLaneOrder, onFilterToRange } =
    props;
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [width, setWidth] = useState(0);
  // The zoom as d3 last reported it, with the plot width it was reported for: a resize (the
  // detail panel opening or closing) keeps the days in view from the first render at the new
  // width, because the scale stays and the translation, in pixels, follows the width.
  const [zoomed, setZoomed] = useState({ t: zoomIdentity, width: 0 });
  // Marks are placed (clustered) for one zoom scale over a window a little wider than the view
  // (lib/view/markLayout) and held while a gesture stays inside that window and within 1.5x of
  // that scale, so clusters do not flicker as the scale changes. They are placed again past those
  // limits and when the gesture ends (d3-zoom's "end": 150 ms after the last wheel step, on
  // pointer up, or at the end of an animated zoom), so clusters open at the scale the reader
  // stopped at. The marks are painted on a canvas every frame (lib/view/scene, paintScene).
  const [layout, setLayout] = useState<MarkLayout>(NO_LAYOUT);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [hover, setHover] = useState<Hover | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  // The canvas draws the focus ring of the item whose hit target has focus.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  // The hit targets (the DOM side of the marks: focus, labels, pointer) hold still during a
  // gesture, so its frames lay out and repaint none of them; they follow when it ends.
  const [frozenHits, setFrozenHits] = useState<HitLayerProps | null>(null);
  const [theme, setTheme] = useState(0);
  const pendingFocus = useRef(false);
  const renderedOnce = useRef(false);

  const names = useMemo(() => new Map(actors.map((a) => [a.id, a.name])), [actors]);
  const plotWidth = Math.max(120, width - LABEL_WIDTH);

  useLayoutEffect(() => {
    const el = rootRef.current!;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The zoomable extent: every dated event, padded, so the ends are not glued to the edges.
  const [extentFrom, extentTo] = useMemo(() => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const e of extentEvents) {
      if (e.start === null) continue;
      lo = Math.min(lo, e.start);
      hi = Math.max(hi, e.end! + 1);
    }
    // Nothing dated to show: the span the corpus is about, rather than 1970.
    if (lo === Infinity) return [isoToDay("2014-01-01"), isoToDay("2027-01-01")];
    const pad = Math.max(15, (hi - lo) * 0.02);
    return [lo - pad, hi + pad];
  }, [extentEvents]);

  const base = useMemo(
    () =>
      scaleUtc()
        .domain([extentFrom * DAY_MS, extentTo * DAY_MS])
        .range([0, plotWidth]),
    [extentFrom, extentTo, plotWidth],
  );
  const transform = useMemo(
    () =>
      zoomed.width === 0 || zoomed.width === plotWidth
        ? zoomed.t
        : zoomIdentity.translate((zoomed.t.x * plotWidth) / zoomed.width, 0).scale(zoomed.t.k),
    [zoomed, plotWidth],
  );
  const transformRef = useRef(transform);
  useLayoutEffect(() => {
    transformRef.current = transform;
  });
  const x = useMemo(() => transform.rescaleX(base), [transform, base]);
  const visibleFrom = x.invert(0).getTime() / DAY_MS;
  const visibleTo = x.invert(plotWidth).getTime() / DAY_MS;

  const holds = layoutHolds(layout, transform.k, visibleFrom, visibleTo, plotWidth);
  const freshLayout = useMemo(
    () => (holds ? null : placeLayout(transform.k, visibleFrom, visibleTo, plotWidth)),
    [holds, transform.k, visibleFrom, visibleTo, plotWidth],
  );
  const current = freshLayout ?? layout;
  const { k: layoutK, from: placeFrom, to: placeTo } = current;
  // Marks are placed at layoutK * base(day) - origin; `toX` maps that onto the current view (the
  // canvas paints there, and the hit targets' group transform does the same). The origin keeps
  // the numbers small at deep zoom, and moves in coarse steps so that marks placed again after a
  // pan keep their coordinates (and their targets skip re-rendering).
  const origin = Math.floor((layoutK * base(placeFrom * DAY_MS)) / 65_536) * 65_536;
  const stretch = transform.k / layoutK;
  const shift = transform.x + stretch * origin;
  const toX = useCallback((lx: number) => stretch * lx + shift, [stretch, shift]);
  const dayXl = useCallback((day: number) => layoutK * base(day * DAY_MS) - origin, [layoutK, base, origin]);
  const layoutDay = (lx: number) => base.invert((lx + origin) / layoutK).getTime() / DAY_MS;
  // A placement made while rendering (first render, new width) is kept for the next frames.
  if (freshLayout && layout !== freshLayout) setLayout(freshLayout);

  const lanes = useMemo(
    () => layoutLanes(events, actors, laneOrder, collapsed, { height: LANE_HEIGHT, collapsedHeight: COLLAPSED_HEIGHT }),
    [events, actors, laneOrder, collapsed],
  );
  const laneIndex = useMemo(() => indexLanes(events), [events]);
  const totalHeight = lanes.length ? lanes[lanes.length - 1]!.top + lanes[lanes.length - 1]!.height : 0;

  // The event the keyboard is on (a mark's item key is its event id), else the open one, is never
  // folded into a cluster, so focus can return to it after the panel closes and the lanes widen.
  const focusItem = focusKey?.split("|")[1];
  const keepId = focusItem && !focusItem.startsWith("cluster:") ? focusItem : selectedId;

  // Placement runs for every lane (the keyboard can move to lanes scrolled out of view);
  // only the lanes in view are rendered.
  const placeLane = useCallback(
    (lane: Lane): Placed[] => {
      const index = laneIndex.get(lane.actorId);
      if (lane.collapsed || !index) return [];
      const inRange = eventsInRange(index, placeFrom, placeTo);
      // The kept event is placed even outside the window: focus returns to it after a resize
      // has moved the view (the marks of off-screen events are otherwise not in the DOM).
      const kept = keepId && !inRange.some((e) => e.id === keepId) ? index.events.find((e) => e.id === keepId) : null;
      const events = kept ? [...inRange, kept].sort((a, b) => midDay(a) - midDay(b)) : inRange;
      return clusterLane(events, dayXl, CLUSTER_GAP, keepId);
    },
    [laneIndex, placeFrom, placeTo, dayXl, keepId],
  );
  const inView = useCallback(
    (lane: Lane) =>
      lane.top + lane.height >= scroll.top - OVERSCAN_PX && lane.top <= scroll.top + scroll.height + OVERSCAN_PX,
    [scroll],
  );
  // Only lanes in view are placed; the keyboard places others when it moves into them.
  const placed = useMemo(
    () => lanes.map((lane) => (inView(lane) ? placeLane(lane) : null)),
    [lanes, inView, placeLane],
  );

  // --- zoom ------------------------------------------------------------------------------------
  // The hit targets of the view before a gesture, to hold while it lasts (set after each render).
  const liveHits = useRef<HitLayerProps | null>(null);
  // A brush drag on the overview is a run of separate zooms; it settles once it rests.
  const brushing = useRef(false);
  useEffect(() => {
    const svg = plotRef.current;
    if (!svg || width === 0) return;
    const maxK = Math.max(1, (extentTo - extentFrom) / MIN_VISIBLE_DAYS);
    let frame = 0;
    let rest = 0;
    let latest: ZoomTransform | null = null;
    let settle = false;
    let moved = false;
    let byPointer = false;
    const apply = () => {
      frame = 0;
      const t = latest!;
      const [from, to] = viewDays(t, base, plotWidth);
      const again = settle;
      settle = false;
      setZoomed({ t, width: plotWidth });
      setLayout((prev) =>
        layoutHolds(prev, t.k, from, to, plotWidth) && (!again || prev.k === t.k)
          ? prev
          : placeLayout(t.k, from, to, plotWidth),
      );
      if (again) {
        moved = false;
        // After a wheel, drag or pinch the targets follow as a transition, which React renders in
        // slices between frames; a keyboard pan needs its target at once, to move focus onto it.
        if (byPointer) startTransition(() => setFrozenHits(null));
        else setFrozenHits(null);
      }
    };
    // One React render per frame however many wheel or pointer events arrive in it.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    const behavior = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [plotWidth, 0],
      ])
      .translateExtent([
        [0, 0],
        [plotWidth, 0],
      ])
      // Shift+wheel scrolls the lanes instead; everything else zooms and pans.
      .filter((ev: Event) => {
        const e = ev as MouseEvent & WheelEvent;
        if (e.type === "wheel") return !e.shiftKey;
        return (!e.ctrlKey || e.type === "wheel") && !e.button;
      })
      .on("start", () => clearTimeout(rest))
      .on("zoom", (ev: { transform: ZoomTransform }) => {
        // Held from the first move, not from "start": a press that does not move is a click,
        // and it must reach the target under it.
        if (!moved) {
          moved = true;
          setHover(null);
          setFrozenHits((prev) => prev ?? liveHits.current);
        }
        latest = ev.transform;
        schedule();
      })
      .on("end", (ev: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        // The gesture has settled: place the marks for exactly this scale.
        latest = ev.transform;
        byPointer = !!ev.sourceEvent;
        const done = () => {
          settle = true;
          schedule();
        };
        if (brushing.current) rest = window.setTimeout(done, BRUSH_SETTLE_MS);
        else done();
      });
    const selection = select(svg);
    selection.call(behavior).on("dblclick.zoom", null);
    // d3 continues from the view shown (rescaled to this width, see `zoomed`).
    selection.property("__zoom", transformRef.current);
    zoomRef.current = behavior;
    return () => {
      cancelAnimationFrame(frame);
      // A drag begun before a resize goes on through these handlers: it must still be drawn.
      frame = 0;
      clearTimeout(rest);
      selection.on(".zoom", null);
      // A gesture cut short by a new behaviour must not leave the hit targets held.
      setFrozenHits(null);
    };
  }, [width, plotWidth, extentFrom, extentTo, base]);

  const zoomToDays = useCallback(
    (from: number, to: number, animate: boolean) => {
      const svg = plotRef.current;
      const behavior = zoomRef.current;
      if (!svg || !behavior) return;
      const span = Math.max(MIN_VISIBLE_DAYS, to - from);
      const mid = (from + to) / 2;
      const a = base((mid - span / 2) * DAY_MS);
      const b = base((mid + span / 2) * DAY_MS);
      const k = plotWidth / Math.max(1e-9, b - a);
      const target = zoomIdentity.translate(-a * k, 0).scale(k);
      if (animate) select(svg).transition().duration(motion(350)).call(behavior.transform, target);
      else select(svg).call(behavior.transform, target);
    },
    [base, plotWidth],
  );

  const zoomBy = useCallback((factor: number) => {
    const svg = plotRef.current;
    if (svg && zoomRef.current) select(svg).transition().duration(motion(250)).call(zoomRef.current.scaleBy, factor);
  }, []);

  // Zoom to the date filter when it changes (and once the width is known), not on a resize.
  const focusFrom = focusRange?.[0];
  const focusTo = focusRange?.[1];
  const focusedRange = useRef<string | null>(null);
  useEffect(() => {
    const key = focusFrom === undefined || focusTo === undefined ? null : `${focusFrom}/${focusTo}`;
    if (width === 0 || key === focusedRange.current) return;
    focusedRange.current = key;
    if (key) zoomToDays(focusFrom!, focusTo! + 1, true);
  }, [focusFrom, focusTo, width, zoomToDays]);

  // Bring the selected event into view when it is opened from elsewhere (table, link, related),
  // once per opening: a resize as the panel opens must not move the view again.
  const shownSelection = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId) shownSelection.current = null;
    if (!selectedId || width === 0 || shownSelection.current === selectedId) return;
    shownSelection.current = selectedId;
    const event = events.find((e) => e.id === selectedId);
    if (!event || event.start === null) return;
    if (event.end! + 1 <= visibleFrom || event.start >= visibleTo) {
      const span = visibleTo - visibleFrom;
      const mid = (event.start + event.end! + 1) / 2;
      zoomToDays(mid - span / 2, mid + span / 2, true);
    }
    // Only on selection: following every zoom would fight the reader's panning.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, width]);

  // --- rendering milestones for the benchmark ---------------------------------------------------
  useEffect(() => {
    if (!renderedOnce.current && width > 0 && (lanes.length > 0 || events.length === 0)) {
      renderedOnce.current = true;
      performance.mark("signals:timeline-rendered");
    }
  }, [width, lanes.length, events.length]);

  // --- keyboard --------------------------------------------------------------------------------
  const onScreen = (p: Placed) => toX(p.cx) >= 0 && toX(p.cx) <= plotWidth;
  const positionIn = (all: (Placed[] | null)[], key: string | null) => {
    if (!key) return null;
    const [actorId, itemKey] = key.split("|");
    const lane = lanes.findIndex((l) => l.actorId === actorId);
    const index = lane >= 0 ? (all[lane]?.findIndex((p) => p.key === itemKey) ?? -1) : -1;
    return index >= 0 ? { lane, index } : null;
  };
  // The one item in the tab order: the focused one if still shown, else the first on screen.
  const rovingKey = (() => {
    if (positionIn(placed, focusKey)) return focusKey;
    for (let i = 0; i < lanes.length; i++) {
      const item = placed[i]?.find(onScreen);
      if (item) return `${lanes[i]!.actorId}|${item.key}`;
    }
    return null;
  })();

  useEffect(() => {
    if (!pendingFocus.current || !focusKey) return;
    const el = scrollRef.current?.querySelector<SVGGElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (el) {
      pendingFocus.current = false;
      el.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (ev: React.KeyboardEvent) => {
    const target = ev.target as Element;
    const key = target.getAttribute("data-focus-key");
    if (!key) return;
    const at = positionIn(placed, key);
    if (!at) return;
    const item = placed[at.lane]![at.index]!;
    const direction = KEY_DIRECTIONS[ev.key];
    if (direction) {
      ev.preventDefault();
      const all = lanes.map((lane, i) => placed[i] ?? placeLane(lane));
      const next = moveFocus({ lanes: all.map((items) => items.map((p) => ({ cx: p.cx }))) }, at, direction);
      const nextItem = all[next.lane]![next.index]!;
      const lane = lanes[next.lane]!;
      // Keep the target on screen: scroll lanes vertically, pan the axis horizontally.
      const sc = scrollRef.current!;
      if (lane.top < sc.scrollTop) sc.scrollTop = lane.top;
      else if (lane.top + lane.height > sc.scrollTop + sc.clientHeight)
        sc.scrollTop = lane.top + lane.height - sc.clientHeight;
      if (!onScreen(nextItem)) {
        const span = visibleTo - visibleFrom;
        const day = layoutDay(nextItem.cx);
        zoomToDays(day - span / 2, day + span / 2, false);
      }
      pendingFocus.current = true;
      setFocusKey(`${lane.actorId}|${nextItem.key}`);
      return;
    }
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      if (item.kind === "mark") onOpen(item.event.id);
      else {
        // Keep the keyboard in the timeline: its first member, which is then never clustered, takes focus.
        pendingFocus.current = true;
        setFocusKey(`${lanes[at.lane]!.actorId}|${item.events[0]!.id}`);
        zoomToDays(item.fromDay, item.toDay, true);
      }
    } else if (ev.key === "+" || ev.key === "=") {
      ev.preventDefault();
      zoomBy(2);
    } else if (ev.key === "-") {
      ev.preventDefault();
      zoomBy(0.5);
    }
  };

  const ticks = x.ticks(Math.max(2, Math.floor(plotWidth / 110)));
  const tickFormat = x.tickFormat();
  const hoveredId = hover?.event.id ?? null;
  // What the canvas and the SVG export draw alike.
  const sceneBase = { lanes, toX, width: plotWidth, ticks: ticks.map((t) => x(t)), selectedId };

  // --- export ----------------------------------------------------------------------------------
  useImperativeHandle(ref, () => ({
    async toSvg(caption) {
      // Export code is loaded when it is first used, not with the page.
      const { standaloneSvg } = await import("./standaloneSvg");
      const shapes = buildScene({
        ...sceneBase,
        placed: lanes.map((lane, i) => placed[i] ?? placeLane(lane)),
        top: 0,
        bottom: totalHeight,
        hoveredId: null,
        focusedKey: null,
      });
      const axis = ticks.map((t, i) => ({ x: sceneBase.ticks[i]!, label: tickFormat(t) }));
      return standaloneSvg(
        axis,
        lanes,
        shapes,
        readPalette(canvasRef.current!),
        {
          labelWidth: LABEL_WIDTH,
          axisHeight: AXIS_HEIGHT,
          plotWidth,
          height: totalHeight,
        },
        {
          ...caption,
          lines: [
            ...caption.lines,
            `Dates shown: ${formatDay(Math.ceil(visibleFrom))} – ${formatDay(Math.floor(visibleTo) - 1)}`,
          ],
          types: [...new Set(events.map((e) => e.type))],
        },
      );
    },
  }));

  // --- canvas ----------------------------------------------------------------------------------
  // The canvas covers the lanes in view and the overscan around them, not the whole lane stack.
  const bandHeight = Math.min(Math.max(totalHeight, 60), scroll.height + 2 * OVERSCAN_PX);
  const bandTop = Math.min(Math.max(0, scroll.top - OVERSCAN_PX), Math.max(0, totalHeight - bandHeight));
  const palette = useRef<{ theme: number; colours: Palette } | null>(null);
  // Repaint when the theme changes, and when the window moves to a screen of another pixel density.
  useEffect(() => {
    const repaint = () => setTheme((t) => t + 1);
    const observer = new MutationObserver(repaint);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    const density = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    density.addEventListener("change", repaint);
    return () => {
      observer.disconnect();
      density.removeEventListener("change", repaint);
    };
  }, [theme]);
  // Painted after every render, before the browser paints: the marks move in the same frame as
  // the axis and the hit targets.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx || width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(plotWidth * dpr);
    const h = Math.round(bandHeight * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    if (palette.current?.theme !== theme) palette.current = { theme, colours: readPalette(canvas) };
    const shapes = buildScene({
      ...sceneBase,
      placed,
      top: bandTop,
      bottom: bandTop + bandHeight,
      hoveredId,
      // A target removed while focused sends no blur: the ring follows what really has focus.
      focusedKey: document.activeElement?.getAttribute("data-focus-key") === focusedKey ? focusedKey : null,
    });
    paintScene(ctx, shapes, palette.current.colours, { width: plotWidth, height: bandHeight, top: bandTop, dpr });
  });

  // Stable callbacks, so the memoised hit targets do not re-render when the parent does.
  const latestProps = useRef({ onOpen, zoomToDays });
  useEffect(() => {
    latestProps.current = { onOpen, zoomToDays };
  });
  const openStable = useCallback((id: string) => latestProps.current.onOpen(id), []);
  const zoomStable = useCallback(
    (from: number, to: number, animate: boolean) => latestProps.current.zoomToDays(from, to, animate),
    [],
  );

  const onFocusKey = useCallback((key: string) => {
    setFocusKey(key);
    setFocusedKey(key);
  }, []);
  const onBlurKey = useCallback(() => setFocusedKey(null), []);

  // --- hit targets -----------------------------------------------------------------------------
  // The marks on screen (and the one the keyboard is on) as focusable, labelled, clickable
  // elements carrying data-event-id, drawn transparent over the canvas.
  const hitPlaced = useMemo(() => {
    const near = (p: Placed) =>
      p.key === focusItem || (toX(p.x1) >= -2 * MARK_R && toX(p.x0) <= plotWidth + 2 * MARK_R);
    return placed.map((items, i) => (items && !lanes[i]!.collapsed ? items.filter(near) : null));
  }, [placed, lanes, toX, plotWidth, focusItem]);
  const hits: HitLayerProps = {
    lanes,
    placed: hitPlaced,
    transform: `translate(${shift},0) scale(${stretch},1)`,
    names,
    selectedId,
    rovingKey,
    onOpen: openStable,
    onHover: setHover,
    onFocusKey,
    onBlurKey,
    onZoom: zoomStable,
  };
  useLayoutEffect(() => {
    liveHits.current = hits;
  });

  return (
    <div ref={rootRef} className="relative select-none" data-testid="timeline">
      <div className="no-print mb-2 flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-1">
          <span className="text-[var(--muted)]">Lanes by</span>
          <select
            className="rounded border border-[var(--border)] bg-[var(--panel)] px-1 py-0.5"
            value={laneOrder}
            onChange={(e) => onLaneOrder(e.target.value as "activity" | "name")}
          >
            <option value="activity">activity</option>
            <option value="name">name</option>
          </select>
        </label>
        <button type="button" className={BUTTON} onClick={() => zoomBy(2)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className={BUTTON} onClick={() => zoomBy(0.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className={BUTTON} onClick={() => zoomToDays(extentFrom, extentTo, true)}>
          Show all
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => onFilterToRange(Math.ceil(visibleFrom), Math.floor(visibleTo) - 1)}
          title="Set the date filter to the range in view"
        >
          Filter to this range
        </button>
        <span className="text-xs text-[var(--muted)]" aria-live="polite" data-testid="visible-range">
          {formatDay(Math.ceil(visibleFrom))} – {formatDay(Math.floor(visibleTo) - 1)}
        </span>
        <span className="ml-auto hidden text-xs text-[var(--muted)] lg:inline">
          Wheel or pinch to zoom · drag to pan · Shift+wheel scrolls lanes · arrows move between events
        </span>
      </div>

      <div className="rounded-md border border-[var(--border)] bg-[var(--panel)]">
        <svg width={width} height={AXIS_HEIGHT} className="block border-b border-[var(--border)]" aria-hidden="true">
          <g transform={`translate(${LABEL_WIDTH},0)`}>
            {ticks.map((t) => (
              <g key={t.getTime()} transform={`translate(${x(t)},0)`}>
                <line y1={AXIS_HEIGHT - 6} y2={AXIS_HEIGHT} stroke="var(--muted)" />
                <text y={AXIS_HEIGHT - 10} textAnchor="middle" fontSize={11} fill="var(--muted)">
                  {tickFormat(t)}
                </text>
              </g>
            ))}
          </g>
        </svg>

        <div
          ref={scrollRef}
          className="relative overflow-y-auto overflow-x-hidden"
          style={{ maxHeight: "min(62vh, 640px)" }}
          onScroll={(e) => {
            const el = e.currentTarget;
            setScroll({ top: el.scrollTop, height: el.clientHeight });
            setHover(null);
          }}
          onWheel={(e) => {
            if (e.shiftKey) scrollRef.current!.scrollTop += e.deltaY || e.deltaX;
          }}
          onKeyDown={onKeyDown}
        >
          <div className="relative" style={{ height: Math.max(totalHeight, 60) }}>
            {/* Before the plot: the lane buttons sit left of the marks, so they come first in the tab order. */}
            <ul className="absolute left-0 top-0" style={{ width: LABEL_WIDTH }} aria-label="Lanes">
              {lanes.map((lane) =>
                inView(lane) ? (
                  <li
                    key={lane.actorId}
                    className="absolute left-0 flex w-full items-center gap-1 border-b border-r border-[var(--border)] px-1 text-xs"
                    style={{ top: lane.top, height: lane.height }}
                    data-lane={lane.actorId}
                  >
                    <button
                      type="button"
                      className="shrink-0 rounded px-1 text-[var(--muted)] hover:bg-[var(--bg)]"
                      aria-expanded={!lane.collapsed}
                      aria-label={`${lane.collapsed ? "Expand" : "Collapse"} the lane of ${lane.name}`}
                      onClick={() =>
                        setCollapsed((prev) => {
                          const next = new Set(prev);
                          if (next.has(lane.actorId)) next.delete(lane.actorId);
                          else next.add(lane.actorId);
                          return next;
                        })
                      }
                    >
                      {lane.collapsed ? "▸" : "▾"}
                    </button>
                    <span className="truncate font-medium" title={lane.name}>
                      {lane.name}
                    </span>
                    <span className="ml-auto shrink-0 tabular-nums text-[var(--muted)]">{lane.count}</span>
                  </li>
                ) : null,
              )}
            </ul>
            <canvas
              ref={canvasRef}
              className="pointer-events-none absolute"
              style={{ left: LABEL_WIDTH, top: bandTop, width: plotWidth, height: bandHeight }}
              aria-hidden="true"
              data-testid="timeline-canvas"
            />
            <svg
              ref={plotRef}
              className="absolute top-0 cursor-grab touch-none active:cursor-grabbing"
              style={{ left: LABEL_WIDTH }}
              width={plotWidth}
              height={Math.max(totalHeight, 60)}
              role="group"
              aria-busy={frozenHits ? true : undefined}
              aria-label={`Timeline of ${events.length} events in ${lanes.length} actor lanes. Arrow keys move between events and lanes, Enter opens.`}
            >
              {/* Held hit targets take no pointer events, so a gesture never hovers a stale one. */}
              <g pointerEvents={frozenHits ? "none" : undefined}>
                <HitLayer {...(frozenHits ?? hits)} />
              </g>
            </svg>

            {hover ? (
              <MarkTooltip
                event={hover.event}
                actors={actorNames(hover.event, names)}
                left={Math.min(Math.max(LABEL_WIDTH + toX(hover.cx) - 144, 0), Math.max(0, width - 296))}
                top={hover.top + LANE_HEIGHT + 4}
              />
            ) : null}
          </div>
        </div>

        <Overview
          events={events}
          scale={base}
          visible={[visibleFrom, visibleTo]}
          width={width}
          labelWidth={LABEL_WIDTH}
          onBrush={(range, final) => {
            brushing.current = !final;
            if (range) zoomToDays(range[0], range[1], false);
          }}
        />
      </div>
    </div>
  );
});

interface HitLayerProps {
  lanes: Lane[];
  /** the items of each lane that get a hit target */
  placed: (Placed[] | null)[];
  /** maps placement coordinates onto the view */
  transform: string;
  names: Map<string, string>;
  selectedId: string | null;
  rovingKey: string | null;
  onOpen(id: string): void;
  onHover(hover: Hover | null): void;
  onFocusKey(key: string): void;
  onBlurKey(): void;
  onZoom(from: number, to: number, animate: boolean): void;
}

/** The marks and clusters on screen as transparent, focusable, labelled targets over the canvas. */
const HitLayer = memo(function HitLayer(props: HitLayerProps) {
  const { lanes, placed, transform, names, selectedId, rovingKey } = props;
  const { onOpen, onHover, onFocusKey, onBlurKey, onZoom } = props;
  return (
    <g transform={transform}>
      {lanes.map((lane, i) => {
        const items = placed[i];
        if (!items?.length) return null;
        return (
          <g key={lane.actorId} transform={`translate(0,${lane.top})`} data-lane-marks={lane.actorId}>
            {items.map((p) => {
              const key = `${lane.actorId}|${p.key}`;
              return p.kind === "mark" ? (
                <Mark
                  key={p.key}
                  placed={p}
                  laneTop={lane.top}
                  focusKey={key}
                  tabbable={key === rovingKey}
                  selected={p.event.id === selectedId}
                  label={cachedLabel(p.event, names)}
                  onOpen={onOpen}
                  onHover={onHover}
                  onFocusKey={onFocusKey}
                  onBlurKey={onBlurKey}
                />
              ) : (
                <Cluster
                  key={p.key}
                  placed={p}
                  focusKey={key}
                  tabbable={key === rovingKey}
                  onZoom={onZoom}
                  onFocusKey={onFocusKey}
                  onBlurKey={onBlurKey}
                />
              );
            })}
          </g>
        );
      })}
    </g>
  );
});

/**
 * Targets re-render only when what they cover changed: a new placement at the same scale (after
 * a pan) leaves the ones that did not move alone.
 */
function samePlacement<P extends { placed: Placed }>(a: P, b: P): boolean {
  for (const key in a) if (key !== "placed" && a[key] !== b[key]) return false;
  const p = a.placed;
  const q = b.placed;
  if (p === q) return true;
  if (p.kind !== q.kind || p.cx !== q.cx || p.x0 !== q.x0 || p.x1 !== q.x1) return false;
  if (p.kind === "mark") return p.event === (q as typeof p).event;
  const c = q as typeof p;
  return (
    p.events.length === c.events.length &&
    p.events[0] === c.events[0] &&
    p.events.at(-1) === c.events.at(-1) &&
    p.fromDay === c.fromDay &&
    p.toDay === c.toDay
  );
}

interface MarkProps {
  placed: Extract<Placed, { kind: "mark" }>;
  laneTop: number;
  focusKey: string;
  tabbable: boolean;
  selected: boolean;
  label: string;
  onOpen(id: string): void;
  onHover(hover: Hover | null): void;
  onFocusKey(key: string): void;
  onBlurKey(): void;
}

const Mark = memo(function Mark(props: MarkProps) {
  const { placed, laneTop, focusKey, tabbable, selected, label } = props;
  const { onOpen, onFocusKey, onBlurKey } = props;
  const { event, cx, x0, x1 } = placed;
  const onHover = (on: boolean) => props.onHover(on ? { event, cx, top: laneTop } : null);
  return (
    <g
      transform={`translate(${cx},${MARK_Y})`}
      data-event-id={event.id}
      data-focus-key={focusKey}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-pressed={selected}
      className="cursor-pointer outline-none"
      fill="transparent"
      onClick={() => onOpen(event.id)}
      onPointerEnter={() => onHover(true)}
      onPointerLeave={() => onHover(false)}
      onFocus={() => {
        onFocusKey(focusKey);
        onHover(true);
      }}
      onBlur={() => {
        onHover(false);
        onBlurKey();
      }}
    >
      {event.date.precision !== "day" && x1 - x0 > 3 ? (
        <rect x={x0 - cx} y={MARK_R} width={x1 - x0} height={8} />
      ) : null}
      <circle r={MARK_R + 3} />
    </g>
  );
}, samePlacement);

const Cluster = memo(function Cluster({
  placed,
  focusKey,
  tabbable,
  onZoom,
  onFocusKey,
  onBlurKey,
}: {
  placed: Extract<Placed, { kind: "cluster" }>;
  focusKey: string;
  tabbable: boolean;
  onZoom(from: number, to: number, animate: boolean): void;
  onFocusKey(key: string): void;
  onBlurKey(): void;
}) {
  const { events, cx, fromDay, toDay } = placed;
  const n = events.length;
  return (
    <g
      transform={`translate(${cx},${MARK_Y})`}
      data-cluster-count={n}
      data-focus-key={focusKey}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${n} event${n === 1 ? "" : "s"} ${
        toDay - fromDay <= 1 ? `on ${formatDay(fromDay)}` : `from ${formatDay(fromDay)} to ${formatDay(toDay - 1)}`
      }. Enter zooms in to show ${n === 1 ? "it" : "them"}.`}
      className="cursor-zoom-in outline-none"
      fill="transparent"
      onClick={() => onZoom(fromDay, toDay, true)}
      onFocus={() => onFocusKey(focusKey)}
      onBlur={onBlurKey}
    >
      <circle r={clusterRadius(n)} />
    </g>
  );
}, samePlacement);
