import type { Role } from "@/lib/access/permissions";

// Who a policy is addressed to, and who of them acknowledged its published version. Pure, so the rules are unit
// tested and the data layer only loads rows. A member's business unit is the one of their AI-literacy record.

export type AudienceSpec = { all: boolean; roles: readonly Role[]; unitIds: readonly string[] };
export type AudienceMember = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
};
export type UnitCoverage = { unitId: string | null; name: string | null; acknowledged: number; total: number };
export type PolicyCoverage = {
  acknowledged: number;
  total: number;
  byUnit: UnitCoverage[];
  missing: AudienceMember[];
};

/** A member is in the audience when it is everyone, or their role or their unit is named (either suffices). */
export function inAudience(spec: AudienceSpec, member: Pick<AudienceMember, "role" | "unitId">): boolean {
  if (spec.all) return true;
  if (spec.roles.includes(member.role)) return true;
  return member.unitId !== null && spec.unitIds.includes(member.unitId);
}

/** Coverage of one published version; acknowledgedBy holds the user ids who acknowledged that version. */
export function policyCoverage(
  spec: AudienceSpec,
  members: readonly AudienceMember[],
  acknowledgedBy: ReadonlySet<string>,
): PolicyCoverage {
  const audience = members.filter((m) => inAudience(spec, m));
  const units = new Map<string, UnitCoverage>();
  const missing: AudienceMember[] = [];
  for (const m of audience) {
    const key = m.unitId ?? "";
    const unit = units.get(key) ?? { unitId: m.unitId, name: m.unitName, acknowledged: 0, total: 0 };
    unit.total += 1;
    if (acknowledgedBy.has(m.userId)) unit.acknowledged += 1;
    else missing.push(m);
    units.set(key, unit);
  }
  // Least covered first; people without a unit last.
  const byUnit = [...units.values()].sort(
    (a, b) =>
      Number(a.unitId === null) - Number(b.unitId === null) ||
      a.acknowledged / a.total - b.acknowledged / b.total ||
      (a.name ?? "").localeCompare(b.name ?? ""),
  );
  missing.sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  return { acknowledged: audience.length - missing.length, total: audience.length, byUnit, missing };
}

/** "38 of 45 acknowledged", or a plain word when there is no one to ask. */
export function coverageText(c: { acknowledged: number; total: number }): string {
  if (c.total === 0) return "No one in the audience";
  return `${c.acknowledged.toLocaleString("en")} of ${c.total.toLocaleString("en")} acknowledged`;
}
