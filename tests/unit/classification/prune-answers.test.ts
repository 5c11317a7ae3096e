import { describe, expect, it } from "vitest";
import { pruneAnswers } from "@/lib/classification/prune-answers";

describe("pruneAnswers", () => {
  it("drops answers to questions that no longer apply, following chains of conditions", () => {
    expect(pruneAnswers({
      activities: ["develops"], deployerEntityType: "private_other", establishedInEu: true,
      annex3Areas: ["none"], employmentUses: ["recruitment_selection"],
    })).toEqual({ activities: ["develops"], establishedInEu: true, annex3Areas: ["none"] });
  });

  it("keeps answers that apply and removes undefined values", () => {
    expect(pruneAnswers({ activities: ["uses"], deployerEntityType: "private_other", outputUsedInEu: undefined }))
      .toEqual({ activities: ["uses"], deployerEntityType: "private_other" });
  });
});
