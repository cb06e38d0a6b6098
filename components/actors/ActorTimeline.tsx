import Link from "next/link";
import { Glyph, SignalStyleSheet, signalColor } from "@/components/timeline/Glyph";
import type { SignalEvent } from "@/lib/model/schema";
import { formatNormalisedDate, isoToDay } from "@/lib/view/dates";
import { SIGNAL_STYLES, TYPE_ORDER, glyphPath, isHollow } from "@/lib/view/signalTypes";

const WIDTH = 1000;
/** room for the lane labels, inside the drawing so that they scale with it */
const GUTTER = 160;
const LANE = 18;
const PAD = 12;
const LISTED = 40;

/**
 * An actor's events on one compact strip, a lane per signal type (glyph and label, not colour
 * alone), with the latest events listed below it as links.
 */
export function ActorTimeline({
  actorId,
  events,
  reported,
}: {
  actorId: string;
  events: SignalEvent[];
  /** the day an event was first reported, which dates an event whose text gives no date */
  reported(e: SignalEvent): string | null;
}) {
  const dated = events.filter((e) => e.date.start !== null);
  if (events.length === 0) return <p className="text-[var(--muted)]">No events name this actor.</p>;
  const types = TYPE_ORDER.filter((t) => dated.some((e) => e.type === t));
  const first = Math.min(...dated.map((e) => isoToDay(e.date.start!)));
  const last = Math.max(...dated.map((e) => isoToDay(e.date.end ?? e.date.start!)));
  const span = Math.max(1, last - first);
  const x = (day: number) => GUTTER + PAD + ((day - first) / span) * (WIDTH - 2 * PAD);
  const height = types.length * LANE + 24;
  const firstYear = new Date(first * 86_400_000).getUTCFullYear();
  const lastYear = new Date(last * 86_400_000).getUTCFullYear();
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).filter(
    (y) => isoToDay(`${y}-01-01`) >= first,
  );
  const listed = [...events].reverse().slice(0, LISTED);
  const dateOf = (e: SignalEvent) => formatNormalisedDate(e.date, reported(e));
  return (
    <div className="space-y-3">
      <SignalStyleSheet />
      {dated.length > 0 ? (
        // Wider than a phone: the strip scrolls sideways, and as a focusable region so can the keyboard.
        <div
          className="overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--panel)] p-2"
          role="region"
          aria-label="Events by signal type over time (scrolls sideways)"
          tabIndex={0}
        >
          <svg
            viewBox={`0 0 ${GUTTER + WIDTH} ${height}`}
            className="min-w-[56rem]"
            role="img"
            aria-label={`${dated.length} dated events from ${dateOf(dated[0]!)} to ${dateOf(dated[dated.length - 1]!)}, by signal type; listed below.`}
          >
            {types.map((t, lane) => (
              <g key={t} transform={`translate(0,${lane * LANE + LANE / 2})`}>
                <path
                  d={glyphPath(SIGNAL_STYLES[t].glyph, 5)}
                  transform="translate(8,0)"
                  fill={signalColor(t)}
                  stroke={signalColor(t)}
                  fillRule="evenodd"
                />
                <text x={20} y={4.5} fontSize={13} fill="var(--muted)">
                  {SIGNAL_STYLES[t].label}
                </text>
                <line x1={GUTTER} x2={GUTTER + WIDTH} y1={0} y2={0} stroke="var(--border)" strokeDasharray="2 4" />
              </g>
            ))}
            {years.map((y) => (
              <g key={y}>
                <line
                  x1={x(isoToDay(`${y}-01-01`))}
                  x2={x(isoToDay(`${y}-01-01`))}
                  y1={0}
                  y2={types.length * LANE}
                  stroke="var(--border)"
                />
                <text x={x(isoToDay(`${y}-01-01`)) + 3} y={height - 6} fontSize={13} fill="var(--muted)">
                  {y}
                </text>
              </g>
            ))}
            {dated.map((e) => {
              // A date known only to a month, season or year is drawn across its span, its mark in the middle.
              const x0 = x(isoToDay(e.date.start!));
              const x1 = x(isoToDay(e.date.end ?? e.date.start!));
              const y = types.indexOf(e.type) * LANE + LANE / 2;
              return (
                <g key={e.id}>
                  <title>{`${dateOf(e)}: ${e.summary}`}</title>
                  {x1 - x0 > 3 ? (
                    <rect x={x0} y={y + 4} width={x1 - x0} height={3} fill={signalColor(e.type)} fillOpacity={0.55} />
                  ) : null}
                  <path
                    d={glyphPath(SIGNAL_STYLES[e.type].glyph, 5)}
                    transform={`translate(${((x0 + x1) / 2).toFixed(1)},${y})`}
                    fill={isHollow(e.modality) ? "var(--panel)" : signalColor(e.type)}
                    stroke={signalColor(e.type)}
                    strokeWidth={1.5}
                    fillRule="evenodd"
                  />
                </g>
              );
            })}
          </svg>
        </div>
      ) : null}
      <ol className="divide-y divide-[var(--border)] rounded-lg border border-[var(--border)] bg-[var(--panel)] text-sm">
        {listed.map((e) => (
          <li key={e.id} className="flex gap-3 p-2" data-actor-event={e.id}>
            <span className="w-28 shrink-0 text-[var(--muted)]">{dateOf(e)}</span>
            <span className="flex shrink-0 items-start gap-1 pt-0.5" title={SIGNAL_STYLES[e.type].label}>
              <Glyph type={e.type} hollow={isHollow(e.modality)} size={12} />
              <span className="sr-only">{SIGNAL_STYLES[e.type].label}: </span>
            </span>
            <Link
              href={`/events/${encodeURIComponent(e.id)}`}
              className="text-[var(--accent)] underline-offset-2 hover:underline"
            >
              {e.summary}
            </Link>
          </li>
        ))}
      </ol>
      <p className="text-sm">
        {events.length > LISTED ? `The latest ${LISTED} of ${events.length} events are listed. ` : null}
        <Link href={`/?actors=${encodeURIComponent(actorId)}`} className="text-[var(--accent)] underline">
          See them on the timeline
        </Link>
      </p>
    </div>
  );
}
