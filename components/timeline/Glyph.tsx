import type { SignalType } from "@/lib/model/schema";
import { SIGNAL_STYLES, TYPE_ORDER, glyphPath } from "@/lib/view/signalTypes";

/** Colours per signal type and theme as CSS variables, so marks follow the theme toggle live. */
const SIGNAL_CSS = [
  `:root{${TYPE_ORDER.map((t) => `--sig-${t}:${SIGNAL_STYLES[t].color}`).join(";")}}`,
  `[data-theme="dark"]{${TYPE_ORDER.map((t) => `--sig-${t}:${SIGNAL_STYLES[t].darkColor}`).join(";")}}`,
  // Print is always on white paper.
  `@media print{:root,[data-theme="dark"]{${TYPE_ORDER.map((t) => `--sig-${t}:${SIGNAL_STYLES[t].color}`).join(";")}}}`,
].join("\n");

export function SignalStyleSheet() {
  return (
    <style href="signals-type-colours" precedence="default">
      {SIGNAL_CSS}
    </style>
  );
}

export const signalColor = (type: SignalType) => `var(--sig-${type})`;

export function Glyph({
  type,
  hollow = false,
  size = 14,
  className,
}: {
  type: SignalType;
  hollow?: boolean;
  size?: number;
  className?: string;
}) {
  const r = size / 2 - 1.5;
  return (
    <svg
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
      className={className}
      style={{ flex: "none", overflow: "visible" }}
    >
      <path
        d={glyphPath(SIGNAL_STYLES[type].glyph, r)}
        fill={hollow ? "var(--panel)" : signalColor(type)}
        fillRule="evenodd"
        stroke={signalColor(type)}
        strokeWidth={1.5}
      />
    </svg>
  );
}
