import { describe, expect, it } from "vitest";
import { eventId } from "./eventId";
import { foldAppositions } from "./eventDate";
import type { DateMention } from "../model/mentions";

const m = (text: string, index: number, basis: DateMention["basis"], start: string, end: string): DateMention => ({
  text,
  index,
  basis,
  start,
  end,
  precision: "month",
  future: false,
});

describe("choosing an event's date", () => {
  it("folds an apposition to its explicit phrase", () => {
    const s = "A year ago, in the fall of 2022, American officials add, Putin was interested in a ceasefire agreement.";
    const folded = foldAppositions(s, [
      m("A year ago", 0, "relative", "2022-12-01", "2022-12-31"),
      m("the fall of 2022", 15, "explicit", "2022-09-01", "2022-11-30"),
    ]);
    expect(folded.map((d) => d.text)).toEqual(["the fall of 2022"]);
  });

  it("keeps two phrases side by side that name times months apart ('crossed in March, on Sunday left')", () => {
    const s = "The army, which crossed the border in March, on Sunday left the talks.";
    const folded = foldAppositions(s, [
      m("March", 38, "explicit", "2024-03-01", "2024-03-31"),
      m("Sunday", 48, "relative", "2024-10-27", "2024-10-27"),
    ]);
    expect(folded.map((d) => d.text)).toEqual(["March", "Sunday"]);
  });

  it("folds a year beside a season of the year before, within the shorter span's length ('two years ago, in the fall of 2021')", () => {
    const s = "Two years ago, in the fall of 2021, the talks stalled.";
    const folded = foldAppositions(s, [
      { ...m("Two years ago", 0, "relative", "2022-01-01", "2022-12-31"), precision: "year" },
      m("the fall of 2021", 18, "explicit", "2021-09-01", "2021-11-30"),
    ]);
    expect(folded.map((d) => d.text)).toEqual(["the fall of 2021"]);
  });
});

describe("ids", () => {
  it("makes stable, URL-safe ids that depend on article, words and ordinal only", () => {
    const a = eventId("mind", "2023-12-23", "Putin is ready for a truce.", 0);
    expect(a).toMatch(/^2023-12-23-putin-ready-truce-[0-9a-f]{8}$/);
    expect(eventId("mind", "2023-12-23", "Putin is  ready for a truce.", 0)).toBe(a);
    expect(eventId("mind", "2023-12-23", "Putin is ready for a truce.", 1)).not.toBe(a);
    expect(eventId("other", "2023-12-23", "Putin is ready for a truce.", 0)).not.toBe(a);
  });
});
