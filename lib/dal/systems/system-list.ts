import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { onReplica, readDb } from "@/lib/db/replicas";
import type { Prisma } from "@/lib/db/generated/client";
import {
  hasActiveFilters,
  type SystemListFilters,
  type SystemListQuery,
  type SystemSort,
} from "@/lib/validations/system-list";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";

const listSelect = {
  id: true,
  name: true,
  businessUnit: true,
  vendor: true,
  lifecycleStage: true,
  tier: true,
  possibleTier: true,
  disposition: true,
  roles: true,
  obligationsApplicable: true,
  obligationsDone: true,
  isDraft: true,
  version: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
} satisfies Prisma.AiSystemSelect;

export type SystemRowDTO = Prisma.AiSystemGetPayload<{ select: typeof listSelect }>;

/** exact: the true number; estimate: the planner's figure for a whole large inventory; atLeast: more than `total` match. */
export type TotalKind = "exact" | "estimate" | "atLeast";

export type SystemListDTO = { rows: SystemRowDTO[]; total: number; totalKind: TotalKind };

/** Filters left out mean "any"; the page, its size and the sort are always given (the URL parser fills defaults). */
export type SystemListInput = Pick<SystemListQuery, "page" | "pageSize" | "sort"> & Partial<SystemListFilters>;

// Counting stops here: above it an unfiltered inventory shows the planner's estimate and a filtered one "more than".
// Counting 10,001 index entries is cheap; counting all 100,000 on every filter change is not.
export const COUNT_CAP = 10_000;

// Everything else in a list query is a filter, so a filter added later is part of the count's cache key by itself.
const NOT_FILTERS = new Set(["page", "pageSize", "sort", "cols"]);

export async function listSystems(actor: Actor, query: SystemListInput): Promise<SystemListDTO> {
  const member = await authorize(actor, "system.read");
  const where = await systemListWhere(member.organizationId, query);
  // The count scans up to COUNT_CAP index entries per filter combination, the same for every page and sort of it,
  // and only changes with the organisation's data: it is kept against the data stamp, like the dashboard's figures.
  // Both may be read from a replica that has caught up with the primary (lib/db/replicas.ts); the count only after the
  // stamp was read, so a count kept against a stamp is never older than it.
  const countKey = `systems-count|${JSON.stringify(query, (key, value) => (NOT_FILTERS.has(key) ? undefined : value))}`;
  const [rows, count] = await Promise.all([
    onReplica(() =>
      readDb().aiSystem.findMany({
        where,
        orderBy: orderByFor(query.sort),
        select: listSelect,
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
    ),
    withDataStamp(member.organizationId, countKey, () =>
      onReplica(() => countSystems(member.organizationId, where, hasActiveFilters(query))),
    ),
  ]);
  return { rows, ...count };
}

async function countSystems(
  organizationId: string,
  where: Prisma.AiSystemWhereInput,
  filtered: boolean,
): Promise<{ total: number; totalKind: TotalKind }> {
  const capped = await readDb().aiSystem.count({ where, take: COUNT_CAP + 1 });
  if (capped <= COUNT_CAP) return { total: capped, totalKind: "exact" };
  if (filtered) return { total: COUNT_CAP, totalKind: "atLeast" };
  return { total: Math.max(COUNT_CAP + 1, await estimateOrganizationSystems(organizationId)), totalKind: "estimate" };
}

// The planner's row estimate comes from the table statistics (kept fresh by autovacuum), so it costs no scan.
async function estimateOrganizationSystems(organizationId: string): Promise<number> {
  const plan = await readDb().$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "AiSystem" WHERE "organizationId" = ${organizationId}`;
  return Math.round(plan[0]?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0);
}

export async function systemListWhere(
  organizationId: string,
  filters: Partial<SystemListFilters>,
): Promise<Prisma.AiSystemWhereInput> {
  const f: SystemListFilters = {
    ...filters,
    tier: filters.tier ?? [],
    role: filters.role ?? [],
    lifecycle: filters.lifecycle ?? [],
  };
  const and: Prisma.AiSystemWhereInput[] = [];
  if (f.q) and.push(await searchCondition(organizationId, f.q));
  if (f.tier.length) and.push(tierCondition(f.tier));
  if (f.role.length) and.push({ roles: { hasSome: f.role } });
  if (f.disposition) and.push({ disposition: f.disposition === "UNCLASSIFIED" ? null : f.disposition });
  if (f.lifecycle.length) and.push({ lifecycleStage: { in: f.lifecycle } });
  if (f.unit) and.push({ businessUnit: f.unit });
  if (f.owner) and.push({ ownerId: f.owner === "none" ? null : f.owner });
  if (f.readiness) and.push(readinessCondition(f.readiness));
  // The organisation filter is the first condition of every query, never something a caller can leave out.
  return { organizationId, AND: and };
}

// A tier filter answers "which systems are (or could be) High-risk": an undetermined system is listed under the
// highest tier still possible, which is what its badge shows, and never under its floor tier, which would read as
// settled ("Minimal") while a deciding question is open.
function tierCondition(tiers: SystemListFilters["tier"]): Prisma.AiSystemWhereInput {
  const codes = tiers.filter((t) => t !== "NONE");
  const or: Prisma.AiSystemWhereInput[] = tiers.includes("NONE") ? [{ tier: null }] : [];
  if (codes.length) {
    // Spelled as the settled values (or none): SQL's NOT (disposition = 'UNDETERMINED') is unknown, so false, for NULL.
    or.push({
      tier: { in: codes },
      OR: [{ disposition: null }, { disposition: { in: ["FINAL", "REQUIRES_REVIEW"] } }],
    });
    or.push({
      disposition: "UNDETERMINED",
      OR: [{ possibleTier: { in: codes } }, { possibleTier: null, tier: { in: codes } }],
    });
  }
  return { OR: or };
}

function readinessCondition(readiness: NonNullable<SystemListFilters["readiness"]>): Prisma.AiSystemWhereInput {
  const applicable = db().aiSystem.fields.obligationsApplicable;
  if (readiness === "none") return { obligationsApplicable: 0 };
  if (readiness === "complete") return { obligationsApplicable: { gt: 0 }, obligationsDone: { gte: applicable } };
  return { obligationsDone: { lt: applicable } };
}

// Owner names live on User; matching owners are looked up first (few) so the system query needs no join per row.
async function searchCondition(organizationId: string, q: string): Promise<Prisma.AiSystemWhereInput> {
  const contains = { contains: q, mode: "insensitive" as const };
  const owners = await db().user.findMany({
    where: { name: contains, memberships: { some: { organizationId } } },
    select: { id: true },
    take: 200,
  });
  const or: Prisma.AiSystemWhereInput[] = [{ name: contains }, { description: contains }, { vendor: contains }];
  if (owners.length) or.push({ ownerId: { in: owners.map((o) => o.id) } });
  return { OR: or };
}

const SORT_FIELDS = {
  name: "name",
  tier: "tier",
  businessUnit: "businessUnit",
  lifecycle: "lifecycleStage",
  updatedAt: "updatedAt",
} as const;

// Sorting by tier uses the indexed tier column: an undetermined system sorts by its floor, but its cell never shows
// the floor (it reads "Not determined yet, could be …"), and the tier filter lists it under its possible tier.
export function orderByFor(sort: SystemSort): Prisma.AiSystemOrderByWithRelationInput[] {
  const field = SORT_FIELDS[sort.replace(/^-/, "") as keyof typeof SORT_FIELDS];
  const direction = sort.startsWith("-") ? "desc" : "asc";
  // Ties are broken by name and then id so paging is stable and rows never appear on two pages.
  const tail: Prisma.AiSystemOrderByWithRelationInput[] =
    field === "name" ? [{ id: "asc" }] : [{ name: "asc" }, { id: "asc" }];
  return [{ [field]: direction }, ...tail];
}

export type SystemFilterOptionsDTO = { units: string[]; owners: { id: string; name: string }[] };

// The choices offered in the filters come from the organisation's own data: its business units and its members.
export async function listSystemFilterOptions(actor: Actor): Promise<SystemFilterOptionsDTO> {
  const member = await authorize(actor, "system.read");
  // One join instead of the ORM's two round trips (memberships, then their users): every inventory view asks.
  const [units, owners] = await Promise.all([
    distinctBusinessUnits(member.organizationId),
    db().$queryRaw<{ id: string; name: string }[]>`
      SELECT u.id, u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."organizationId" = ${member.organizationId} ORDER BY u.name ASC, u.id ASC`,
  ]);
  return { units, owners };
}

/**
 * The organisation's business units that have systems, in order, for filter choices: the managed list
 * (lib/dal/business-units), one index probe per unit to leave out units no system uses. Called only with an id
 * from authorize().
 */
export async function distinctBusinessUnits(organizationId: string, limit = 500): Promise<string[]> {
  const rows = await db().$queryRaw<{ unit: string }[]>`
    SELECT u.name AS unit FROM "BusinessUnit" u
    WHERE u."organizationId" = ${organizationId}
      AND EXISTS (SELECT 1 FROM "AiSystem" s WHERE s."businessUnitId" = u.id AND s."organizationId" = ${organizationId})
    ORDER BY lower(u.name), u.name LIMIT ${limit}`;
  return rows.map((r) => r.unit);
}

const exportSelect = {
  id: true,
  name: true,
  description: true,
  intendedPurpose: true,
  businessUnit: true,
  vendor: true,
  lifecycleStage: true,
  tier: true,
  possibleTier: true,
  disposition: true,
  roles: true,
  obligationsApplicable: true,
  obligationsDone: true,
  classifiedAt: true,
  updatedAt: true,
  owner: { select: { name: true, email: true } },
} satisfies Prisma.AiSystemSelect;

export type SystemExportRowDTO = Prisma.AiSystemGetPayload<{ select: typeof exportSelect }>;

const EXPORT_BATCH = 1_000;

/**
 * The rows of an export, in batches so that a 100,000-system inventory streams instead of filling memory.
 * With `ids` only those systems (of the actor's organisation; others are silently absent); without, everything the
 * filters match, in the list's sort order ("export as on screen").
 */
export async function exportSystems(
  actor: Actor,
  query: SystemListInput,
  ids?: string[],
): Promise<AsyncGenerator<SystemExportRowDTO[]>> {
  const member = await authorize(actor, "report.read");
  const where = ids
    ? { organizationId: member.organizationId, id: { in: ids } }
    : await systemListWhere(member.organizationId, query);
  const orderBy = orderByFor(query.sort);
  return (async function* batches() {
    let cursor: string | undefined;
    for (;;) {
      // Each batch on its own: a replica that lags or goes away mid-export costs that batch a read on the primary.
      const after = cursor;
      const rows = await onReplica(() =>
        readDb().aiSystem.findMany({
          where,
          orderBy,
          select: exportSelect,
          take: EXPORT_BATCH,
          ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        }),
      );
      if (rows.length) yield rows;
      const last = rows.at(-1);
      if (last === undefined || rows.length < EXPORT_BATCH) return;
      cursor = last.id;
    }
  })();
}
