import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { inAudienceSql, memberUnits } from "./audience-sql";

// The members of a published version's audience who have not acknowledged it (the audience rule: ./audience-sql.ts),
// read in SQL a batch at a time, so that a job over every organisation never loads the acknowledgements (which only
// grow) nor every member.

export type OutstandingReader = { versionId: string; userId: string; name: string; email: string };

/** How many (version, member) rows one query returns. */
export const OUTSTANDING_BATCH = 10_000;

/**
 * Every outstanding reader of these versions, in (version, user) order. Each batch continues after the last row of
 * the one before (keyset), so no row is read twice or skipped whatever the batch size.
 */
export async function outstandingReaders(
  versionIds: string[],
  batchSize: number = OUTSTANDING_BATCH,
): Promise<OutstandingReader[]> {
  const all: OutstandingReader[] = [];
  let after = { versionId: "", userId: "" };
  for (;;) {
    const batch = await db().$queryRaw<OutstandingReader[]>`
      WITH ${memberUnits(Prisma.sql`SELECT "organizationId" FROM "PolicyVersion" WHERE "id" = ANY(${versionIds})`)}
      SELECT v."id" AS "versionId", m."userId", u."name", u."email"
      FROM "PolicyVersion" v
      JOIN "Policy" p ON p."id" = v."policyId" AND p."organizationId" = v."organizationId"
      JOIN "Membership" m ON m."organizationId" = v."organizationId"
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN person ON person."organizationId" = v."organizationId" AND person."userId" = m."userId"
      WHERE v."id" = ANY(${versionIds}) AND (v."id", m."userId") > (${after.versionId}, ${after.userId})
        AND ${inAudienceSql}
        AND NOT EXISTS (
          SELECT 1 FROM "PolicyAcknowledgement" a WHERE a."policyVersionId" = v."id" AND a."userId" = m."userId")
      ORDER BY v."id", m."userId"
      LIMIT ${batchSize}`;
    all.push(...batch);
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return all;
    after = { versionId: last.versionId, userId: last.userId };
  }
}
