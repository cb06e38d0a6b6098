import * as chrono from "chrono-node";

/**
 * A plain-text article often carries its date in a dateline near the top ("Published 6 Feb
 * 2025", "February 6, 2025 — KYIV"). Only a full date with a year counts: a guess would make
 * every relative date in the article wrong.
 */
export function inferPublicationDate(body: string): string | null {
  const head = body.split("\n").slice(0, 6).join("\n").slice(0, 1500);
  for (const result of chrono.strict.parse(head)) {
    const c = result.start;
    if (c.isCertain("year") && c.isCertain("month") && c.isCertain("day")) {
      const y = c.get("year")!;
      const m = c.get("month")!;
      const d = c.get("day")!;
      return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
  }
  return null;
}
