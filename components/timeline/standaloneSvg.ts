import type { Lane } from "@/lib/view/lanes";
import { MARK_R, STYLE, type Shape } from "@/lib/view/scene";
import { SIGNAL_STYLES, TYPE_ORDER, glyphPath } from "@/lib/view/signalTypes";
import type { Palette } from "./paintScene";

const NS = "http://www.w3.org/2000/svg";

/**
 * The timeline as a standalone SVG document: the axis, the lane names, and the same shapes the
 * canvas paints (see paintScene), written as SVG elements with resolved colours so the export
 * stays vector and renders the same outside the page.
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
): string {
  const el = (name: string, attrs: Record<string, string | number>, parent: Element) => {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    parent.appendChild(node);
    return node;
  };
  const root = document.createElementNS(NS, "svg");
  root.setAttribute("xmlns", NS);
  root.setAttribute("width", String(labelWidth + plotWidth));
  root.setAttribute("height", String(axisHeight + height));
  // The page's font is not loaded where the file is opened: name it, with fallbacks.
  root.setAttribute("font-family", "Inter, system-ui, sans-serif");
  el("rect", { width: "100%", height: "100%", fill: palette.panel }, root);

  const axis = el("g", { transform: `translate(${labelWidth},0)` }, root);
  el(
    "line",
    { x1: -labelWidth, x2: plotWidth, y1: axisHeight - 0.5, y2: axisHeight - 0.5, stroke: palette.border },
    axis,
  );
  for (const t of ticks) {
    el("line", { x1: t.x, x2: t.x, y1: axisHeight - 6, y2: axisHeight, stroke: palette.muted }, axis);
    const label = el(
      "text",
      { x: t.x, y: axisHeight - 10, "text-anchor": "middle", "font-size": 11, fill: palette.muted },
      axis,
    );
    label.textContent = t.label;
  }

  const body = el("g", { transform: `translate(0,${axisHeight})` }, root);
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
  return new XMLSerializer().serializeToString(root);
}
