import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";
import { db, type Tx } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import type { Coverage, SystemCoverage } from "@/lib/literacy/coverage";
import { perPersonCoverage, systemPeople, trainedSets, wideCoverageSettings } from "./internal/pairs";

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

// Each system's people are read in (system, person) order from the covering index SystemOperator(organizationId,
// systemId, personId) and counted as they stream by; whether a person is trained is a lookup in two hashed sets. The
// former version de-duplicated and hash-joined all 300,000 pairs, then grouped them again and counted the assigned
// systems in a second query over the same rows: ~1.9 s on the first view at 100,000 systems (BENCHMARKS.md).
async function systemsPage(org: string, today: string, window: { offset: number; limit: number }) {
  type PageRow = Row & { assigned: bigint };
  const [rows, counts] = await Promise.all([
    wide(
      (tx) => tx.$queryRaw<PageRow[]>`
      ${trainedSets(org, today)},
      per AS (
        SELECT o."systemId" AS id, count(DISTINCT o."personId") AS total,
          count(DISTINCT o."personId") FILTER (WHERE o."personId" IN (SELECT "personId" FROM trained_all)
            OR (o."personId", o."systemId") IN (SELECT "personId", "systemId" FROM trained_for)) AS trained
        FROM "SystemOperator" o WHERE o."organizationId" = ${org}
        GROUP BY o."systemId"
      )
      SELECT per.id, s."name", per.total, per.trained, count(*) OVER () AS assigned
      FROM per JOIN "AiSystem" s ON s."id" = per.id AND s."organizationId" = ${org}
      ORDER BY per.trained::float / per.total, s."name", s."id"
      OFFSET ${window.offset} LIMIT ${window.limit}`,
    ),
    db().$queryRaw<{ systems: bigint }[]>`SELECT count(*) AS systems FROM "AiSystem" WHERE "organizationId" = ${org}`,
  ]);
  // A page past the end has no row to carry the count: then it is counted on its own (the API's last page + 1).
  const assigned =
    rows[0] !== undefined
      ? Number(rows[0].assigned)
      : Number(
          (
            await db().$queryRaw<{ n: bigint }[]>`
              SELECT count(DISTINCT "systemId") AS n FROM "SystemOperator" WHERE "organizationId" = ${org}`
          )[0]?.n ?? 0,
        );
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

// Counted per person first (perPersonCoverage), then summed per unit, instead of grouping every de-duplicated pair
// joined to its person (BENCHMARKS.md, AI-literacy register).
async function units(org: string, today: string): Promise<UnitCoverageDTO[]> {
  const rows = await wide(
    (tx) => tx.$queryRaw<Row[]>`
    ${perPersonCoverage(org, today)}
    SELECT u."id", u."name", sum(pp.total)::bigint AS total, sum(pp.trained)::bigint AS trained
    FROM per_person pp
    JOIN "LiteracyPerson" p ON p."id" = pp."personId" AND p."organizationId" = ${org}
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
