/**
 * TimeML values of calendar spans: "2024-05-23", "2024-05", "2024-W21", "2024-Q2", "2024-H1",
 * "2024-SU", "2024", "202" (a decade), "20" (a century).
 */
import type { Precision } from "./found";
import { epochDay, isoWeekOf, parseIsoDay } from "./spans";
import type { Unit } from "./words";

const SEASON_CODES: Record<string, string> = { "03": "SP", "06": "SU", "09": "FA", "12": "WI" };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The ISO week of a day as a TimeML value ("2024-W21"). */
export function weekValue(iso: string): string {
  const d = parseIsoDay(iso)!;
  const { y, w } = isoWeekOf(epochDay(d.y, d.m, d.d));
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** The smallest calendar unit holding a span: a day, month, year, decade or century. */
function enclosing(start: string, end: string): string {
  if (start === end) return start;
  if (start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  for (const digits of [4, 3, 2]) if (start.slice(0, digits) === end.slice(0, digits)) return start.slice(0, digits);
  return start.slice(0, 4);
}

/** The value of a span read at a precision; a range takes the smallest unit that holds it. */
export function calendarValue(precision: Precision, start: string, end: string): string {
  const y = start.slice(0, 4);
  const m = Number(start.slice(5, 7));
  switch (precision) {
    case "day":
      return start;
    case "week":
      return weekValue(start);
    case "month":
      return start.slice(0, 7);
    case "season":
      return `${y}-${SEASON_CODES[start.slice(5, 7)] ?? "XX"}`;
    case "quarter":
      return `${y}-Q${Math.ceil(m / 3)}`;
    case "half":
      return `${y}-H${m <= 6 ? 1 : 2}`;
    case "year":
      return y;
    case "range":
      return enclosing(start, end);
  }
}

const DURATION_UNITS: Record<Unit, { code: string; time?: true; half: string }> = {
  second: { code: "S", time: true, half: "" },
  minute: { code: "M", time: true, half: "30S" },
  hour: { code: "H", time: true, half: "30M" },
  day: { code: "D", half: "T12H" },
  week: { code: "W", half: "3D" },
  month: { code: "M", half: "15D" },
  quarter: { code: "Q", half: "1M15D" },
  year: { code: "Y", half: "6M" },
  decade: { code: "E", half: "5Y" },
  century: { code: "C", half: "50Y" },
};

/**
 * A TimeML duration: `n` units ("P3Y", "PT2H", "P2Y6M" for two and a half years), or "PXY" when
 * the text leaves the count vague (`n` null).
 */
export function durationValue(n: number | null, unit: Unit): string {
  const { code, time, half } = DURATION_UNITS[unit];
  const t = time ? "T" : "";
  if (n === null) return `P${t}X${code}`;
  const whole = Math.floor(n);
  const rest = n > whole ? half : "";
  if (whole > 0 || rest === "") return `P${t}${whole}${code}${rest}`;
  // "half an hour", "0.5 years": only the half, written in the next smaller unit.
  return rest.startsWith("T") || time ? `PT${rest.replace(/^T/, "")}` : `P${rest}`;
}
