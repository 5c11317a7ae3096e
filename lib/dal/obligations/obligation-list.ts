import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import {
  OBLIGATION_PAGE_SIZE,
  appliesRange,
  quarterRange,
  type DueWindow,
  type ObligationListQuery,
} from "@/lib/validations/obligation-list";
import { authorize } from "@/lib/dal/core/authorize";
import { distinctBusinessUnits } from "@/lib/dal/systems/system-list";

const rowSelect = {
  id: true,
  article: true,
  title: true,
  role: true,
  status: true,
  dueDate: true,
  appliesFrom: true,
  blocking: true,
  owner: { select: { id: true, name: true } },
  system: { select: { id: true, name: true, tier: true, possibleTier: true, disposition: true, businessUnit: true } },
} satisfies Prisma.ObligationSelect;

export type ObligationListRowDTO = Prisma.ObligationGetPayload<{ select: typeof rowSelect }>;

const DAY = 24 * 60 * 60 * 1000;

// Due windows are counted from today (UTC, the way DATE columns are stored); "next 90 days" includes the next 30.
export function dueWindowFilter(due: DueWindow, now = new Date()): Prisma.DateTimeNullableFilter | null {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const plus = (days: number) => new Date(today.getTime() + days * DAY);
  switch (due) {
    case "overdue":
      return { lt: today };
    case "30d":
      return { gte: today, lte: plus(30) };
    case "90d":
      return { gte: today, lte: plus(90) };
    case "later":
      return { gt: plus(90) };
    case "none":
      return null;
  }
}

// Every filter is a column of Obligation or of its system, and the organisation, status and due date lead the
// WHERE clause, so Postgres can use the (organizationId, status, dueDate) and (organizationId, ownerId, status)
// indexes; obsolete duties are left out because they are no longer work.
export function obligationListWhere(
  organizationId: string,
  userId: string,
  query: ObligationListQuery,
  now = new Date(),
): Prisma.ObligationWhereInput {
  const where: Prisma.ObligationWhereInput = { organizationId, obsoleteAt: null, status: { in: query.status } };
  if (query.owner) where.ownerId = query.owner === "me" ? userId : query.owner === "none" ? null : query.owner;
  if (query.due) where.dueDate = dueWindowFilter(query.due, now);
  if (query.article) where.article = { contains: query.article, mode: "insensitive" };
  if (query.system) where.systemId = query.system;
  if (query.quarter) where.appliesFrom = quarterRange(query.quarter);
  if (query.applies) where.AND = [{ appliesFrom: appliesRange(query.applies, now.toISOString().slice(0, 10)) }];
  if (query.role) where.role = query.role;
  if (query.unit || query.tier) {
    where.system = {
      organizationId,
      ...(query.unit && { businessUnit: query.unit }),
      ...(query.tier && { tier: { in: query.tier } }),
    };
  }
  return where;
}

// Counting every open duty of a large organisation costs more than the page itself, so the count stops at
// COUNT_CAP ("10,000+") and paging asks for one row more than it shows to know whether a next page exists.
export const COUNT_CAP = 10_000;

export type ObligationListDTO = { rows: ObligationListRowDTO[]; total: number; totalCapped: boolean; hasMore: boolean };

export async function listOrganisationObligations(
  actor: Actor,
  query: ObligationListQuery,
  pageSize = OBLIGATION_PAGE_SIZE,
): Promise<ObligationListDTO> {
  const member = await authorize(actor, "system.read");
  const where = obligationListWhere(member.organizationId, member.userId, query);
  const skip = (query.page - 1) * pageSize;
  const [rows, counted] = await Promise.all([
    query.sort === "dueDate" && skip <= COUNT_CAP && !where.system
      ? pageByDueDate(where, query.status, skip, pageSize + 1)
      : db().obligation.findMany({ where, orderBy: orderFor(query.sort), select: rowSelect, skip, take: pageSize + 1 }),
    db().obligation.count({ where, take: COUNT_CAP + 1 }),
  ]);
  return {
    rows: rows.slice(0, pageSize),
    total: Math.min(counted, COUNT_CAP),
    totalCapped: counted > COUNT_CAP,
    hasMore: rows.length > pageSize,
  };
}

function orderFor(sort: ObligationListQuery["sort"]): Prisma.ObligationOrderByWithRelationInput[] {
  const direction = sort.startsWith("-") ? "desc" : "asc";
  return [
    sort.endsWith("dueDate") ? { dueDate: { sort: direction, nulls: "last" } } : { appliesFrom: direction },
    { id: "asc" },
  ];
}

// The default view (open work by due date) covers two statuses; Postgres cannot read one (organizationId, status,
// dueDate) index range in due-date order across both, and sorts the whole set instead. One ordered index scan per
// status, merged here, reads only the rows up to the page; the page's full rows are then fetched by id. Filters on
// the system (unit, tier) are left to the planner: an ordered scan would read every row when few match.
async function pageByDueDate(
  where: Prisma.ObligationWhereInput,
  statuses: ObligationListQuery["status"],
  skip: number,
  take: number,
) {
  const perStatus = await Promise.all(
    statuses.map((status) =>
      db().obligation.findMany({
        where: { ...where, status },
        orderBy: orderFor("dueDate"),
        select: { id: true, dueDate: true },
        take: skip + take,
      }),
    ),
  );
  const ids = perStatus
    .flat()
    .sort(byDueDateThenId)
    .slice(skip, skip + take)
    .map((r) => r.id);
  const rows = new Map(
    (await db().obligation.findMany({ where: { ...where, id: { in: ids } }, select: rowSelect })).map((r) => [r.id, r]),
  );
  return ids.map((id) => rows.get(id)).filter((r): r is ObligationListRowDTO => !!r);
}

function byDueDateThenId(a: { id: string; dueDate: Date | null }, b: { id: string; dueDate: Date | null }): number {
  const ad = a.dueDate?.getTime() ?? Infinity;
  const bd = b.dueDate?.getTime() ?? Infinity;
  if (ad !== bd) return ad - bd;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Business units come from the managed list (units that have systems), never from loading systems into Node.
export async function listObligationFilterOptions(
  actor: Actor,
  systemId?: string,
): Promise<{ units: string[]; systemName: string | null }> {
  const member = await authorize(actor, "system.read");
  const [units, system] = await Promise.all([
    distinctBusinessUnits(member.organizationId),
    systemId
      ? db().aiSystem.findFirst({
          where: { id: systemId, organizationId: member.organizationId },
          select: { name: true },
        })
      : null,
  ]);
  return { units, systemName: system?.name ?? null };
}
