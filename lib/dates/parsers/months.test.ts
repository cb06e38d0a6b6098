import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("months", () => {
  it("leaves 'next' or 'last' before a month and a day to the day ('next March 14' is a day, not the month)", () => {
    expect(dates("The accord will be signed next March 14 in Geneva.", "2019-11-02")).toEqual([
      "March 14=2020-03-14..2020-03-14/day",
    ]);
    expect(dates("They met last May 9.", "2019-11-02")).toEqual(["May 9=2019-05-09..2019-05-09/day"]);
    expect(dates("They will meet next May.", "2019-11-02")).toEqual(["next May=2020-05-01..2020-05-31/month"]);
  });

  it("reads 'January this year' as the month, not the year", () => {
    expect(dates("Talks began in January this year and March of last year.", "2024-05-24")).toEqual([
      "January this year=2024-01-01..2024-01-31/month",
      "March of last year=2023-03-01..2023-03-31/month",
    ]);
    expect(tags("Talks began in January this year.", "2024-05-24")).toEqual(["January this year=DATE:2024-01"]);
  });

  it("reads one of two months with a year as the span of both, the year covering the first", () => {
    expect(dates("He plans to visit Addis Ababa in January or February 2025.", "2024-12-16")).toEqual([
      "January or February 2025=2025-01-01..2025-02-28/range",
    ]);
  });

  it("reads a month with a cue before it, and leaves the verb and the name alone", () => {
    expect(tags("Prices may fall in May, said Theresa May.", "2024-01-10")).toEqual(["May=DATE:2024-05"]);
    expect(tags("Sept. 2022 and September were hard.", "2024-01-10")).toEqual([
      "Sept. 2022=DATE:2022-09",
      "September=DATE:2023-09",
    ]);
  });

  it("sends a yearless month the way its clause points", () => {
    expect(tags("The company will double its flights by August.", "1998-02-13")).toEqual(["August=DATE:1998-08"]);
    expect(tags("He stepped down in August.", "1998-02-13")).toEqual(["August=DATE:1997-08"]);
  });
});
