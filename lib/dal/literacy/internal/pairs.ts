import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { SystemCoverage } from "@/lib/literacy/coverage";

// The one SQL definition of "trained", shared by every coverage query and the Art 4 done check; it follows the pure
// rules of lib/literacy/coverage.ts (the tests hold both to the same figures).

// The (person, system) pairs to train, each with whether it is covered today: every pair is hash-joined once to each
// of two trained sets, de-duplicated, people with a current general training (an item for every system) and
// (person, system) pairs with a current training of an item meant for that system. The former version joined every
// pair to every training of its person and grouped the result again (BENCHMARKS.md, AI-literacy coverage).
export function pairs(organizationId: string, today: string, systemId?: string) {
  const onlySystem = systemId ? Prisma.sql`AND o."systemId" = ${systemId}` : Prisma.empty;
  const onlyItemSystem = systemId ? Prisma.sql`AND lis."systemId" = ${systemId}` : Prisma.empty;
  return Prisma.sql`
    ${trainedSets(organizationId, today, onlyItemSystem)},
    pairs AS (
      SELECT DISTINCT o."systemId", o."personId" FROM "SystemOperator" o
      WHERE o."organizationId" = ${organizationId} ${onlySystem}
    ),
    covered AS (
      SELECT p."systemId", p."personId", (a."personId" IS NOT NULL OR f."personId" IS NOT NULL) AS ok
      FROM pairs p
      LEFT JOIN (SELECT DISTINCT "personId" FROM trained_all) a ON a."personId" = p."personId"
      LEFT JOIN (SELECT DISTINCT "personId", "systemId" FROM trained_for) f
        ON f."personId" = p."personId" AND f."systemId" = p."systemId"
    )`;
}

/**
 * The trained sets of `pairs`, on their own (`WITH …`): trained_all (people with a current general training) and
 * trained_for ((person, system) with a current training meant for that system). Not de-duplicated: a hashed
 * `IN (…)` lookup does not need it (de-duplicating 92,856 pairs first cost ~100 ms at 100,000 systems), a join does.
 */
export function trainedSets(organizationId: string, today: string, onlyItemSystem = Prisma.empty) {
  return Prisma.sql`
    WITH current_training AS MATERIALIZED (
      SELECT c."personId", c."itemId" FROM "LiteracyCompletion" c
      WHERE c."organizationId" = ${organizationId}
        AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${today}::date)
    ),
    trained_all AS (
      SELECT t."personId" FROM current_training t
      JOIN "LearningItem" i ON i."id" = t."itemId" AND i."organizationId" = ${organizationId} AND i."allSystems"
    ),
    trained_for AS (
      SELECT t."personId", lis."systemId" FROM current_training t
      JOIN "LearningItemSystem" lis ON lis."itemId" = t."itemId" ${onlyItemSystem}
    )`;
}

/**
 * `WITH …, per_person AS (…)`: each person assigned in the organisation with their distinct systems (total) and how
 * many of those they are trained for today (trained). Read in order from the covering index SystemOperator(
 * organizationId, personId, systemId) and counted as they stream by, "trained" by lookups in the two hashed trained
 * sets; a person who both operates and oversees a system counts it once. The one per-person query of the register's
 * unit figures, the dashboard's literacy headline and the standards crosswalk's Art 4 pairs: the former version
 * de-duplicated and hash-joined all 300,000 pairs (BENCHMARKS.md, AI-literacy register). Run it in a transaction
 * with wideCoverageSettings.
 */
export function perPersonCoverage(organizationId: string, today: string) {
  return Prisma.sql`
    ${trainedSets(organizationId, today)},
    per_person AS (
      SELECT o."personId", count(DISTINCT o."systemId") AS total,
        count(DISTINCT o."systemId") FILTER (WHERE o."personId" IN (SELECT "personId" FROM trained_all)
          OR (o."personId", o."systemId") IN (SELECT "personId", "systemId" FROM trained_for)) AS trained
      FROM "SystemOperator" o WHERE o."organizationId" = ${organizationId}
      GROUP BY o."personId"
    )`;
}

/**
 * Settings for the organisation-wide coverage queries, in their transaction: the pair sets need tens of MB to hash
 * at 300,000 assignments (they spill to disk at the default 4 MB), and the planner, which cannot estimate the
 * grouped pairs, otherwise looks up the system names one by one (100,000 index probes) instead of hashing them.
 */
export async function wideCoverageSettings(tx: Pick<Tx, "$executeRaw">): Promise<void> {
  await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
  await tx.$executeRaw`SET LOCAL enable_nestloop = off`;
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
