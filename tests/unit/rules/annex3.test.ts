import { describe, expect, it } from "vitest";
import { MATCHES, NEAR_MISSES } from "./annex3-cases";
import { codes, run } from "./helpers";

describe("Art 6(2) with Annex III: sub-point match", () => {
  it.each(MATCHES)("%s is high-risk under Annex III %s", (_name, profile, point) => {
    const r = run(profile);
    expect(r.tier).toBe("high");
    expect(r.facets.highRisk).toMatchObject({
      routes: ["annex3"],
      annexPoints: [`Annex III ${point}`],
      appliesFrom: "2027-12-02",
    });
  });

  it.each(NEAR_MISSES)("%s is not high-risk", (_name, profile, code) => {
    const r = run(profile);
    expect(r.tier).not.toBe("high");
    expect(codes(r)).toContain(code);
  });

  it("sex or age estimation is contested and treated as 1(b)", () => {
    const r = run({
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["age"],
      biometricCategorisationContext: "other",
    });
    expect(r.facets.highRisk?.annexPoints).toEqual(["Annex III 1(b)"]);
    expect(codes(r)).toContain("annex3.contested.sexAgeCategorisation");
  });

  it("certification bodies are contested and treated as education institutions", () => {
    const r = run({
      annex3Areas: ["education"],
      educationUses: ["learning_outcomes"],
      educationBodyType: "certification_body",
    });
    expect(r.tier).toBe("high");
    expect(r.disposition).toBe("requires_review");
  });

  it("a system matching several sub-points lists each once", () => {
    const r = run({
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection", "cv_parsing", "performance_monitoring"],
    });
    expect(r.facets.highRisk?.annexPoints).toEqual(["Annex III 4(a)", "Annex III 4(b)"]);
  });

  it("unanswered authority users do not rule a match out", () => {
    const r = run({ annex3Areas: ["migration"], migrationUses: ["risk_assessment"], intendedUsers: undefined });
    expect(r.tier).toBe("high");
    expect(r.openQuestions.map((q) => q.questionId)).toContain("intendedUsers");
  });

  it("unanswered use questions are asked, one per area", () => {
    const r = run({ annex3Areas: ["education", "justice_democracy"], annex1Legislation: undefined });
    expect(r.openQuestions.map((q) => q.questionId)).toEqual(["annex1Legislation", "educationUses", "justiceUses"]);
  });

  it("unanswered Annex III areas are asked", () => {
    expect(run({ annex3Areas: undefined }).openQuestions.map((q) => q.questionId)).toEqual(["annex3Areas"]);
  });
});
