import { describe, expect, it } from "vitest";
import { withPictured } from "./pictured";

const pictured = [
  { id: "jan-kowal", state: "estonia" },
  { id: "eva-lind", state: "latvia" },
  { id: "omar-said", state: "qatar" },
];

describe("withPictured", () => {
  it("adds each pictured person whose state deals in the event, as a subject, once", () => {
    const actors = [
      { id: "estonia", role: "subject" as const },
      { id: "latvia", role: "subject" as const },
      { id: "eva-lind", role: "source" as const },
    ];
    expect(withPictured(actors, "ceasefire-signal", pictured)).toEqual([
      ...actors,
      { id: "jan-kowal", role: "subject" },
    ]);
  });

  it("leaves out a host or mediator whose state takes no part, and news of fighting or views", () => {
    const actors = [
      { id: "estonia", role: "subject" as const },
      { id: "qatar", role: "mentioned" as const },
    ];
    expect(withPictured(actors, "talks", pictured)).toEqual([...actors, { id: "jan-kowal", role: "subject" }]);
    expect(withPictured(actors, "military-claim", pictured)).toEqual(actors);
    expect(withPictured(actors, "assessment", pictured)).toEqual(actors);
  });
});
