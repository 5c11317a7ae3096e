import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { quarterOf } from "@/lib/dashboard/quarters";
import type { DashboardFilters } from "@/lib/validations/dashboard";

// An independent computation of the dashboard's figures: Prisma's query builder plus plain JavaScript over the
// (small) test data, sharing no SQL with lib/dal/dashboard*.ts.

const OPEN = ["NOT_STARTED", "IN_PROGRESS"] as const;
const DONE = ["DONE", "NOT_APPLICABLE"] as const;

function systemWhere(organizationId: string, f: DashboardFilters): Prisma.AiSystemWhereInput {
  return {
    organizationId,
    ...(f.unit && { businessUnit: f.unit }),
    ...(f.owner && { ownerId: f.owner === "none" ? null : f.owner }),
    ...(f.role && { roles: { has: f.role } }),
  };
}

function obligationWhere(organizationId: string, f: DashboardFilters): Prisma.ObligationWhereInput {
  return {
    organizationId,
    obsoleteAt: null,
    ...(f.unit && { system: { businessUnit: f.unit } }),
    ...(f.owner && { ownerId: f.owner === "none" ? null : f.owner }),
    ...(f.role && { role: f.role }),
  };
}

const sortBy = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

export async function expectedFigures(organizationId: string, f: DashboardFilters, today: string) {
  const systems = await db().aiSystem.findMany({
    where: systemWhere(organizationId, f),
    select: {
      id: true,
      name: true,
      tier: true,
      businessUnit: true,
      lifecycleStage: true,
      roles: true,
      disposition: true,
      obligationsApplicable: true,
      obligationsDone: true,
    },
  });
  const obligations = await db().obligation.findMany({
    where: obligationWhere(organizationId, f),
    select: {
      systemId: true,
      status: true,
      appliesFrom: true,
      dueDate: true,
      article: true,
      system: { select: { tier: true, businessUnit: true, name: true } },
    },
  });
  const tally = <T>(rows: T[], key: (r: T) => string | null) => {
    const map = new Map<string | null, T[]>();
    for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
    return [...map.entries()];
  };
  const ratio = (rows: typeof obligations) => ({
    applicable: rows.length,
    done: rows.filter((o) => (DONE as readonly string[]).includes(o.status)).length,
  });
  const isOpen = (o: (typeof obligations)[number]) => (OPEN as readonly string[]).includes(o.status);
  const dutyMissing = (article: string) => {
    const names = new Map(
      obligations
        .filter((o) => isOpen(o) && o.system.tier === "HIGH" && o.article.includes(article))
        .map((o) => [o.systemId, o.system.name]),
    );
    return { total: names.size, names: [...names.values()].sort() };
  };
  return {
    total: systems.length,
    byTier: sortBy(
      tally(systems, (s) => s.tier).map(([tier, rows]) => ({ tier, count: rows.length })),
      (r) => r.tier ?? "",
    ),
    byUnit: sortBy(
      tally(systems, (s) => s.businessUnit).map(([unit, rows]) => ({ unit: unit ?? "", count: rows.length })),
      (r) => r.unit,
    ),
    byLifecycle: sortBy(
      tally(systems, (s) => s.lifecycleStage).map(([stage, rows]) => ({ stage: stage ?? "", count: rows.length })),
      (r) => r.stage,
    ),
    byRole: sortBy(
      tally(
        systems.flatMap((s) => s.roles.map((role) => ({ role }))),
        (r) => r.role,
      ).map(([role, rows]) => ({ role: role ?? "", count: rows.length })),
      (r) => r.role,
    ),
    overall: ratio(obligations),
    readinessByTier: sortBy(
      tally(obligations, (o) => o.system.tier).map(([tier, rows]) => ({ tier, ...ratio(rows) })),
      (r) => r.tier ?? "",
    ),
    readinessByUnit: sortBy(
      tally(obligations, (o) => o.system.businessUnit).map(([unit, rows]) => ({ unit: unit ?? "", ...ratio(rows) })),
      (r) => r.unit,
    ),
    overdue: obligations.filter((o) => isOpen(o) && o.dueDate && o.dueDate.toISOString().slice(0, 10) < today).length,
    timeline: sortBy(
      tally(obligations, (o) => quarterOf(o.appliesFrom)).map(([quarter, rows]) => ({
        quarter: quarter ?? "",
        obligations: rows.length,
        done: ratio(rows).done,
        systems: new Set(rows.map((r) => r.systemId)).size,
      })),
      (r) => r.quarter,
    ),
    byDay: sortBy(
      tally(obligations, (o) => o.appliesFrom.toISOString().slice(0, 10)).map(([day, rows]) => ({
        day: day ?? "",
        obligations: rows.length,
        done: ratio(rows).done,
        systems: new Set(rows.map((r) => r.systemId)).size,
      })),
      (r) => r.day,
    ),
    prohibitedInUse: systems.filter(
      (s) => s.tier === "PROHIBITED" && ["PILOT", "IN_PRODUCTION"].includes(s.lifecycleStage),
    ).length,
    awaitingReview: systems.filter((s) => s.disposition === "REQUIRES_REVIEW").length,
    fria: dutyMissing("Art 27"),
    registration: dutyMissing("Art 49"),
    registrationOpenDuties: obligations.filter(
      (o) => isOpen(o) && o.system.tier === "HIGH" && o.article.includes("Art 49"),
    ).length,
    behindIds: systems
      .filter((s) => s.obligationsDone < s.obligationsApplicable)
      .sort(
        (a, b) =>
          a.obligationsDone / a.obligationsApplicable - b.obligationsDone / b.obligationsApplicable ||
          b.obligationsApplicable - b.obligationsDone - (a.obligationsApplicable - a.obligationsDone) ||
          a.name.localeCompare(b.name),
      )
      .slice(0, 5)
      .map((s) => s.id),
  };
}
