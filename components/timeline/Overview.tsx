"use client";

import { brushX, select, type BrushBehavior, type ScaleTime } from "d3";
import { useEffect, useMemo, useRef } from "react";
import { DAY_MS } from "@/lib/view/dates";
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

/** The whole extent as a density strip; its brush is the range the timeline shows. */
export function Overview({ events, scale: x, visible, width, labelWidth, onBrush }: OverviewProps) {
  const ref = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const dragging = useRef(false);
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  });
  const plotWidth = x.range()[1]!;

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
        const range = ev.selection?.map((px) => x.invert(px).getTime() / DAY_MS) as [number, number] | undefined;
        onBrushRef.current(range ?? null, ev.type === "end");
      });
    brushRef.current = brush;
    select(g).call(brush);
    return () => {
      select(g).on(".brush", null);
    };
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
  return (
    <div className="border-t border-[var(--border)]">
      <svg
        width={width}
        height={HEIGHT}
        className="block"
        role="img"
        aria-label="Overview of all shown events. Drag to choose the range the timeline shows."
      >
        <text x={8} y={HEIGHT / 2 + 4} fontSize={11} fill="var(--muted)">
          Overview
        </text>
        <g transform={`translate(${labelWidth},0)`}>
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
          <g ref={ref} className="overview-brush" />
        </g>
      </svg>
    </div>
  );
}
