/**
 * Where the timeline's marks are placed, and when a placement can still be shown.
 *
 * Clustering and placing thousands of marks is the expensive part of a frame, so marks are
 * placed once for a zoom scale `k` over a window of days a little wider than the view, and
 * between placements the view only moves and stretches the group that holds them. A zoom or
 * pan places them again when the view leaves the window, when the scale has changed by more
 * than `maxRatio` (clusters would be too far apart or too close), or when the gesture ends.
 */
export interface MarkLayout {
  /** the zoom scale the marks were placed for */
  k: number;
  /** the window of days that holds placed marks */
  from: number;
  to: number;
  /** the plot width the placement was made for */
  width: number;
}

export const NO_LAYOUT: MarkLayout = { k: NaN, from: 0, to: 0, width: 0 };

/** A placement window around the days in view: `margin` views either side. */
export function placeLayout(k: number, visibleFrom: number, visibleTo: number, width: number, margin = 0.5) {
  const pad = (visibleTo - visibleFrom) * margin;
  return { k, from: visibleFrom - pad, to: visibleTo + pad, width };
}

/** Can marks placed for `layout` show the view of scale `k` over [visibleFrom, visibleTo]? */
export function layoutHolds(
  layout: MarkLayout,
  k: number,
  visibleFrom: number,
  visibleTo: number,
  width: number,
  maxRatio = 1.5,
): boolean {
  const ratio = k / layout.k;
  return (
    layout.width === width &&
    ratio <= maxRatio &&
    ratio >= 1 / maxRatio &&
    visibleFrom >= layout.from &&
    visibleTo <= layout.to
  );
}
