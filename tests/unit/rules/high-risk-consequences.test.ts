import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { DEPLOYER, codes, obligationCodes, run } from "./helpers";

const RECRUITMENT: TSystemProfile = { annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] };
const CREDIT: TSystemProfile = { annex3Areas: ["essential_services"], essentialServicesUses: ["creditworthiness"] };

describe("Art 6(3) derogation and the profiling override", () => {
  it("a valid, reviewed derogation lifts the tier but keeps Art 6(4) documentation and Art 49(2) registration", () => {
    const r = run({
      ...RECRUITMENT,
      derogationConditions: ["preparatory_task"],
      performsProfiling: false,
      derogationStatus: "documented_and_reviewed",
    });
    expect(r.tier).toBe("minimal");
    expect(r.facets.derogation).toEqual({ claimed: true, valid: true, conditions: ["Art 6(3)(d)"] });
    expect(r.facets.registrationBasis).toEqual(["Art 49(2)"]);
    expect(obligationCodes(r)).toEqual(
      expect.arrayContaining(["provider:derogation.document_assessment", "provider:derogation.register"]),
    );
    expect(r.disposition).toBe("final");
  });

  it("an unreviewed claim is requires_review", () => {
    const r = run({
      ...RECRUITMENT,
      derogationConditions: ["narrow_procedural"],
      performsProfiling: false,
      derogationStatus: "documented",
    });
    expect(r.disposition).toBe("requires_review");
    expect(codes(r)).toContain("derogation.contested.derogationConditions");
  });

  it("profiling always overrides the derogation", () => {
    const r = run({ ...RECRUITMENT, derogationConditions: ["preparatory_task"], performsProfiling: true });
    expect(r.tier).toBe("high");
    expect(r.facets.derogation.valid).toBe(false);
    expect(codes(r)).toContain("derogation.profiling_override");
  });

  it("an unanswered profiling question keeps the system high-risk and asks for it", () => {
    const r = run({ ...RECRUITMENT, derogationConditions: ["improves_human_activity"] });
    expect(r.tier).toBe("high");
    expect(r.facets.derogation.valid).toBeNull();
    expect(r.openQuestions.map((q) => q.questionId)).toContain("performsProfiling");
  });

  it("CV parsing with a derogation claim surfaces the profiling dispute", () => {
    const r = run({
      annex3Areas: ["employment"],
      employmentUses: ["cv_parsing"],
      derogationConditions: ["narrow_procedural"],
      performsProfiling: false,
      derogationStatus: "documented_and_reviewed",
    });
    expect(codes(r)).toContain("derogation.contested.cvProfiling");
  });
});

describe("Art 27 FRIA and Art 49 registration", () => {
  it.each([
    ["public-law body", { deployerEntityType: "public_law_body" as const, ...RECRUITMENT }, true],
    [
      "private entity providing public services",
      { deployerEntityType: "private_public_service" as const, ...RECRUITMENT },
      true,
    ],
    ["private bank scoring credit", { deployerEntityType: "private_other" as const, ...CREDIT }, true],
    [
      "private life insurer",
      {
        deployerEntityType: "private_other" as const,
        annex3Areas: ["essential_services" as const],
        essentialServicesUses: ["life_health_insurance" as const],
      },
      true,
    ],
    ["private employer using HR AI", { deployerEntityType: "private_other" as const, ...RECRUITMENT }, false],
    [
      "public body running critical infrastructure",
      {
        deployerEntityType: "public_law_body" as const,
        annex3Areas: ["critical_infrastructure" as const],
        criticalInfrastructureSector: "water" as const,
        criticalInfrastructureFunction: "safety_component" as const,
      },
      false,
    ],
  ])("%s: FRIA required = %s", (_name, profile, fria) => {
    const r = run(profile, undefined, DEPLOYER);
    expect(r.facets.friaRequired).toBe(fria);
    expect(obligationCodes(r).includes("deployer:hr.deployer.fria")).toBe(fria);
  });

  it("a FRIA is never a provider duty", () => {
    expect(run(CREDIT).facets.friaRequired).toBe(false);
  });

  it("an Annex I product system needs no FRIA", () => {
    const r = run(
      {
        annex1Legislation: ["medical_devices"],
        annex1Function: "safety_component",
        thirdPartyAssessment: ["health_safety"],
        deployerEntityType: "public_law_body",
      },
      undefined,
      DEPLOYER,
    );
    expect(r.facets.friaRequired).toBe(false);
    expect(codes(r)).toContain("deployer_duties.no_fria");
  });

  it("private schools and clinics are contested: FRIA assumed", () => {
    const r = run({ deployerEntityType: "private_education_or_health", ...RECRUITMENT }, undefined, DEPLOYER);
    expect(r.facets.friaRequired).toBe(true);
    expect(codes(r)).toContain("deployer_duties.contested.privateSchoolsClinicsFria");
  });

  it("public-authority deployers register their use (Art 49(3))", () => {
    const r = run({ deployerEntityType: "public_law_body", ...RECRUITMENT }, undefined, DEPLOYER);
    expect(r.facets.registrationBasis).toEqual(["Art 49(3)"]);
    expect(obligationCodes(r)).toEqual(
      expect.arrayContaining([
        "deployer:hr.deployer.register_use",
        "deployer:hr.deployer.inform_workers",
        "deployer:hr.deployer.explanation",
      ]),
    );
  });

  it("critical infrastructure registers nationally (Art 49(5)) and has no Art 86 duty", () => {
    const r = run({
      annex3Areas: ["critical_infrastructure"],
      criticalInfrastructureSector: "road_traffic",
      criticalInfrastructureFunction: "safety_component",
      activities: ["develops", "uses"],
      personalNonProfessionalUse: false,
      deployerEntityType: "private_other",
    });
    expect(r.facets.registrationBasis).toEqual(["Art 49(5)"]);
    expect(obligationCodes(r)).not.toContain("deployer:hr.deployer.explanation");
  });

  it("biometric providers face the Annex VI/VII choice; a non-EU provider must appoint a representative", () => {
    const r = run({ remoteBiometricIdentification: "post", rbiLawEnforcementPurpose: false, establishedInEu: false });
    expect(r.obligations.find((o) => o.code === "hr.conformity_assessment")!.article).toMatch(/Annexes VI-VII/);
    expect(obligationCodes(r)).toContain("provider:hr.appoint_authorised_representative");
  });

  it("post RBI for law enforcement needs Art 26(10) authorisation", () => {
    const r = run(
      { remoteBiometricIdentification: "post", rbiLawEnforcementPurpose: true, deployerEntityType: "public_law_body" },
      undefined,
      DEPLOYER,
    );
    expect(obligationCodes(r)).toContain("deployer:hr.deployer.post_rbi_authorisation");
  });

  it("workplace emotion recognition under the medical exception triggers Art 26(7)", () => {
    const r = run(
      { emotionInference: "biometric_emotions", emotionSettings: ["workplace"], emotionMedicalOrSafety: true },
      undefined,
      DEPLOYER,
    );
    expect(obligationCodes(r)).toContain("deployer:hr.deployer.inform_workers");
  });

  it.each([
    ["2026-08-01", false],
    ["2026-08-02", true],
    ["2027-12-01", true],
    ["2027-12-02", false],
  ])("the Art 49/86 timing dispute is flagged only in its window (as of %s: %s)", (asOf, flagged) => {
    expect(codes(run(RECRUITMENT, asOf)).includes("dates.contested.art86Art49Timing")).toBe(flagged);
  });
});

describe("importers, distributors, authorised representatives and Art 25", () => {
  it.each([
    ["imports", "importer:hr.importer.verify"],
    ["distributes", "distributor:hr.distributor.verify"],
    ["authorised_representative", "authorised_representative:hr.authorised_rep.tasks"],
  ] as const)("%s a high-risk system", (activity, code) => {
    const r = run({ ...RECRUITMENT, activities: [activity], art25Actions: [] });
    expect(obligationCodes(r)).toContain(code);
    expect(r.roles).not.toContain("provider");
  });

  it.each(["own_name_on_high_risk", "substantial_modification", "changed_intended_purpose"] as const)(
    "Art 25(1): %s makes the deployer the provider",
    (action) => {
      const r = run({ ...RECRUITMENT, art25Actions: [action] }, undefined, DEPLOYER);
      expect(r.roles).toEqual(["deployer", "provider"]);
      expect(codes(r)).toEqual(expect.arrayContaining([`roles.art25.${action}`, "roles.art25_cooperation"]));
      expect(obligationCodes(r)).toContain("provider:hr.risk_management");
    },
  );

  it("repurposing a system into a non-high-risk use does not flip the role", () => {
    expect(run({ art25Actions: ["changed_intended_purpose"] }, undefined, DEPLOYER).roles).toEqual(["deployer"]);
  });

  it("unanswered Art 25 actions are asked for high-risk deployers", () => {
    expect(run(RECRUITMENT, undefined, DEPLOYER).openQuestions.map((q) => q.questionId)).toContain("art25Actions");
  });
});

describe("Art 111 transitional rules and Chapter III dates", () => {
  it.each([
    ["2027-12-01", false],
    ["2027-12-02", true],
  ])("Annex III duties apply from 2 Dec 2027 (as of %s: %s)", (asOf, now) => {
    const r = run({ ...RECRUITMENT, derogationConditions: [] }, asOf);
    expect(r.obligations.find((o) => o.code === "hr.risk_management")!.appliesNow).toBe(now);
  });

  it.each([
    ["2028-08-01", false],
    ["2028-08-02", true],
  ])("Annex I duties apply from 2 Aug 2028 (as of %s: %s)", (asOf, now) => {
    const r = run(
      { annex1Legislation: ["toys"], annex1Function: "safety_component", thirdPartyAssessment: ["health_safety"] },
      asOf,
    );
    expect(r.obligations.find((o) => o.code === "hr.risk_management")!.appliesNow).toBe(now);
  });

  const LEGACY: TSystemProfile = {
    ...RECRUITMENT,
    alreadyOnMarket: true,
    placedOnMarketDate: "2026-01-15",
    significantDesignChange: false,
    annexXLargeScaleSystem: false,
  };

  it("a legacy private system keeps only the change watch", () => {
    const r = run(LEGACY);
    expect(r.tier).toBe("high");
    expect(r.facets.highRisk?.legacy).toBe(true);
    expect(obligationCodes(r)).toEqual(["provider:general.ai_literacy", "provider:legacy.significant_change_watch"]);
  });

  it("a legacy system that changes significantly gets the full duties", () => {
    expect(run({ ...LEGACY, significantDesignChange: true }).facets.highRisk?.legacy).toBe(false);
  });

  it("an unknown change status is treated as a change (duties kept)", () => {
    const r = run({ ...LEGACY, significantDesignChange: undefined });
    expect(r.facets.highRisk?.legacy).toBe(false);
    expect(r.openQuestions.map((q) => q.questionId)).toContain("significantDesignChange");
  });

  it("a legacy system for public authorities must comply by 2 Aug 2030", () => {
    const r = run({ ...LEGACY, intendedUsers: ["public_authority"] });
    expect(r.facets.highRisk?.appliesFrom).toBe("2030-08-02");
    expect(r.obligations.find((o) => o.code === "hr.risk_management")!.appliesFrom).toBe("2030-08-02");
  });

  it("an Annex X large-scale IT component placed before 2 Aug 2027 must comply by 31 Dec 2030", () => {
    const r = run({
      ...LEGACY,
      annexXLargeScaleSystem: true,
      intendedUsers: ["migration_authority"],
      annex3Areas: ["migration"],
      migrationUses: ["risk_assessment"],
    });
    expect(r.facets.highRisk?.appliesFrom).toBe("2030-12-31");
  });

  it("a system placed after the Chapter III date is not legacy", () => {
    expect(run({ ...LEGACY, placedOnMarketDate: "2028-01-01" }).facets.highRisk?.legacy).toBe(false);
  });
});
