import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { FRIA_ARTICLE, REGISTRATION_ARTICLE } from "@/lib/dashboard/articles";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { named, type NamedSystems } from "./dashboard-systems";
import { DONE, OPEN, obligationOnlyWhere, obligationWhere } from "./dashboard-sql";

// Obligation figures over the organisation's applicable (non-obsolete) obligations, each a single pass over them.
// Called only by lib/dal/dashboard.ts, after authorize() has produced the organisation id.

export type Ratio = { applicable: number; done: number };
export type QuarterRow = { quarter: string; obligations: number; done: number; systems: number; dates: string[] };
export type ObligationFigures = {
  overall: Ratio;
  byTier: (Ratio & { tier: string | null })[];
  byUnit: (Ratio & { unit: string })[];
  byQuarter: Omit<QuarterRow, "systems">[];
  overdue: number;
  registrationOpen: number;
};

type GroupRow = Ratio & { g: number; tier: string | null; unit: string | null; quarter: string | null; overdue: number; registration_open: number; dates: string[] | null };
const TIER_SET = 0b011;
const UNIT_SET = 0b101;
const QUARTER_SET = 0b110;

const contains = (text: string) => Prisma.sql`o.article ILIKE ${`%${text}%`}`;

// The inner query folds the obligations into (tier, unit, date) cells, a few hundred rows whatever the portfolio
// size; the outer grouping sets add those up by tier, by unit, by quarter and overall.
export async function obligationFigures(organizationId: string, f: DashboardFilters, today: string): Promise<ObligationFigures> {
  const rows = await db().$queryRaw<GroupRow[]>`
    WITH cells AS (
      SELECT s.tier, s."businessUnit" AS unit, o."appliesFrom" AS day, count(*) AS applicable,
             count(*) FILTER (WHERE ${DONE}) AS done,
             count(*) FILTER (WHERE ${OPEN} AND o."dueDate" < ${today}::date) AS overdue,
             count(*) FILTER (WHERE ${OPEN} AND s.tier = 'HIGH' AND ${contains(REGISTRATION_ARTICLE)}) AS registration_open
      FROM "Obligation" o JOIN "AiSystem" s ON s.id = o."systemId"
      WHERE ${obligationWhere(organizationId, f)}
      GROUP BY 1, 2, 3)
    SELECT GROUPING(tier, unit, to_char(day, 'YYYY-"Q"Q'))::int AS g, tier::text AS tier, unit, to_char(day, 'YYYY-"Q"Q') AS quarter,
           coalesce(sum(applicable), 0)::int AS applicable, coalesce(sum(done), 0)::int AS done,
           coalesce(sum(overdue), 0)::int AS overdue, coalesce(sum(registration_open), 0)::int AS registration_open, array_agg(DISTINCT to_char(day, 'YYYY-MM-DD')) AS dates
    FROM cells
    GROUP BY GROUPING SETS ((tier), (unit), (to_char(day, 'YYYY-"Q"Q')), ())`;
  const result: ObligationFigures = { overall: { applicable: 0, done: 0 }, byTier: [], byUnit: [], byQuarter: [], overdue: 0, registrationOpen: 0 };
  for (const r of rows) {
    const ratio = { applicable: r.applicable, done: r.done };
    if (r.g === TIER_SET) result.byTier.push({ tier: r.tier, ...ratio });
    else if (r.g === UNIT_SET) result.byUnit.push({ unit: r.unit ?? "", ...ratio });
    else if (r.g === QUARTER_SET) result.byQuarter.push({ quarter: r.quarter ?? "", obligations: r.applicable, done: r.done, dates: (r.dates ?? []).sort() });
    // The overall row sums no cells when nothing matches; coalesce keeps it at zero rather than null.
    else Object.assign(result, { overall: ratio, overdue: r.overdue, registrationOpen: r.registration_open });
  }
  result.byUnit.sort((a, b) => a.unit.localeCompare(b.unit));
  result.byQuarter.sort((a, b) => a.quarter.localeCompare(b.quarter));
  return result;
}

// Systems touched per quarter need distinct (system, quarter) pairs: hundreds of thousands at full size, so the
// hash gets enough memory to stay off disk for this one statement, and the system is joined only when its
// business unit is filtered on.
export async function systemsPerQuarter(organizationId: string, f: DashboardFilters): Promise<Map<string, number>> {
  const source = f.unit
    ? Prisma.sql`"Obligation" o JOIN "AiSystem" s ON s.id = o."systemId" WHERE ${obligationWhere(organizationId, f)}`
    : Prisma.sql`"Obligation" o WHERE ${obligationOnlyWhere(organizationId, f)}`;
  const rows = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    return tx.$queryRaw<{ quarter: string; systems: number }[]>`
      SELECT to_char(quarter, 'YYYY-"Q"Q') AS quarter, count(*)::int AS systems
      FROM (SELECT DISTINCT o."systemId", date_trunc('quarter', o."appliesFrom") AS quarter FROM ${source}) pairs
      GROUP BY 1`;
  }, { timeout: 30_000 });
  return new Map(rows.map((r) => [r.quarter, r.systems]));
}

// High-risk systems whose FRIA (Art 27) or registration (Art 49) duty is still open: one pass over the open
// duties with those articles, folded per system, then the high-risk systems among them.
export async function missingFriaOrRegistration(organizationId: string, f: DashboardFilters, limit = 5): Promise<{ fria: NamedSystems; registration: NamedSystems }> {
  const rows = await db().$queryRaw<{ kind: string; id: string; name: string; total: number }[]>`
    WITH duties AS (
      SELECT o."systemId", bool_or(${contains(FRIA_ARTICLE)}) AS fria, bool_or(${contains(REGISTRATION_ARTICLE)}) AS registration
      FROM "Obligation" o JOIN "AiSystem" s ON s.id = o."systemId"
      WHERE ${obligationWhere(organizationId, f)} AND ${OPEN} AND s.tier = 'HIGH'
        AND (${contains(FRIA_ARTICLE)} OR ${contains(REGISTRATION_ARTICLE)})
      GROUP BY 1),
    flagged AS (
      SELECT s.id, s.name, d.fria, d.registration FROM duties d JOIN "AiSystem" s ON s.id = d."systemId" AND s."organizationId" = ${organizationId})
    (SELECT 'fria' AS kind, id, name, count(*) OVER ()::int AS total FROM flagged WHERE fria ORDER BY name LIMIT ${limit})
    UNION ALL
    (SELECT 'registration' AS kind, id, name, count(*) OVER ()::int AS total FROM flagged WHERE registration ORDER BY name LIMIT ${limit})`;
  return { fria: named(rows, "fria"), registration: named(rows, "registration") };
}
