import type { SignalType } from "@/lib/model/schema";
import type { Lane } from "@/lib/view/lanes";
import { MARK_R, STYLE, type Shape } from "@/lib/view/scene";
import { SIGNAL_STYLES, TYPE_ORDER, glyphPath } from "@/lib/view/signalTypes";
import type { Palette } from "./paintScene";

const NS = "http://www.w3.org/2000/svg";
const PAD = 12;
const LINE = 16;
/** a rough width of one character of the 11px legend text, to wrap its entries into rows */
const CHAR_PX = 6.4;

/** What an exported chart says about itself: a picture that leaves the page carries its context. */
export interface ExportCaption {
  title: string;
  /** the filters and the range shown, one line each */
  lines: string[];
  /** the signal types of the events shown, for the legend */
  types: readonly SignalType[];
  /** where it comes from: the site, the data's date, the export's */
  credit: string;
}

/**
 * The timeline as a standalone SVG document: a title with the filters and range shown, the axis,
 * the lane names, the same shapes the canvas paints (see paintScene), then a legend and a credit
 * line, written as SVG elements with resolved colours so the export stays vector and renders the
 * same outside the page.
 */
export function standaloneSvg(
  ticks: readonly { x: number; label: string }[],
  lanes: readonly Lane[],
  shapes: readonly Shape[],
  palette: Palette,
  {
    labelWidth,
    axisHeight,
    plotWidth,
    height,
  }: { labelWidth: number; axisHeight: number; plotWidth: number; height: number },
  caption: ExportCaption,
): string {
  const el = (name: string, attrs: Record<string, string | number>, parent: Element) => {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    parent.appendChild(node);
    return node;
  };
  const text = (content: string, attrs: Record<string, string | number>, parent: Element) => {
    // textContent, never markup: summaries and queries are article text.
    el("text", attrs, parent).textContent = content;
  };
  const width = labelWidth + plotWidth;
  const headerHeight = PAD + 18 + caption.lines.length * LINE + PAD / 2;
  const legend = legendRows(caption.types, width - 2 * PAD, {
    bar: shapes.some((s) => s.kind === "span" && !s.open),
    fade: shapes.some((s) => s.kind === "span" && s.open),
    cluster: shapes.some((s) => s.kind === "cluster"),
  });
  const footerHeight = PAD + legend.length * LINE + LINE + PAD;
  const root = document.createElementNS(NS, "svg");
  root.setAttribute("xmlns", NS);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(headerHeight + axisHeight + height + footerHeight));
  // The page's font is not loaded where the file is opened: name it, with fallbacks.
  root.setAttribute("font-family", "Inter, system-ui, sans-serif");
  el("rect", { width: "100%", height: "100%", fill: palette.panel }, root);
  el("title", {}, root).textContent = caption.title;

  const header = el("g", { transform: `translate(${PAD},${PAD})` }, root);
  text(caption.title, { y: 14, "font-size": 15, "font-weight": 700, fill: palette.fg }, header);
  caption.lines.forEach((line, i) =>
    text(line, { y: 18 + (i + 1) * LINE - 4, "font-size": 12, fill: palette.muted }, header),
  );

  const chart = el("g", { transform: `translate(0,${headerHeight})` }, root);
  const axis = el("g", { transform: `translate(${labelWidth},0)` }, chart);
  el(
    "line",
    { x1: -labelWidth, x2: plotWidth, y1: axisHeight - 0.5, y2: axisHeight - 0.5, stroke: palette.border },
    axis,
  );
  for (const t of ticks) {
    el("line", { x1: t.x, x2: t.x, y1: axisHeight - 6, y2: axisHeight, stroke: palette.muted }, axis);
    // A label that would run off the picture's edge is left out rather than cut ("202").
    if (t.x + (t.label.length * CHAR_PX) / 2 > plotWidth) continue;
    const label = el(
      "text",
      { x: t.x, y: axisHeight - 10, "text-anchor": "middle", "font-size": 11, fill: palette.muted },
      axis,
    );
    label.textContent = t.label;
  }

  const body = el("g", { transform: `translate(0,${axisHeight})` }, chart);
  // Long names are cut at the plot, as on the page.
  const names = el("svg", { width: labelWidth - 4, height, overflow: "hidden" }, body);
  for (const lane of lanes) {
    const label = el("text", { x: 6, y: lane.top + lane.height / 2 + 4, "font-size": 11, fill: palette.fg }, names);
    label.textContent = `${lane.name} (${lane.count})`;
  }
  const plot = el("svg", { x: labelWidth, width: plotWidth, height, overflow: "hidden" }, body);
  const defs = el("defs", {}, plot);
  for (const t of TYPE_ORDER) {
    const fade = el("linearGradient", { id: `fade-${t}`, x1: 0, x2: 1, y1: 0, y2: 0 }, defs);
    el("stop", { offset: 0, "stop-color": palette.signal[t], "stop-opacity": STYLE.span.fadeFrom }, fade);
    el("stop", { offset: 1, "stop-color": palette.signal[t], "stop-opacity": STYLE.span.fadeTo }, fade);
  }
  for (const s of shapes) {
    switch (s.kind) {
      case "stripe":
        el(
          "rect",
          { y: s.y, width: plotWidth, height: s.height, fill: palette.bg, "fill-opacity": STYLE.stripeOpacity },
          plot,
        );
        break;
      case "grid":
        el(
          "line",
          { x1: s.x, x2: s.x, y2: height, stroke: palette.border, "stroke-dasharray": STYLE.gridDash.join(" ") },
          plot,
        );
        break;
      case "connector": {
        const look = s.lit ? STYLE.connector.lit : STYLE.connector.dim;
        el(
          "line",
          {
            x1: s.x,
            x2: s.x,
            y1: s.y0,
            y2: s.y1,
            stroke: s.lit ? palette.accent : palette.muted,
            "stroke-opacity": look.opacity,
            "stroke-width": look.width,
          },
          plot,
        );
        break;
      }
      case "span": {
        const color = palette.signal[s.type];
        const attrs: Record<string, string | number> = {
          x: s.x0,
          y: s.y,
          width: s.x1 - s.x0,
          height: STYLE.span.height,
        };
        if (s.open) Object.assign(attrs, { fill: `url(#fade-${s.type})` });
        else if (s.hollow)
          Object.assign(attrs, { fill: "none", stroke: color, "stroke-dasharray": STYLE.span.dash.join(" ") });
        else Object.assign(attrs, { fill: color, "fill-opacity": STYLE.span.opacity });
        el("rect", attrs, plot);
        break;
      }
      case "halo":
        el(
          "circle",
          {
            cx: s.x,
            cy: s.y,
            r: STYLE.halo.r,
            fill: "none",
            stroke: palette.accent,
            "stroke-width": s.selected ? STYLE.halo.selected : STYLE.halo.hovered,
          },
          plot,
        );
        break;
      case "glyph": {
        const color = palette.signal[s.type];
        el(
          "path",
          {
            transform: `translate(${s.x},${s.y})`,
            d: glyphPath(SIGNAL_STYLES[s.type].glyph, MARK_R),
            fill: s.hollow ? palette.panel : color,
            "fill-rule": "evenodd",
            stroke: color,
            "stroke-width": STYLE.glyphStroke,
          },
          plot,
        );
        break;
      }
      case "cluster": {
        el(
          "line",
          {
            x1: s.x0,
            x2: s.x1,
            y1: s.lineY,
            y2: s.lineY,
            stroke: palette.muted,
            "stroke-opacity": STYLE.cluster.lineOpacity,
          },
          plot,
        );
        el(
          "circle",
          {
            cx: s.x,
            cy: s.y,
            r: s.r,
            fill: palette.fg,
            "fill-opacity": STYLE.cluster.opacity,
            stroke: palette.panel,
            "stroke-width": STYLE.cluster.stroke,
          },
          plot,
        );
        const count = el(
          "text",
          {
            x: s.x,
            y: s.y,
            dy: "0.35em",
            "text-anchor": "middle",
            "font-size": s.fontSize,
            "font-weight": 600,
            fill: palette.panel,
          },
          plot,
        );
        count.textContent = String(s.count);
        break;
      }
      case "focus":
        // The keyboard's position is not part of an exported picture.
        break;
    }
  }

  const footer = el("g", { transform: `translate(${PAD},${headerHeight + axisHeight + height + PAD})` }, root);
  el("line", { x1: -PAD, x2: width, y1: -PAD / 2, y2: -PAD / 2, stroke: palette.border }, footer);
  const legendDefs = el("defs", {}, footer);
  const fade = el("linearGradient", { id: "fade-legend", x1: 0, x2: 1, y1: 0, y2: 0 }, legendDefs);
  el("stop", { offset: 0, "stop-color": palette.muted, "stop-opacity": STYLE.span.fadeFrom }, fade);
  el("stop", { offset: 1, "stop-color": palette.muted, "stop-opacity": STYLE.span.fadeTo }, fade);
  legend.forEach((row, r) =>
    row.forEach(({ x, label, type, kind }) => {
      const color = palette.signal[type];
      const y = r * LINE + 4;
      if (kind === "bar" || kind === "fade")
        el(
          "rect",
          {
            x,
            y: y - STYLE.span.height / 2,
            width: SAMPLE_PX - 4,
            height: STYLE.span.height,
            ...(kind === "fade"
              ? { fill: "url(#fade-legend)" }
              : { fill: palette.muted, "fill-opacity": STYLE.span.opacity }),
          },
          footer,
        );
      else if (kind === "cluster")
        el(
          "circle",
          {
            cx: x + MARK_R,
            cy: y,
            r: MARK_R,
            fill: palette.fg,
            "fill-opacity": STYLE.cluster.opacity,
          },
          footer,
        );
      else
        el(
          "path",
          {
            transform: `translate(${x + MARK_R},${y})`,
            d: glyphPath(SIGNAL_STYLES[type].glyph, MARK_R - 1),
            fill: kind === "hollow" ? palette.panel : color,
            "fill-rule": "evenodd",
            stroke: color,
            "stroke-width": STYLE.glyphStroke,
          },
          footer,
        );
      text(label, { x: x + SAMPLE_PX, y: r * LINE + 8, "font-size": 11, fill: palette.fg }, footer);
    }),
  );
  text(caption.credit, { y: legend.length * LINE + 10, "font-size": 11, fill: palette.muted }, footer);
  return new XMLSerializer().serializeToString(root);
}

type LegendKind = "glyph" | "hollow" | "bar" | "fade" | "cluster";
/** the room a legend entry's sample takes before its words: a glyph, a bar or a badge */
const SAMPLE_PX = 2 * MARK_R + 4;

/**
 * The legend's entries wrapped into rows: each type shown, what a hollow mark means, and, when the
 * picture has them, the bars of dates known to a span, the fading bars of open spans and the
 * counted badges (the same key as the page's legend).
 */
function legendRows(
  types: readonly SignalType[],
  width: number,
  shown: { bar: boolean; fade: boolean; cluster: boolean },
) {
  const first = types[0] ?? TYPE_ORDER[0]!;
  const entries: { type: SignalType; label: string; kind: LegendKind }[] = [
    ...TYPE_ORDER.filter((t) => types.includes(t)).map((type) => ({
      type,
      label: SIGNAL_STYLES[type].label,
      kind: "glyph" as const,
    })),
    ...(types.length ? [{ type: first, label: "hollow: scheduled or predicted", kind: "hollow" as const }] : []),
    ...(shown.bar ? [{ type: first, label: "bar: date known to a span", kind: "bar" as const }] : []),
    ...(shown.fade ? [{ type: first, label: "fading: open “since …” span", kind: "fade" as const }] : []),
    ...(shown.cluster
      ? [{ type: first, label: "number: events too close to draw apart", kind: "cluster" as const }]
      : []),
  ];
  const rows: { x: number; type: SignalType; label: string; kind: LegendKind }[][] = [[]];
  let x = 0;
  for (const entry of entries) {
    const w = SAMPLE_PX + entry.label.length * CHAR_PX + 14;
    if (x > 0 && x + w > width) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push({ ...entry, x });
    x += w;
  }
  return rows;
}
