import { describe, expect, it } from "vitest";
import type { DateMention } from "../model/mentions";
import type { ClauseSignal } from "../signals/classifyClause";
import { modalityOf } from "./modality";

function signal(over: Partial<ClauseSignal>): ClauseSignal {
  return {
    clause: 0,
    type: "negotiation-readiness",
    cameo: "03",
    strength: 3,
    trigger: 1,
    classes: [],
    negated: false,
    future: false,
    hypothetical: false,
    denial: false,
    ...over,
  };
}

const nextWeek: DateMention = {
  start: "2025-06-23",
  end: "2025-06-29",
  precision: "week",
  text: "next week",
  basis: "relative",
  index: 30,
  future: true,
};
const lastWeek: DateMention = { ...nextWeek, start: "2025-06-09", end: "2025-06-15", text: "last week", future: false };

describe("modalityOf", () => {
  it("reads a plain past or present statement as asserted", () => {
    expect(modalityOf(signal({}), null)).toBe("asserted");
    expect(modalityOf(signal({}), lastWeek)).toBe("asserted");
  });

  it("reads a denial ('denied', 'refused') as denied", () => {
    expect(modalityOf(signal({ type: "rejection", cameo: "12", denial: true }), null)).toBe("denied");
  });

  it("reads talks said not to have happened as denied", () => {
    expect(modalityOf(signal({ type: "talks", cameo: "04", negated: true }), null)).toBe("denied");
  });

  it("reads talks still to come, by tense or by date, as scheduled", () => {
    expect(modalityOf(signal({ type: "talks", cameo: "04", future: true }), null)).toBe("scheduled");
    expect(modalityOf(signal({ type: "talks", cameo: "04" }), nextWeek)).toBe("scheduled");
  });

  it("reads anything else still to come as predicted", () => {
    expect(modalityOf(signal({ type: "ceasefire-signal", future: true }), null)).toBe("predicted");
    expect(modalityOf(signal({ type: "proposal" }), nextWeek)).toBe("predicted");
  });

  it("reads a possibility or a condition as hypothetical, before a prediction", () => {
    expect(modalityOf(signal({ hypothetical: true }), null)).toBe("hypothetical");
    expect(modalityOf(signal({ hypothetical: true, future: true }), nextWeek)).toBe("hypothetical");
  });

  it("reads a denial before anything else", () => {
    expect(modalityOf(signal({ denial: true, hypothetical: true, future: true }), nextWeek)).toBe("denied");
  });
});
