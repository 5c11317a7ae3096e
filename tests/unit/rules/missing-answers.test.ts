import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { DEPLOYER, codes, questionIds, run } from "./helpers";

const RECRUITMENT: TSystemProfile = { annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] };

// Each gap must become an open question, never a silent answer in either direction.
describe("unanswered follow-ups are asked, not assumed", () => {
  it.each([
    ["vulnerabilityEffect", { exploitsVulnerabilities: true }],
    ["socialScoreConsequence", { socialScoring: true }],
    ["biometricCategories", { biometricCategorisation: true, biometricCategorisationAncillary: false }],
    [
      "biometricCategorisationContext",
      {
        biometricCategorisation: true,
        biometricCategorisationAncillary: false,
        biometricCategories: ["religious_beliefs"],
      },
    ],
    [
      "rbiException",
      { remoteBiometricIdentification: "real_time", publiclyAccessibleSpace: true, rbiLawEnforcementPurpose: true },
    ],
    ["emotionSettings", { emotionInference: "biometric_emotions" }],
    [
      "criticalInfrastructureSector",
      { annex3Areas: ["critical_infrastructure"], criticalInfrastructureFunction: "safety_component" },
    ],
  ] as [string, TSystemProfile][])("%s", (questionId, profile) => {
    const r = run(profile);
    expect(r.tier).not.toBe("prohibited");
    expect(questionIds(r)).toContain(questionId);
    expect(r.disposition).toBe("undetermined");
    expect(r.openQuestions.find((q) => q.questionId === questionId)?.decides).toBeDefined();
  });

  it("a blank market date is an open question that completes the duties, not a flag", () => {
    const r = run({ ...RECRUITMENT, alreadyOnMarket: true });
    expect(r.tier).toBe("high");
    const open = r.openQuestions.find((q) => q.questionId === "placedOnMarketDate");
    expect(open).toBeDefined();
    expect(open?.decides).toBeUndefined();
    expect(r.disposition).toBe("final");
  });

  it("an unanswered deployer type leaves the FRIA open", () => {
    const r = run({ ...RECRUITMENT, deployerEntityType: undefined, art25Actions: [] }, undefined, DEPLOYER);
    expect(r.facets.friaRequired).toBe(false);
    expect(questionIds(r)).toContain("deployerEntityType");
  });

  it("a deployer relying on the provider's derogation registers nothing itself", () => {
    const r = run(
      {
        ...RECRUITMENT,
        derogationConditions: ["narrow_procedural"],
        performsProfiling: false,
        derogationStatus: "documented_and_reviewed",
      },
      undefined,
      DEPLOYER,
    );
    expect(r.facets.derogation.valid).toBe(true);
    expect(r.facets.registrationRequired).toBe(false);
  });

  it("one disputed point raised by two gates is listed once", () => {
    const r = run({
      intimateImageryCapability: "foreseeable_with_safeguards",
      csamCapability: "foreseeable_with_safeguards",
    });
    expect(codes(r).filter((c) => c.endsWith("generationSafeguards"))).toHaveLength(1);
    expect(r.openQuestions).toHaveLength(1);
  });
});
