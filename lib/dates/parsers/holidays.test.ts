import { describe, expect, it } from "vitest";
import { findDates } from "../findDates";

const days = (sentence: string, published: string) =>
  findDates(sentence, published).map((d) => `${d.text}=${d.start}${d.end === d.start ? "" : `..${d.end}`}`);

describe("holidays", () => {
  it("dates a fixed holiday after a word of time, in the year a day without one would take", () => {
    expect(days("On New Year's Eve the president declared a truce with the armed groups.", "2023-06-09")).toEqual([
      "New Year's Eve=2022-12-31",
    ]);
    expect(days("On Christmas Eve the rebels shelled the port.", "2024-01-10")).toEqual(["Christmas Eve=2023-12-24"]);
    expect(days("The talks will resume after Christmas.", "2024-12-10")).toEqual(["Christmas=2024-12-25"]);
  });

  it("computes the moveable feasts of each calendar", () => {
    // Western and Orthodox Easter fell on the same day in 2025, a week apart in 2023
    expect(days("The guns fell silent on Easter Sunday.", "2025-04-22")).toEqual(["Easter Sunday=2025-04-20"]);
    expect(days("The truce held over Orthodox Easter 2023.", "2024-01-01")).toEqual([
      "Orthodox Easter 2023=2023-04-16",
    ]);
    expect(days("The agreement was signed on Good Friday 1998.", "2023-04-10")).toEqual([
      "Good Friday 1998=1998-04-10",
    ]);
    expect(days("He wants the deal signed by Thanksgiving.", "2025-11-22")).toEqual(["Thanksgiving=2025-11-27"]);
    expect(days("The sides met before Eid al-Fitr.", "2025-04-15")).toEqual(["Eid al-Fitr=2025-03-30"]);
    expect(days("Fighting eased during Ramadan.", "2025-04-15")).toEqual(["Ramadan=2025-03-01..2025-03-29"]);
  });

  it("leaves a holiday that names a thing alone", () => {
    expect(days("Putin declared an Easter truce.", "2025-04-19")).toEqual([]);
    expect(days("They spoke about the Good Friday Agreement.", "2023-04-10")).toEqual([]);
    expect(days("The army ignored the ceasefire over the Christmas holidays.", "2024-01-10")).toEqual([]);
  });
});
