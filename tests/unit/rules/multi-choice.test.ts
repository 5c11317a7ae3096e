import { describe, expect, it } from "vitest";
import { applicableQuestions, readStoredProfile, ZSystemProfile, type TSystemProfile } from "@/lib/rules";
import { QUESTIONS_BY_ID } from "@/lib/rules/questionnaire";
import { one } from "../../helpers/expect-defined";
import { BASE, codes, run } from "./helpers";

const SAFETY: TSystemProfile = { annex1Function: "safety_component", thirdPartyAssessment: ["health_safety"] };
const finding = (r: ReturnType<typeof run>, code: string) => r.findings.filter((f) => f.code === code);
const shown = (p: TSystemProfile) => applicableQuestions(p).map((q) => q.id);

describe("questions where several answers can be true are multiple choice", () => {
  it.each(["annex1Legislation", "thirdPartyAssessment", "socialScoreConsequence"] as const)(
    "%s is asked as multi",
    (id) => {
      expect(QUESTIONS_BY_ID.get(id)!.type).toBe("multi");
    },
  );

  // Runs, drafts, organisation exports and API clients from before hold one code as a string.
  it("a profile stored with one string per question still parses, as a one-element list", () => {
    const stored = {
      annex1Legislation: "medical_devices",
      thirdPartyAssessment: "health_safety",
      socialScoreConsequence: "disproportionate_treatment",
    };
    expect(ZSystemProfile.parse(stored)).toEqual({
      annex1Legislation: ["medical_devices"],
      thirdPartyAssessment: ["health_safety"],
      socialScoreConsequence: ["disproportionate_treatment"],
    });
    expect(readStoredProfile(stored)).toEqual(ZSystemProfile.parse(stored));
  });

  it("an unknown code is still refused, as a string or in a list, and a blank stays blank", () => {
    expect(ZSystemProfile.safeParse({ annex1Legislation: "spaceships" }).success).toBe(false);
    expect(ZSystemProfile.safeParse({ thirdPartyAssessment: ["health_safety", 3] }).success).toBe(false);
    expect(ZSystemProfile.parse({})).toEqual({});
  });

  it("a stored profile that no longer parses is read back as stored, never dropped", () => {
    const stored = { annex1Legislation: "spaceships", establishedInEu: true };
    expect(readStoredProfile(stored)).toBe(stored);
  });

  it("the engine reads an old stored string the same as the list it becomes", () => {
    const old = ZSystemProfile.parse({
      ...BASE,
      ...SAFETY,
      annex1Legislation: "medical_devices",
      thirdPartyAssessment: "health_safety",
    });
    expect(run(old).facets.highRisk?.annexPoints).toEqual(["Annex I Section A point 11"]);
  });
});

describe("several product laws (Annex I)", () => {
  it("two Section A laws: both are listed, the first point leads", () => {
    const r = run({ ...SAFETY, annex1Legislation: ["radio_equipment", "medical_devices"] });
    expect(r.tier).toBe("high");
    expect(r.facets.highRisk?.routes).toEqual(["annex1_section_a"]);
    expect(r.facets.highRisk?.annexPoints).toEqual(["Annex I Section A point 6", "Annex I Section A point 11"]);
    expect(finding(r, "annex1.section_a").map((f) => f.reason)).toEqual([
      expect.stringContaining("point 6"),
      expect.stringContaining("point 11"),
    ]);
    expect(one(finding(r, "annex1.several_laws"), 0, "annex1.several_laws finding").reason).toContain(
      "Annex I Section A point 6; Annex I Section A point 11",
    );
  });

  it("Section A and Section B: the stricter Section A route wins, whatever the order chosen, and both are listed", () => {
    for (const laws of [
      ["machinery", "medical_devices"],
      ["medical_devices", "machinery"],
    ] as const) {
      const r = run({ ...SAFETY, annex1Legislation: [...laws] });
      expect(r.facets.highRisk?.routes).toEqual(["annex1_section_a"]);
      // Every point is listed, the leading one first; the route is the stricter one.
      expect(r.facets.highRisk?.annexPoints).toEqual(["Annex I Section A point 11", "Annex I Section B point 21"]);
      expect(codes(r)).toEqual(expect.arrayContaining(["annex1.section_a", "annex1.section_b", "annex1.several_laws"]));
      expect(codes(r)).not.toContain("annex1.section_b_only");
      expect(r.obligations.map((o) => o.code)).toContain("hr.conformity_assessment");
    }
  });

  it("'none' or no law chosen leaves Annex I out and asks no follow-up", () => {
    for (const annex1Legislation of [["none"], []] as TSystemProfile["annex1Legislation"][]) {
      const r = run({ annex1Legislation });
      expect(r.facets.highRisk).toBeNull();
      expect(r.openQuestions.map((q) => q.questionId)).not.toContain("annex1Function");
    }
  });

  it("the follow-ups show once any product law is chosen, and stay hidden for 'none'", () => {
    expect(shown({ ...BASE, annex1Legislation: ["none"] })).not.toContain("thirdPartyAssessment");
    expect(shown({ ...BASE, annex1Legislation: ["lifts", "radio_equipment"] })).toEqual(
      expect.arrayContaining(["annex1Function", "thirdPartyAssessment"]),
    );
  });
});

describe("several conformity assessments (Art 6(1)(b), 6(1c))", () => {
  const law: TSystemProfile = {
    annex1Legislation: ["radio_equipment", "medical_devices"],
    annex1Function: "safety_component",
  };
  it("one covering health and safety meets condition (b) even next to self-assessment", () => {
    expect(run({ ...law, thirdPartyAssessment: ["not_required", "health_safety"] }).tier).toBe("high");
  });

  it("spectrum-only next to cybersecurity reaches the disputed RED reading, flagged for review", () => {
    const r = run({ ...law, thirdPartyAssessment: ["non_safety_only", "cybersecurity_privacy"] });
    expect(r.tier).toBe("high");
    expect(codes(r)).toContain("annex1.contested.redCybersecurity");
  });

  it("spectrum-only and self-assessment: condition (b) is not met (Art 6(1c))", () => {
    const r = run({ ...law, thirdPartyAssessment: ["non_safety_only", "not_required"] });
    expect(r.tier).toBe("minimal");
    expect(codes(r)).toContain("annex1.non_safety_assessment");
  });

  it("none of them chosen reads as no third-party assessment", () => {
    const r = run({ ...law, thirdPartyAssessment: [] });
    expect(r.tier).toBe("minimal");
    expect(codes(r)).toContain("annex1.no_third_party");
  });
});

describe("several consequences of a social score (Art 5(1)(c))", () => {
  it("any banned consequence bans it", () => {
    const r = run({
      socialScoring: true,
      socialScoreConsequence: ["unrelated_context_detriment", "disproportionate_treatment"],
    });
    expect(r.tier).toBe("prohibited");
    expect(r.facets.prohibitedPractices.map((p) => p.point)).toEqual(["5(1)(c)"]);
  });

  it("a banned consequence next to 'only lawful' still bans, and the clash is named", () => {
    const r = run({
      socialScoring: true,
      socialScoreConsequence: ["lawful_purpose_specific", "disproportionate_treatment"],
    });
    expect(r.tier).toBe("prohibited");
    expect(r.contradictions.map((c) => c.id)).toEqual(["social_score_lawful_only_with_detriment"]);
  });

  it("only a lawful, purpose-specific evaluation is not social scoring", () => {
    const r = run({ socialScoring: true, socialScoreConsequence: ["lawful_purpose_specific"] });
    expect(r.tier).toBe("minimal");
    expect(codes(r)).toContain("prohibited.c_near_miss");
  });
});
