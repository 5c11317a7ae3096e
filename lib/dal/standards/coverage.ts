import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";
import { pairs, wideCoverageSettings } from "@/lib/dal/literacy/internal/pairs";
import { db } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import { mappedObligationCodes } from "@/lib/standards";
import type { CoverageFacts } from "@/lib/standards/coverage";

// The figures every control of every framework is judged on (lib/standards/coverage.ts decides): obligations of the
// mapped codes by state, the classified inventory, high-risk systems with a risk register, and the Art 4 pairs
// trained today (the literacy register's own definition, lib/dal/literacy/internal/pairs.ts).
//
// At 100,000 systems the three parts cost about a second each on a loaded machine (BENCHMARKS.md, standards
// crosswalk), so they run as three queries at once rather than one UNION, and the result is kept until the
// organisation's data changes (withDataStamp, like the dashboard and the literacy coverage: every write of duties,
// evidence, risks and the register is audited, which moves the stamp); the day is part of the key, since trainings
// expire at midnight.

type DutyRow = { code: string; total: bigint; evidenced: bigint; in_progress: bigint; not_started: bigint };
type SystemRow = { systems: bigint; classified: bigint; high: bigint; high_with_risks: bigint };
type PairRow = { total: bigint; trained: bigint };

export async function coverageFacts(actor: Actor, today: string = todayIso()): Promise<CoverageFacts> {
  const member = await authorize(actor, "system.read");
  const org = member.organizationId;
  return withDataStamp(org, `standards:facts:${today}`, () => computeFacts(org, today));
}

async function computeFacts(org: string, today: string): Promise<CoverageFacts> {
  const [duties, [systems], [literacy]] = await Promise.all([
    db().$queryRaw<DutyRow[]>`
      WITH evidenced AS (
        SELECT DISTINCT e."obligationId" AS id FROM "Evidence" e
        WHERE e."organizationId" = ${org} AND e."obligationId" IS NOT NULL
      )
      SELECT o."code",
        count(*) AS total,
        count(*) FILTER (WHERE o."status" = 'DONE' AND ev.id IS NOT NULL) AS evidenced,
        count(*) FILTER (WHERE o."status" = 'IN_PROGRESS' OR (o."status" = 'DONE' AND ev.id IS NULL)) AS in_progress,
        count(*) FILTER (WHERE o."status" = 'NOT_STARTED') AS not_started
      FROM "Obligation" o LEFT JOIN evidenced ev ON ev.id = o."id"
      WHERE o."organizationId" = ${org} AND o."obsoleteAt" IS NULL AND o."status" <> 'NOT_APPLICABLE'
        AND o."code" = ANY(${mappedObligationCodes()})
      GROUP BY o."code"`,
    db().$queryRaw<SystemRow[]>`
      SELECT count(*) AS systems, count(*) FILTER (WHERE s."tier" IS NOT NULL) AS classified,
        count(*) FILTER (WHERE s."tier" = 'HIGH') AS high,
        count(*) FILTER (WHERE s."tier" = 'HIGH' AND EXISTS (
          SELECT 1 FROM "Risk" r WHERE r."systemId" = s."id" AND r."organizationId" = ${org})) AS high_with_risks
      FROM "AiSystem" s WHERE s."organizationId" = ${org}`,
    db().$transaction(async (tx) => {
      await wideCoverageSettings(tx);
      return tx.$queryRaw<PairRow[]>`
        ${pairs(org, today)}
        SELECT count(*) AS total, count(*) FILTER (WHERE ok) AS trained FROM covered`;
    }),
  ]);
  return {
    systems: Number(systems?.systems ?? 0),
    classified: Number(systems?.classified ?? 0),
    obligations: Object.fromEntries(
      duties.map((d) => [
        d.code,
        {
          total: Number(d.total),
          evidenced: Number(d.evidenced),
          inProgress: Number(d.in_progress),
          notStarted: Number(d.not_started),
        },
      ]),
    ),
    highRisk: Number(systems?.high ?? 0),
    highRiskWithRisks: Number(systems?.high_with_risks ?? 0),
    literacyPairs: Number(literacy?.total ?? 0),
    literacyTrained: Number(literacy?.trained ?? 0),
  };
}
