import { describe, expect, it } from "vitest";
import { coverageText, inAudience, policyCoverage, type AudienceMember } from "@/lib/policies/coverage";
import { POLICY_TEMPLATES, templateFor } from "@/lib/policies/templates";
import { POLICY_BODY_MAX } from "@/lib/validations/policies";

const member = (userId: string, role: AudienceMember["role"], unitId: string | null = null): AudienceMember => ({
  userId,
  name: userId.toUpperCase(),
  email: `${userId}@x.example`,
  role,
  unitId,
  unitName: unitId ? `Unit ${unitId}` : null,
});

describe("policy audience and coverage", () => {
  const people = [
    member("a", "ADMIN"),
    member("m", "MANAGER", "u1"),
    member("l", "LEGAL", "u2"),
    member("x", "AUDITOR"),
  ];

  it("takes everyone, or anyone whose role or unit is named", () => {
    expect(people.filter((p) => inAudience({ all: true, roles: [], unitIds: [] }, p))).toHaveLength(4);
    const spec = { all: false, roles: ["MANAGER"] as const, unitIds: ["u2"] };
    expect(people.filter((p) => inAudience(spec, p)).map((p) => p.userId)).toEqual(["m", "l"]);
  });

  it("counts acknowledgements by unit (people without one last) and lists who has not, by name", () => {
    const c = policyCoverage({ all: true, roles: [], unitIds: [] }, people, new Set(["a", "m"]));
    expect(c).toMatchObject({ acknowledged: 2, total: 4 });
    expect(c.byUnit.map((u) => [u.unitId, u.acknowledged, u.total])).toEqual([
      ["u2", 0, 1],
      ["u1", 1, 1],
      [null, 1, 2],
    ]);
    expect(c.missing.map((m) => m.userId)).toEqual(["l", "x"]);
    expect(coverageText(c)).toBe("2 of 4 acknowledged");
    expect(coverageText({ acknowledged: 0, total: 0 })).toBe("No one in the audience");
  });

  it("ignores acknowledgements of people outside the audience", () => {
    const c = policyCoverage({ all: false, roles: ["LEGAL"], unitIds: [] }, people, new Set(["a", "l"]));
    expect(c).toMatchObject({ acknowledged: 1, total: 1, missing: [] });
  });

  it("has four short templates of our own, each within the length cap", () => {
    expect(POLICY_TEMPLATES.map((t) => t.kind)).toEqual([
      "ACCEPTABLE_USE",
      "RISK_MANAGEMENT",
      "DATA_GOVERNANCE",
      "HUMAN_OVERSIGHT",
    ]);
    for (const t of POLICY_TEMPLATES) expect(t.body.length).toBeLessThan(Math.min(POLICY_BODY_MAX, 3000));
    expect(templateFor("blank")).toMatchObject({ kind: "OTHER" });
  });
});
