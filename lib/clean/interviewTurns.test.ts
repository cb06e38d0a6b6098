import { describe, expect, it } from "vitest";
import { isInterviewerTurn } from "./interviewTurns";

describe("isInterviewerTurn", () => {
  it("knows an interviewer's turn by its label", () => {
    expect(isInterviewerTurn("Q: You met the rebels last week. What did they ask for?")).toBe(true);
    expect(isInterviewerTurn("QUESTION: …do you expect any progress at the plenary")).toBe(true);
    expect(isInterviewerTurn("Q.: (translated) I have a question for the envoy.")).toBe(true);
    expect(isInterviewerTurn("Reporter: So the talks are over?")).toBe(true);
  });

  it("leaves answers, initials and ordinary text alone", () => {
    expect(isInterviewerTurn("AMBASSADOR HALVORSEN: We will meet the delegations tomorrow.")).toBe(false);
    expect(isInterviewerTurn("Q. Li Na, the envoy, said talks would resume.")).toBe(false);
    expect(isInterviewerTurn("Questions remain over the timing of the talks.")).toBe(false);
  });
});
