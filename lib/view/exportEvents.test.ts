import { describe, expect, it } from "vitest";
import { generateEventDocument } from "../bench/generateEventDocument";
import { eventDocumentSchema } from "../model/schema";
import { CSV_COLUMNS, citationLine, eventsToCsv, eventsToJson } from "./exportEvents";

const doc = generateEventDocument({ events: 40, actors: 6, seed: 5 });
const ctx = {
  actors: doc.actors,
  articles: doc.articles,
  permalink: (id: string) => `https://signals.example/events/${id}`,
};

/** A small RFC 4180 reader, so the test checks what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("eventsToCsv", () => {
  it("writes one row per event with the event-model fields, quoting what needs it", () => {
    const tricky = { ...doc.events[0]!, summary: 'He said "no", then left,\nangrily' };
    const rows = parseCsv(eventsToCsv([tricky, ...doc.events.slice(1)], ctx));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(41);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first.summary).toBe('He said "no", then left,\nangrily');
    expect(first.id).toBe(tricky.id);
    expect(first.date_precision).toBe(tricky.date.precision);
    expect(first.evidence).toBe(tricky.sources.map((s) => s.sentence).join(" | "));
    expect(first.citation).toContain(`/events/${tricky.id}`);
  });
  it("keeps a code's leading zero: a digit code is a text formula, anything else is defused", () => {
    const coded = { ...doc.events[2]!, codes: { cameo: "0356", plover: "AGREE" } };
    const rows = parseCsv(eventsToCsv([coded, { ...coded, codes: { cameo: "=1+1", plover: null } }], ctx));
    expect(rows[1]![CSV_COLUMNS.indexOf("cameo")]).toBe('="0356"');
    expect(rows[1]![CSV_COLUMNS.indexOf("plover")]).toBe("AGREE");
    expect(rows[2]![CSV_COLUMNS.indexOf("cameo")]).toBe("'=1+1");
  });
  it("defuses spreadsheet formulas", () => {
    const rows = parseCsv(eventsToCsv([{ ...doc.events[1]!, summary: "=HYPERLINK(1)" }], ctx));
    expect(rows[1]![CSV_COLUMNS.indexOf("summary")]).toBe("'=HYPERLINK(1)");
  });
});

describe("eventsToJson", () => {
  it("is an event document the schema accepts, with a citation per event", () => {
    const json = JSON.parse(eventsToJson(doc.events.slice(0, 5), ctx, "/?types=talks"));
    expect(eventDocumentSchema.safeParse(json).success).toBe(true);
    expect(json.events).toHaveLength(5);
    expect(json.events[0].citation).toBe(
      citationLine(doc.events[0]!, new Map(doc.articles.map((a) => [a.id, a])), ctx.permalink(doc.events[0]!.id)),
    );
    expect(json.generatedFrom).toBe("/?types=talks");
  });
});
