import { describe, expect, it } from "vitest";
import { tags } from "./testTags";

describe("seasons", () => {
  it("values a season with its year", () => {
    expect(tags("It happened in the fall of 2022, this summer and well into the summer.", "1989-10-30")).toEqual([
      "the fall of 2022=DATE:2022-FA",
      "this summer=DATE:1989-SU",
      "the summer=DATE:1989-SU",
    ]);
  });
});
