import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import type { Coverage, SystemCoverage } from "@/lib/literacy/coverage";
import { pairs, systemPeople } from "./internal/pairs";

// Coverage in SQL, one query per view, with the rules of lib/literacy/coverage.ts (the tests hold both to the same
// figures): a person is covered for a system when a completion not yet expired (expiry day included) is of an item
// meant for that system or for every system; a person who both operates and oversees a system counts once.

export type SystemCoverageDTO = Coverage & { systemId: string; name: string };
export type UnitCoverageDTO = Coverage & { unitId: string | null; name: string | null };

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

/** One system: its figure and its people, for the system page's card and its Art 4 obligation. */
export async function systemLiteracy(
  actor: Actor,
  systemId: string,
  today: string = todayIso(),
): Promise<{ coverage: SystemCoverage; people: { personId: string; name: string; role: string; covered: boolean }[] }> {
  const member = await authorize(actor, "system.read");
  const { coverage, rows } = await systemPeople(db(), member.organizationId, systemId, today);
  return {
    coverage,
    people: rows.map((r) => ({ personId: r.personId, name: r.name, role: r.role, covered: r.ok })),
  };
}
