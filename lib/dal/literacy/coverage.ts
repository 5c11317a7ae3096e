import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";
import { db, type Tx } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import type { Coverage, SystemCoverage } from "@/lib/literacy/coverage";
import { pairs, systemPeople, wideCoverageSettings } from "./internal/pairs";

// Coverage in SQL, one query per view, with the rules of lib/literacy/coverage.ts (the tests hold both to the same
// figures): a person is covered for a system when a completion not yet expired (expiry day included) is of an item
// meant for that system or for every system; a person who both operates and oversees a system counts once.
// Organisation-wide figures are kept until the organisation's data changes (withDataStamp: every write of the
// register is audited, which moves the stamp); the day is part of the key, since trainings expire at midnight.

export type SystemCoverageDTO = Coverage & { systemId: string; name: string };
export type UnitCoverageDTO = Coverage & { unitId: string | null; name: string | null };

// An organisation-wide coverage query in a read transaction of its own, with the settings it needs at volume.
const wide = <T>(query: (tx: Tx) => Promise<T>) =>
  db().$transaction(async (tx) => {
    await wideCoverageSettings(tx);
    return query(tx);
  });

type Row = { id: string | null; name: string | null; total: bigint; trained: bigint };
const toCoverage = (r: Row) => ({ total: Number(r.total), trained: Number(r.trained) });

/** Systems that have operators or overseers, least covered first; systems with nobody assigned are counted apart. */
/**
 * Systems with anyone assigned, least covered first (500 by default: the page; the API pages through all), the
 * number of such systems, and how many systems have no one assigned.
 */
export async function coverageBySystem(
  actor: Actor,
  today: string = todayIso(),
  window: { offset: number; limit: number } = { offset: 0, limit: 500 },
): Promise<{ systems: SystemCoverageDTO[]; assigned: number; unassigned: number }> {
  const member = await authorize(actor, "system.read");
  const org = member.organizationId;
  const key = `literacy:systems:${today}:${window.offset}:${window.limit}`;
  return withDataStamp(org, key, () => systemsPage(org, today, window));
}

async function systemsPage(org: string, today: string, window: { offset: number; limit: number }) {
  const [rows, counts] = await Promise.all([
    wide(
      (tx) => tx.$queryRaw<Row[]>`
      ${pairs(org, today)},
      per AS (
        SELECT "systemId" AS id, count(*) AS total, count(*) FILTER (WHERE ok) AS trained FROM covered GROUP BY "systemId"
      )
      SELECT per.id, s."name", per.total, per.trained
      FROM per JOIN "AiSystem" s ON s."id" = per.id AND s."organizationId" = ${org}
      ORDER BY per.trained::float / per.total, s."name", s."id"
      OFFSET ${window.offset} LIMIT ${window.limit}`,
    ),
    db().$queryRaw<{ assigned: bigint; systems: bigint }[]>`
      SELECT (SELECT count(DISTINCT "systemId") FROM "SystemOperator" WHERE "organizationId" = ${org}) AS assigned,
             (SELECT count(*) FROM "AiSystem" WHERE "organizationId" = ${org}) AS systems`,
  ]);
  const assigned = Number(counts[0]?.assigned ?? 0);
  return {
    systems: rows.map((r) => ({ systemId: r.id as string, name: r.name ?? "", ...toCoverage(r) })),
    assigned,
    unassigned: Number(counts[0]?.systems ?? 0) - assigned,
  };
}

/** Per business unit of the people assigned (null: people without a unit). */
export async function coverageByUnit(actor: Actor, today: string = todayIso()): Promise<UnitCoverageDTO[]> {
  const member = await authorize(actor, "system.read");
  return withDataStamp(member.organizationId, `literacy:units:${today}`, () => units(member.organizationId, today));
}

async function units(org: string, today: string): Promise<UnitCoverageDTO[]> {
  const rows = await wide(
    (tx) => tx.$queryRaw<Row[]>`
    ${pairs(org, today)}
    SELECT u."id", u."name", count(*) AS total, count(*) FILTER (WHERE c.ok) AS trained
    FROM covered c
    JOIN "LiteracyPerson" p ON p."id" = c."personId" AND p."organizationId" = ${org}
    LEFT JOIN "BusinessUnit" u ON u."id" = p."businessUnitId" AND u."organizationId" = ${org}
    GROUP BY u."id", u."name"
    ORDER BY u."name" NULLS LAST`,
  );
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
