import "server-only";
import { db } from "@/lib/db/client";
import type { ObligationStatus } from "@/lib/db/generated/client";
import type { DutyCounts } from "@/lib/standards/coverage";
import { serial } from "./serial";

// The organisation's live duties of the given codes by state, as the coverage of every control reads them: counted
// from the partial index Obligation(organizationId, code, status) WHERE obsoleteAt IS NULL without reading the table
// (~70 ms of CPU for ~800,000 duties at 100,000 systems), and the duties done with evidence counted from the evidence
// side, so that cost follows the evidence filed rather than the duties. The former single query joined every duty
// to the evidence in a parallel scan of the table (~430 ms of CPU; BENCHMARKS.md, standards crosswalk).

type StateRow = { code: string; status: ObligationStatus; n: bigint };
type EvidencedRow = { code: string; n: bigint };

export async function dutyCounts(organizationId: string, codes: string[]): Promise<Record<string, DutyCounts>> {
  const org = organizationId;
  const [states, evidenced] = await Promise.all([
    serial(
      (tx) => tx.$queryRaw<StateRow[]>`
        SELECT o."code", o."status", count(*) AS n FROM "Obligation" o
        WHERE o."organizationId" = ${org} AND o."obsoleteAt" IS NULL AND o."code" = ANY(${codes})
        GROUP BY o."code", o."status"`,
    ),
    // A duty with several pieces of evidence counts once.
    db().$queryRaw<EvidencedRow[]>`
      SELECT o."code", count(DISTINCT o."id") AS n
      FROM "Evidence" e JOIN "Obligation" o ON o."id" = e."obligationId" AND o."organizationId" = ${org}
      WHERE e."organizationId" = ${org} AND e."obligationId" IS NOT NULL
        AND o."obsoleteAt" IS NULL AND o."status" = 'DONE' AND o."code" = ANY(${codes})
      GROUP BY o."code"`,
  ]);
  return foldDutyCounts(states, evidenced);
}

/**
 * Duties marked not applicable are left out (a code with no other duty is absent); a duty done with only a note
 * counts as in progress (lib/standards/coverage.ts says why).
 */
function foldDutyCounts(states: StateRow[], evidenced: EvidencedRow[]): Record<string, DutyCounts> {
  const withEvidence = new Map(evidenced.map((r) => [r.code, Number(r.n)]));
  const counts: Record<string, DutyCounts> = {};
  for (const { code, status, n } of states) {
    if (status === "NOT_APPLICABLE") continue;
    const c = (counts[code] ??= { total: 0, evidenced: 0, inProgress: 0, notStarted: 0 });
    const count = Number(n);
    c.total += count;
    if (status === "NOT_STARTED") c.notStarted += count;
    else if (status === "IN_PROGRESS") c.inProgress += count;
    else {
      const done = withEvidence.get(code) ?? 0;
      c.evidenced += done;
      c.inProgress += count - done;
    }
  }
  return counts;
}
