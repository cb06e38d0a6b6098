import { describe, expect, it } from "vitest";
import type { EventDate, SignalEvent } from "../model/schema";
import { PartnerReply } from "./partnerReply";

const tuesday: EventDate = {
  start: "2025-03-18",
  end: "2025-03-18",
  precision: "day",
  text: "on Tuesday",
  basis: "relative",
};
const actors = (...pairs: [string, SignalEvent["actors"][number]["role"]][]) =>
  pairs.map(([id, role]) => ({ id, role }));

describe("PartnerReply", () => {
  it("dates what the partner in the talks of the sentence before did with those talks", () => {
    const reply = new PartnerReply();
    reply.at(3);
    reply.talks(3, tuesday, actors(["envoy", "subject"], ["emir", "target"]));
    reply.at(4);
    expect(reply.dateFor(4, actors(["emir", "subject"]))).toEqual({ ...tuesday, carried: true });
    expect(reply.dateFor(4, actors(["emir", "subject"], ["envoy", "target"]))).toEqual({ ...tuesday, carried: true });
  });

  it("dates nothing the caller did, no one else's act, and nothing two sentences on", () => {
    const reply = new PartnerReply();
    reply.at(3);
    reply.talks(3, tuesday, actors(["envoy", "subject"], ["emir", "target"]));
    reply.at(4);
    expect(reply.dateFor(4, actors(["envoy", "subject"]))).toBeNull();
    expect(reply.dateFor(4, actors(["emir", "subject"], ["rebels", "target"]))).toBeNull();
    expect(reply.dateFor(4, [])).toBeNull();
    reply.at(5);
    expect(reply.dateFor(5, actors(["emir", "subject"]))).toBeNull();
  });
});
