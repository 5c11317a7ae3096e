import "server-only";
import type { Member } from "@/lib/access/actor";
import type { Role } from "@/lib/access/permissions";
import { conflictFromAudit } from "@/lib/dal/core/conflict";
import { notFound } from "@/lib/dal/core/not-found";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AudienceMember, AudienceSpec } from "@/lib/policies/coverage";

// Lookups shared by the policy entry points, each filtered by the caller's organisation.

export async function findPolicy(tx: Tx, member: Member, policyId: string) {
  const policy = await tx.policy.findFirst({
    where: { id: policyId, organizationId: member.organizationId },
    include: { audienceUnits: { select: { businessUnitId: true } } },
  });
  if (!policy) throw notFound("policy");
  return policy;
}

export async function findVersion(tx: Tx, member: Member, versionId: string) {
  const version = await tx.policyVersion.findFirst({
    where: { id: versionId, organizationId: member.organizationId },
    include: { policy: { select: { id: true, title: true } } },
  });
  if (!version) throw notFound("policy version");
  return version;
}

export const specOf = (policy: {
  audienceAll: boolean;
  audienceRoles: Role[];
  audienceUnits: { businessUnitId: string }[];
}): AudienceSpec => ({
  all: policy.audienceAll,
  roles: policy.audienceRoles,
  unitIds: policy.audienceUnits.map((u) => u.businessUnitId),
});

/** Every member with their role and the business unit of their AI-literacy record (if any). */
export async function organizationMembers(tx: Tx, organizationId: string): Promise<AudienceMember[]> {
  const [memberships, people] = await Promise.all([
    tx.membership.findMany({
      where: { organizationId },
      select: { userId: true, role: true, user: { select: { name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    tx.literacyPerson.findMany({
      where: { organizationId, userId: { not: null } },
      select: { userId: true, unit: { select: { id: true, name: true } } },
    }),
  ]);
  const unitOf = new Map(people.map((p) => [p.userId, p.unit]));
  return memberships.map((m) => {
    const unit = unitOf.get(m.userId) ?? null;
    return {
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      unitId: unit?.id ?? null,
      unitName: unit?.name ?? null,
    };
  });
}

export async function assertMember(tx: Tx, organizationId: string, userId: string | null, field: string) {
  if (!userId) return;
  const found = await tx.membership.findFirst({ where: { organizationId, userId }, select: { id: true } });
  if (!found)
    throw new AppError("VALIDATION", "Choose a member of this organisation.", {
      fieldErrors: { [field]: ["Choose a member of this organisation."] },
    });
}

export async function assertUnits(tx: Tx, organizationId: string, unitIds: string[]) {
  if (unitIds.length === 0) return;
  const count = await tx.businessUnit.count({ where: { organizationId, id: { in: unitIds } } });
  if (count !== unitIds.length)
    throw new AppError("VALIDATION", "Choose business units of this organisation.", {
      fieldErrors: { audienceUnitIds: ["Choose business units of this organisation."] },
    });
}

export const policyConflict = (tx: Tx, organizationId: string, policyId: string): Promise<AppError> =>
  conflictFromAudit(tx, organizationId, { type: "Policy", id: policyId });
