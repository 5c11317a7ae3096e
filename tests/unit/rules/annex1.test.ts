import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { one } from "../../helpers/expect-defined";
import { codes, obligationCodes, run } from "./helpers";

const SAFETY: TSystemProfile = { annex1Function: "safety_component", thirdPartyAssessment: ["health_safety"] };

describe("Art 6(1) with Annex I", () => {
  it.each([
    ["toys", "Annex I Section A point 2"],
    ["lifts", "Annex I Section A point 4"],
    ["medical_devices", "Annex I Section A point 11"],
    ["in_vitro_diagnostics", "Annex I Section A point 12"],
  ] as const)("Section A: %s is high-risk with the full Chapter III from 2 Aug 2028", (annex1Legislation, point) => {
    const r = run({ ...SAFETY, annex1Legislation: [annex1Legislation] });
    expect(r.tier).toBe("high");
    expect(r.facets.highRisk).toEqual({
      routes: ["annex1_section_a"],
      annexPoints: [point],
      appliesFrom: "2028-08-02",
      legacy: false,
    });
    expect(obligationCodes(r)).toContain("provider:hr.conformity_assessment");
    expect(r.obligations.find((o) => o.code === "hr.conformity_assessment")!.article).toBe("Art 43(3)");
    expect(r.facets.registrationRequired).toBe(false);
  });

  it.each(["machinery", "motor_vehicles", "civil_aviation_security", "unmanned_aircraft", "rail"] as const)(
    "Section B: %s is high-risk but only Art 6(1), 60a and 102-112 apply",
    (annex1Legislation) => {
      const r = run({
        ...SAFETY,
        annex1Legislation: [annex1Legislation],
        interactsWithPersons: true,
        aiObvious: false,
      });
      expect(r.tier).toBe("high");
      expect(r.facets.highRisk?.routes).toEqual(["annex1_section_b"]);
      expect(obligationCodes(r)).toEqual(["provider:sectoral.annex1_section_b"]);
      expect(r.facets.art50).toEqual([]);
      expect(codes(r)).toContain("annex1.section_b_only");
    },
  );

  it("machinery moved to Section B point 21", () => {
    expect(run({ ...SAFETY, annex1Legislation: ["machinery"] }).facets.highRisk?.annexPoints).toEqual([
      "Annex I Section B point 21",
    ]);
  });

  it("a product that is itself regulated counts like a safety component", () => {
    expect(run({ ...SAFETY, annex1Legislation: ["medical_devices"], annex1Function: "product_itself" }).tier).toBe(
      "high",
    );
  });

  it("Art 6(1a): non-safety aspects only are not a safety component", () => {
    const r = run({
      ...SAFETY,
      annex1Legislation: ["lifts"],
      annex1Function: "non_safety_only",
      failureEndangersHealthSafety: false,
    });
    expect(r.tier).toBe("minimal");
    expect(codes(r)).toContain("annex1.non_safety_aspects");
  });

  it("Art 6(1b): failure that endangers health makes it a safety component anyway", () => {
    const r = run({
      ...SAFETY,
      annex1Legislation: ["lifts"],
      annex1Function: "non_safety_only",
      failureEndangersHealthSafety: true,
    });
    expect(r.tier).toBe("high");
    expect(codes(r)).toContain("annex1.failure_endangers");
  });

  it("Art 6(1c): third-party assessment only for spectrum or EMC does not count", () => {
    const r = run({ ...SAFETY, annex1Legislation: ["radio_equipment"], thirdPartyAssessment: ["non_safety_only"] });
    expect(r.tier).toBe("minimal");
    expect(codes(r)).toContain("annex1.non_safety_assessment");
  });

  it("Art 6(1)(b): no third-party assessment, no Annex I route", () => {
    expect(codes(run({ ...SAFETY, annex1Legislation: ["toys"], thirdPartyAssessment: ["not_required"] }))).toContain(
      "annex1.no_third_party",
    );
  });

  it("RED with cybersecurity-driven notified-body involvement is contested and treated as high-risk", () => {
    const r = run({
      ...SAFETY,
      annex1Legislation: ["radio_equipment"],
      thirdPartyAssessment: ["cybersecurity_privacy"],
    });
    expect(r.tier).toBe("high");
    expect(r.disposition).toBe("requires_review");
  });

  it("missing Annex I answers are asked, not assumed", () => {
    const r = run({ annex1Legislation: ["toys"] });
    expect(r.tier).toBe("minimal");
    expect(r.openQuestions.map((q) => q.questionId)).toEqual(["annex1Function", "thirdPartyAssessment"]);
    const next = run({
      annex1Legislation: ["toys"],
      annex1Function: "non_safety_only",
      thirdPartyAssessment: ["health_safety"],
    });
    expect(one(next.openQuestions, 0, "open question").questionId).toBe("failureEndangersHealthSafety");
  });

  it("Art 25(3): a product manufacturer of a Section A product becomes the provider", () => {
    const r = run({ ...SAFETY, annex1Legislation: ["toys"], activities: ["integrates_into_own_product"] });
    expect(r.roles).toEqual(["product_manufacturer", "provider"]);
    expect(codes(r)).toContain("roles.product_manufacturer_provider");
  });

  it("Annex I Section A and Annex III together: the sectoral procedure applies, Annex III dates lead", () => {
    const r = run({
      ...SAFETY,
      annex1Legislation: ["medical_devices"],
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["emergency_triage"],
    });
    expect(r.facets.highRisk).toMatchObject({ routes: ["annex1_section_a", "annex3"], appliesFrom: "2027-12-02" });
    expect(r.obligations.find((o) => o.code === "hr.conformity_assessment")!.article).toBe("Art 43(3)");
  });
});
