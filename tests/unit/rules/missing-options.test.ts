import { describe, expect, it } from "vitest";
import { applicableQuestions, type TSystemProfile } from "@/lib/rules";
import { BASE, DEPLOYER, codes, questionIds, run } from "./helpers";

const reason = (r: ReturnType<typeof run>, code: string) => r.findings.find((f) => f.code === code)?.reason;
const INDIVIDUAL: TSystemProfile = { ...DEPLOYER, deployerEntityType: "natural_person" };

describe("a private individual as the user (Art 2(10), Art 3(4))", () => {
  it("purely personal use: not a deployer, so the Act does not reach them", () => {
    const r = run({ personalNonProfessionalUse: true }, undefined, INDIVIDUAL);
    expect(r.tier).toBe("out_of_scope");
    expect(codes(r)).toContain("exclusions.personal_use");
    expect(r.contradictions).toEqual([]);
  });

  it("professional use by a private individual makes them a deployer, and says why", () => {
    const r = run({ personalNonProfessionalUse: false }, undefined, INDIVIDUAL);
    expect(r.roles).toEqual(["deployer"]);
    expect(reason(r, "roles.deployer")).toMatch(/private individual.*professional/);
  });

  it("a private individual deploying a high-risk system owes no FRIA (not a public body or public service)", () => {
    const r = run({ annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] }, undefined, INDIVIDUAL);
    expect(r.tier).toBe("high");
    expect(r.facets.friaRequired).toBe(false);
    expect(reason(r, "deployer_duties.no_fria")).toContain("private individual");
  });

  it("an organisation cannot use it personally: the clash is named and holds the result open", () => {
    const r = run({ personalNonProfessionalUse: true }, undefined, DEPLOYER);
    expect(r.contradictions.map((c) => c.id)).toEqual(["personal_use_by_organisation"]);
    expect(r.disposition).toBe("undetermined");
  });
});

describe("military or defence users (Art 2(3): 'exclusively', whatever the entity)", () => {
  it("armed forces as users, exclusively military purposes: excluded", () => {
    const r = run({ intendedUsers: ["military_defence"], militaryUse: "exclusively" });
    expect(r.tier).toBe("out_of_scope");
    expect(codes(r)).toContain("exclusions.military");
  });

  it("armed forces as users for other purposes: in scope, with the reason", () => {
    const r = run({ intendedUsers: ["military_defence"], militaryUse: "no" });
    expect(r.inScope).toBe(true);
    expect(reason(r, "exclusions.military_user_in_scope")).toMatch(/purpose, whatever the entity/);
  });

  it("the users alone never decide the exclusion: with the purpose open, that question stays open", () => {
    const r = run({ intendedUsers: ["military_defence"], militaryUse: undefined });
    expect(codes(r)).not.toContain("exclusions.military_user_in_scope");
    expect(r.openQuestions.find((q) => q.questionId === "militaryUse")?.decides).toBe("scope");
  });

  it("a defence body is a public authority: benefits eligibility run for it is Annex III 5(a)", () => {
    const r = run({
      intendedUsers: ["military_defence"],
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["public_benefits_eligibility"],
    });
    expect(r.facets.highRisk?.annexPoints).toEqual(["Annex III 5(a)"]);
  });

  it("and a legacy system used by it has the public-authority deadline (Art 111(2))", () => {
    const r = run({
      intendedUsers: ["military_defence"],
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["public_benefits_eligibility"],
      alreadyOnMarket: true,
      placedOnMarketDate: "2026-01-01",
      significantDesignChange: false,
    });
    expect(codes(r)).toContain("dates.legacy_public_authority");
  });
});

describe("emotions or intentions inferred from behaviour, not biometric data (Art 3(39))", () => {
  it("is not emotion recognition: no Art 5(1)(f) ban in education, no Annex III 1(c), no Art 50(3)", () => {
    const r = run({
      emotionInference: "behavioural_emotions",
      activities: ["develops", "uses"],
      annex3Areas: ["education"],
      educationUses: ["other_support"],
    });
    expect(r.tier).toBe("minimal");
    expect(r.facets.prohibitedPractices).toEqual([]);
    expect(r.facets.art50.map((a) => a.paragraph)).not.toContain("50(3)");
    expect(reason(r, "prohibited.f_not_emotion_recognition")).toMatch(/biometric data.*behaviour/);
    expect(r.findings.find((f) => f.code === "prohibited.f_not_emotion_recognition")?.citation).toContain("Art 3(39)");
  });

  it("asks no follow-up about where the emotion detection is used", () => {
    expect(applicableQuestions({ ...BASE, emotionInference: "behavioural_emotions" }).map((q) => q.id)).not.toContain(
      "emotionSettings",
    );
  });
});

describe("attention monitoring in education (Annex III 3(d); Art 5(1)(f))", () => {
  const ATTENTION: TSystemProfile = {
    annex3Areas: ["education"],
    educationUses: ["attention_monitoring"],
    educationBodyType: "education_institution",
  };

  it("is not proctoring: 3(d) covers prohibited behaviour during tests, and the finding says what decides", () => {
    const r = run(ATTENTION);
    expect(r.facets.highRisk).toBeNull();
    const near = r.findings.find((f) => f.code === "annex3.near_miss")!;
    expect(near.reason).toMatch(/not Annex III 3\(d\).*emotion question decides/);
    expect(near.citation).toBe("Annex III 3(d); Art 3(39); Art 5(1)(f); recital 18");
  });

  it("read as emotions from students' faces in an education institution, it is banned", () => {
    const r = run({
      ...ATTENTION,
      emotionInference: "biometric_emotions",
      emotionSettings: ["education"],
      emotionMedicalOrSafety: false,
    });
    expect(r.tier).toBe("prohibited");
    expect(r.facets.prohibitedPractices.map((p) => p.point)).toEqual(["5(1)(f)"]);
  });

  it("detecting only drowsiness is a physical state: neither banned nor high-risk", () => {
    const r = run({ ...ATTENTION, emotionInference: "physical_states_only" });
    expect(r.tier).toBe("minimal");
  });
});

describe("police identification of a person from a description (Annex III 6)", () => {
  const DESCRIPTION: TSystemProfile = {
    intendedUsers: ["law_enforcement"],
    annex3Areas: ["law_enforcement"],
    lawEnforcementUses: ["identify_from_description"],
  };

  it("ranking people against it by profiling them is Annex III 6(e)", () => {
    const r = run({ ...DESCRIPTION, performsProfiling: true });
    expect(r.tier).toBe("high");
    expect(r.facets.highRisk?.annexPoints).toEqual(["Annex III 6(e)"]);
  });

  it("without profiling it is neither biometric identification nor any Annex III 6 point", () => {
    const r = run({ ...DESCRIPTION, performsProfiling: false });
    expect(r.tier).toBe("minimal");
    expect(reason(r, "annex3.6_description_no_profiling")).toMatch(/no biometric data.*none of the Annex III 6 points/);
  });

  it("with profiling unanswered the result is not determined yet, could be high-risk, and the question is shown", () => {
    const r = run(DESCRIPTION);
    expect(r.disposition).toBe("undetermined");
    expect(r.possibleTier).toBe("high");
    expect(questionIds(r)).toContain("performsProfiling");
    expect(applicableQuestions({ ...BASE, ...DESCRIPTION }).map((q) => q.id)).toContain("performsProfiling");
  });

  it("outside law enforcement's use it is not Annex III 6", () => {
    const r = run({ ...DESCRIPTION, intendedUsers: ["private_entity"], performsProfiling: true });
    expect(r.facets.highRisk).toBeNull();
  });
});
