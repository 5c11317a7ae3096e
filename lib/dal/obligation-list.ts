import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { OBLIGATION_PAGE_SIZE, quarterRange, type DueWindow, type ObligationListQuery } from "@/lib/validations/obligation-list";
import { authorize } from "./authorize";

const rowSelect = {
  id: true, article: true, title: true, role: true, status: true, dueDate: true, appliesFrom: true, blocking: true,
  owner: { select: { id: true, name: true } },
  system: { select: { id: true, name: true, tier: true, businessUnit: true } },
} satisfies Prisma.ObligationSelect;

export type ObligationListRowDTO = Prisma.ObligationGetPayload<{ select: typeof rowSelect }>;

const DAY = 24 * 60 * 60 * 1000;

// Due windows are counted from today (UTC, the way DATE columns are stored); "next 90 days" includes the next 30.
export function dueWindowFilter(due: DueWindow, now = new Date()): Prisma.DateTimeNullableFilter | null {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const plus = (days: number) => new Date(today.getTime() + days * DAY);
  switch (due) {
    case "overdue": return { lt: today };
    case "30d": return { gte: today, lte: plus(30) };
    case "90d": return { gte: today, lte: plus(90) };
    case "later": return { gt: plus(90) };
    case "none": return null;
  }
}

// Every filter is a column of Obligation or of its system, and the organisation, status and due date lead the
// WHERE clause, so Postgres can use the (organizationId, status, dueDate) and (organizationId, ownerId, status)
// indexes; obsolete duties are left out because they are no longer work.
export function obligationListWhere(organizationId: string, userId: string, query: ObligationListQuery, now = new Date()): Prisma.ObligationWhereInput {
  const where: Prisma.ObligationWhereInput = { organizationId, obsoleteAt: null, status: { in: query.status } };
  if (query.owner) where.ownerId = query.owner === "me" ? userId : query.owner === "none" ? null : query.owner;
  if (query.due) where.dueDate = dueWindowFilter(query.due, now);
  if (query.article) where.article = { contains: query.article, mode: "insensitive" };
  if (query.system) where.systemId = query.system;
  if (query.quarter) where.appliesFrom = quarterRange(query.quarter);
  if (query.unit || query.tier) {
    where.system = { organizationId, ...(query.unit && { businessUnit: query.unit }), ...(query.tier && { tier: { in: query.tier } }) };
  }
  return where;
}

export async function listOrganisationObligations(actor: Actor, query: ObligationListQuery, pageSize = OBLIGATION_PAGE_SIZE): Promise<{ rows: ObligationListRowDTO[]; total: number }> {
  const member = await authorize(actor, "system.read");
  const where = obligationListWhere(member.organizationId, member.userId, query);
  const field = query.sort.replace(/^-/, "") as "dueDate" | "appliesFrom";
  const direction = query.sort.startsWith("-") ? "desc" : "asc";
  const orderBy: Prisma.ObligationOrderByWithRelationInput[] = [
    field === "dueDate" ? { dueDate: { sort: direction, nulls: "last" } } : { appliesFrom: direction },
    { id: "asc" },
  ];
  const [rows, total] = await Promise.all([
    db().obligation.findMany({ where, orderBy, select: rowSelect, skip: (query.page - 1) * pageSize, take: pageSize }),
    db().obligation.count({ where }),
  ]);
  return { rows, total };
}

// Business units come from a GROUP BY on an indexed column, never from loading systems into Node.
export async function listObligationFilterOptions(actor: Actor, systemId?: string): Promise<{ units: string[]; systemName: string | null }> {
  const member = await authorize(actor, "system.read");
  const [groups, system] = await Promise.all([
    db().aiSystem.groupBy({ by: ["businessUnit"], where: { organizationId: member.organizationId, businessUnit: { not: "" } }, orderBy: { businessUnit: "asc" } }),
    systemId ? db().aiSystem.findFirst({ where: { id: systemId, organizationId: member.organizationId }, select: { name: true } }) : null,
  ]);
  return { units: groups.map((g) => g.businessUnit), systemName: system?.name ?? null };
}
