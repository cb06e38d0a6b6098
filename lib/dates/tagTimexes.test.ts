import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clauseDirection } from "./clauseDirection";
import { tagTimexes } from "./tagTimexes";
import { readTimeml } from "./timeml/readTimeml";
import { matchTimexes, scoreJson } from "./timeml/scoreTimexes";

const fixtures = path.join(import.meta.dirname, "timeml", "fixtures");

/** The tags of one sentence as "text=value" (with "/mod" when there is one). */
function tags(text: string, dct: string | null): string[] {
  return tagTimexes(text, dct, { direction: clauseDirection }).map(
    (t) => `${t.text}=${t.value}${t.mod ? `/${t.mod}` : ""}`,
  );
}

describe("tagTimexes", () => {
  it("gives no date a count would put outside the years TimeML can write ('1989 decade earlier' from 1970)", () => {
    expect(tagTimexes("1989 decade earlier", "1970-01-01").every((x) => x.type !== "DATE")).toBe(true);
  });

  it("tags the TimeML fixture exactly", () => {
    const docs = readdirSync(fixtures).flatMap((folder) =>
      readdirSync(path.join(fixtures, folder)).map((f) =>
        readTimeml(f, readFileSync(path.join(fixtures, folder, f), "utf8")),
      ),
    );
    const matches = docs.map((d) =>
      matchTimexes(d.name, d.timexes, tagTimexes(d.text, d.dct, { direction: clauseDirection })),
    );
    expect(scoreJson(matches).all).toMatchObject({ strictF1: 100, valueF1: 100 });
  });

  it("gives offsets into the whole text and leaves prepositions outside", () => {
    const text = "Talks began.\n\nThey resumed in March 2024 and lasted for three weeks.";
    const [march, weeks] = tagTimexes(text, "2024-06-01");
    expect(march).toMatchObject({ text: "March 2024", type: "DATE", value: "2024-03" });
    expect(text.slice(march!.start, march!.end)).toBe("March 2024");
    expect(weeks).toMatchObject({ text: "three weeks", type: "DURATION", value: "P3W" });
  });

  it("reads a quarter the document reports on and compares with it", () => {
    expect(
      tags(
        "Net income rose in the third quarter. Sales in the quarter fell, against a gain a year earlier. The year-ago results were restated.",
        "1989-11-02",
      ),
    ).toEqual(["the third quarter=1989-Q3", "the quarter=1989-Q3", "a year earlier=1988-Q3", "year-ago=1988-Q3"]);
  });

  it("works out a clause's direction only for a phrase that keeps its place and needs it", () => {
    const asked: string[] = [];
    const direction = (sentence: string) => {
      const real = clauseDirection(sentence);
      return (index: number, length: number) => {
        asked.push(sentence.slice(index, index + length));
        return real(index, length);
      };
    };
    const tag = (text: string, dct: string) => tagTimexes(text, dct, { direction }).map((t) => `${t.text}=${t.value}`);
    // "March" inside "March 2024"; "Tuesday" written on a Tuesday; "in May" written in May.
    expect(tag("Talks began in March 2024.", "2024-06-04")).toEqual(["March 2024=2024-03"]);
    expect(tag("He left on Tuesday.", "2024-06-04")).toEqual(["Tuesday=2024-06-04"]);
    expect(tag("They met in May.", "2024-05-20")).toEqual(["May=2024-05"]);
    expect(asked).toEqual([]);
    // Here the clause decides: past, then future.
    expect(tag("He left on Friday.", "2024-06-04")).toEqual(["Friday=2024-05-31"]);
    expect(tag("He will leave on Friday.", "2024-06-04")).toEqual(["Friday=2024-06-07"]);
    expect(asked).toEqual(["Friday", "Friday"]);
  });

  it("values phrases without a creation time with X", () => {
    expect(tags("He spoke on Tuesday about 2022.", null)).toEqual(["Tuesday=XXXX-XX-XX", "2022=2022"]);
  });
});
