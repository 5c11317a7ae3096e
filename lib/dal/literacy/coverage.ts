import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import type { Coverage } from "@/lib/literacy/coverage";

// Coverage in SQL, one query per view, with the rules of lib/literacy/coverage.ts (the tests hold both to the same
// figures): a person is covered for a system when a completion not yet expired (expiry day included) is of an item
// meant for that system or for every system; a person who both operates and oversees a system counts once.

export type SystemCoverageDTO = Coverage & { systemId: string; name: string };
export type UnitCoverageDTO = Coverage & { unitId: string | null; name: string | null };

// The (person, system) pairs to train, each with whether it is covered today.
function pairs(organizationId: string, today: string, systemId?: string) {
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

type Row = { id: string | null; name: string | null; total: bigint; trained: bigint };
const toCoverage = (r: Row) => ({ total: Number(r.total), trained: Number(r.trained) });

/** Systems that have operators or overseers, least covered first; systems with nobody assigned are counted apart. */
export async function coverageBySystem(
  actor: Actor,
  today: string = todayIso(),
): Promise<{ systems: SystemCoverageDTO[]; unassigned: number }> {
  const member = await authorize(actor, "system.read");
  const org = member.organizationId;
  const rows = await db().$queryRaw<(Row & { unassigned: bigint })[]>`
    ${pairs(org, today)},
    per AS (
      SELECT "systemId" AS id, count(*) AS total, count(*) FILTER (WHERE ok) AS trained FROM covered GROUP BY "systemId"
    )
    SELECT per.id, s."name", per.total, per.trained,
      (SELECT count(*) FROM "AiSystem" a WHERE a."organizationId" = ${org}) - (SELECT count(*) FROM per) AS unassigned
    FROM per JOIN "AiSystem" s ON s."id" = per.id AND s."organizationId" = ${org}
    ORDER BY per.trained::float / per.total, s."name"
    LIMIT 500`;
  const unassigned = rows[0]
    ? Number(rows[0].unassigned)
    : await db().aiSystem.count({ where: { organizationId: org } });
  return {
    systems: rows.map((r) => ({ systemId: r.id as string, name: r.name ?? "", ...toCoverage(r) })),
    unassigned,
  };
}

/** Per business unit of the people assigned (null: people without a unit). */
export async function coverageByUnit(actor: Actor, today: string = todayIso()): Promise<UnitCoverageDTO[]> {
  const member = await authorize(actor, "system.read");
  const org = member.organizationId;
  const rows = await db().$queryRaw<Row[]>`
    ${pairs(org, today)}
    SELECT u."id", u."name", count(*) AS total, count(*) FILTER (WHERE c.ok) AS trained
    FROM covered c
    JOIN "LiteracyPerson" p ON p."id" = c."personId" AND p."organizationId" = ${org}
    LEFT JOIN "BusinessUnit" u ON u."id" = p."businessUnitId" AND u."organizationId" = ${org}
    GROUP BY u."id", u."name"
    ORDER BY u."name" NULLS LAST`;
  return rows.map((r) => ({ unitId: r.id, name: r.name, ...toCoverage(r) }));
}

/** One system: its figure and its people, for the system page's card. */
export async function systemLiteracy(
  actor: Actor,
  systemId: string,
  today: string = todayIso(),
): Promise<{ coverage: Coverage; people: { personId: string; name: string; role: string; covered: boolean }[] }> {
  const member = await authorize(actor, "system.read");
  const org = member.organizationId;
  const rows = await db().$queryRaw<{ personId: string; name: string; role: string; ok: boolean }[]>`
    ${pairs(org, today, systemId)}
    SELECT c."personId", p."name", string_agg(o."role"::text, ',' ORDER BY o."role") AS role, c.ok
    FROM covered c
    JOIN "LiteracyPerson" p ON p."id" = c."personId" AND p."organizationId" = ${org}
    JOIN "SystemOperator" o ON o."personId" = c."personId" AND o."systemId" = c."systemId" AND o."organizationId" = ${org}
    GROUP BY c."personId", p."name", c.ok
    ORDER BY p."name"`;
  return {
    coverage: { total: rows.length, trained: rows.filter((r) => r.ok).length },
    people: rows.map((r) => ({ personId: r.personId, name: r.name, role: r.role, covered: r.ok })),
  };
}
