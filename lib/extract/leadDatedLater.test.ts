import { describe, expect, it } from "vitest";
import { eventsOfArticle as events } from "./testArticle";

describe("leadDatedLater", () => {
  it("dates an undated lead by the day before publication that a later event of its kind gives", () => {
    const about = events(
      [
        "President Jan Novak has announced that the two armies agreed to a ceasefire.",
        "Heavy rain fell across the region.",
        "In an address on Tuesday, Novak said the two armies had agreed to a truce along the river.",
      ].join("\n\n"),
    );
    expect(about("has announced")?.date).toMatchObject({ start: "2025-07-01", carried: true });
  });

  it("leaves the lead alone when the later day is further back or the event another's", () => {
    const back = events(
      [
        "President Jan Novak has announced that the two armies agreed to a ceasefire.",
        "In an address last Friday, Novak said the two armies had agreed to a truce along the river.",
      ].join("\n\n"),
    );
    expect(back("has announced")?.date).toMatchObject({ basis: "publication" });
    const other = events(
      [
        "President Jan Novak has announced that the two armies agreed to a ceasefire.",
        "On Tuesday, Prime Minister Ana Ruiz said the two armies had agreed to a truce along the river.",
      ].join("\n\n"),
    );
    expect(other("has announced")?.date).toMatchObject({ basis: "publication" });
  });
});
