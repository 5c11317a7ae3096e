// The dashboard's figures (unfiltered) as plain SQL: the same aggregates the page shows, statement by statement.
import { FRIA_ARTICLE, REGISTRATION_ARTICLE } from "../../lib/dashboard/articles";
import type { BenchSeed } from "./seed";
import { shellStatements, type SqlScenario } from "./sql";

const OPEN = `o.status IN ('NOT_STARTED', 'IN_PROGRESS')`;
const DONE = `o.status IN ('DONE', 'NOT_APPLICABLE')`;

export function dashboardSql(seed: BenchSeed, today: string): SqlScenario {
  const org = seed.organizationId;
  const fria = `%${FRIA_ARTICLE}%`, registration = `%${REGISTRATION_ARTICLE}%`;
  const st = (text: string, ...values: unknown[]) => ({ text, values });
  return { name: "dashboard", statements: [
    ...shellStatements(seed),
    st(`SELECT s.tier, s."businessUnit", s."lifecycleStage", count(*) FROM "AiSystem" s WHERE s."organizationId" = $1
        GROUP BY GROUPING SETS ((s.tier), (s."businessUnit"), (s."lifecycleStage"), ())`, org),
    st(`SELECT r, count(*) FROM "AiSystem" s CROSS JOIN LATERAL unnest(s.roles) r WHERE s."organizationId" = $1 GROUP BY r`, org),
    st(`SELECT s.tier, s."businessUnit", date_trunc('quarter', o."appliesFrom"), count(*), count(*) FILTER (WHERE ${DONE}),
          count(*) FILTER (WHERE ${OPEN} AND o."dueDate" < $2::date), count(*) FILTER (WHERE ${OPEN} AND s.tier = 'HIGH' AND o.article ILIKE $3)
        FROM "Obligation" o JOIN "AiSystem" s ON s.id = o."systemId"
        WHERE o."organizationId" = $1 AND s."organizationId" = $1 AND o."obsoleteAt" IS NULL
        GROUP BY GROUPING SETS ((s.tier), (s."businessUnit"), (date_trunc('quarter', o."appliesFrom")), ())`, org, today, registration),
    st(`SELECT quarter, count(*) FROM (SELECT DISTINCT o."systemId", date_trunc('quarter', o."appliesFrom") AS quarter
        FROM "Obligation" o WHERE o."organizationId" = $1 AND o."obsoleteAt" IS NULL) p GROUP BY 1`, org),
    st(`SELECT s.id, s.name, s.tier, s."obligationsApplicable", s."obligationsDone" FROM "AiSystem" s
        WHERE s."organizationId" = $1 AND s."obligationsDone" < s."obligationsApplicable"
        ORDER BY s."obligationsDone"::float / s."obligationsApplicable", s."obligationsApplicable" - s."obligationsDone" DESC, s.name LIMIT 5`, org),
    st(`(SELECT 'prohibited', s.id, s.name, count(*) OVER () FROM "AiSystem" s WHERE s."organizationId" = $1 AND s.tier = 'PROHIBITED'
          AND s."lifecycleStage" IN ('PILOT', 'IN_PRODUCTION') ORDER BY s.name LIMIT 5)
        UNION ALL (SELECT 'review', s.id, s.name, count(*) OVER () FROM "AiSystem" s WHERE s."organizationId" = $1
          AND s.disposition = 'REQUIRES_REVIEW' ORDER BY s.name LIMIT 5)`, org),
    st(`WITH d AS (SELECT o."systemId", bool_or(o.article ILIKE $2) AS fria, bool_or(o.article ILIKE $3) AS reg
          FROM "Obligation" o JOIN "AiSystem" s ON s.id = o."systemId"
          WHERE o."organizationId" = $1 AND s."organizationId" = $1 AND o."obsoleteAt" IS NULL AND ${OPEN} AND s.tier = 'HIGH'
            AND (o.article ILIKE $2 OR o.article ILIKE $3) GROUP BY 1)
        SELECT s.id, s.name, d.fria, d.reg FROM d JOIN "AiSystem" s ON s.id = d."systemId" ORDER BY s.name`, org, fria, registration),
  ] };
}
