import { describe, expect, it } from "vitest";
import { pruneAnswers } from "@/lib/classification/prune-answers";

describe("pruneAnswers", () => {
  it("drops answers to questions that no longer apply, following chains of conditions", () => {
    expect(
      pruneAnswers({
        activities: ["develops"],
        deployerEntityType: "private_other",
        establishedInEu: true,
        annex3Areas: ["none"],
        employmentUses: ["recruitment_selection"],
      }),
    ).toEqual({ activities: ["develops"], establishedInEu: true, annex3Areas: ["none"] });
  });

  it("keeps answers that apply and removes undefined values", () => {
    expect(
      pruneAnswers({ activities: ["uses"], deployerEntityType: "private_other", outputUsedInEu: undefined }),
    ).toEqual({ activities: ["uses"], deployerEntityType: "private_other" });
  });
});

describe("pruneAnswers and 'not sure'", () => {
  it("keeps 'not sure' for questions that still apply, so a draft or a run remembers it", () => {
    expect(pruneAnswers({ activities: ["uses"], notSure: ["annex3Areas"] })).toEqual({
      activities: ["uses"],
      notSure: ["annex3Areas"],
    });
  });

  it("drops 'not sure' for questions that no longer apply, and the list once it is empty", () => {
    expect(pruneAnswers({ annex3Areas: ["none"], notSure: ["employmentUses"] })).toEqual({ annex3Areas: ["none"] });
    expect(pruneAnswers({ annex3Areas: ["employment"], notSure: ["employmentUses", "annex3Areas"] })).toEqual({
      annex3Areas: ["employment"],
      notSure: ["employmentUses"],
    });
  });

  it("an answer wins over a stale 'not sure' for the same question", () => {
    expect(pruneAnswers({ annex3Areas: ["none"], notSure: ["annex3Areas"] })).toEqual({ annex3Areas: ["none"] });
  });
});
