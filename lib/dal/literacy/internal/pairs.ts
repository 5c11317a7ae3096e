import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { SystemCoverage } from "@/lib/literacy/coverage";

// The one SQL definition of "trained", shared by every coverage query and the Art 4 done check; it follows the pure
// rules of lib/literacy/coverage.ts (the tests hold both to the same figures).

// The (person, system) pairs to train, each with whether it is covered today.
export function pairs(organizationId: string, today: string, systemId?: string) {
  const onlySystem = systemId ? Prisma.sql`AND o."systemId" = ${systemId}` : Prisma.empty;
  return Prisma.sql`
    WITH trained AS (
      SELECT DISTINCT c."personId", CASE WHEN i."allSystems" THEN '*' ELSE lis."systemId" END AS sys
      FROM "LiteracyCompletion" c
      JOIN "LearningItem" i ON i."id" = c."itemId" AND i."organizationId" = c."organizationId"
      LEFT JOIN "LearningItemSystem" lis ON lis."itemId" = i."id" AND NOT i."allSystems"
      WHERE c."organizationId" = ${organizationId}
        AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${today}::date)
        AND (i."allSystems" OR lis."systemId" IS NOT NULL)
    ),
    pairs AS (
      SELECT DISTINCT o."systemId", o."personId" FROM "SystemOperator" o
      WHERE o."organizationId" = ${organizationId} ${onlySystem}
    ),
    -- A join on the person (hashable), not a correlated EXISTS that would re-run the completions query per pair.
    covered AS (
      SELECT p."systemId", p."personId", bool_or(t."personId" IS NOT NULL) AS ok
      FROM pairs p LEFT JOIN trained t ON t."personId" = p."personId" AND t.sys IN ('*', p."systemId")
      GROUP BY p."systemId", p."personId"
    )`;
}

export type SystemPersonRow = { personId: string; name: string; role: string; ok: boolean; lapsed: boolean };

/**
 * One system's operators and overseers, each trained or not, and whether an untrained one held a training meant for
 * the system that has since expired (a refresher overdue). Runs in a transaction or on the client.
 */
export async function systemPeople(
  client: Pick<Tx, "$queryRaw">,
  organizationId: string,
  systemId: string,
  today: string,
): Promise<{ coverage: SystemCoverage; rows: SystemPersonRow[] }> {
  const org = organizationId;
  const rows = await client.$queryRaw<SystemPersonRow[]>`
    ${pairs(org, today, systemId)}
    SELECT c."personId", p."name", string_agg(o."role"::text, ',' ORDER BY o."role") AS role, c.ok,
      (NOT c.ok AND EXISTS (
        SELECT 1 FROM "LiteracyCompletion" lc
        JOIN "LearningItem" i ON i."id" = lc."itemId" AND i."organizationId" = lc."organizationId"
        WHERE lc."organizationId" = ${org} AND lc."personId" = c."personId"
          AND (i."allSystems" OR EXISTS (
            SELECT 1 FROM "LearningItemSystem" lis WHERE lis."itemId" = i."id" AND lis."systemId" = c."systemId"))
      )) AS lapsed
    FROM covered c
    JOIN "LiteracyPerson" p ON p."id" = c."personId" AND p."organizationId" = ${org}
    JOIN "SystemOperator" o ON o."personId" = c."personId" AND o."systemId" = c."systemId" AND o."organizationId" = ${org}
    GROUP BY c."personId", c."systemId", p."name", c.ok
    ORDER BY p."name"`;
  const coverage = {
    total: rows.length,
    trained: rows.filter((r) => r.ok).length,
    lapsed: rows.filter((r) => r.lapsed).length,
  };
  return { coverage, rows };
}
