import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { codes, run } from "./helpers";

// Issue #15 item 6, point 4. Art 6(4): a provider relying on the Art 6(3) derogation documents its assessment and
// "is subject to registration under Art 49(2)"; the Omnibus (Reg (EU) 2026/1744) kept both (fact sheet §4.3, §9.1
// "Not changed", §14 rule 2). Both belong to Chapter III Sections 1-3 for Annex III systems, from 2 Dec 2027
// (Art 113(c)(i) as amended, fact sheet §9.2).
const DEROGATED: TSystemProfile = {
  annex3Areas: ["employment"],
  employmentUses: ["recruitment_selection"],
  derogationConditions: ["preparatory_task"],
  performsProfiling: false,
  derogationStatus: "documented_and_reviewed",
};
const SECTION_A_SAFETY: TSystemProfile = {
  annex1Legislation: ["medical_devices"],
  annex1Function: "safety_component",
  thirdPartyAssessment: ["health_safety"],
};
const LEGACY: TSystemProfile = {
  alreadyOnMarket: true,
  placedOnMarketDate: "2025-01-01",
  significantDesignChange: false,
  annexXLargeScaleSystem: false,
};

const registration = (p: TSystemProfile) =>
  run({ ...DEROGATED, ...p }).obligations.find((o) => o.code === "derogation.register");

describe("Art 6(3) derogation keeps the Art 49(2) registration, with its article and date", () => {
  it("a derogated Annex III system: Art 49(2) from 2 Dec 2027", () => {
    expect(registration({})).toMatchObject({
      role: "provider",
      article: "Art 49(2); Annex VIII Section B",
      appliesFrom: "2027-12-02",
      blocking: true,
    });
  });

  it("in an Annex I Section A product, the Annex III derogation is still dated by Annex III (2 Dec 2027), not by the Annex I date", () => {
    const r = run({ ...DEROGATED, ...SECTION_A_SAFETY });
    expect(r.tier).toBe("high");
    expect(r.facets.registrationBasis).toEqual(["Art 49(2)"]);
    expect(r.obligations.find((o) => o.code === "derogation.register")).toMatchObject({
      article: "Art 49(2); Annex VIII Section B",
      appliesFrom: "2027-12-02",
    });
    expect(r.obligations.find((o) => o.code === "derogation.document_assessment")!.appliesFrom).toBe("2027-12-02");
    // The Annex I duties themselves keep their own date.
    expect(r.obligations.find((o) => o.code === "hr.risk_management")!.appliesFrom).toBe("2028-08-02");
  });

  it("an Art 111(2) legacy Annex I product loses its high-risk duties, not the registration of its Annex III derogation", () => {
    const r = run({ ...DEROGATED, ...SECTION_A_SAFETY, ...LEGACY });
    expect(r.facets.highRisk?.legacy).toBe(true);
    expect(r.obligations.map((o) => o.code)).not.toContain("hr.risk_management");
    expect(r.obligations.find((o) => o.code === "derogation.register")).toMatchObject({
      article: "Art 49(2); Annex VIII Section B",
      appliesFrom: "2027-12-02",
    });
  });

  it("an open-source Annex III system relying on Art 6(3) keeps Art 6(4) and Art 49(2): the open-source exclusion does not lift a filed non-high-risk position (Art 2(12))", () => {
    const r = run({ ...DEROGATED, freeOpenSourceLicence: true });
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe("minimal");
    expect(r.facets.registrationBasis).toEqual(["Art 49(2)"]);
    expect(r.obligations.find((o) => o.code === "derogation.register")).toMatchObject({
      article: "Art 49(2); Annex VIII Section B",
      appliesFrom: "2027-12-02",
    });
    expect(codes(r)).toContain("exclusions.open_source_derogation");
  });

  it("an open-source system with no Annex III use stays excluded", () => {
    expect(run({ freeOpenSourceLicence: true }).tier).toBe("out_of_scope");
  });
});
