import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("quarters and fiscal periods", () => {
  it("takes the latest quarter that has begun, or the year the words give", () => {
    expect(tags("Acme posted a third-quarter loss and expects a fourth-quarter charge.", "1989-11-02")).toEqual([
      "third-quarter=DATE:1989-Q3",
      "fourth-quarter=DATE:1989-Q4",
    ]);
    expect(
      tags("In the fiscal first quarter, this year's third quarter and the 1988 second quarter it lost.", "1989-11-02"),
    ).toEqual([
      "the fiscal first quarter=DATE:1989-Q1",
      "this year's third quarter=DATE:1989-Q3",
      "the 1988 second quarter=DATE:1988-Q2",
    ]);
    expect(tags("Output fell in Q1 2024 and will rise in the second half of 2025.", null)).toEqual([
      "Q1 2024=DATE:2024-Q1",
      "the second half of 2025=DATE:2025-H2",
    ]);
  });

  it("reads the report's quarter and the year-ago one within a document", () => {
    expect(
      tags(
        "Net rose in the third quarter. In the latest period sales fell; in the year-ago quarter they rose.",
        "1989-11-02",
      ),
    ).toEqual([
      "the third quarter=DATE:1989-Q3",
      "the latest period=DATE:1989-Q3",
      "the year-ago quarter=DATE:1988-Q3",
    ]);
  });

  it("takes a quarter still under way for no report's quarter", () => {
    expect(
      tags(
        "Net rose in the third quarter. It expects a fourth-quarter charge. Sales fell in the latest quarter, against a gain a year ago.",
        "1989-11-02",
      ),
    ).toEqual([
      "the third quarter=DATE:1989-Q3",
      "fourth-quarter=DATE:1989-Q4",
      "the latest quarter=DATE:1989-Q3",
      "a year ago=DATE:1988-Q3",
    ]);
  });

  it("leaves the document's quarter out of a sentence read on its own", () => {
    expect(dates("Sales in the quarter fell.", "1989-11-02")).toEqual([]);
    expect(dates("Growth slowed last quarter.", "2025-11-27")).toEqual(["last quarter=2025-07-01..2025-09-30/quarter"]);
  });
});
