import { describe, expect, it } from "vitest";
import { calendarValue, durationValue, weekValue } from "./timexValue";

describe("TimeML values", () => {
  it("values calendar spans at their precision, a range by the unit that holds it", () => {
    expect(calendarValue("day", "2024-05-23", "2024-05-23")).toBe("2024-05-23");
    expect(calendarValue("month", "2024-05-01", "2024-05-31")).toBe("2024-05");
    expect(calendarValue("quarter", "2024-04-01", "2024-06-30")).toBe("2024-Q2");
    expect(calendarValue("half", "2024-07-01", "2024-12-31")).toBe("2024-H2");
    expect(calendarValue("season", "2023-12-01", "2024-02-29")).toBe("2023-WI");
    expect(calendarValue("range", "2024-05-21", "2024-05-31")).toBe("2024-05");
    expect(calendarValue("range", "1977-01-01", "1979-12-31")).toBe("197");
    expect(calendarValue("range", "1900-01-01", "1999-12-31")).toBe("19");
  });

  it("gives ISO weeks, the Thursday deciding the year", () => {
    expect(weekValue("2024-05-23")).toBe("2024-W21");
    expect(weekValue("2021-01-03")).toBe("2020-W53");
    expect(weekValue("2024-12-30")).toBe("2025-W01");
  });

  it("values lengths, with halves and vague counts", () => {
    expect(durationValue(3, "year")).toBe("P3Y");
    expect(durationValue(2.5, "year")).toBe("P2Y6M");
    expect(durationValue(4, "hour")).toBe("PT4H");
    expect(durationValue(1.5, "minute")).toBe("PT1M30S");
    expect(durationValue(null, "week")).toBe("PXW");
    expect(durationValue(null, "hour")).toBe("PTXH");
    expect(durationValue(1, "decade")).toBe("P1E");
    expect(durationValue(0.5, "hour")).toBe("PT30M");
    expect(durationValue(0.5, "day")).toBe("PT12H");
    expect(durationValue(0.5, "year")).toBe("P6M");
    expect(durationValue(0, "second")).toBe("PT0S");
  });
});
