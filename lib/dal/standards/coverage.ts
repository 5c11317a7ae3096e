import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import { mappedObligationCodes } from "@/lib/standards";
import type { CoverageFacts } from "@/lib/standards/coverage";

// The figures every control of every framework is judged on (lib/standards/coverage.ts decides), in one query per
// page: obligations of the mapped codes by state, the classified inventory, high-risk systems with a risk register,
// and the Art 4 pairs trained today (the rules of lib/literacy/coverage.ts: a completion not yet expired of an item
// meant for that system or for every system; a person both operating and overseeing a system counts once).

type Row = { kind: string; code: string | null; a: bigint; b: bigint; c: bigint; d: bigint };

export async function coverageFacts(actor: Actor, today: string = todayIso()): Promise<CoverageFacts> {
  const member = await authorize(actor, "system.read");
  const org = member.organizationId;
  const rows = await db().$queryRaw<Row[]>`
    WITH evidenced AS (
      SELECT DISTINCT e."obligationId" AS id FROM "Evidence" e
      WHERE e."organizationId" = ${org} AND e."obligationId" IS NOT NULL
    ),
    duties AS (
      SELECT o."code",
        count(*) AS total,
        count(*) FILTER (WHERE o."status" = 'DONE' AND ev.id IS NOT NULL) AS done_evidenced,
        count(*) FILTER (WHERE o."status" = 'IN_PROGRESS' OR (o."status" = 'DONE' AND ev.id IS NULL)) AS in_progress,
        count(*) FILTER (WHERE o."status" = 'NOT_STARTED') AS not_started
      FROM "Obligation" o LEFT JOIN evidenced ev ON ev.id = o."id"
      WHERE o."organizationId" = ${org} AND o."obsoleteAt" IS NULL AND o."status" <> 'NOT_APPLICABLE'
        AND o."code" = ANY(${mappedObligationCodes()})
      GROUP BY o."code"
    ),
    trained AS (
      SELECT DISTINCT c."personId", CASE WHEN i."allSystems" THEN '*' ELSE lis."systemId" END AS sys
      FROM "LiteracyCompletion" c
      JOIN "LearningItem" i ON i."id" = c."itemId" AND i."organizationId" = c."organizationId"
      LEFT JOIN "LearningItemSystem" lis ON lis."itemId" = i."id" AND NOT i."allSystems"
      WHERE c."organizationId" = ${org} AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${today}::date)
        AND (i."allSystems" OR lis."systemId" IS NOT NULL)
    ),
    pairs AS (
      SELECT p."systemId", p."personId", bool_or(t."personId" IS NOT NULL) AS ok
      FROM (SELECT DISTINCT "systemId", "personId" FROM "SystemOperator" WHERE "organizationId" = ${org}) p
      LEFT JOIN trained t ON t."personId" = p."personId" AND t.sys IN ('*', p."systemId")
      GROUP BY p."systemId", p."personId"
    )
    SELECT 'duty' AS kind, "code", total AS a, done_evidenced AS b, in_progress AS c, not_started AS d FROM duties
    UNION ALL
    SELECT 'systems', NULL, count(*), count(*) FILTER (WHERE s."tier" IS NOT NULL),
      count(*) FILTER (WHERE s."tier" = 'HIGH'),
      count(*) FILTER (WHERE s."tier" = 'HIGH' AND EXISTS (
        SELECT 1 FROM "Risk" r WHERE r."systemId" = s."id" AND r."organizationId" = ${org}))
    FROM "AiSystem" s WHERE s."organizationId" = ${org}
    UNION ALL
    SELECT 'literacy', NULL, count(*), count(*) FILTER (WHERE ok), 0, 0 FROM pairs`;
  const facts: CoverageFacts = {
    systems: 0,
    classified: 0,
    obligations: {},
    highRisk: 0,
    highRiskWithRisks: 0,
    literacyPairs: 0,
    literacyTrained: 0,
  };
  for (const r of rows) {
    const [a, b, c, d] = [r.a, r.b, r.c, r.d].map(Number) as [number, number, number, number];
    if (r.kind === "duty" && r.code)
      facts.obligations[r.code] = { total: a, evidenced: b, inProgress: c, notStarted: d };
    else if (r.kind === "systems")
      Object.assign(facts, { systems: a, classified: b, highRisk: c, highRiskWithRisks: d });
    else if (r.kind === "literacy") Object.assign(facts, { literacyPairs: a, literacyTrained: b });
  }
  return facts;
}
