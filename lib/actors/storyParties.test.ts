import { describe, expect, it } from "vitest";
import { withStoryParties } from "./storyParties";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();
const sides = () => ["israel", "hezbollah"];

describe("withStoryParties", () => {
  it("adds the story's sides an event lacks as `party` when it names at most one side", () => {
    expect(withStoryParties([], sides, g.byId)).toEqual([
      { id: "israel", role: "party" },
      { id: "hezbollah", role: "party" },
    ]);
    // A speaker and the state they hold office for are one side named: the story's two are added.
    const announced = withStoryParties(
      [
        { id: "biden", role: "source" },
        { id: "united-states", role: "represented" },
      ],
      sides,
      g.byId,
    );
    expect(announced.map((a) => `${a.id}:${a.role}`)).toEqual([
      "biden:source",
      "united-states:represented",
      "israel:party",
      "hezbollah:party",
    ]);
    // One side named keeps its role; the other is added.
    expect(withStoryParties([{ id: "israel", role: "target" }], sides, g.byId)).toEqual([
      { id: "israel", role: "target" },
      { id: "hezbollah", role: "party" },
    ]);
  });

  it("leaves an event that names two sides, or a story with no sides, as it is", () => {
    const two = [
      { id: "qatar", role: "source" as const },
      { id: "egypt", role: "subject" as const },
    ];
    expect(withStoryParties(two, sides, g.byId)).toEqual(two);
    expect(withStoryParties([{ id: "qatar", role: "source" as const }], () => null, g.byId)).toEqual([
      { id: "qatar", role: "source" },
    ]);
  });

  it("does not count a side only mentioned", () => {
    expect(
      withStoryParties(
        [
          { id: "qatar", role: "source" },
          { id: "egypt", role: "mentioned" },
        ],
        sides,
        g.byId,
      ).map((a) => `${a.id}:${a.role}`),
    ).toEqual(["qatar:source", "egypt:mentioned", "israel:party", "hezbollah:party"]);
  });
});
