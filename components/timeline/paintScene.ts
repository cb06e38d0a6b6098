import type { SignalType } from "@/lib/model/schema";
import { MARK_R, STYLE, type Shape } from "@/lib/view/scene";
import { SIGNAL_STYLES, TYPE_ORDER, glyphPath } from "@/lib/view/signalTypes";

/** The theme's colours, resolved: a canvas cannot read CSS variables. */
export interface Palette {
  signal: Record<SignalType, string>;
  fg: string;
  muted: string;
  panel: string;
  bg: string;
  border: string;
  accent: string;
  font: string;
}

export function readPalette(el: Element): Palette {
  const cs = getComputedStyle(el);
  const v = (name: string) => cs.getPropertyValue(name).trim();
  return {
    signal: Object.fromEntries(TYPE_ORDER.map((t) => [t, v(`--sig-${t}`) || SIGNAL_STYLES[t].color])) as Record<
      SignalType,
      string
    >,
    fg: v("--fg"),
    muted: v("--muted"),
    panel: v("--panel"),
    bg: v("--bg"),
    border: v("--border"),
    accent: v("--accent"),
    font: cs.fontFamily,
  };
}

let glyphs: Map<SignalType, Path2D> | null = null;
function glyphOf(type: SignalType): Path2D {
  glyphs ??= new Map(TYPE_ORDER.map((t) => [t, new Path2D(glyphPath(SIGNAL_STYLES[t].glyph, MARK_R))]));
  return glyphs.get(type)!;
}

/**
 * Paints `shapes` (plot coordinates) onto a canvas that shows the plot from `top` down, `width`
 * by `height` CSS pixels at `dpr` device pixels each. The same shapes become SVG in standaloneSvg.
 */
export function paintScene(
  ctx: CanvasRenderingContext2D,
  shapes: readonly Shape[],
  palette: Palette,
  { width, height, top, dpr }: { width: number; height: number; top: number; dpr: number },
) {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, -top * dpr);
  ctx.lineJoin = "round";
  for (const s of shapes) {
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    switch (s.kind) {
      case "stripe":
        ctx.globalAlpha = STYLE.stripeOpacity;
        ctx.fillStyle = palette.bg;
        ctx.fillRect(0, s.y, width, s.height);
        break;
      case "grid":
        ctx.strokeStyle = palette.border;
        ctx.lineWidth = 1;
        ctx.setLineDash([...STYLE.gridDash]);
        line(ctx, crisp(s.x), top, crisp(s.x), top + height);
        break;
      case "connector": {
        const look = s.lit ? STYLE.connector.lit : STYLE.connector.dim;
        ctx.strokeStyle = s.lit ? palette.accent : palette.muted;
        ctx.globalAlpha = look.opacity;
        ctx.lineWidth = look.width;
        line(ctx, crisp(s.x), s.y0, crisp(s.x), s.y1);
        break;
      }
      case "span": {
        const color = palette.signal[s.type];
        const h = STYLE.span.height;
        if (s.open) {
          // An open "since" span fades out toward its end.
          const fade = ctx.createLinearGradient(s.x0, 0, s.x1, 0);
          fade.addColorStop(0, withAlpha(color, STYLE.span.fadeFrom));
          fade.addColorStop(1, withAlpha(color, STYLE.span.fadeTo));
          ctx.fillStyle = fade;
          ctx.fillRect(s.x0, s.y, s.x1 - s.x0, h);
        } else if (s.hollow) {
          ctx.strokeStyle = color;
          ctx.lineWidth = 1;
          ctx.setLineDash([...STYLE.span.dash]);
          ctx.strokeRect(s.x0 + 0.5, s.y + 0.5, s.x1 - s.x0 - 1, h - 1);
        } else {
          ctx.globalAlpha = STYLE.span.opacity;
          ctx.fillStyle = color;
          ctx.fillRect(s.x0, s.y, s.x1 - s.x0, h);
        }
        break;
      }
      case "halo":
        ctx.strokeStyle = palette.accent;
        ctx.lineWidth = s.selected ? STYLE.halo.selected : STYLE.halo.hovered;
        circle(ctx, s.x, s.y, STYLE.halo.r);
        ctx.stroke();
        break;
      case "glyph": {
        const color = palette.signal[s.type];
        ctx.translate(s.x, s.y);
        ctx.fillStyle = s.hollow ? palette.panel : color;
        ctx.fill(glyphOf(s.type), "evenodd");
        ctx.strokeStyle = color;
        ctx.lineWidth = STYLE.glyphStroke;
        ctx.stroke(glyphOf(s.type));
        ctx.translate(-s.x, -s.y);
        break;
      }
      case "cluster":
        ctx.strokeStyle = palette.muted;
        ctx.globalAlpha = STYLE.cluster.lineOpacity;
        ctx.lineWidth = 1;
        line(ctx, s.x0, s.lineY + 0.5, s.x1, s.lineY + 0.5);
        ctx.globalAlpha = STYLE.cluster.opacity;
        ctx.fillStyle = palette.fg;
        circle(ctx, s.x, s.y, s.r);
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.strokeStyle = palette.panel;
        ctx.lineWidth = STYLE.cluster.stroke;
        ctx.stroke();
        ctx.fillStyle = palette.panel;
        ctx.font = `600 ${s.fontSize}px ${palette.font}`;
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillText(String(s.count), s.x, s.y + 0.5);
        break;
      case "focus":
        ctx.strokeStyle = palette.accent;
        ctx.lineWidth = STYLE.focus.width;
        ctx.setLineDash([...STYLE.focus.dash]);
        circle(ctx, s.x, s.y, s.r);
        ctx.stroke();
        break;
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/**
 * A colour at an opacity, for gradient stops: canvas gradients do not premultiply, so a fade to
 * "transparent" (transparent black) would pass through grey. The theme's colours are hex.
 */
function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!hex) return color;
  return `rgba(${parseInt(hex[1]!, 16)},${parseInt(hex[2]!, 16)},${parseInt(hex[3]!, 16)},${alpha})`;
}

/** Thin lines on the pixel grid, so they are sharp rather than two half-tone pixels wide. */
const crisp = (x: number) => Math.round(x) + 0.5;

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

function circle(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
}
