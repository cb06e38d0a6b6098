import { epochDay, isoOfEpochDay, parseIsoDay } from "../dates/spans";
import type { EventDate } from "../model/schema";
import type { DateMention } from "../model/mentions";

/**
 * The date an undated statement takes, decided once per article:
 * - the article names its occasion in the lead ("at a press conference on Thursday"): that
 *   day dates what the occasion's protagonist says in it;
 * - the article relays another outlet's report (front matter `cites`): what it reports was
 *   said before it was republished, so the week before publication;
 * - otherwise the publication date, as the event model says.
 */
export interface ArticleDates {
  occasion: { date: EventDate; actors: Set<string> } | null;
  fallback: EventDate;
}

const OCCASION_WINDOW_DAYS = 7;

export function relaysAnotherOutlet(publisher: string, cites: string | undefined): boolean {
  if (!cites) return false;
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const p = words(publisher);
  const c = words(cites);
  const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((w) => b.has(w));
  // "Espreso TV" citing "Espreso TV interview with …" is the outlet's own reporting.
  return p.size > 0 && !within(p, c) && !within(c, p);
}

export function articleDates(
  published: string | null,
  publisher: string,
  cites: string | undefined,
  lead: readonly { mentions: DateMention[]; actors: string[] }[],
): ArticleDates {
  const ref = parseIsoDay(published);
  if (!published || !ref) {
    return { occasion: null, fallback: { start: null, end: null, precision: "day", text: "", basis: "unresolved" } };
  }
  const publishedDay = epochDay(ref.y, ref.m, ref.d);
  const earliest = isoOfEpochDay(publishedDay - OCCASION_WINDOW_DAYS);
  let occasion: ArticleDates["occasion"] = null;
  for (const sentence of lead) {
    const day = sentence.mentions.find(
      (m) => m.precision === "day" && !m.future && m.start && m.start >= earliest && m.start <= published,
    );
    if (day && sentence.actors.length) {
      occasion = {
        date: { start: day.start, end: day.end, precision: "day", text: day.text, basis: day.basis },
        actors: new Set(sentence.actors),
      };
      break;
    }
  }
  const fallback: EventDate = relaysAnotherOutlet(publisher, cites)
    ? {
        start: earliest,
        end: isoOfEpochDay(publishedDay - 1),
        precision: "range",
        text: `undated; reported via ${cites} before ${published}`,
        basis: "publication",
      }
    : { start: published, end: published, precision: "day", text: "", basis: "publication" };
  return { occasion, fallback };
}
