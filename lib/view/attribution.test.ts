import { describe, expect, it } from "vitest";
import { describeAttribution } from "./attribution";

const name = (id: string) => ({ putin: "Vladimir Putin", malomuzh: "Mykola Malomuzh" })[id] ?? id;

describe("describeAttribution", () => {
  it("never names the person an anonymous claim is about as its speaker", () => {
    const view = describeAttribution(
      { attribution: "anonymous", speaker: "putin", attributionText: "three sources said" },
      name,
    );
    expect(view).toEqual({
      kind: "anonymous",
      label: "Anonymous sources",
      symbol: "◌",
      speaker: null,
      phrase: "three sources said",
    });
  });
  it("names an on-record speaker, without repeating the article's pronoun", () => {
    expect(describeAttribution({ attribution: "on-record", speaker: "putin", attributionText: "he" }, name)).toEqual({
      kind: "on-record",
      label: "On record",
      symbol: "●",
      speaker: "Vladimir Putin",
      phrase: null,
    });
  });
  it("keeps the wording of an on-record attribution with no known speaker", () => {
    const view = describeAttribution(
      { attribution: "on-record", speaker: null, attributionText: "the Kremlin said" },
      name,
    );
    expect([view.speaker, view.phrase]).toEqual([null, "the Kremlin said"]);
  });
  it("shows the outlet's own reporting and an analyst's reading as neither on record nor anonymous", () => {
    const outlet = describeAttribution({ attribution: "outlet", speaker: "putin" }, name);
    expect([outlet.label, outlet.symbol, outlet.speaker]).toEqual(["The outlet's own reporting", "◌", null]);
    const analyst = describeAttribution(
      { attribution: "analyst", speaker: "malomuzh", attributionText: "Malomuzh explained" },
      name,
    );
    expect([analyst.label, analyst.speaker, analyst.phrase]).toEqual([
      "An analyst's reading",
      "Mykola Malomuzh",
      "Malomuzh explained",
    ]);
  });
});
