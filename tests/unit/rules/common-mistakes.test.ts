import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { BASE, DEPLOYER, MODEL, codes, obligationCodes, run } from "./helpers";

// One block per entry of "Ten rules classifiers most often get wrong" in the facts sheet (section 14).
const tier = (p: TSystemProfile, base?: TSystemProfile, asOf?: string) => run(p, asOf, base).tier;

describe("1. Annex III needs a sub-point match, not a sector match", () => {
  it.each([
    ["fraud detection (5(b))", { annex3Areas: ["essential_services"], essentialServicesUses: ["fraud_detection"] }],
    ["1:1 verification (1(a))", { remoteBiometricIdentification: "verification_only" }],
    [
      "motor insurance pricing (5(c))",
      { annex3Areas: ["essential_services"], essentialServicesUses: ["other_insurance"] },
    ],
    [
      "travel-document verification (7(d))",
      {
        annex3Areas: ["migration"],
        migrationUses: ["travel_document_verification"],
        intendedUsers: ["migration_authority"],
      },
    ],
    ["campaign logistics (8(b))", { annex3Areas: ["justice_democracy"], justiceUses: ["campaign_logistics"] }],
    [
      "ancillary court administration (8(a))",
      { annex3Areas: ["justice_democracy"], justiceUses: ["court_administration"] },
    ],
    [
      "cybersecurity-only infrastructure (2)",
      {
        annex3Areas: ["critical_infrastructure"],
        criticalInfrastructureSector: "electricity",
        criticalInfrastructureFunction: "cybersecurity_only",
      },
    ],
    ["HR chatbot deciding nothing (4)", { annex3Areas: ["employment"], employmentUses: ["hr_chatbot_no_decisions"] }],
  ] as [string, TSystemProfile][])("%s is not high-risk", (_n, p) => expect(tier(p)).toBe("minimal"));
});

describe("2. Profiling beats Art 6(3), and a valid derogation still needs documentation and registration", () => {
  it("a 'preparatory' tool that profiles is high-risk", () => {
    expect(
      tier({
        annex3Areas: ["essential_services"],
        essentialServicesUses: ["creditworthiness"],
        derogationConditions: ["preparatory_task"],
        performsProfiling: true,
      }),
    ).toBe("high");
  });
  it("the Omnibus did not remove Art 49(2)", () => {
    const r = run({
      annex3Areas: ["education"],
      educationUses: ["learning_outcomes"],
      educationBodyType: "education_institution",
      derogationConditions: ["narrow_procedural"],
      performsProfiling: false,
      derogationStatus: "documented_and_reviewed",
    });
    expect(r.facets.registrationRequired).toBe(true);
    expect(obligationCodes(r)).toEqual(
      expect.arrayContaining(["provider:derogation.document_assessment", "provider:derogation.register"]),
    );
  });
});

describe("3. FRIA scope is narrow but catches private banks and insurers", () => {
  it("a purely private bank deploying credit scoring must do a FRIA", () => {
    expect(
      run({ annex3Areas: ["essential_services"], essentialServicesUses: ["creditworthiness"] }, undefined, DEPLOYER)
        .facets.friaRequired,
    ).toBe(true);
  });
  it("an ordinary private employer does not, nor the provider", () => {
    const hr: TSystemProfile = { annex3Areas: ["employment"], employmentUses: ["performance_monitoring"] };
    expect(run(hr, undefined, DEPLOYER).facets.friaRequired).toBe(false);
    expect(run({ ...hr, deployerEntityType: "public_law_body" }).facets.friaRequired).toBe(false);
  });
});

describe("4. Emotion recognition splits three ways", () => {
  it("prohibited at work, including recruitment", () => {
    expect(
      tier({ emotionInference: "biometric_emotions", emotionSettings: ["recruitment"], emotionMedicalOrSafety: false }),
    ).toBe("prohibited");
  });
  it("high-risk 1(c) plus Art 50(3) elsewhere", () => {
    const r = run({ emotionInference: "biometric_emotions", emotionSettings: ["other"] }, undefined, DEPLOYER);
    expect(r.tier).toBe("high");
    expect(r.facets.art50.map((f) => f.paragraph)).toEqual(["50(3)"]);
  });
  it("not emotion recognition from text or for fatigue", () => {
    expect(tier({ emotionInference: "text_sentiment" })).toBe("minimal");
    expect(tier({ emotionInference: "physical_states_only" })).toBe("minimal");
  });
});

describe("5. Art 5(1)(h) is about law-enforcement use only", () => {
  it("private real-time face recognition is Annex III 1(a), with the GDPR question flagged", () => {
    const r = run({
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: false,
    });
    expect(r.facets.highRisk?.annexPoints).toEqual(["Annex III 1(a)"]);
    expect(codes(r)).toContain("annex3.contested.privateRbiPermitted");
  });
});

describe("6. Art 50 is cumulative and role-specific", () => {
  it("the editorial exception removes only the text duty", () => {
    const r = run(
      {
        syntheticContent: ["text", "video"],
        syntheticContentExemption: "none",
        publishesPublicInterestText: true,
        humanEditorialResponsibility: true,
        publishesDeepFakes: true,
        deepFakeArtistic: false,
      },
      undefined,
      DEPLOYER,
    );
    expect(r.facets.art50.map((f) => f.paragraph)).toEqual(["50(4) deep fake"]);
  });
  it("purely personal users owe nothing", () => {
    expect(
      tier({ personalNonProfessionalUse: true, syntheticContent: ["image"], publishesDeepFakes: true }, DEPLOYER),
    ).toBe("out_of_scope");
  });
});

describe("7. Dates after the Omnibus", () => {
  const HR: TSystemProfile = { annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] };
  it("Annex III duties are not yet applicable in 2026, but the system is already high-risk", () => {
    const r = run(HR, "2026-11-22");
    expect(r.tier).toBe("high");
    expect(
      r.obligations
        .filter((o) => o.code.startsWith("hr."))
        .every((o) => !o.appliesNow && o.appliesFrom === "2027-12-02"),
    ).toBe(true);
    expect(r.obligations.find((o) => o.code === "general.ai_literacy")!.appliesNow).toBe(true);
  });
  it("GPAI duties have applied since 2 Aug 2025", () => {
    expect(run({}, "2025-09-01", MODEL).obligations.every((o) => o.appliesNow)).toBe(true);
  });
});

describe("8. Roles are per system and can flip", () => {
  it("building on an LLM API under your own brand makes you an AI-system provider, not a GPAI provider", () => {
    const r = run({ builtOnThirdPartyGpai: true, interactsWithPersons: true, aiObvious: false });
    expect(r.roles).toEqual(["provider"]);
    expect(r.facets.gpai).toBeNull();
  });
  it("repurposing a general-purpose system for CV screening makes the deployer a provider", () => {
    const r = run(
      {
        annex3Areas: ["employment"],
        employmentUses: ["recruitment_selection"],
        art25Actions: ["changed_intended_purpose"],
      },
      undefined,
      DEPLOYER,
    );
    expect(r.roles).toContain("provider");
  });
});

describe("9. GPAI thresholds and open-source limits", () => {
  it("a large but specialised model is not GPAI", () => {
    expect(tier({ modelGenerality: false, trainingComputeFlop: 5e24 }, MODEL)).toBe("out_of_scope");
  });
  it("open-source releases still owe the copyright policy and training summary", () => {
    expect(run({ modelOpenSource: true, modelMonetised: false }, undefined, MODEL).facets.gpai?.duties).toEqual([
      "53(1)(c)",
      "53(1)(d)",
    ]);
  });
});

describe("10. Annex I after the Omnibus", () => {
  it("both conditions are required", () => {
    expect(
      tier({ annex1Legislation: ["toys"], annex1Function: "safety_component", thirdPartyAssessment: ["not_required"] }),
    ).toBe("minimal");
  });
  it("machinery is Section B now", () => {
    expect(
      run({
        annex1Legislation: ["machinery"],
        annex1Function: "safety_component",
        thirdPartyAssessment: ["health_safety"],
      }).facets.highRisk?.routes,
    ).toEqual(["annex1_section_b"]);
  });
  it("the baseline stays minimal", () => expect(tier(BASE)).toBe("minimal"));
});
