import { describe, expect, it } from "vitest";
import type { EventDate } from "../model/schema";
import { dayOfTalks } from "./dayOfTalks";

const opened: EventDate = {
  start: "2024-03-04",
  end: "2024-03-04",
  precision: "day",
  text: "on 4 March",
  basis: "explicit",
};
const isMeeting = (noun: string) => /^(?:talks?|summit|negotiations?|meeting)$/.test(noun);

describe("dayOfTalks", () => {
  it("counts the nth day of the talks from the day they opened", () => {
    const told = dayOfTalks("On the third day of talks, the envoy walked out.", opened, isMeeting);
    expect(told).toMatchObject({ date: { start: "2024-03-06", end: "2024-03-06", precision: "day" }, at: 3 });
    expect(dayOfTalks("On the first day of the summit, both leaders spoke.", opened, isMeeting)?.date.start).toBe(
      "2024-03-04",
    );
    expect(
      dayOfTalks("By the 2nd day of the peace negotiations, hopes had faded.", opened, isMeeting)?.date.start,
    ).toBe("2024-03-05");
  });

  it("tells nothing of a day of something else, or when the story dated no opening", () => {
    expect(dayOfTalks("On the fourth day of the offensive, the army advanced.", opened, isMeeting)).toBeNull();
    expect(dayOfTalks("On the fourth day of talks, the envoy walked out.", null, isMeeting)).toBeNull();
    expect(dayOfTalks("The talks went on for a second day.", opened, isMeeting)).toBeNull();
  });
});
