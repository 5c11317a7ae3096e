import { describe, expect, it } from "vitest";
import { one } from "../../helpers/expect-defined";
import { codes, obligationCodes, run } from "./helpers";
import { BANNED, NEAR_MISSES } from "./prohibited-cases";

// Generated intimate imagery and CSAM (Art 5(1)(ba)/(bb), Art 5(1a)) have their own file: prohibited-generative.test.ts.
describe("Art 5 prohibited practices", () => {
  it.each(BANNED)("$name is prohibited", ({ profile, point, review }) => {
    const r = run(profile);
    expect(r.tier).toBe("prohibited");
    expect(r.facets.prohibitedPractices.map((p) => p.point)).toEqual([point]);
    expect(r.obligations.every((o) => o.blocking && o.code.startsWith("prohibited."))).toBe(true);
    expect(r.disposition).toBe(review ? "requires_review" : "final");
  });

  it.each(NEAR_MISSES)("$name is not prohibited", ({ profile, finding, review }) => {
    const r = run(profile);
    expect(r.tier).not.toBe("prohibited");
    expect(codes(r)).toContain(finding);
    expect(r.disposition).toBe(review ? "requires_review" : "final");
  });

  it("the (h) ban targets use, so the stop duty says do not use", () => {
    const r = run({
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: true,
      rbiException: "none",
    });
    expect(one(r.obligations, 0, "stop duty").summary).toMatch(/Do not use/);
  });

  it("authorised police real-time RBI is high-risk with FRIA, registration and prior authorisation", () => {
    const r = run({
      activities: ["uses"],
      personalNonProfessionalUse: false,
      deployerEntityType: "public_law_body",
      intendedUsers: ["law_enforcement"],
      authorisedByLawForCrime: true,
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: true,
      rbiException: "imminent_threat",
      rbiAuthorisedUnderNationalLaw: true,
    });
    expect(r.tier).toBe("high");
    expect(r.facets.friaRequired).toBe(true);
    expect(r.facets.registrationBasis).toContain("Art 5(2); Art 49");
    expect(obligationCodes(r)).toEqual(
      expect.arrayContaining([
        "deployer:rbi.prior_authorisation",
        "deployer:rbi.fria_and_registration",
        "deployer:hr.deployer.fria",
      ]),
    );
  });

  it("real-time RBI in a non-public space is not (h) but Annex III 1(a)", () => {
    const r = run({
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: false,
      rbiLawEnforcementPurpose: true,
    });
    expect(r.tier).toBe("high");
    expect(r.facets.highRisk?.annexPoints).toEqual(["Annex III 1(a)"]);
  });

  it.each([
    ["2025-02-01", false],
    ["2025-02-02", true],
  ])("the original bans apply from 2 Feb 2025 (as of %s: %s)", (asOf, now) => {
    const r = run({ untargetedFaceScraping: true }, asOf);
    expect(one(r.facets.prohibitedPractices, 0, "prohibited practice").appliesNow).toBe(now);
  });

  it("prohibitions are never grandfathered: a system on the market since 2020 is still banned", () => {
    const r = run({
      socialScoring: true,
      socialScoreConsequence: ["disproportionate_treatment"],
      alreadyOnMarket: true,
      placedOnMarketDate: "2020-01-01",
      significantDesignChange: false,
    });
    expect(r.tier).toBe("prohibited");
    expect(one(r.facets.prohibitedPractices, 0, "prohibited practice").appliesNow).toBe(true);
  });

  it("unanswered Art 5 questions are reported as needed", () => {
    const r = run({ manipulativeTechniques: true, manipulationEffect: undefined, socialScoring: undefined });
    expect(r.openQuestions.map((q) => q.questionId)).toEqual(
      expect.arrayContaining(["manipulationEffect", "socialScoring"]),
    );
  });
});
