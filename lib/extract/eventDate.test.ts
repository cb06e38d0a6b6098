import { describe, expect, it } from "vitest";
import { articleDates, relaysAnotherOutlet } from "./articleDefaultDate";
import { eventId } from "./eventId";
import { foldAppositions, nearestMention } from "./eventDate";
import { summarise } from "./summarise";
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

  it("takes the date phrase nearest the cue", () => {
    const s =
      "He recounted a general understanding following the summit in Alaska in August, only for President Donald Trump to slap sanctions on two major Russian oil companies last month.";
    const august = m("in August", s.indexOf("in August"), "explicit", "2025-08-01", "2025-08-31");
    const last = m("last month", s.indexOf("last month"), "relative", "2025-10-01", "2025-10-31");
    expect(nearestMention([august, last], s.indexOf("summit"), s)).toBe(august);
    expect(nearestMention([august, last], s.indexOf("sanctions"), s)).toBe(last);
  });
});

describe("undated statements", () => {
  it("knows when an article relays another outlet", () => {
    expect(relaysAnotherOutlet("Mind.ua", "The New York Times")).toBe(true);
    expect(relaysAnotherOutlet("Espreso TV", "Espreso TV interview with Mykola Malomuzh")).toBe(false);
    expect(relaysAnotherOutlet("Reuters", undefined)).toBe(false);
  });

  it("dates the lead's occasion and otherwise the week before a relayed publication", () => {
    const thursday = { ...m("on Thursday", 10, "relative", "2025-11-27", "2025-11-27"), precision: "day" as const };
    const d = articleDates("2025-11-27", "Liberty Gazette", "RT", [{ mentions: [thursday], actors: ["putin"] }]);
    expect(d.occasion?.date.start).toBe("2025-11-27");
    expect(d.occasion?.actors.has("putin")).toBe(true);
    expect(d.fallback).toMatchObject({ start: "2025-11-20", end: "2025-11-26", basis: "publication" });
    expect(articleDates("2025-02-06", "Espreso TV", "Espreso TV interview", []).fallback).toMatchObject({
      start: "2025-02-06",
      end: "2025-02-06",
    });
    expect(articleDates(null, "x", undefined, []).fallback.basis).toBe("unresolved");
  });
});

describe("ids and summaries", () => {
  it("makes stable, URL-safe ids that depend on article, words and ordinal only", () => {
    const a = eventId("mind", "2023-12-23", "Putin is ready for a truce.", 0);
    expect(a).toMatch(/^2023-12-23-putin-ready-truce-[0-9a-f]{8}$/);
    expect(eventId("mind", "2023-12-23", "Putin is  ready for a truce.", 0)).toBe(a);
    expect(eventId("mind", "2023-12-23", "Putin is ready for a truce.", 1)).not.toBe(a);
    expect(eventId("other", "2023-12-23", "Putin is ready for a truce.", 0)).not.toBe(a);
  });

  it("summarises without lead-ins and resolves a leading pronoun", () => {
    expect(summarise("However, he is waiting for a more concrete proposal, officials said.", "Vladimir Putin")).toBe(
      "Vladimir Putin is waiting for a more concrete proposal.",
    );
    expect(summarise("- On February 5, Peskov reiterated the claim.", null)).toBe(
      "On February 5, Peskov reiterated the claim.",
    );
    expect(summarise("x ".repeat(200), null).length).toBeLessThanOrEqual(221);
  });
});

describe("summaries state the claim", () => {
  it("drops a leading attribution", () => {
    expect(summarise("According to the agency, Putin is ready to wage war and seize more territory.", null)).toBe(
      "Putin is ready to wage war and seize more territory.",
    );
    expect(
      summarise("In addition, three sources said: Putin understands that a new mobilization would be needed.", null),
    ).toBe("Putin understands that a new mobilization would be needed.");
  });
});
