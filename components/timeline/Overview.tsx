"use client";

import { brushX, pointer, select, type BrushBehavior, type ScaleTime } from "d3";
import { useEffect, useMemo, useRef, useState } from "react";
import { DAY_MS, formatDay } from "@/lib/view/dates";
import { brushKey, centreRange } from "@/lib/view/keyboard";
import type { ViewEvent } from "@/lib/view/viewData";

const HEIGHT = 44;
const BINS = 160;

interface OverviewProps {
  events: ViewEvent[];
  /** the timeline's unzoomed scale: the whole extent across the plot */
  scale: ScaleTime<number, number>;
  visible: [number, number];
  width: number;
  labelWidth: number;
  /**
   * The days brushed (null when the brush was cleared); `final` is false while the brush is being
   * dragged and true when it is let go, cleared or not.
   */
  onBrush(range: [number, number] | null, final: boolean): void;
}

/**
 * The whole extent as a density strip; its brush is the range the timeline shows. The brush is
 * also a slider for the keyboard (brushKey), and a click outside it moves the range there rather
 * than clearing it.
 */
export function Overview({ events, scale: x, visible, width, labelWidth, onBrush }: OverviewProps) {
  const ref = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const dragging = useRef(false);
  const [focused, setFocused] = useState(false);
  const latest = useRef({ onBrush, visible });
  useEffect(() => {
    latest.current = { onBrush, visible };
  });
  const plotWidth = x.range()[1]!;
  const extent = x.domain().map((d) => d.getTime() / DAY_MS) as [number, number];

  const bins = useMemo(() => {
    const [from, to] = x.domain().map((d) => d.getTime() / DAY_MS) as [number, number];
    const counts = new Array<number>(BINS).fill(0);
    const span = to - from;
    for (const e of events) {
      if (e.start === null) continue;
      const i = Math.floor((((e.start + e.end! + 1) / 2 - from) / span) * BINS);
      if (i >= 0 && i < BINS) counts[i]!++;
    }
    return counts;
  }, [events, x]);
  const max = Math.max(1, ...bins);

  useEffect(() => {
    const g = ref.current;
    if (!g || width === 0) return;
    const brush = brushX()
      .extent([
        [0, 2],
        [plotWidth, HEIGHT - 2],
      ])
      .on("start brush end", (ev: { type: string; selection: [number, number] | null; sourceEvent?: Event }) => {
        // Programmatic moves (following the zoom) have no source event and must not echo back.
        if (!ev.sourceEvent) return;
        dragging.current = ev.type !== "end";
        if (ev.type === "start") return;
        let range = ev.selection?.map((px) => x.invert(px).getTime() / DAY_MS) as [number, number] | undefined;
        if (!range && ev.type === "end") {
          // A click without a drag clears a d3 brush: instead the range in view moves to where it was clicked.
          const [px] = pointer(ev.sourceEvent, g);
          const [from, to] = latest.current.visible;
          range = centreRange([from, to], extent, x.invert(px).getTime() / DAY_MS);
          select(g).call(brush.move, [x(range[0] * DAY_MS), x(range[1] * DAY_MS)]);
        }
        latest.current.onBrush(range ?? null, ev.type === "end");
      });
    brushRef.current = brush;
    select(g).call(brush);
    return () => {
      select(g).on(".brush", null);
    };
    // The extent is x's domain: a new x brings a new extent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [x, plotWidth, width]);

  // The brush follows the timeline's zoom, except while the reader is dragging it.
  const [shownFrom, shownTo] = visible;
  useEffect(() => {
    const g = ref.current;
    if (!g || !brushRef.current || dragging.current) return;
    const a = Math.max(0, x(shownFrom * DAY_MS));
    const b = Math.min(plotWidth, x(shownTo * DAY_MS));
    select(g).call(brushRef.current.move, [a, Math.max(a + 2, b)]);
  }, [shownFrom, shownTo, x, plotWidth]);

  const binWidth = plotWidth / BINS;
  const selA = Math.max(0, x(shownFrom * DAY_MS));
  const selB = Math.min(plotWidth, x(shownTo * DAY_MS));
  return (
    <div className="border-t border-[var(--border)]">
      <svg width={width} height={HEIGHT} className="block" data-testid="overview">
        <text x={8} y={HEIGHT / 2 + 4} fontSize={11} fill="var(--muted)" aria-hidden="true">
          Overview
        </text>
        <g transform={`translate(${labelWidth},0)`}>
          <g aria-hidden="true">
            {bins.map((n, i) =>
              n ? (
                <rect
                  key={i}
                  x={i * binWidth}
                  width={Math.max(1, binWidth - 0.5)}
                  y={HEIGHT - 2 - (n / max) * (HEIGHT - 8)}
                  height={(n / max) * (HEIGHT - 8)}
                  fill="var(--muted)"
                  fillOpacity={0.45}
                />
              ) : null,
            )}
            {x.ticks(Math.max(2, Math.floor(plotWidth / 90))).map((t) => (
              <text key={t.getTime()} x={x(t)} y={11} fontSize={10} fill="var(--muted)" textAnchor="middle">
                {x.tickFormat()(t)}
              </text>
            ))}
          </g>
          <g
            ref={ref}
            className="overview-brush outline-none"
            role="slider"
            tabIndex={0}
            aria-label="Range the timeline shows, over all shown events. Arrow keys and Page Up or Down move it, + and - narrow or widen it."
            aria-valuemin={Math.round(extent[0])}
            aria-valuemax={Math.round(extent[1])}
            aria-valuenow={Math.round((shownFrom + shownTo) / 2)}
            aria-valuetext={`${formatDay(Math.ceil(shownFrom))} – ${formatDay(Math.floor(shownTo) - 1)}`}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            onKeyDown={(e) => {
              const range = brushKey([shownFrom, shownTo], extent, e.key);
              if (!range) return;
              e.preventDefault();
              onBrush(range, true);
            }}
          />
          {/* SVG elements draw no focus outline: the ring is drawn around the brush. */}
          {focused ? (
            <rect
              x={selA - 2}
              y={1}
              width={Math.max(2, selB - selA) + 4}
              height={HEIGHT - 2}
              fill="none"
              stroke="var(--accent)"
              strokeWidth={3}
              pointerEvents="none"
              aria-hidden="true"
            />
          ) : null}
        </g>
      </svg>
    </div>
  );
}
