import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";
import { trainedSets, wideCoverageSettings } from "@/lib/dal/literacy/internal/pairs";
import { db } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import { mappedObligationCodes } from "@/lib/standards";
import type { CoverageFacts } from "@/lib/standards/coverage";
import { dutyCounts } from "./internal/duty-counts";
import { serial } from "./internal/serial";

// The figures every control of every framework is judged on (lib/standards/coverage.ts decides): obligations of the
// mapped codes by state, the classified inventory, high-risk systems with a risk register, and the Art 4 pairs
// trained today (the literacy register's definition of trained, lib/dal/literacy/internal/pairs.ts).
//
// The parts run as queries at once, each on its own connection without parallel workers (./internal/serial.ts) and
// each read from a covering index (BENCHMARKS.md, standards crosswalk): the duties from Obligation(organizationId,
// code, status) (./internal/duty-counts.ts), the systems from their dashboard index with the risk register hashed
// once (the former EXISTS looked up each high-risk system's risks: 50,000 probes at 100,000 systems), the pairs per
// person from SystemOperator(organizationId, personId, systemId) as the register's unit figures are (the former
// de-duplicated and joined all 300,000 pairs). The result is kept until the organisation's data changes
// (withDataStamp, like the dashboard and the literacy coverage: every write of duties, evidence, risks and the
// register is audited, which moves the stamp); the day is part of the key, since trainings
// expire at midnight.

type SystemRow = { systems: bigint; classified: bigint; high: bigint; high_with_risks: bigint };
type PairRow = { total: bigint | null; trained: bigint | null };

export async function coverageFacts(actor: Actor, today: string = todayIso()): Promise<CoverageFacts> {
  const member = await authorize(actor, "system.read");
  const org = member.organizationId;
  return withDataStamp(org, `standards:facts:${today}`, () => computeFacts(org, today));
}

async function computeFacts(org: string, today: string): Promise<CoverageFacts> {
  const [obligations, [systems], [literacy]] = await Promise.all([
    dutyCounts(org, mappedObligationCodes()),
    serial(
      (tx) => tx.$queryRaw<SystemRow[]>`
        SELECT count(*) AS systems, count(*) FILTER (WHERE s."tier" IS NOT NULL) AS classified,
          count(*) FILTER (WHERE s."tier" = 'HIGH') AS high,
          count(*) FILTER (WHERE s."tier" = 'HIGH' AND s."id" IN (
            SELECT r."systemId" FROM "Risk" r WHERE r."organizationId" = ${org})) AS high_with_risks
        FROM "AiSystem" s WHERE s."organizationId" = ${org}`,
    ),
    db().$transaction(async (tx) => {
      await wideCoverageSettings(tx);
      // A person who both operates and oversees a system is one pair (count DISTINCT).
      return tx.$queryRaw<PairRow[]>`
        ${trainedSets(org, today)},
        per_person AS (
          SELECT count(DISTINCT o."systemId") AS total,
            count(DISTINCT o."systemId") FILTER (WHERE o."personId" IN (SELECT "personId" FROM trained_all)
              OR (o."personId", o."systemId") IN (SELECT "personId", "systemId" FROM trained_for)) AS trained
          FROM "SystemOperator" o WHERE o."organizationId" = ${org}
          GROUP BY o."personId"
        )
        SELECT sum(total)::bigint AS total, sum(trained)::bigint AS trained FROM per_person`;
    }),
  ]);
  return {
    systems: Number(systems?.systems ?? 0),
    classified: Number(systems?.classified ?? 0),
    obligations,
    highRisk: Number(systems?.high ?? 0),
    highRiskWithRisks: Number(systems?.high_with_risks ?? 0),
    literacyPairs: Number(literacy?.total ?? 0),
    literacyTrained: Number(literacy?.trained ?? 0),
  };
}
