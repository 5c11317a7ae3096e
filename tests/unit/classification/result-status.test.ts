import { describe, expect, it } from "vitest";
import {
  completingQuestions,
  decidesText,
  decidingQuestions,
  dispositionLabel,
  openPoints,
  possibleTierOf,
  reviewPoints,
  undeterminedSentence,
} from "@/lib/classification/result-status";
import { classify, type ClassificationResult } from "@/lib/rules";

const CV: Parameters<typeof classify>[0] = {
  artefactType: "ai_system",
  technique: "machine_learning",
  infersOutputs: true,
  operatesWithAutonomy: true,
  activities: ["uses"],
  establishedInEu: true,
  notSure: ["annex3Areas"],
};

describe("presenting a result that is not determined yet", () => {
  it("names the highest tier still possible and the deciding question, marked not sure", () => {
    const r = classify(CV, { asOf: "2026-12-05" });
    expect(r.disposition).toBe("undetermined");
    const deciding = decidingQuestions(r.openQuestions);
    const annex3 = deciding.find((q) => q.questionId === "annex3Areas");
    expect(annex3).toMatchObject({ notSure: true, decides: "high" });
    expect(decidesText(annex3!)).toBe("Could make it High-risk");
    expect(completingQuestions(r.openQuestions).every((q) => !q.decides)).toBe(true);
    expect(undeterminedSentence({ ...r, possibleTier: "high" })).toBe(
      "High-risk unless the questions below rule it out.",
    );
  });

  it("says what is still open when the tier itself is settled", () => {
    const r = {
      tier: "high",
      possibleTier: "high",
      openQuestions: [{ questionId: "activities", decides: "role", text: "", citation: "" }],
    };
    expect(undeterminedSentence(r as unknown as ClassificationResult)).toBe(
      "High-risk on the answers given; the questions below still decide your role.",
    );
    expect(decidesText({ text: "", citation: "", decides: "scope" })).toBe("Decides whether the AI Act applies");
    expect(decidesText({ text: "", citation: "" })).toBeNull();
  });

  it("reads results stored before the change as settled, and labels every disposition", () => {
    expect(possibleTierOf({ tier: "minimal" })).toBe("minimal");
    expect(
      reviewPoints([
        { text: "Disputed", citation: "Art 6" },
        { questionId: "x", text: "", citation: "" },
      ]),
    ).toHaveLength(1);
    expect(["FINAL", "REQUIRES_REVIEW", "UNDETERMINED"].map(dispositionLabel)).toEqual([
      "Final",
      "Requires review",
      "Not determined yet",
    ]);
  });
});

describe("openPoints", () => {
  it("sorts what is open by what it takes, and reads a result stored before the newer fields as having none of them", () => {
    const r = classify({ annex3Areas: ["employment"], notSure: ["employmentUses"] }, { asOf: "2026-12-04" });
    expect(openPoints(r)).not.toHaveProperty("deciding");
    expect(decidingQuestions(r.openQuestions).map((q) => q.questionId)).toContain("employmentUses");
    expect(completingQuestions(r.openQuestions).every((q) => q.decides === undefined)).toBe(true);
    const { notes: _n, removals: _r, contradictions: _c, ...old } = r;
    expect(openPoints(old as typeof r)).toMatchObject({ notes: [], removals: [], contradictions: [] });
  });
});
