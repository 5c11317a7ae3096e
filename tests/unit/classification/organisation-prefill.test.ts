import { describe, expect, it } from "vitest";
import { organisationHints, startingAnswers } from "@/lib/classification/starting-answers";
import type { TSystemProfile } from "@/lib/rules";

// The organisation profile fills what nothing more specific has answered: the intake (about this system) wins on a
// fresh start, and an answer saved in a draft or a run, or answered "not sure" there, is never replaced.
describe("pre-filling from the organisation profile", () => {
  const organisation: TSystemProfile = {
    establishedInEu: true,
    deployerEntityType: "public_law_body",
    personalNonProfessionalUse: false,
  };
  const intake: TSystemProfile = { outputUsedInEu: true, activities: ["uses"] };

  it("fills a fresh start and marks the answers it gave", () => {
    const start = startingAnswers({ draft: null, latestAnswers: null }, intake, organisation);
    expect(start.answers).toEqual({ ...organisation, ...intake });
    expect(start.fromIntake).toEqual(["outputUsedInEu", "activities"]);
    expect(start.fromOrganisation).toEqual(["establishedInEu", "deployerEntityType", "personalNonProfessionalUse"]);
    expect(start.source).toBe("intake");
  });

  it("lets the intake win where both answer the same question", () => {
    const start = startingAnswers({ draft: null, latestAnswers: null }, { establishedInEu: false }, organisation);
    expect(start.answers.establishedInEu).toBe(false);
    expect(start.fromOrganisation).not.toContain("establishedInEu");
  });

  it("never touches a saved draft, not even its blanks", () => {
    const draft: TSystemProfile = { establishedInEu: false };
    expect(startingAnswers({ draft, latestAnswers: null }, intake, organisation)).toEqual({
      answers: draft,
      fromIntake: [],
      fromOrganisation: [],
      source: "draft",
    });
  });

  it("fills only the blanks of the latest run, and leaves its 'not sure' answers open", () => {
    const latest: TSystemProfile = {
      establishedInEu: false,
      outputUsedInEu: true,
      activities: ["uses"],
      notSure: ["deployerEntityType"],
    };
    const start = startingAnswers({ draft: null, latestAnswers: latest }, intake, organisation);
    expect(start.answers).toEqual({ ...latest, personalNonProfessionalUse: false });
    expect(start.fromOrganisation).toEqual(["personalNonProfessionalUse"]);
    expect(start.source).toBe("run");
  });

  it("changes nothing without a profile", () => {
    expect(startingAnswers({ draft: null, latestAnswers: null }, intake).answers).toEqual(intake);
    expect(startingAnswers({ draft: null, latestAnswers: null }, intake, {}).fromOrganisation).toEqual([]);
  });

  it("says where a pre-filled answer came from, before any hint of the intake", () => {
    const hints = organisationHints(["establishedInEu"], { establishedInEu: "The intake lists use in DE." });
    expect(hints.establishedInEu).toBe(
      "From the organisation profile (Settings → Organisation profile); change it here if this system differs. The intake lists use in DE.",
    );
    expect(organisationHints([], { activities: "x" })).toEqual({ activities: "x" });
  });
});
