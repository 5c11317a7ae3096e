import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { changedBy } from "@/lib/dal/core/conflict";
import { AppError } from "@/lib/errors";
import type { MonitoringPlanInput, MonitoringPlanItem } from "@/lib/validations/monitoring";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

export type PlanEligibility = { eligible: true } | { eligible: false; reason: string };

export type MonitoringPlanDTO = {
  eligibility: PlanEligibility;
  plan: {
    items: MonitoringPlanItem[];
    reviewFrequency: string;
    notes: string;
    version: number;
    updatedAt: Date;
    updatedByName: string | null;
  } | null;
};

// Art 72 puts the post-market monitoring plan on the provider of a high-risk system (a product manufacturer is the
// provider under Art 25(3)); for anyone else the plan would be a record of a duty they do not have.
export function planEligibility(system: { tier: string | null; roles: string[] }): PlanEligibility {
  if (system.tier !== "HIGH") {
    return {
      eligible: false,
      reason: system.tier
        ? "Art 72 asks for a post-market monitoring plan only for high-risk systems; this system is not classified as high-risk."
        : "Classify this system first: Art 72 asks for a post-market monitoring plan only for high-risk systems.",
    };
  }
  if (!system.roles.some((r) => r === "provider" || r === "product_manufacturer")) {
    return {
      eligible: false,
      reason:
        "The plan is the provider's duty (Art 72). Your organisation is not this system's provider; as a deployer, monitor its operation under Art 26(5) instead.",
    };
  }
  return { eligible: true };
}

export async function getMonitoringPlan(actor: Actor, systemId: string): Promise<MonitoringPlanDTO> {
  const member = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: { tier: true, roles: true },
  });
  if (!system) throw notFound("AI system");
  const row = await db().monitoringPlan.findFirst({ where: { systemId, organizationId: member.organizationId } });
  const updatedBy = row?.updatedById
    ? await db().user.findUnique({ where: { id: row.updatedById }, select: { name: true } })
    : null;
  return {
    eligibility: planEligibility(system),
    plan: row
      ? {
          items: row.items as MonitoringPlanItem[],
          reviewFrequency: row.reviewFrequency,
          notes: row.notes,
          version: row.version,
          updatedAt: row.updatedAt,
          updatedByName: updatedBy?.name ?? null,
        }
      : null,
  };
}

// Read after the failed write, so the message names whoever saved the plan last, not who had saved it before.
async function planConflict(tx: Tx, organizationId: string, systemId: string): Promise<AppError> {
  const latest = await tx.monitoringPlan.findFirst({
    where: { systemId, organizationId },
    select: { updatedAt: true, updatedById: true },
  });
  const who = latest?.updatedById
    ? (await tx.user.findUnique({ where: { id: latest.updatedById }, select: { name: true } }))?.name
    : null;
  return changedBy(who, latest?.updatedAt);
}

export async function saveMonitoringPlan(actor: Actor, input: MonitoringPlanInput): Promise<{ version: number }> {
  const member = await authorize(actor, "monitoring.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const system = await tx.aiSystem.findFirst({
      where: { id: input.systemId, organizationId },
      select: { id: true, tier: true, roles: true },
    });
    if (!system) throw notFound("AI system");
    const eligibility = planEligibility(system);
    if (!eligibility.eligible) throw new AppError("VALIDATION", eligibility.reason);
    const ownerIds = [...new Set(input.items.map((i) => i.ownerId).filter(Boolean))];
    const owners = await tx.membership.findMany({
      where: { organizationId, userId: { in: ownerIds } },
      select: { userId: true },
    });
    const known = new Set(owners.map((o) => o.userId));
    const badOwners = Object.fromEntries(
      input.items.flatMap((item, i) =>
        item.ownerId && !known.has(item.ownerId)
          ? [[`items.${i}.ownerId`, ["Choose a member of this organisation."]]]
          : [],
      ),
    );
    if (Object.keys(badOwners).length)
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: badOwners });

    const data = {
      items: input.items as Prisma.InputJsonValue,
      reviewFrequency: input.reviewFrequency,
      notes: input.notes,
      updatedById: member.userId,
    };
    const existing = await tx.monitoringPlan.findFirst({
      where: { systemId: system.id, organizationId },
      select: { id: true, version: true, items: true, updatedAt: true, updatedById: true },
    });
    if (!existing && input.version !== 0)
      throw new AppError("CONFLICT", "This plan was removed meanwhile; reload the page.");
    if (existing) {
      const { count } = await tx.monitoringPlan.updateMany({
        where: { id: existing.id, organizationId, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw await planConflict(tx, organizationId, system.id);
    } else {
      // skipDuplicates: a colleague who saved the first plan a moment ago wins, and we name them.
      const { count } = await tx.monitoringPlan.createMany({
        data: [{ ...data, organizationId, systemId: system.id }],
        skipDuplicates: true,
      });
      if (count === 0) throw await planConflict(tx, organizationId, system.id);
    }
    await writeAudit(tx, member, {
      action: existing ? "monitoring_plan.updated" : "monitoring_plan.created",
      entityType: "MonitoringPlan",
      entityId: system.id,
      systemId: system.id,
      before: existing ? { items: existing.items } : undefined,
      after: { items: input.items, reviewFrequency: input.reviewFrequency },
    });
    return { version: (existing ? input.version : 0) + 1 };
  });
}
