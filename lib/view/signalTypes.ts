import type { SignalEvent, SignalType } from "../model/schema";
import { SIGNAL_TYPES } from "../model/vocabulary";

/** Glyphs are distinct in outline so type never depends on colour alone. */
export type Glyph =
  | "circle"
  | "square"
  | "diamond"
  | "triangle-up"
  | "triangle-down"
  | "cross"
  | "star"
  | "hexagon"
  | "pentagon"
  | "ring"
  | "bar"
  | "x";

export interface SignalStyle {
  label: string;
  glyph: Glyph;
  /** light-theme and dark-theme colours; the Okabe-Ito-derived palette stays apart for common colour blindness */
  color: string;
  darkColor: string;
}

export const SIGNAL_STYLES: Record<SignalType, SignalStyle> = {
  "negotiation-readiness": { label: "Negotiation readiness", glyph: "circle", color: "#0072b2", darkColor: "#56b4e9" },
  "ceasefire-signal": { label: "Ceasefire signal", glyph: "diamond", color: "#009e73", darkColor: "#3fd1a5" },
  condition: { label: "Condition", glyph: "square", color: "#b35900", darkColor: "#f0a35e" },
  rejection: { label: "Rejection", glyph: "x", color: "#c0392b", darkColor: "#ff7b6b" },
  "legitimacy-dispute": { label: "Legitimacy dispute", glyph: "triangle-down", color: "#8e44ad", darkColor: "#cc8fe6" },
  proposal: { label: "Proposal", glyph: "pentagon", color: "#1f7a8c", darkColor: "#6fd0e0" },
  talks: { label: "Talks", glyph: "hexagon", color: "#2a52be", darkColor: "#8fa8ff" },
  threat: { label: "Threat", glyph: "triangle-up", color: "#a11d48", darkColor: "#ff6f9c" },
  sanction: { label: "Sanction", glyph: "cross", color: "#6b4f1d", darkColor: "#d9b26f" },
  assessment: { label: "Assessment", glyph: "ring", color: "#4d5d6e", darkColor: "#a9bacb" },
  "military-claim": { label: "Military claim", glyph: "star", color: "#7a3b00", darkColor: "#e8955a" },
  context: { label: "Context", glyph: "bar", color: "#5f6b2a", darkColor: "#c2cf7d" },
};

/** Hollow marks mean "not (yet) happened": scheduled or predicted. */
export const isHollow = (modality: SignalEvent["modality"]) => modality === "scheduled" || modality === "predicted";

export const TYPE_ORDER: readonly SignalType[] = SIGNAL_TYPES;

/**
 * SVG path of a glyph centred on 0,0 with radius r. Every glyph is a closed outline, so the same
 * path is drawn filled (asserted) or hollow (scheduled, predicted).
 */
export function glyphPath(glyph: Glyph, r: number): string {
  const poly = (points: [number, number][]) => `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`;
  const regular = (n: number, rotate: number, radius = r) =>
    poly(
      Array.from({ length: n }, (_, i) => {
        const a = rotate + (i * 2 * Math.PI) / n;
        return [radius * Math.cos(a), radius * Math.sin(a)];
      }),
    );
  const t = r * 0.38;
  switch (glyph) {
    case "circle":
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
    case "ring":
      // An outer circle with a hole: reads as "ring" even when filled.
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0ZM${-r / 2.2},0A${r / 2.2},${r / 2.2} 0 1,1 ${r / 2.2},0A${r / 2.2},${r / 2.2} 0 1,1 ${-r / 2.2},0Z`;
    case "square":
      return poly([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case "diamond":
      return regular(4, -Math.PI / 2, r * 1.15);
    case "triangle-up":
      return regular(3, -Math.PI / 2, r * 1.15);
    case "triangle-down":
      return regular(3, Math.PI / 2, r * 1.15);
    case "pentagon":
      return regular(5, -Math.PI / 2);
    case "hexagon":
      return regular(6, 0);
    case "star":
      return poly(
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const radius = i % 2 ? r * 0.5 : r * 1.15;
          return [radius * Math.cos(a), radius * Math.sin(a)];
        }),
      );
    case "cross":
      return poly([
        [-t, -r],
        [t, -r],
        [t, -t],
        [r, -t],
        [r, t],
        [t, t],
        [t, r],
        [-t, r],
        [-t, t],
        [-r, t],
        [-r, -t],
        [-t, -t],
      ]);
    case "x": {
      const d = t * Math.SQRT1_2 * 1.4;
      const e = r * 0.95;
      return poly([
        [-e, -e + d],
        [-e + d, -e],
        [0, -d],
        [e - d, -e],
        [e, -e + d],
        [d, 0],
        [e, e - d],
        [e - d, e],
        [0, d],
        [-e + d, e],
        [-e, e - d],
        [-d, 0],
      ]);
    }
    case "bar":
      return poly([
        [-r, -r * 0.45],
        [r, -r * 0.45],
        [r, r * 0.45],
        [-r, r * 0.45],
      ]);
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
