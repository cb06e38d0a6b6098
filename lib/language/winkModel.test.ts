import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { readCoreModel } from "./winkModel";
import { tagSentence } from "./tagSentence";

const require = createRequire(import.meta.url);

describe("readCoreModel", () => {
  it("builds the core model the package's own loader builds, and leaves the package's JSON as it was", () => {
    const json = require("wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json") as {
      lexicon: unknown;
    };
    const packaged = (require("wink-eng-lite-web-model/dist/load-core-model.js") as () => unknown)();
    const ours = readCoreModel();
    expect(isDeepStrictEqual(ours, packaged)).toBe(true);
    expect(typeof json.lexicon).toBe("string");
    // wink grows a model's feature lists as it meets new words: a second model starts afresh.
    tagSentence("Zzyzxqua met Qwrtplk in Xanthorria.");
    expect(isDeepStrictEqual(readCoreModel(), packaged)).toBe(true);
  });
});
