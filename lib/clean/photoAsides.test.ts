import { describe, expect, it } from "vitest";
import { cleanBody } from "./cleanBody";
import { photoAsides } from "./photoAsides";

const cut = (line: string) => photoAsides(line).map(([a, b]) => line.slice(a, b));

describe("photoAsides", () => {
  it("finds where a photo is told inside a sentence", () => {
    expect(cut("The head of the delegation Jan Novak (pictured) said talks could start.")).toEqual([" (pictured)"]);
    expect(cut("The envoy (pictured left) met the minister (above) in Oslo.")).toEqual([
      " (pictured left)",
      " (above)",
    ]);
    expect(cut("The mayor (seen second from right) spoke.")).toEqual([" (seen second from right)"]);
  });

  it("leaves other asides and a caption's bare position alone", () => {
    expect(cut("The truce (the third this year) held.")).toEqual([]);
    expect(cut("The Treaty on Open Skies (OST) lapsed.")).toEqual([]);
    expect(cut("Jan Novak (left) and Ivo Horvat shake hands.")).toEqual([]);
  });

  it("is taken out of the cleaned text, which still maps to the raw text", () => {
    const raw = "The envoy Jan Novak (pictured) said talks could start.";
    const cleaned = cleanBody(raw);
    expect(cleaned.text).toBe("The envoy Jan Novak said talks could start.");
    const said = cleaned.text.indexOf("said");
    expect(raw.slice(cleaned.toRaw(said), cleaned.toRaw(said) + 4)).toBe("said");
  });
});
