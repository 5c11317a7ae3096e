import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { DEPLOYER, MODEL, codes, obligationCodes, run } from "./helpers";

type Case = { name: string; profile: TSystemProfile; point?: string; finding?: string; review?: boolean };

const BANNED: Case[] = [
  {
    name: "(a) manipulation with significant harm",
    profile: { manipulativeTechniques: true, manipulationEffect: "significant_harm_likely" },
    point: "5(1)(a)",
  },
  {
    name: "(b) exploiting vulnerabilities with harm",
    profile: { exploitsVulnerabilities: true, vulnerabilityEffect: "significant_harm_likely" },
    point: "5(1)(b)",
  },
  {
    name: "(c) social scoring, unrelated context",
    profile: { socialScoring: true, socialScoreConsequence: ["unrelated_context_detriment"] },
    point: "5(1)(c)",
  },
  {
    name: "(c) social scoring, disproportionate",
    profile: { socialScoring: true, socialScoreConsequence: ["disproportionate_treatment"] },
    point: "5(1)(c)",
  },
  {
    name: "(d) crime prediction solely from profiling",
    profile: { crimeRiskAssessment: "solely_profiling_or_traits" },
    point: "5(1)(d)",
  },
  { name: "(e) untargeted face scraping", profile: { untargetedFaceScraping: true }, point: "5(1)(e)" },
  {
    name: "(f) emotion recognition at work",
    profile: { emotionInference: "biometric_emotions", emotionSettings: ["workplace"], emotionMedicalOrSafety: false },
    point: "5(1)(f)",
  },
  {
    name: "(f) emotion recognition in education",
    profile: { emotionInference: "biometric_emotions", emotionSettings: ["education"], emotionMedicalOrSafety: false },
    point: "5(1)(f)",
  },
  {
    name: "(f) job candidates (contested)",
    profile: {
      emotionInference: "biometric_emotions",
      emotionSettings: ["recruitment"],
      emotionMedicalOrSafety: false,
    },
    point: "5(1)(f)",
    review: true,
  },
  {
    name: "(g) categorisation inferring religion",
    profile: {
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["religious_beliefs"],
      biometricCategorisationContext: "other",
    },
    point: "5(1)(g)",
  },
  {
    name: "(h) real-time RBI in public for police, no objective",
    profile: {
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: true,
      rbiException: "none",
    },
    point: "5(1)(h)",
  },
  {
    name: "(h) permitted objective but no national law",
    profile: {
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: true,
      rbiException: "victim_search",
      rbiAuthorisedUnderNationalLaw: false,
    },
    point: "5(1)(h)",
  },
  {
    name: "(ba) nudification as intended purpose",
    profile: { syntheticContent: ["image"], intimateImageryCapability: "intended_purpose" },
    point: "5(1)(ba)",
  },
  {
    name: "(ba) foreseeable without safeguards",
    profile: { syntheticContent: ["image"], intimateImageryCapability: "foreseeable_without_safeguards" },
    point: "5(1)(ba)",
  },
  {
    name: "(bb) CSAM generation",
    profile: { syntheticContent: ["image"], csamCapability: "intended_purpose", csamLawfulDefence: false },
    point: "5(1)(bb)",
  },
];

const NEAR_MISSES: Case[] = [
  {
    name: "(a) lawful advertising",
    profile: { manipulativeTechniques: true, manipulationEffect: "lawful_standard_practice" },
    finding: "prohibited.a_near_miss",
  },
  {
    name: "(a) no significant harm",
    profile: { manipulativeTechniques: true, manipulationEffect: "no_significant_harm" },
    finding: "prohibited.a_near_miss",
  },
  {
    name: "(b) no significant harm",
    profile: { exploitsVulnerabilities: true, vulnerabilityEffect: "no_significant_harm" },
    finding: "prohibited.b_near_miss",
  },
  {
    name: "(c) lawful credit scoring",
    profile: { socialScoring: true, socialScoreConsequence: ["lawful_purpose_specific"] },
    finding: "prohibited.c_near_miss",
  },
  {
    name: "(d) supports human assessment on facts",
    profile: { crimeRiskAssessment: "supports_human_assessment" },
    finding: "prohibited.d_near_miss",
  },
  {
    name: "(d) place-based policing",
    profile: { crimeRiskAssessment: "place_based" },
    finding: "prohibited.d_near_miss",
  },
  { name: "(d) legal persons", profile: { crimeRiskAssessment: "legal_persons" }, finding: "prohibited.d_near_miss" },
  {
    name: "(f) text sentiment at work",
    profile: { emotionInference: "text_sentiment" },
    finding: "prohibited.f_not_emotion_recognition",
  },
  {
    name: "(f) fatigue detection",
    profile: { emotionInference: "physical_states_only" },
    finding: "prohibited.f_not_emotion_recognition",
  },
  {
    name: "(f) medical or safety exception",
    profile: { emotionInference: "biometric_emotions", emotionSettings: ["workplace"], emotionMedicalOrSafety: true },
    finding: "prohibited.f_medical_safety",
    review: true,
  },
  {
    name: "(g) ancillary categorisation",
    profile: { biometricCategorisation: true, biometricCategorisationAncillary: true },
    finding: "prohibited.g_ancillary",
  },
  {
    name: "(g) labelling lawful datasets",
    profile: {
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["race_ethnicity"],
      biometricCategorisationContext: "labelling_lawful_dataset",
    },
    finding: "prohibited.g_exception",
  },
  {
    name: "(g) law-enforcement categorisation",
    profile: {
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["political_opinions"],
      biometricCategorisationContext: "law_enforcement",
    },
    finding: "prohibited.g_exception",
  },
  {
    name: "(h) private real-time RBI",
    profile: {
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: false,
    },
    finding: "prohibited.h_private_use",
    review: true,
  },
  {
    name: "(h) authorised police use",
    profile: {
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: true,
      rbiException: "serious_crime_suspect",
      rbiAuthorisedUnderNationalLaw: true,
    },
    finding: "prohibited.h_exception",
  },
  {
    name: "(bb) national-law defence",
    profile: { syntheticContent: ["image"], csamCapability: "intended_purpose", csamLawfulDefence: true },
    finding: "prohibited.bb_lawful_defence",
    review: true,
  },
];

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
    expect(r.obligations[0].summary).toMatch(/Do not use/);
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

  it("a deployer using a general system for nudification is banned (Art 5(1a)(b)); the safeguards dispute does not touch its own use", () => {
    const r = run(
      {
        syntheticContent: ["image"],
        intimateImageryCapability: "foreseeable_with_safeguards",
        usedForIntimateImagery: true,
      },
      "2027-01-01",
      DEPLOYER,
    );
    expect(r.facets.prohibitedPractices[0].point).toBe("5(1)(ba)");
    expect(r.disposition).toBe("final");
  });

  it("safeguarded capability is not banned but the adequacy of the safeguards is flagged for review (Art 5(1a)(a)(ii))", () => {
    const r = run({ syntheticContent: ["image"], intimateImageryCapability: "foreseeable_with_safeguards" });
    expect(r.tier).not.toBe("prohibited");
    expect(codes(r)).toContain("prohibited.contested.generationSafeguards");
    expect(r.disposition).toBe("requires_review");
  });

  it("open-weights model publication for nudification is contested but treated as banned", () => {
    const r = run(
      {
        syntheticContent: ["image"],
        intimateImageryCapability: "intended_purpose",
        modelOpenSource: true,
        modelMonetised: false,
      },
      undefined,
      MODEL,
    );
    expect(r.tier).toBe("prohibited");
    expect(codes(r)).toContain("prohibited.contested.openWeightsPublication");
    expect(r.disposition).toBe("requires_review");
  });

  it.each([
    ["2026-12-01", false],
    ["2026-12-02", true],
  ])("the Omnibus bans apply from 2 Dec 2026 (as of %s: %s)", (asOf, now) => {
    const r = run({ syntheticContent: ["image"], csamCapability: "intended_purpose", csamLawfulDefence: false }, asOf);
    expect(r.tier).toBe("prohibited");
    expect(r.facets.prohibitedPractices[0]).toEqual({ point: "5(1)(bb)", appliesFrom: "2026-12-02", appliesNow: now });
    expect(r.obligations.every((o) => o.appliesNow === now)).toBe(true);
    expect(r.findings.find((f) => f.code === "prohibited.bb")!.reason.includes("not yet prohibited")).toBe(!now);
  });

  it.each([
    ["2025-02-01", false],
    ["2025-02-02", true],
  ])("the original bans apply from 2 Feb 2025 (as of %s: %s)", (asOf, now) => {
    const r = run({ untargetedFaceScraping: true }, asOf);
    expect(r.facets.prohibitedPractices[0].appliesNow).toBe(now);
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
    expect(r.facets.prohibitedPractices[0].appliesNow).toBe(true);
  });

  it("unanswered Art 5 questions are reported as needed", () => {
    const r = run({ manipulativeTechniques: true, manipulationEffect: undefined, socialScoring: undefined });
    expect(r.openQuestions.map((q) => q.questionId)).toEqual(
      expect.arrayContaining(["manipulationEffect", "socialScoring"]),
    );
  });
});

// Issue #15 item 6, point 1. Fact sheet §12 point 9: whether publishing open model WEIGHTS is "placing an AI system
// on the market" for Art 5(1)(ba)/(bb) is disputed. The dispute needs published weights: the answer that says so is
// `modelOpenSource` ("weights, architecture and usage information public", Art 53(2)).
describe("Art 5(1)(ba)/(bb): the open-weights dispute attaches only where the weights are published (fact sheet §12 point 9)", () => {
  const OPEN = "prohibited.contested.openWeightsPublication";

  it("a closed system with safeguarded capability carries the safeguards dispute, not the open-weights one", () => {
    const r = run({ syntheticContent: ["image"], intimateImageryCapability: "foreseeable_with_safeguards" });
    expect(codes(r)).not.toContain(OPEN);
    expect(codes(r)).not.toContain("prohibited.contested.openWeightsIntimateImagery");
  });

  it("a system under an open-source licence has no weights answer, so no open-weights dispute (Art 2(12) is a separate matter)", () => {
    const r = run({
      syntheticContent: ["image"],
      intimateImageryCapability: "foreseeable_with_safeguards",
      freeOpenSourceLicence: true,
    });
    expect(codes(r)).not.toContain(OPEN);
  });

  it("a banned model whose weights are not published (API only) is final, without the open-weights dispute", () => {
    const r = run(
      { syntheticContent: ["image"], intimateImageryCapability: "intended_purpose", modelOpenSource: false },
      undefined,
      MODEL,
    );
    expect(r.tier).toBe("prohibited");
    expect(codes(r)).not.toContain(OPEN);
    expect(r.disposition).toBe("final");
  });

  it("a CSAM-capable model with published weights carries the dispute for (bb) too", () => {
    const r = run(
      {
        syntheticContent: ["image"],
        csamCapability: "foreseeable_without_safeguards",
        csamLawfulDefence: false,
        modelOpenSource: true,
        modelMonetised: false,
      },
      undefined,
      MODEL,
    );
    expect(r.tier).toBe("prohibited");
    expect(codes(r)).toContain(OPEN);
  });

  it("a model and system whose weights are published, with safeguards, carries both disputes", () => {
    const r = run({
      ...MODEL,
      artefactType: "model_and_system",
      intimateImageryCapability: "foreseeable_with_safeguards",
      modelOpenSource: true,
      modelMonetised: false,
    });
    expect(r.tier).not.toBe("prohibited");
    expect(codes(r)).toEqual(expect.arrayContaining([OPEN, "prohibited.contested.generationSafeguards"]));
  });

  it("whether the weights are published is asked when it decides the dispute", () => {
    const r = run(
      { syntheticContent: ["image"], intimateImageryCapability: "intended_purpose", modelOpenSource: undefined },
      undefined,
      MODEL,
    );
    expect(r.openQuestions.map((q) => q.questionId)).toContain("modelOpenSource");
  });
});
