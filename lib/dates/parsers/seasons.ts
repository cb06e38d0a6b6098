/** Seasons: "the fall of 2022", "winter 2022/23", "this fall", "last winter", "in the spring". */
import { explicit, relative, yearless } from "../found";
import { g, rule, type Family } from "../rule";
import { offsetOf, refIso, thisSeason } from "../shifts";
import { seasonSpan } from "../spans";
import { SEASON, seasonOf } from "../words";

/** A season can straddle two years ("winter 2022/23"); the first one names it. */
const SEASON_YEAR = "(?<y>(?<![\\d.,$£€/])(?:19|20)\\d{2}(?![\\d%]))(?:\\s*[/–-]\\s*(?:19|20)?\\d{2}(?!\\d))?";

export const SEASONS: Family = {
  // Every phrase of the family has a season.
  words: ["spring", "summer", "fall", "autumn", "winter"],
  rules: [
    // "the fall of 2022", "autumn 2022", "winter 2022/23"
    rule(`\\b(?<d>(?:the\\s+)?(?<s>${SEASON})\\s+(?:of\\s+)?${SEASON_YEAR})`, (m, _ctx, index, length) =>
      explicit(index, length, "season", seasonSpan(seasonOf(g(m, "s") ?? ""), Number(g(m, "y")))),
    ),
    // "this fall", "last winter", "next spring"
    rule(
      `\\b(?<d>(?<q>this\\s+past|this\\s+coming|this|last|next|past|coming)\\s+(?<s>${SEASON}))\\b`,
      (m, ctx, index, length) => {
        const season = seasonOf(g(m, "s") ?? "");
        const offset = offsetOf(g(m, "q"));
        return relative(
          ctx,
          index,
          length,
          "season",
          (ref) => {
            const y = thisSeason(ref, season);
            const current = seasonSpan(season, y);
            if (offset < 0) return seasonSpan(season, y - 1);
            if (offset > 0) return current.start > refIso(ref) ? current : seasonSpan(season, y + 1);
            return current;
          },
          offset > 0,
        );
      },
    ),
    // "in the spring", "over the summer": the nearest such season
    rule(
      `\\b(?:in|into|during|by|until|till|through|throughout|over|since|before|after)\\s+(?<d>(?:the\\s+)?(?<s>${SEASON}))\\b(?!\\s+of\\b)`,
      (m, ctx, index, length) => {
        const season = seasonOf(g(m, "s") ?? "");
        const month = seasonSpan(season, 2001).start.slice(5, 7);
        return yearless(ctx, index, length, "season", Number(month), (y) => seasonSpan(season, y));
      },
    ),
  ],
};
