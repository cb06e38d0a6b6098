import { describe, expect, it } from "vitest";
import { analyseSentence } from "../clauses/analyseSentence";
import type { EventDate } from "../model/schema";
import type { DateMention } from "../model/mentions";
import { clauseOffset, dateAfterClause, offsetDate } from "./clauseOffset";

/** The offset of the clause of `sentence` that opens on `opener`. */
function offsetOf(sentence: string, opener: "after" | "before") {
  const a = analyseSentence(sentence);
  const i = a.clauses.findIndex((c) => c.opener === opener);
  return i < 0 ? null : clauseOffset(a, i);
}

const day = (d: string): EventDate => ({ start: d, end: d, precision: "day", text: "Monday", basis: "relative" });
const moved = (sentence: string, opener: "after" | "before", from: string) => {
  const offset = offsetOf(sentence, opener);
  const d = offset && offsetDate(day(from), offset);
  return d && [d.start, d.end];
};

describe("clauseOffset", () => {
  it("reads the distance written before 'after' or 'before'", () => {
    expect(offsetOf("The envoy will meet the rebels, nearly a week after they left the talks.", "after")).toMatchObject(
      {
        unit: "week",
        n: 1,
        bound: "under",
        sign: -1,
        text: "nearly a week after",
      },
    );
    expect(offsetOf("The sides met two days before the deadline expired.", "before")).toMatchObject({
      unit: "day",
      n: 2,
      bound: null,
      sign: 1,
    });
    expect(offsetOf("The army struck days after the truce began.", "after")).toMatchObject({
      unit: "day",
      bound: "few",
    });
  });

  it("reads none without a distance, or with one too vague to place", () => {
    expect(offsetOf("The envoy met the rebels after they left the talks.", "after")).toBeNull();
    expect(offsetOf("The envoy met the rebels soon after they left the talks.", "after")).toBeNull();
    expect(offsetOf("The envoy met the rebels weeks after they left the talks.", "after")).toBeNull();
    // A length is no distance.
    expect(offsetOf("The fighting lasted three days before the rebels agreed to a truce.", "before")).toBeNull();
    expect(offsetOf("The truce held for only three days before the rebels attacked.", "before")).toBeNull();
  });
});

describe("offsetDate", () => {
  it("puts the clause's event that far from the day of the clause it hangs on", () => {
    expect(moved("The talks resumed a day after the rebels freed ten hostages.", "after", "2024-03-11")).toEqual([
      "2024-03-10",
      "2024-03-10",
    ]);
    expect(moved("The sides met two days before the deadline expired.", "before", "2024-03-11")).toEqual([
      "2024-03-13",
      "2024-03-13",
    ]);
    expect(moved("The talks resumed hours after the rebels freed ten hostages.", "after", "2024-03-11")).toEqual([
      "2024-03-11",
      "2024-03-11",
    ]);
  });

  it("allows for the looseness of weeks and months, and for 'nearly' and 'more than'", () => {
    const week = "The envoy met them on Monday, a week after they left the talks.";
    expect(moved(week, "after", "2024-03-11")).toEqual(["2024-03-01", "2024-03-07"]);
    const nearly = "The envoy met them on Monday, nearly a week after they left the talks.";
    expect(moved(nearly, "after", "2024-03-11")).toEqual(["2024-03-04", "2024-03-07"]);
    const over = "The envoy met them on Monday, more than a month after they left the talks.";
    expect(moved(over, "after", "2024-03-11")).toEqual(["2024-02-01", "2024-02-11"]);
    expect(moved("The army struck days after the truce began.", "after", "2024-03-11")).toEqual([
      "2024-03-07",
      "2024-03-10",
    ]);
  });

  it("moves no span: a distance from a month is no day", () => {
    const offset = offsetOf("The talks resumed a day after the rebels freed ten hostages.", "after")!;
    expect(offsetDate({ ...day("2024-03-01"), end: "2024-03-31", precision: "month" }, offset)).toBeNull();
  });
});

describe("dateAfterClause", () => {
  /** The date clause 0 of `sentence` takes from a clause of "after" stating `phrase` as `iso`. */
  const after = (sentence: string, phrase: string, iso: string, end = iso) => {
    const at = { ...day(iso), end, text: phrase, index: sentence.indexOf(phrase), future: false };
    const mention: DateMention = end === iso ? at : { ...at, precision: "week" };
    const d = dateAfterClause(analyseSentence(sentence), 0, [mention]);
    return d && [d.start, d.end, d.text];
  };

  it("is the day of what the clause came soon after, or that day moved by a counted distance", () => {
    expect(after("The envoy spoke minutes after the vote closed on Sunday.", "on Sunday", "2024-03-10")).toEqual([
      "2024-03-10",
      "2024-03-10",
      "minutes after",
    ]);
    expect(after("The sides signed the deal two days after talks ended on Monday.", "on Monday", "2024-03-11")).toEqual(
      ["2024-03-13", "2024-03-13", "two days after"],
    );
  });

  it("is none after a bare 'after', or when the clause of 'after' states no single day", () => {
    expect(after("The sides signed the deal after talks ended on Monday.", "on Monday", "2024-03-11")).toBeNull();
    expect(
      after("The sides signed the deal shortly after talks ended last week.", "last week", "2024-03-04", "2024-03-10"),
    ).toBeNull();
  });
});
