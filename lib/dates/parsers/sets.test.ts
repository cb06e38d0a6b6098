import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("sets", () => {
  it("are valued as a period or as the repeated calendar time", () => {
    expect(tags("Envoys report every week and meet each July, on Tuesday nights, twice a month.", null)).toEqual([
      "every week=SET:P1W",
      "each July=SET:XXXX-07",
      "Tuesday nights=SET:XXXX-WXX-2TNI",
      "a month=SET:P1M",
    ]);
    expect(tags("They meet every Thursday.", null)).toEqual(["every Thursday=SET:XXXX-WXX-4"]);
    // counted things that recur: a set, as "twice a week" is
    expect(tags("Qantas will run four flights a week and add 700 seats a week.", "1998-02-13")).toEqual([
      "a week=SET:P1W",
      "a week=SET:P1W",
    ]);
  });

  it("date no event, and a weekday inside one is no date", () => {
    expect(dates("The council meets every Tuesday and talks are held on Mondays.", "2024-05-01")).toEqual([]);
  });
});
