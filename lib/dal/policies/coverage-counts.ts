import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { inAudienceSql, memberUnits } from "./internal/audience-sql";

// How many of each published version's audience acknowledged it, counted in SQL, for the views that show only the
// figure (/policies, GET /api/v1/policies, the dashboard's governance card). policyCoverages
// (./acknowledgements.ts) loaded every acknowledgement row and every member and folded them in JavaScript on every
// view: ~100 ms of CPU at 2,000 members and 20 policies. A policy's own page still reads its one version whole (by
// unit, and who is missing). The tests hold both to the same figures.

export type PolicyCoverageCountDTO = { versionId: string; number: number; acknowledged: number; total: number };

type Row = { versionId: string; policyId: string; number: number; acknowledged: bigint; total: bigint };

/** By policy id; policies without a published version are absent. */
export async function policyCoverageCounts(actor: Actor): Promise<Map<string, PolicyCoverageCountDTO>> {
  const { organizationId: org } = await authorize(actor, "system.read");
  const rows = await db().$queryRaw<Row[]>`
    WITH ${memberUnits(Prisma.sql`${org}`)}
    SELECT v."id" AS "versionId", v."policyId", v."number", count(m."userId") AS total, count(a."userId") AS acknowledged
    FROM "PolicyVersion" v
    JOIN "Policy" p ON p."id" = v."policyId" AND p."organizationId" = ${org}
    LEFT JOIN ("Membership" m
      LEFT JOIN person ON person."organizationId" = m."organizationId" AND person."userId" = m."userId")
      ON m."organizationId" = ${org} AND ${inAudienceSql}
    LEFT JOIN "PolicyAcknowledgement" a ON a."policyVersionId" = v."id" AND a."userId" = m."userId"
    WHERE v."organizationId" = ${org} AND v."status" = 'PUBLISHED'
    GROUP BY v."id"
    LIMIT 1000`;
  return new Map(
    rows.map((r) => [
      r.policyId,
      { versionId: r.versionId, number: r.number, acknowledged: Number(r.acknowledged), total: Number(r.total) },
    ]),
  );
}
