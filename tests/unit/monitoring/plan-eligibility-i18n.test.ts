import { describe, expect, it } from "vitest";
import { planEligibility } from "@/lib/dal/monitoring/plans";
import { validationText } from "@/lib/validations/i18n";

// Why a system needs no post-market monitoring plan is shown on its Monitoring tab and refused when saving a plan:
// each reason reads in German and French, with the glossary's terms.
const CASES = [
  { tier: null, roles: [] },
  { tier: "LIMITED", roles: ["provider"] },
  { tier: "HIGH", roles: ["deployer"] },
];

describe("the monitoring plan's eligibility reasons", () => {
  it.each(CASES)("are translated for %j", (system) => {
    const eligibility = planEligibility(system);
    expect(eligibility.eligible).toBe(false);
    const english = eligibility.eligible ? "" : eligibility.reason;
    const de = validationText("de", english);
    const fr = validationText("fr", english);
    expect(de).not.toBe(english);
    expect(fr).not.toBe(english);
    expect(de).toMatch(/Hochrisiko-KI-System|Anbieter/);
    expect(fr).toMatch(/systèmes d'IA à haut risque|fournisseur/);
  });

  it("needs no reason for a provider's high-risk system", () => {
    expect(planEligibility({ tier: "HIGH", roles: ["provider"] })).toEqual({ eligible: true });
  });
});
