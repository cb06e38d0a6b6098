import { describe, expect, it } from "vitest";
import { identityMapped } from "./mappedText";
import { looksUnrepairable, repairMojibake } from "./mojibake";

const repair = (s: string) => repairMojibake(identityMapped(s));

describe("repairMojibake", () => {
  it.each([
    ["Zelenskyâ€™s â€œpeace formulaâ€\u009d", "Zelensky’s “peace formula”"],
    ["Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "привет мир"],
    ["Ð¡Ð»Ð°Ð²Ð° Ð£ÐºÑ€Ð°Ñ—Ð½Ñ–", "Слава Україні"],
    ["Ñëàâà Óêðà¿í³!", "Слава Україні!"],
    ["ÌÎÑÊÂÀ — Êðåìëü", "МОСКВА — Кремль"],
    ["Zürich: Ã¼ber GrÃ¶ÃŸe", "Zürich: über Größe"],
  ])("repairs %j", (broken, fixed) => {
    expect(repair(broken).mapped.text).toBe(fixed);
  });

  it.each([
    "café au lait à Paris, Größe, Þú ert",
    "€5 for ½ cup, ¼ off",
    "«Ça va?» — ¿Qué tal?",
    "Edgars Rinkēvičs, Łódź, Ærø",
  ])("leaves %j alone", (text) => {
    expect(repair(text)).toEqual({ mapped: identityMapped(text), repairs: [] });
  });

  it("prefers the Windows-1251 reading when only a fragment happens to be valid UTF-8", () => {
    expect(repair("Ð³øåííÿ ïðèéíÿòî").mapped.text).toBe("Рішення прийнято");
  });

  it("keeps each repaired character mapped to the characters it came from", () => {
    const { mapped, repairs } = repair("a Ã© b\nÖåé òåêñò");
    expect(mapped.text).toBe("a é b\nЦей текст");
    expect(Array.from(mapped.starts)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(Array.from(mapped.ends)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(repairs).toEqual([
      { kind: "mojibake", from: "Ã©", to: "é", rawStart: 2 },
      { kind: "mojibake", from: "Öåé òåêñò", to: "Цей текст", rawStart: 7 },
    ]);
  });
});

describe("looksUnrepairable", () => {
  it("flags lines made mostly of mis-decoded runs or replacement characters", () => {
    expect(looksUnrepairable("\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd")).toBe(true);
    expect(looksUnrepairable("Ã\u0090Ã\u0091Ã\u0092Ã\u0093Ã\u0094")).toBe(true);
  });

  it("does not flag accented prose", () => {
    expect(looksUnrepairable("Les négociations à Genève ont échoué, a déclaré le ministre français.")).toBe(false);
    expect(looksUnrepairable("Kyiv café owners said it's calm.")).toBe(false);
  });
});
