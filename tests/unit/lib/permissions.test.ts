import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES, scopesRoleCannotGrant } from "@/lib/access/permissions";

describe("role × permission table", () => {
  it("lets every role read systems and the dashboard", () => {
    for (const role of ROLES) {
      expect(can(role, "system.read")).toBe(true);
      expect(can(role, "dashboard.read")).toBe(true);
    }
  });

  it("keeps the auditor read-only, and the manager too except for sealing reports for management", () => {
    const writes = Object.keys(PERMISSIONS).filter((p) => !/\.read$/.test(p)) as (keyof typeof PERMISSIONS)[];
    for (const permission of writes) {
      expect(can("AUDITOR", permission), permission).toBe(false);
      expect(can("MANAGER", permission), permission).toBe(permission === "report.seal");
    }
    expect(can("AUDITOR", "report.read")).toBe(true);
  });

  it("lets a token's creator grant only the scopes their current role covers", () => {
    const all = ["read", "systems:write", "evidence:write", "gate"] as const;
    expect(scopesRoleCannotGrant("ADMIN", all)).toEqual([]);
    expect(scopesRoleCannotGrant("COMPLIANCE_OFFICER", all)).toEqual([]);
    expect(scopesRoleCannotGrant("LEGAL", all)).toEqual(["systems:write"]);
    expect(scopesRoleCannotGrant("AUDITOR", all)).toEqual(["systems:write", "evidence:write"]);
    expect(scopesRoleCannotGrant(null, ["read"])).toEqual(["read"]);
  });

  it("reserves people and token management to administrators", () => {
    for (const role of ROLES) {
      expect(can(role, "member.manage")).toBe(role === "ADMIN");
      expect(can(role, "token.manage")).toBe(role === "ADMIN");
    }
  });

  it("gives legal the review and compliance officers the classification", () => {
    expect(can("LEGAL", "classification.review")).toBe(true);
    expect(can("COMPLIANCE_OFFICER", "classification.review")).toBe(false);
    expect(can("COMPLIANCE_OFFICER", "classification.run")).toBe(true);
    expect(can("LEGAL", "classification.run")).toBe(false);
  });
});
