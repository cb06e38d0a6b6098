import { describe, expect, it } from "vitest";
import { eventsOfArticle as events } from "./testArticle";

describe("meetingDatedLater", () => {
  it("dates a meeting the lead announces by the day a later sentence gives it", () => {
    const about = events(
      [
        "UN envoy Ana Ruiz will host a meeting of the two leaders in Oslo.",
        '"Ruiz will host the two leaders on 16 July at the foreign ministry," her spokesman said.',
      ].join("\n\n"),
    );
    expect(about("will host a meeting")?.date).toMatchObject({ start: "2025-07-16", carried: true });
  });

  it("leaves a meeting alone when the later one is held by others or is already past", () => {
    const others = events(
      [
        "UN envoy Ana Ruiz will host a meeting of the two leaders in Oslo.",
        "Putin and Erdogan will meet on 16 July in Ankara, the Kremlin said.",
      ].join("\n\n"),
    );
    expect(others("will host a meeting")?.date).toMatchObject({ basis: "publication" });
    const past = events(
      [
        "UN envoy Ana Ruiz will host a meeting of the two leaders in Oslo.",
        "Ruiz hosted the two leaders on 17 March in Bergen.",
      ].join("\n\n"),
    );
    expect(past("will host a meeting")?.date).toMatchObject({ basis: "publication" });
  });
});
