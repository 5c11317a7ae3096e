import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ORG_RISK_PAGE_SIZE, type OrgRiskQuery, type RiskView } from "@/lib/validations/risk-portfolio";
import type { RiskStatusCode } from "@/lib/validations/risks";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";

export type PortfolioCell = { likelihood: number; impact: number; count: number };

export type OrgRiskRow = {
  id: string;
  title: string;
  systemId: string;
  systemName: string;
  likelihood: number;
  impact: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
  status: RiskStatusCode;
  ownerName: string | null;
  nextReviewDate: string | null;
};

export type OrgRiskList = { rows: OrgRiskRow[]; total: number; page: number; pageSize: number };

// The rating a risk is placed by: "current" is the residual rating once both parts are set, the inherent one
// otherwise (currentRating() in lib/risks/score.ts says the same for one risk in memory).
function ratingSql(view: RiskView) {
  if (view === "inherent") return { l: Prisma.sql`r.likelihood`, i: Prisma.sql`r.impact` };
  const residual = Prisma.sql`(r."residualLikelihood" IS NOT NULL AND r."residualImpact" IS NOT NULL)`;
  return {
    l: Prisma.sql`CASE WHEN ${residual} THEN r."residualLikelihood" ELSE r.likelihood END`,
    i: Prisma.sql`CASE WHEN ${residual} THEN r."residualImpact" ELSE r.impact END`,
  };
}

// Closed risks are history: the portfolio shows what is still open or being treated.
const OPEN = Prisma.sql`r.status <> 'CLOSED'`;

// One grouped query over the organisation's risks, never a loop per system: at most 25 rows come back. Kept like
// the dashboard's other figures until the organisation's data changes (every risk write is audited, which moves the
// stamp), since it reads every open risk: ~100 ms at 100,000 systems on a loaded machine, a few ms when kept.
export async function getPortfolioHeatMap(actor: Actor, view: RiskView): Promise<PortfolioCell[]> {
  const { organizationId } = await authorize(actor, "dashboard.read");
  const { l, i } = ratingSql(view);
  return withDataStamp(
    organizationId,
    `risk-portfolio|${view}`,
    () => db().$queryRaw<PortfolioCell[]>`
      SELECT ${l} AS likelihood, ${i} AS impact, count(*)::int AS count
      FROM "Risk" r WHERE r."organizationId" = ${organizationId} AND ${OPEN}
      GROUP BY 1, 2`,
  );
}

// Open risks of every system, highest rating first, optionally only one cell of the heat map; a page at a time.
export async function listOrganisationRisks(actor: Actor, query: OrgRiskQuery): Promise<OrgRiskList> {
  const { organizationId } = await authorize(actor, "system.read");
  const { l, i } = ratingSql(query.view);
  const where = Prisma.sql`r."organizationId" = ${organizationId} AND ${OPEN}
    ${query.likelihood ? Prisma.sql`AND ${l} = ${query.likelihood}` : Prisma.empty}
    ${query.impact ? Prisma.sql`AND ${i} = ${query.impact}` : Prisma.empty}`;
  const offset = (query.page - 1) * ORG_RISK_PAGE_SIZE;
  // The page is sorted on narrow rows (id, score, updatedAt); only its 25 risks are then read in full with their
  // system and owner (a fifth faster than sorting whole rows at 100,000 systems: BENCHMARKS.md).
  const [rows, [counted]] = await Promise.all([
    db().$queryRaw<(Omit<OrgRiskRow, "nextReviewDate"> & { nextReviewDate: Date | null })[]>`
      SELECT r.id, r.title, r."systemId", s.name AS "systemName", r.likelihood, r.impact, r."residualLikelihood",
        r."residualImpact", r.status::text AS status, u.name AS "ownerName", r."nextReviewDate"
      FROM (SELECT r.id, ${l} * ${i} AS score, r."updatedAt" FROM "Risk" r WHERE ${where}
            ORDER BY 2 DESC, 3 DESC, 1 LIMIT ${ORG_RISK_PAGE_SIZE} OFFSET ${offset}) p
      JOIN "Risk" r ON r.id = p.id AND r."organizationId" = ${organizationId}
      JOIN "AiSystem" s ON s.id = r."systemId" AND s."organizationId" = ${organizationId}
      LEFT JOIN "User" u ON u.id = r."ownerId"
      ORDER BY p.score DESC, p."updatedAt" DESC, p.id`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Risk" r WHERE ${where}`,
  ]);
  return {
    rows: rows.map((r) => ({ ...r, nextReviewDate: r.nextReviewDate?.toISOString().slice(0, 10) ?? null })),
    total: counted?.total ?? 0,
    page: query.page,
    pageSize: ORG_RISK_PAGE_SIZE,
  };
}
