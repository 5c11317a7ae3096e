import { describe, expect, it } from "vitest";
import type { ClassificationResult, Role, TSystemProfile } from "@/lib/rules";
import { codes, DEPLOYER, MODEL, obligationCodes, run } from "./helpers";

const RECRUITMENT: TSystemProfile = { annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] };
const TOY_SAFETY: TSystemProfile = {
  annex1Legislation: ["toys"],
  annex1Function: "safety_component",
  thirdPartyAssessment: ["health_safety"],
};
const GENERIC_PROVIDER_REASON = /You develop the system/;

const finding = (r: ClassificationResult, code: string) => r.findings.find((f) => f.code === code);

/** A role is explained by its own finding; the provider role may instead come from an Art 25 flip. */
function explains(r: ClassificationResult, role: Role): boolean {
  return r.findings.some(
    (f) =>
      f.gate === "roles" &&
      f.outcome === "applies" &&
      (f.code === `roles.${role}` ||
        (role === "provider" &&
          (f.code.startsWith("roles.art25.") || f.code === "roles.product_manufacturer_provider"))),
  );
}

describe("every role the result carries has a finding with reason and citation", () => {
  it.each<[Role, TSystemProfile, string]>([
    ["provider", { activities: ["develops", "markets_under_own_name"] }, "Art 3(3)"],
    ["deployer", { activities: ["uses"], personalNonProfessionalUse: false }, "Art 3(4)"],
    ["importer", { activities: ["imports"] }, "Art 23"],
    ["distributor", { activities: ["distributes"] }, "Art 24"],
    ["authorised_representative", { activities: ["authorised_representative"] }, "Art 22"],
    ["product_manufacturer", { activities: ["integrates_into_own_product"] }, "Art 25(3)"],
  ])("%s", (role, overrides, citation) => {
    for (const r of [run({ ...overrides }), run({ ...RECRUITMENT, art25Actions: [], ...overrides })]) {
      expect(r.roles).toContain(role);
      const f = finding(r, `roles.${role}`)!;
      expect(f).toMatchObject({ gate: "roles", outcome: "applies" });
      expect(f.citation).toContain(citation);
      expect(f.reason.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ["importer", "Art 3(6)"],
    ["distributor", "Art 3(7)"],
    ["authorised_representative", "Art 3(5)"],
  ] as const)("the %s finding cites its definition too", (role, definition) => {
    const activity = role === "importer" ? "imports" : role === "distributor" ? "distributes" : role;
    expect(finding(run({ activities: [activity] }), `roles.${role}`)!.citation).toContain(definition);
  });

  it("an authorised representative of a non-EU GPAI model provider is explained with Art 54", () => {
    const r = run({ activities: ["authorised_representative"] }, undefined, MODEL);
    expect(r.roles).toContain("authorised_representative");
    expect(finding(r, "roles.authorised_representative")!.citation).toContain("Art 54");
  });

  it.each<[TSystemProfile, TSystemProfile]>([
    [{ activities: ["develops", "markets_under_own_name", "uses", "imports", "distributes"] }, DEPLOYER],
    [{ ...TOY_SAFETY, activities: ["integrates_into_own_product", "uses"] }, DEPLOYER],
    [{ ...RECRUITMENT, activities: ["uses", "distributes"], art25Actions: ["substantial_modification"] }, DEPLOYER],
    [{ activities: ["authorised_representative", "develops", "markets_under_own_name"] }, MODEL],
  ])("all roles of a combined profile are explained (%#)", (overrides, base) => {
    const r = run({ personalNonProfessionalUse: false, ...overrides }, undefined, base);
    expect(r.roles.length).toBeGreaterThan(1);
    for (const role of r.roles) expect(explains(r, role), role).toBe(true);
  });
});

describe("the provider finding says why", () => {
  it.each([
    [["develops", "markets_under_own_name"], /develop.*under your own name/, /own use/],
    [["markets_under_own_name"], /have the system developed by others.*under your own name/, /^You develop/],
    [["develops", "uses"], /own use/, /place it on the market/],
  ] as const)("%j", (activities, reason, notReason) => {
    const f = finding(run({ activities: [...activities], personalNonProfessionalUse: false }), "roles.provider")!;
    expect(f.reason).toMatch(reason);
    expect(f.reason).not.toMatch(notReason);
    expect(f.citation).toContain("Art 3(3)");
  });

  it("own use cites putting into service for own use", () => {
    expect(
      finding(run({ activities: ["develops", "uses"], personalNonProfessionalUse: false }), "roles.provider")!.citation,
    ).toContain("Art 3(11)");
  });
});

describe("each Art 25(1) flip has its own finding", () => {
  it.each([
    [
      "own_name_on_high_risk",
      "Art 25(1)(a)",
      /because you put your name or trademark on a high-risk system already on the market/,
    ],
    [
      "substantial_modification",
      "Art 25(1)(b)",
      /because you made a substantial modification to a high-risk system that remains high-risk/,
    ],
    [
      "changed_intended_purpose",
      "Art 25(1)(c)",
      /because you changed the intended purpose of a system \(including a general-purpose AI system\) so that it is high-risk/,
    ],
  ] as const)("%s", (action, citation, reason) => {
    const r = run({ ...RECRUITMENT, art25Actions: [action] }, undefined, DEPLOYER);
    const f = finding(r, `roles.art25.${action}`)!;
    expect(f.reason).toMatch(/^You become the provider because/);
    expect(f.reason).toMatch(reason);
    expect(f.citation).toBe(citation);
    expect(r.findings.some((x) => GENERIC_PROVIDER_REASON.test(x.reason))).toBe(false);
  });

  it("a deployer that also ticked 'under our own name' is explained by the flip, not by developing", () => {
    const profile: TSystemProfile = { ...RECRUITMENT, activities: ["uses", "markets_under_own_name"] };
    const flipped = run({ ...profile, art25Actions: ["own_name_on_high_risk"] }, undefined, DEPLOYER);
    expect(codes(flipped)).toEqual(
      expect.arrayContaining(["roles.art25.own_name_on_high_risk", "roles.art25_cooperation"]),
    );
    expect(codes(flipped)).not.toContain("roles.provider");
    expect(flipped.findings.some((x) => GENERIC_PROVIDER_REASON.test(x.reason))).toBe(false);
    // Only the explanation changes: roles, tier, obligations and disposition are those without the answer.
    const plain = run(profile, undefined, DEPLOYER);
    expect(flipped.roles).toEqual(plain.roles);
    expect(flipped.tier).toBe(plain.tier);
    expect(flipped.disposition).toBe(plain.disposition);
    expect(obligationCodes(flipped)).toEqual(obligationCodes(plain));
  });

  it("no flip for a system that is not high-risk: the Art 3(3) reason stays", () => {
    const r = run(
      { activities: ["uses", "markets_under_own_name"], art25Actions: ["own_name_on_high_risk"] },
      undefined,
      DEPLOYER,
    );
    expect(codes(r)).toContain("roles.provider");
    expect(codes(r).some((c) => c.startsWith("roles.art25"))).toBe(false);
  });
});

// Found by the conformance comparison (docs/methodology.md §9): Art 3(7) makes a distributor an operator other than
// the provider or the importer.
describe("an importer or provider is not also the distributor of the same system", () => {
  it.each([
    [["imports", "distributes"], "importer"],
    [["develops", "markets_under_own_name", "distributes"], "provider"],
  ] as const)("%o", (activities, kept) => {
    const r = run({
      activities: [...activities],
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["creditworthiness"],
      performsProfiling: true,
    });
    expect(r.roles).toContain(kept);
    expect(r.roles).not.toContain("distributor");
    expect(r.findings.find((f) => f.code === "roles.distributor_absorbed")?.citation).toBe("Art 3(7)");
    expect(r.obligations.some((o) => o.article.startsWith("Art 24"))).toBe(false);
  });
});
