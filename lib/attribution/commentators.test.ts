import { describe, expect, it } from "vitest";
import { isCommentator } from "./commentators";

type Titles = { phrase: string; from?: string; to?: string; place?: boolean }[];
const person = (role: string, titles: Titles = []) => ({ kind: "person" as const, role, titles });

describe("isCommentator", () => {
  it("reads a retired rank with only past posts as a commentator", () => {
    const general = person("General of the Army of Freedonia; head of Freedonia's intelligence service 1998–2004");
    expect(isCommentator(general, "2025-03-01")).toBe(true);
  });

  it("reads a bare rank alone as a serving officer, not a commentator ('army chief, General X')", () => {
    expect(isCommentator(person("General"), "2025-03-01")).toBe(false);
    expect(isCommentator(person("Retired General"), "2025-03-01")).toBe(true);
  });

  it("reads a former minister as a commentator once every dated title has ended", () => {
    const minister = person("Foreign Minister of Freedonia 2019–2023", [
      { phrase: "Freedonian Foreign Minister", from: "2019-05-01", to: "2023-06-01" },
    ]);
    expect(isCommentator(minister, "2024-02-01")).toBe(true);
    // In office on the day: on record, however the role is written.
    expect(isCommentator(minister, "2021-02-01")).toBe(false);
    // Left office earlier in the year of the article: the dated title settles it.
    expect(isCommentator(minister, "2023-09-01")).toBe(true);
  });

  it("reads an expert, analyst or political scientist as a commentator", () => {
    expect(isCommentator(person("political scientist"), "2024-01-01")).toBe(true);
    expect(isCommentator(person("Former adviser to the president"), "2024-01-01")).toBe(true);
  });

  it("keeps anyone with a present post an official", () => {
    expect(isCommentator(person("Deputy Foreign Minister of Freedonia"), "2024-01-01")).toBe(false);
    expect(isCommentator(person("President of Freedonia 2010–2015; opposition MP"), "2024-01-01")).toBe(false);
    expect(isCommentator(person("Former adviser to the president; informal envoy at the talks"), "2024-01-01")).toBe(
      false,
    );
  });

  it("never makes a state or an undated article's speaker a commentator", () => {
    expect(isCommentator({ kind: "state", role: "former empire", titles: [] }, "2024-01-01")).toBe(false);
    expect(isCommentator(person("political scientist"), null)).toBe(false);
  });
});
