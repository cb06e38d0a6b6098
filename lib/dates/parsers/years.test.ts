import { describe, expect, it } from "vitest";
import { dates, tags } from "./testTags";

describe("years, decades and centuries", () => {
  it("reads a year without a preposition, but not a measure", () => {
    expect(dates("Zelenskyy 2022 signed a decree; 1989 sales fell.", "2024-05-24")).toEqual([
      "2022=2022-01-01..2022-12-31/year",
      "1989=1989-01-01..1989-12-31/year",
    ]);
    expect(tags("The flight climbed to 2000 feet at 2030 GMT.", "1998-02-01")).toEqual([]);
    expect(tags("A force of 1980 soldiers and 40 tanks will deploy.", "2020-11-10")).toEqual([]);
    expect(tags("The failure of 2022 talks weighs on both sides.", "2024-05-24")).toEqual(["2022=DATE:2022"]);
    expect(tags("In fiscal 1989, Elco earned $7.8 million.", "1989-11-02")).toEqual(["fiscal 1989=DATE:1989"]);
  });

  it("reads 'later in' and 'earlier in' the story's own year as the part after or before its day", () => {
    expect(dates("A summit is planned for later in 2021.", "2021-06-10")).toEqual([
      "later in 2021=2021-06-10..2021-12-31/range",
    ]);
    expect(dates("Envoys met earlier in 2021.", "2021-06-10")).toEqual([
      "earlier in 2021=2021-01-01..2021-06-09/range",
    ]);
    expect(dates("Talks may resume later in 2022.", "2021-06-10")).toEqual([
      "later in 2022=2022-01-01..2022-12-31/year",
    ]);
    expect(tags("A summit is planned for later in 2021.", "2021-06-10")).toEqual(["later in 2021=DATE:2021"]);
  });

  it("reads decades, their parts and centuries (not 'late 1970')", () => {
    expect(tags("It began in the late 1970s, grew in the 1990s and the mid-1980s.", null)).toEqual([
      "the late 1970s=DATE:197/END",
      "the 1990s=DATE:199",
      "the mid-1980s=DATE:198/MID",
    ]);
    expect(dates("It began in the late 1970s.", "2024-05-24")).toEqual(["the late 1970s=1977-01-01..1979-12-31/range"]);
    expect(tags("Numbers fell through the nineties and in the 20th century.", null)).toEqual([
      "the nineties=DATE:199",
      "the 20th century=DATE:19",
    ]);
  });

  it("reads years in words and the ends of a range on their own", () => {
    expect(tags("Atlanta, nineteen ninety-six; by the year two thousand.", null)).toEqual([
      "nineteen ninety-six=DATE:1996",
      "the year two thousand=DATE:2000",
    ]);
    expect(tags("He sold shares between 1985 and 1987.", null)).toEqual(["1985=DATE:1985", "1987=DATE:1987"]);
    expect(dates("He sold shares between 1985 and 1987.", null)).toEqual([
      "between 1985 and 1987=1985-01-01..1987-12-31/range",
    ]);
  });
});
