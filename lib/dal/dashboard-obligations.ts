import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { FRIA_ARTICLE, REGISTRATION_ARTICLE } from "@/lib/dashboard/articles";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { named, type NamedSystems } from "./dashboard-systems";
import { DONE, OPEN, obligationWhere, systemWhere } from "./dashboard-sql";

// Obligation figures: grouped in SQL over the organisation's applicable (non-obsolete) obligations joined to
// their systems. Called only by lib/dal/dashboard.ts, after authorize() has produced the organisation id.

export type Ratio = { applicable: number; done: number };
export type ObligationFigures = {
  overall: Ratio;
  byTier: (Ratio & { tier: string | null })[];
  byUnit: (Ratio & { unit: string })[];
  overdue: number;
  registrationOpen: number;
};

type GroupRow = Ratio & { g: number; tier: string | null; unit: string | null; overdue: number; registration_open: number };
const TIER_SET = 0b01;
const UNIT_SET = 0b10;

const contains = (text: string) => Prisma.sql`o.article ILIKE ${`%${text}%`}`;

export async function obligationFigures(organizationId: string, f: DashboardFilters, today: string): Promise<ObligationFigures> {
  const rows = await db().$queryRaw<GroupRow[]>`
    SELECT GROUPING(s.tier, s."businessUnit")::int AS g, s.tier::text AS tier, s."businessUnit" AS unit,
           count(*)::int AS applicable, count(*) FILTER (WHERE ${DONE})::int AS done,
           count(*) FILTER (WHERE ${OPEN} AND o."dueDate" < ${today}::date)::int AS overdue,
           count(*) FILTER (WHERE ${OPEN} AND s.tier = 'HIGH' AND ${contains(REGISTRATION_ARTICLE)})::int AS registration_open
    FROM "Obligation" o JOIN "AiSystem" s ON s.id = o."systemId"
    WHERE ${obligationWhere(organizationId, f)}
    GROUP BY GROUPING SETS ((s.tier), (s."businessUnit"), ())`;
  const result: ObligationFigures = { overall: { applicable: 0, done: 0 }, byTier: [], byUnit: [], overdue: 0, registrationOpen: 0 };
  for (const r of rows) {
    const ratio = { applicable: r.applicable, done: r.done };
    if (r.g === TIER_SET) result.byTier.push({ tier: r.tier, ...ratio });
    else if (r.g === UNIT_SET) result.byUnit.push({ unit: r.unit ?? "", ...ratio });
    else Object.assign(result, { overall: ratio, overdue: r.overdue, registrationOpen: r.registration_open });
  }
  result.byUnit.sort((a, b) => a.unit.localeCompare(b.unit));
  return result;
}

export type QuarterRow = { quarter: string; obligations: number; done: number; systems: number; dates: string[] };

// What begins to apply when: obligations by the quarter of their application date, with the systems they touch.
export async function obligationTimeline(organizationId: string, f: DashboardFilters): Promise<QuarterRow[]> {
  return db().$queryRaw<QuarterRow[]>`
    SELECT to_char(o."appliesFrom", 'YYYY-"Q"Q') AS quarter, count(*)::int AS obligations,
           count(*) FILTER (WHERE ${DONE})::int AS done, count(DISTINCT o."systemId")::int AS systems,
           array_agg(DISTINCT to_char(o."appliesFrom", 'YYYY-MM-DD')) AS dates
    FROM "Obligation" o JOIN "AiSystem" s ON s.id = o."systemId"
    WHERE ${obligationWhere(organizationId, f)}
    GROUP BY 1 ORDER BY 1`;
}

// High-risk systems with their FRIA (Art 27) or registration (Art 49) duty still open. EXISTS walks the
// (systemId, code, role) unique index per high-risk system instead of scanning every obligation.
export async function missingFriaOrRegistration(organizationId: string, f: DashboardFilters, limit = 5): Promise<{ fria: NamedSystems; registration: NamedSystems }> {
  const systems = systemWhere(organizationId, { unit: f.unit });
  const duty = (article: string) => Prisma.sql`EXISTS (
    SELECT 1 FROM "Obligation" o WHERE o."systemId" = s.id AND ${obligationWhere(organizationId, f)} AND ${OPEN} AND ${contains(article)})`;
  const rows = await db().$queryRaw<{ kind: string; id: string; name: string; total: number }[]>`
    (SELECT 'fria' AS kind, s.id, s.name, count(*) OVER ()::int AS total FROM "AiSystem" s
     WHERE ${systems} AND s.tier = 'HIGH' AND ${duty(FRIA_ARTICLE)} ORDER BY s.name LIMIT ${limit})
    UNION ALL
    (SELECT 'registration' AS kind, s.id, s.name, count(*) OVER ()::int AS total FROM "AiSystem" s
     WHERE ${systems} AND s.tier = 'HIGH' AND ${duty(REGISTRATION_ARTICLE)} ORDER BY s.name LIMIT ${limit})`;
  return { fria: named(rows, "fria"), registration: named(rows, "registration") };
}
