import { describe, expect, it } from "vitest";
import { findDates } from "../dates/findDates";
import { isYearless, narrativeDay } from "./narrativeYear";

const dates = (text: string, published = "2025-11-21") => findDates(text, published);

describe("isYearless", () => {
  it("is a day of a month or a month written without a year, in either order and with a weekday", () => {
    for (const text of [
      "They met on 20 November.",
      "They met on Nov. 20.",
      "They met on Thursday, 20 November.",
      "They met again that November.",
      // a holiday is a day of the year too
      "They signed it on New Year's Eve.",
    ]) {
      const [d] = dates(text);
      expect(isYearless(d!, text), text).toBe(true);
    }
  });

  it("is not a day or month with its year, one a year phrase after it counts from now, or a weekday", () => {
    for (const text of [
      "They met on 20 November 1995.",
      "They met on Oct. 29 last year.",
      "They met on Thursday.",
      "They met in November 1995.",
      "They signed it on New Year's Eve 2004.",
    ]) {
      const [d] = dates(text);
      expect(isYearless(d!, text), text).toBe(false);
    }
  });
});

describe("narrativeDay", () => {
  it("is the last day written with a year of another year than the story's", () => {
    expect(narrativeDay(dates("The talks began on 2 May 1992 and ended on 19 May 1992."), "2025-11-21")).toBe(
      "1992-05-19",
    );
  });

  it("is the last day of a run of days within one year, but not of a run across years", () => {
    expect(narrativeDay(dates("From 4 to 16 October 1979, the envoys negotiated in seclusion."), "2025-11-21")).toBe(
      "1979-10-16",
    );
    expect(narrativeDay(dates("The war lasted from 1980 to 1988."), "2025-11-21")).toBeUndefined();
  });

  it("is no time of a later year than the story's ('a treaty before the end of 2027'), but a part of an earlier one", () => {
    expect(narrativeDay(dates("They aim to sign a treaty before the end of 2027."), "2025-11-21")).toBeUndefined();
    expect(narrativeDay(dates("By mid-1988 the front had collapsed.", "2018-07-20"), "2018-07-20")).toBe("1988-08-31");
  });

  it("is null for a day of the story's own year, and undefined for no day written with a year", () => {
    expect(narrativeDay(dates("The envoy arrived on 18 November 2025."), "2025-11-21")).toBeNull();
    expect(narrativeDay(dates("The war began in 1992."), "2025-11-21")).toBeUndefined();
    expect(narrativeDay(dates("The envoy arrived on Tuesday."), "2025-11-21")).toBeUndefined();
  });
});
