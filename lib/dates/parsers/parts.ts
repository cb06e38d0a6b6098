/**
 * Parts of a month, season, week or year: "early 2024", "mid-May", "late May 2024", "late
 * summer", "the end of last year", "early this week", "the middle of October", "year-end".
 * TimeML keeps the whole unit as the value and marks the part: START, MID or END.
 */
import { explicit, reading, relative, yearless, type Found } from "../found";
import { calendarValue, weekValue } from "../timexValue";
import { g, rule, type Family } from "../rule";
import { calendarUnit, offsetOf } from "../shifts";
import {
  epochDay,
  epochSpan,
  monthPartSpan,
  monthSpan,
  parseIsoDay,
  seasonSpan,
  shiftMonth,
  yearPartSpan,
  type Part,
  type Season,
  type Span,
} from "../spans";
import { MONTH, SEASON, YEAR, isTitled, monthNumber, seasonOf } from "../words";

function partOf(word: string): Part {
  const w = word.toLowerCase();
  if (w === "early" || w === "beginning" || w === "start") return "early";
  if (w === "mid" || w === "middle") return "mid";
  return "late";
}

const MODS: Record<Part, string> = { early: "START", mid: "MID", late: "END" };

/** Monday–Tuesday, Wednesday–Thursday, Friday–Sunday. */
function weekPartSpan(week: Span, part: Part): Span {
  const d = parseIsoDay(week.start)!;
  const monday = epochDay(d.y, d.m, d.d);
  const [from, to] = { early: [0, 1], mid: [2, 3], late: [4, 6] }[part];
  return epochSpan(monday + (from ?? 0), monday + (to ?? 6));
}

/** The TimeML value of the season a month of it falls in ("2023-01-01" in winter: "2022-WI"). */
function seasonOfMonth(season: Season, day: string): string {
  const y = Number(day.slice(0, 4)) - (season === "winter" && day.slice(5, 7) !== "12" ? 1 : 0);
  return calendarValue("season", seasonSpan(season, y).start, seasonSpan(season, y).end);
}

const marked = (found: Found | null, part: Part) => reading(found, { type: "DATE", mod: MODS[part] });

export const PARTS: Family = {
  // Every phrase of the family has a word for a part.
  words: ["early", "mid", "late", "beginning", "start", "middle", "end"],
  rules: [
    rule(
      `\\b(?<d>(?:(?<p>early|late|mid)(?:-|\\s+)(?:in\\s+)?|the\\s+(?<p2>beginning|start|middle|end)\\s+of\\s+)(?:(?<mon>${MONTH})(?:\\s*,?\\s+(?:of\\s+)?(?<my>${YEAR}))?|(?<season>${SEASON})(?:\\s+(?:of\\s+)?(?<sy>${YEAR}))?|(?<y>${YEAR})|(?<rel>this|last|next)\\s+(?<ru>year|month|week)|the\\s+(?<tu>year|month|week)))`,
      (m, ctx, index, length) => {
        const part = partOf(g(m, "p") ?? g(m, "p2") ?? "");
        const seasonWord = g(m, "season");
        if (seasonWord !== undefined) {
          const season = seasonOf(seasonWord);
          // Each season is three months: early, mid and late take one each.
          const make = (y: number): Span => {
            const first = seasonSpan(season, y).start;
            const { y: yy, m: mm } = shiftMonth(y, Number(first.slice(5, 7)), ["early", "mid", "late"].indexOf(part));
            return monthSpan(yy, mm);
          };
          const sy = g(m, "sy");
          const found =
            sy !== undefined
              ? explicit(index, length, "range", make(Number(sy)))
              : yearless(ctx, index, length, "range", Number(make(2001).start.slice(5, 7)), make);
          // TimeML values a part of a season as the season itself.
          const whole = found?.start ? seasonOfMonth(season, found.start) : undefined;
          return reading(found, { type: "DATE", value: whole, mod: MODS[part] });
        }
        const monthWord = g(m, "mon");
        if (monthWord !== undefined) {
          const month = monthNumber(monthWord);
          if (month === null || !isTitled(monthWord)) return null;
          const my = g(m, "my");
          if (my !== undefined)
            return marked(explicit(index, length, "range", monthPartSpan(Number(my), month, part)), part);
          return marked(
            yearless(ctx, index, length, "range", month, (y) => monthPartSpan(y, month, part)),
            part,
          );
        }
        const y = g(m, "y");
        if (y !== undefined) return marked(explicit(index, length, "range", yearPartSpan(Number(y), part)), part);
        const unit = (g(m, "ru") ?? g(m, "tu") ?? "").toLowerCase();
        const offset = offsetOf(g(m, "rel"));
        const found = relative(ctx, index, length, "range", (ref) => {
          if (unit === "year") return yearPartSpan(ref.y + offset, part);
          if (unit === "week") return weekPartSpan(calendarUnit(ref, "week", offset), part);
          const { y: yy, m: mm } = shiftMonth(ref.y, ref.m, offset);
          return monthPartSpan(yy, mm, part);
        });
        // A part of a week is valued as its week; parts of months and years take their unit by themselves.
        const week = unit === "week" && found?.start ? weekValue(found.start) : undefined;
        return reading(found, { type: "DATE", value: week, mod: MODS[part] });
      },
    ),
  ],
};
