import { describe, expect, it } from "vitest";
import { startingAnswers } from "@/lib/classification/starting-answers";

describe("where the questionnaire starts", () => {
  const intake = { outputUsedInEu: true, activities: ["develops", "uses"] as ("develops" | "uses")[] };

  it("resumes a saved draft as it is", () => {
    const draft = { outputUsedInEu: false };
    expect(startingAnswers({ draft, latestAnswers: { socialScoring: false } }, intake)).toEqual({
      answers: draft,
      fromIntake: [],
      fromOrganisation: [],
      source: "draft",
    });
  });

  it("starts from the intake when there is no run", () => {
    expect(startingAnswers({ draft: null, latestAnswers: null }, intake)).toEqual({
      answers: intake,
      fromIntake: ["outputUsedInEu", "activities"],
      fromOrganisation: [],
      source: "intake",
    });
  });

  it("takes the latest run's answers and overlays what the intake now says differently", () => {
    const latest = { outputUsedInEu: true, activities: ["uses"] as "uses"[], socialScoring: false };
    expect(startingAnswers({ draft: null, latestAnswers: latest }, intake)).toEqual({
      answers: { outputUsedInEu: true, activities: ["develops", "uses"], socialScoring: false },
      fromIntake: ["activities"],
      fromOrganisation: [],
      source: "run",
    });
  });
});
