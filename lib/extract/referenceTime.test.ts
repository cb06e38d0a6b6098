import { describe, expect, it } from "vitest";
import type { DateMention } from "../model/mentions";
import type { EventDate } from "../model/schema";
import { carriesReference, ReferenceTime, tellsPublicationDay } from "./referenceTime";

const PUBLISHED = "2025-06-20";

/** A resolved date phrase as the date finder gives it. */
function mention(start: string | null, end: string | null, over: Partial<DateMention> = {}): DateMention {
  return { start, end, precision: "day", text: "on June 17", basis: "explicit", index: 0, future: false, ...over };
}

describe("carriesReference", () => {
  it("carries a stated day of the story's news cycle that is already past", () => {
    expect(carriesReference(mention("2025-06-17", "2025-06-17"), PUBLISHED)).toBe(true);
    expect(carriesReference(mention("2025-06-20", "2025-06-20", { basis: "relative", text: "today" }), PUBLISHED)).toBe(
      true,
    );
  });

  it("carries a few days ('August 8-9') but not a week or a month", () => {
    expect(carriesReference(mention("2025-06-16", "2025-06-17", { precision: "range" }), PUBLISHED)).toBe(true);
    expect(carriesReference(mention("2025-06-09", "2025-06-15", { precision: "week" }), PUBLISHED)).toBe(false);
    expect(carriesReference(mention("2025-06-01", "2025-06-30", { precision: "month" }), PUBLISHED)).toBe(false);
  });

  it("does not carry background from before the news cycle ('in 2014', 'on 1 May')", () => {
    expect(carriesReference(mention("2025-05-01", "2025-05-01"), PUBLISHED)).toBe(false);
    expect(carriesReference(mention("2025-06-10", "2025-06-10"), PUBLISHED)).toBe(true);
    expect(carriesReference(mention("2025-06-09", "2025-06-09"), PUBLISHED)).toBe(false);
  });

  it("does not carry a plan, an open span, an unresolved date or one after publication", () => {
    expect(carriesReference(mention("2025-06-22", "2025-06-22", { future: true }), PUBLISHED)).toBe(false);
    expect(carriesReference(mention("2025-06-22", "2025-06-22"), PUBLISHED)).toBe(false);
    expect(carriesReference(mention("2025-06-18", "2025-06-20", { open: true }), PUBLISHED)).toBe(false);
    expect(carriesReference(mention(null, null, { basis: "unresolved" }), PUBLISHED)).toBe(false);
    expect(carriesReference(mention("2025-06-17", "2025-06-17"), null)).toBe(false);
  });
});

describe("ReferenceTime", () => {
  it("dates an undated statement by the publication date until the story states a time", () => {
    expect(new ReferenceTime(PUBLISHED).dateFor()).toEqual({
      start: PUBLISHED,
      end: PUBLISHED,
      precision: "day",
      text: "",
      basis: "publication",
    });
  });

  it("leaves the date unresolved when the article has no publication date", () => {
    expect(new ReferenceTime(null).dateFor()).toMatchObject({ start: null, end: null, basis: "unresolved" });
  });

  it("carries the time the story has stated, marked as carried", () => {
    const time = new ReferenceTime(PUBLISHED);
    time.set({ start: "2025-06-17", end: "2025-06-17", precision: "day", text: "on June 17", basis: "explicit" });
    expect(time.dateFor()).toEqual({
      start: "2025-06-17",
      end: "2025-06-17",
      precision: "day",
      text: "on June 17",
      basis: "explicit",
      carried: true,
    });
  });

  it("dates what the simple past tells in a story of another year by the last day told there, until it is back", () => {
    const time = new ReferenceTime(PUBLISHED);
    const old: EventDate = {
      start: "1991-03-14",
      end: "1991-03-14",
      precision: "day",
      text: "on 14 March",
      basis: "explicit",
    };
    time.tellsOtherYear(old);
    expect(time.dateFor(false, true)).toEqual({ ...old, carried: true });
    // (what is still so is of the publication day)
    expect(time.dateFor(false, false).start).toBe(PUBLISHED);
    time.tellsOtherYear(null);
    expect(time.dateFor(false, true).start).toBe(PUBLISHED);
  });

  it("keeps the latest day reached: a look back does not move the story's time back", () => {
    const time = new ReferenceTime(PUBLISHED);
    time.set({ start: "2025-06-17", end: "2025-06-17", precision: "day", text: "on Tuesday", basis: "relative" });
    time.set({ start: "2025-06-16", end: "2025-06-16", precision: "day", text: "on Monday", basis: "relative" });
    expect(time.dateFor().start).toBe("2025-06-17");
    time.set({ start: "2025-06-18", end: "2025-06-18", precision: "day", text: "on Wednesday", basis: "relative" });
    expect(time.dateFor().start).toBe("2025-06-18");
  });

  it("dates a statement in the past perfect by the day just told of, when that is before the story's time", () => {
    const time = new ReferenceTime(PUBLISHED);
    time.set({ start: "2025-06-17", end: "2025-06-17", precision: "day", text: "on Tuesday", basis: "relative" });
    time.set({ start: "2025-06-16", end: "2025-06-16", precision: "day", text: "on Monday", basis: "relative" });
    expect(time.dateFor(true)).toMatchObject({ start: "2025-06-16", carried: true });
    expect(time.dateFor(false).start).toBe("2025-06-17");
    // Told of last at the story's time, it is that time; with no time stated, the publication date.
    time.set({ start: "2025-06-18", end: "2025-06-18", precision: "day", text: "on Wednesday", basis: "relative" });
    expect(time.dateFor(true).start).toBe("2025-06-18");
    expect(new ReferenceTime(PUBLISHED).dateFor(true)).toMatchObject({ start: PUBLISHED, basis: "publication" });
  });

  it("carries the publication day, not the whole span, after a few days that reach it ('on June 18-20')", () => {
    const time = new ReferenceTime(PUBLISHED);
    time.set({ start: "2025-06-18", end: "2025-06-20", precision: "day", text: "on June 18-20", basis: "explicit" });
    expect(time.dateFor()).toMatchObject({ start: PUBLISHED, end: PUBLISHED, carried: true });
    // A span that ends before it is carried whole.
    const earlier = new ReferenceTime(PUBLISHED);
    earlier.set({ start: "2025-06-16", end: "2025-06-17", precision: "day", text: "on June 16-17", basis: "explicit" });
    expect(earlier.dateFor()).toMatchObject({ start: "2025-06-16", end: "2025-06-17" });
  });

  it("carries the publication day after talks that went on overnight into it", () => {
    const night = { start: "2025-06-19", end: "2025-06-19", precision: "day", basis: "relative" } as const;
    const time = new ReferenceTime(PUBLISHED);
    time.set({ ...night, text: "overnight" });
    expect(time.dateFor()).toMatchObject({ start: PUBLISHED, end: PUBLISHED, carried: true });
    // The night before the day before is that night's day; so is "last night", which is over.
    const older = new ReferenceTime(PUBLISHED);
    older.set({ ...night, start: "2025-06-18", end: "2025-06-18", text: "overnight on Wednesday" });
    expect(older.dateFor()).toMatchObject({ start: "2025-06-18" });
    const last = new ReferenceTime(PUBLISHED);
    last.set({ ...night, text: "last night" });
    expect(last.dateFor()).toMatchObject({ start: "2025-06-19" });
  });
});

describe("ReferenceTime after a statement of the publication day", () => {
  const day = (iso: string): EventDate => ({ start: iso, end: iso, precision: "day", basis: "explicit", text: iso });

  it("takes a day or two back as the story's time, but not background further back", () => {
    const told = new ReferenceTime(PUBLISHED);
    told.reachToday();
    told.set(day("2025-06-12"));
    expect(told.dateFor()).toMatchObject({ start: PUBLISHED, basis: "publication" });
    told.set(day("2025-06-19"));
    expect(told.dateFor()).toMatchObject({ start: "2025-06-19", carried: true });
    // without a statement of that day, a day of the news cycle is the story's time as before
    const untold = new ReferenceTime(PUBLISHED);
    untold.set(day("2025-06-12"));
    expect(untold.dateFor()).toMatchObject({ start: "2025-06-12", carried: true });
  });

  it("knows the publication day told as a day, not a plan or a span", () => {
    expect(tellsPublicationDay(mention(PUBLISHED, PUBLISHED), PUBLISHED)).toBe(true);
    expect(tellsPublicationDay(mention(PUBLISHED, PUBLISHED, { future: true }), PUBLISHED)).toBe(false);
    expect(tellsPublicationDay(mention("2025-06-19", PUBLISHED), PUBLISHED)).toBe(false);
  });
});
