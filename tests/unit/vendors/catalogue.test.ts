import { describe, expect, it } from "vitest";
import { RULE_SET_2026_07_OMNIBUS } from "@/lib/rules/data/2026-07-omnibus";
import { RULE_SET_2026_07_OMNIBUS_R2 } from "@/lib/rules/data/2026-07-omnibus-r2";
import { CURRENT_RULE_SET_ID } from "@/lib/rules/registry";
import { CATALOGUE_ITEMS, preselectedKinds } from "@/lib/vendors/catalogue";
import { requestStatus } from "@/lib/vendors/status";

describe("vendor request catalogue", () => {
  // An answer is filed on the obligations named here: a code renamed or dropped in the rule set would silently file
  // answers on the system alone. This fails first.
  it.each([RULE_SET_2026_07_OMNIBUS, RULE_SET_2026_07_OMNIBUS_R2])("names only codes of rule set $id", (ruleSet) => {
    const codes = new Set(ruleSet.obligations.map((o) => o.code));
    const missing = CATALOGUE_ITEMS.flatMap((i) => i.obligationCodes).filter((c) => !codes.has(c));
    expect(missing).toEqual([]);
  });

  it("tests the current rule set", () => {
    expect([RULE_SET_2026_07_OMNIBUS.id, RULE_SET_2026_07_OMNIBUS_R2.id]).toContain(CURRENT_RULE_SET_ID);
  });

  it("files the instructions for use on the deployer's Art 26(1) duty", () => {
    const instructions = CATALOGUE_ITEMS.find((i) => i.kind === "instructions_for_use")!;
    const art26 = RULE_SET_2026_07_OMNIBUS_R2.obligations.find((o) => o.code === "hr.deployer.use_per_instructions");
    expect(art26?.article).toBe("Art 26(1)");
    expect(instructions.obligationCodes).toContain("hr.deployer.use_per_instructions");
  });

  it("pre-chooses from the tier and the role", () => {
    expect(preselectedKinds({ tier: "HIGH", possibleTier: "HIGH", roles: ["deployer"] })).toEqual([
      "instructions_for_use",
      "declaration_of_conformity",
      "registration_number",
    ]);
    expect(preselectedKinds({ tier: "HIGH", possibleTier: "HIGH", roles: ["distributor"] })).toContain("ce_marking");
    expect(preselectedKinds({ tier: "GPAI", possibleTier: "GPAI", roles: ["provider"] })).toEqual(["gpai_information"]);
    expect(preselectedKinds({ tier: "MINIMAL", possibleTier: "HIGH", roles: ["deployer"] })).toEqual([
      "instructions_for_use",
      "art6_3_assessment",
    ]);
    expect(preselectedKinds({ tier: "MINIMAL", possibleTier: "MINIMAL", roles: ["deployer"] })).toEqual([]);
  });
});

describe("vendor request status", () => {
  const base = {
    dueDate: new Date("2026-12-10T00:00:00Z"),
    expiresAt: new Date("2027-01-01T00:00:00Z"),
    revokedAt: null,
    extensionUntil: null,
    extensionAccepted: null,
    items: [{ answeredAt: null }, { answeredAt: null }],
  };
  const at = new Date("2026-12-05T12:00:00Z");
  it("derives each status", () => {
    expect(requestStatus(base, at)).toBe("sent");
    expect(requestStatus({ ...base, items: [{ answeredAt: at }, { answeredAt: null }] }, at)).toBe("partly_answered");
    expect(requestStatus({ ...base, items: [{ answeredAt: at }, { answeredAt: at }] }, at)).toBe("answered");
    expect(requestStatus(base, new Date("2026-12-11T00:00:00Z"))).toBe("overdue");
    expect(requestStatus({ ...base, revokedAt: at }, at)).toBe("revoked");
    expect(requestStatus(base, new Date("2027-01-02T00:00:00Z"))).toBe("expired");
  });
  it("moves the due date only once the extension is accepted", () => {
    const asked = { ...base, extensionUntil: new Date("2026-12-20T00:00:00Z") };
    const later = new Date("2026-12-15T00:00:00Z");
    expect(requestStatus(asked, later)).toBe("overdue");
    expect(requestStatus({ ...asked, extensionAccepted: true }, later)).toBe("sent");
  });
});
