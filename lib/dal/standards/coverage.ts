import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";
import { perPersonCoverage, wideCoverageSettings } from "@/lib/dal/literacy/internal/pairs";
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
// person as the register counts them (perPersonCoverage).
//
// Each part is kept until the organisation's data changes (withDataStamp, like the dashboard and the literacy
// coverage: every write of duties, evidence, risks and the register is audited, which moves the stamp). Only the Art
// 4 pairs depend on the day (trainings expire at midnight), so only they are keyed by it: the first view of a new day
// recomputes the pairs alone, not the ~800,000 duties and 100,000 systems, which would give the same figures.

type InventoryFacts = Omit<CoverageFacts, "literacyPairs" | "literacyTrained">;
type LiteracyFacts = Pick<CoverageFacts, "literacyPairs" | "literacyTrained">;
type SystemRow = { systems: bigint; classified: bigint; high: bigint; high_with_risks: bigint };
type PairRow = { total: bigint | null; trained: bigint | null };

export async function coverageFacts(actor: Actor, today: string = todayIso()): Promise<CoverageFacts> {
  const member = await authorize(actor, "system.read");
  const org = member.organizationId;
  // The whole is kept too, so a page that asks again gets the very same object.
  return withDataStamp(org, `standards:facts:${today}`, async () => {
    const [inventory, literacy] = await Promise.all([
      withDataStamp(org, "standards:inventory", () => inventoryFacts(org)),
      withDataStamp(org, `standards:literacy:${today}`, () => literacyFacts(org, today)),
    ]);
    return { ...inventory, ...literacy };
  });
}

async function inventoryFacts(org: string): Promise<InventoryFacts> {
  const [obligations, [systems]] = await Promise.all([
    dutyCounts(org, mappedObligationCodes()),
    serial(
      (tx) => tx.$queryRaw<SystemRow[]>`
        SELECT count(*) AS systems, count(*) FILTER (WHERE s."tier" IS NOT NULL) AS classified,
          count(*) FILTER (WHERE s."tier" = 'HIGH') AS high,
          count(*) FILTER (WHERE s."tier" = 'HIGH' AND s."id" IN (
            SELECT r."systemId" FROM "Risk" r WHERE r."organizationId" = ${org})) AS high_with_risks
        FROM "AiSystem" s WHERE s."organizationId" = ${org}`,
    ),
  ]);
  return {
    systems: Number(systems?.systems ?? 0),
    classified: Number(systems?.classified ?? 0),
    obligations,
    highRisk: Number(systems?.high ?? 0),
    highRiskWithRisks: Number(systems?.high_with_risks ?? 0),
  };
}

async function literacyFacts(org: string, today: string): Promise<LiteracyFacts> {
  const [row] = await db().$transaction(async (tx) => {
    await wideCoverageSettings(tx);
    return tx.$queryRaw<PairRow[]>`
      ${perPersonCoverage(org, today)}
      SELECT sum(total)::bigint AS total, sum(trained)::bigint AS trained FROM per_person`;
  });
  return { literacyPairs: Number(row?.total ?? 0), literacyTrained: Number(row?.trained ?? 0) };
}
