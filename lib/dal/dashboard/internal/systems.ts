import "server-only";
import { readDb } from "@/lib/db/replicas";
import { Prisma } from "@/lib/db/generated/client";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { systemWhere } from "@/lib/dal/dashboard/internal/sql";

// System-level figures, read from the denormalised classification columns on AiSystem: one grouped scan of
// the organisation's systems, never a row per system into Node. Called only by lib/dal/dashboard/dashboard.ts, after
// authorize() has produced the organisation id.
// Read through readDb(): a caught-up read replica inside the dashboard's onReplica(), the primary for other callers.

export type SystemBreakdowns = {
  total: number;
  byTier: { tier: string | null; count: number }[];
  byUnit: { unit: string; count: number }[];
  byLifecycle: { stage: string; count: number }[];
};

type GroupRow = { g: number; tier: string | null; unit: string | null; lifecycle: string | null; systems: number };

// GROUPING(...) is a bit mask of the columns rolled up in a row, so each grouping set is told apart even where
// the grouped value itself is NULL (an unclassified tier).
const TIER_SET = 0b011;
const UNIT_SET = 0b101;
const LIFECYCLE_SET = 0b110;

// The tier a system is counted under: "how many systems are (or could be) High-risk". While a classification is not
// determined yet its stored tier is only a floor, so it counts under the highest tier still possible, as the
// inventory's tier filter behind each bar lists it (lib/dal/systems/system-list.ts); a row stored before possibleTier existed
// counts under its tier.
const PLANNED_TIER = Prisma.sql`(CASE WHEN s.disposition = 'UNDETERMINED' THEN COALESCE(s."possibleTier", s.tier) ELSE s.tier END)`;

export async function systemBreakdowns(organizationId: string, f: DashboardFilters): Promise<SystemBreakdowns> {
  const rows = await readDb().$queryRaw<GroupRow[]>`
    SELECT GROUPING(${PLANNED_TIER}, s."businessUnit", s."lifecycleStage")::int AS g, ${PLANNED_TIER}::text AS tier,
           s."businessUnit" AS unit, s."lifecycleStage"::text AS lifecycle, count(*)::int AS systems
    FROM "AiSystem" s
    WHERE ${systemWhere(organizationId, f)}
    GROUP BY GROUPING SETS ((${PLANNED_TIER}), (s."businessUnit"), (s."lifecycleStage"), ())`;
  const result: SystemBreakdowns = { total: 0, byTier: [], byUnit: [], byLifecycle: [] };
  for (const r of rows) {
    if (r.g === TIER_SET) result.byTier.push({ tier: r.tier, count: r.systems });
    else if (r.g === UNIT_SET) result.byUnit.push({ unit: r.unit ?? "", count: r.systems });
    else if (r.g === LIFECYCLE_SET) result.byLifecycle.push({ stage: r.lifecycle ?? "", count: r.systems });
    else result.total = r.systems;
  }
  result.byUnit.sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit));
  return result;
}

export async function systemsByRole(
  organizationId: string,
  f: DashboardFilters,
): Promise<{ role: string; count: number }[]> {
  return readDb().$queryRaw<{ role: string; count: number }[]>`
    SELECT r AS role, count(*)::int AS count
    FROM "AiSystem" s CROSS JOIN LATERAL unnest(s.roles) AS r
    WHERE ${systemWhere(organizationId, f)}
    GROUP BY r ORDER BY count DESC, r`;
}

export type BehindSystem = {
  id: string;
  name: string;
  tier: string | null;
  possibleTier: string | null;
  disposition: string | null;
  applicable: number;
  done: number;
};

// Lowest share done first; among equals, the most open obligations first.
export async function systemsFurthestBehind(
  organizationId: string,
  f: DashboardFilters,
  limit = 5,
): Promise<BehindSystem[]> {
  return readDb().$queryRaw<BehindSystem[]>`
    SELECT s.id, s.name, s.tier::text AS tier, s."possibleTier"::text AS "possibleTier", s.disposition::text AS disposition, s."obligationsApplicable" AS applicable, s."obligationsDone" AS done
    FROM "AiSystem" s
    WHERE ${systemWhere(organizationId, f)} AND s."obligationsDone" < s."obligationsApplicable"
    ORDER BY s."obligationsDone"::float / s."obligationsApplicable", s."obligationsApplicable" - s."obligationsDone" DESC, s.name
    LIMIT ${limit}`;
}

export type NamedSystems = { total: number; examples: { id: string; name: string }[] };
type ListRow = { kind: string; id: string; name: string; total: number };

const IN_USE = Prisma.sql`s."lifecycleStage" IN ('PILOT', 'IN_PRODUCTION')`;

// Prohibited systems in pilot or production, classifications awaiting legal review and those not determined yet (the
// current run's disposition, mirrored on the system). The window count is taken before LIMIT, so it is the full total.
export async function systemAttention(
  organizationId: string,
  f: DashboardFilters,
  limit = 5,
): Promise<{ prohibitedInUse: NamedSystems; awaitingReview: NamedSystems; undetermined: NamedSystems }> {
  const where = systemWhere(organizationId, f);
  const rows = await readDb().$queryRaw<ListRow[]>`
    (SELECT 'prohibited' AS kind, s.id, s.name, count(*) OVER ()::int AS total FROM "AiSystem" s
     WHERE ${where} AND s.tier = 'PROHIBITED' AND ${IN_USE} ORDER BY s.name LIMIT ${limit})
    UNION ALL
    (SELECT 'review' AS kind, s.id, s.name, count(*) OVER ()::int AS total FROM "AiSystem" s
     WHERE ${where} AND s.disposition = 'REQUIRES_REVIEW' ORDER BY s.name LIMIT ${limit})
    UNION ALL
    (SELECT 'undetermined' AS kind, s.id, s.name, count(*) OVER ()::int AS total FROM "AiSystem" s
     WHERE ${where} AND s.disposition = 'UNDETERMINED' ORDER BY s.name LIMIT ${limit})`;
  return {
    prohibitedInUse: named(rows, "prohibited"),
    awaitingReview: named(rows, "review"),
    undetermined: named(rows, "undetermined"),
  };
}

export function named(rows: ListRow[], kind: string): NamedSystems {
  const mine = rows.filter((r) => r.kind === kind);
  return { total: mine[0]?.total ?? 0, examples: mine.map(({ id, name }) => ({ id, name })) };
}
