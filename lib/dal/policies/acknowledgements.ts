import "server-only";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { inAudience, policyCoverage, type PolicyCoverage } from "@/lib/policies/coverage";
import type { PolicyKindCode } from "@/lib/validations/policies";
import { findVersion, organizationMembers, specOf } from "./internal/refs";

// Reading policies: each member acknowledges the published version of every policy addressed to them, once per
// version; a new publication asks again. Coverage counts the current members of the audience only.

export type PolicyToReadDTO = {
  policyId: string;
  title: string;
  kind: PolicyKindCode;
  versionId: string;
  number: number;
  publishedAt: Date | null;
  acknowledgedAt: Date | null;
};

/** The published policies addressed to the caller, those still to acknowledge first. */
export async function policiesToRead(actor: Actor): Promise<PolicyToReadDTO[]> {
  const member = await authorize(actor, "system.read");
  const { organizationId, userId } = member;
  const [versions, members] = await Promise.all([
    db().policyVersion.findMany({
      where: { organizationId, status: "PUBLISHED" },
      select: {
        id: true,
        number: true,
        publishedAt: true,
        policy: {
          select: {
            id: true,
            title: true,
            kind: true,
            audienceAll: true,
            audienceRoles: true,
            audienceUnits: { select: { businessUnitId: true } },
          },
        },
        acknowledgements: { where: { userId }, select: { acknowledgedAt: true } },
      },
      take: 1000,
    }),
    organizationMembers(db(), organizationId),
  ]);
  const me = members.find((m) => m.userId === userId);
  if (!me) return [];
  return versions
    .filter((v) => inAudience(specOf(v.policy), me))
    .map((v) => ({
      policyId: v.policy.id,
      title: v.policy.title,
      kind: v.policy.kind,
      versionId: v.id,
      number: v.number,
      publishedAt: v.publishedAt,
      acknowledgedAt: v.acknowledgements[0]?.acknowledgedAt ?? null,
    }))
    .sort((a, b) => Number(!!a.acknowledgedAt) - Number(!!b.acknowledgedAt) || a.title.localeCompare(b.title));
}

/** The caller confirms they read this published version; a second confirmation changes nothing. */
export async function acknowledgePolicy(actor: Actor, versionId: string): Promise<{ already: boolean }> {
  const member = await authorize(actor, "system.read");
  // An API token acts for the person who made it; reading a policy is something only that person can confirm.
  if (member.tokenId) throw new AppError("FORBIDDEN", "Only a person can acknowledge a policy.");
  const { organizationId, userId } = member;
  return db().$transaction(async (tx) => {
    const version = await findVersion(tx, member, versionId);
    if (version.status !== "PUBLISHED")
      throw new AppError("CONFLICT", "This version is not the published one any more: read the current version.");
    const policy = await tx.policy.findFirstOrThrow({
      where: { id: version.policyId, organizationId },
      include: { audienceUnits: { select: { businessUnitId: true } } },
    });
    const me = (await organizationMembers(tx, organizationId)).find((m) => m.userId === userId);
    if (!me || !inAudience(specOf(policy), me))
      throw new AppError("FORBIDDEN", "This policy is not addressed to you, so there is nothing to acknowledge.");
    const { count } = await tx.policyAcknowledgement.createMany({
      data: [{ organizationId, policyVersionId: version.id, userId, userLabel: me.name }],
      skipDuplicates: true,
    });
    // The notification that asked for it, and any reminder since (reminders-policies.ts), are done with.
    await tx.notification.updateMany({
      where: {
        userId,
        organizationId,
        readAt: null,
        OR: [
          { dedupeKey: `policy_published:${version.id}` },
          { dedupeKey: { startsWith: `policy_ack_due:${version.id}:` } },
        ],
      },
      data: { readAt: new Date() },
    });
    if (count > 0)
      await writeAudit(tx, member, {
        action: "policy.acknowledged",
        entityType: "Policy",
        entityId: policy.id,
        after: { version: version.number, versionId: version.id },
      });
    return { already: count === 0 };
  });
}

export type PolicyCoverageDTO = PolicyCoverage & { versionId: string; number: number };

/** Coverage of each policy's published version, by policy id (policies without one are absent). */
export async function policyCoverages(actor: Actor, policyId?: string): Promise<Map<string, PolicyCoverageDTO>> {
  const member = await authorize(actor, "system.read");
  const { organizationId } = member;
  const [versions, members] = await Promise.all([
    db().policyVersion.findMany({
      where: { organizationId, status: "PUBLISHED", ...(policyId ? { policyId } : {}) },
      select: {
        id: true,
        number: true,
        policy: {
          select: {
            id: true,
            audienceAll: true,
            audienceRoles: true,
            audienceUnits: { select: { businessUnitId: true } },
          },
        },
        acknowledgements: { where: { userId: { not: null } }, select: { userId: true } },
      },
      take: 1000,
    }),
    organizationMembers(db(), organizationId),
  ]);
  return new Map(
    versions.map((v) => {
      const acked = new Set(v.acknowledgements.map((a) => a.userId!));
      return [v.policy.id, { versionId: v.id, number: v.number, ...policyCoverage(specOf(v.policy), members, acked) }];
    }),
  );
}
