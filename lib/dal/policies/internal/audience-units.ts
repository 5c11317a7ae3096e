import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Readdresses policies from a unit about to be merged away to the unit that absorbs it. Without this, deleting the
 * merged unit cascades to its audience rows and the policy silently stops applying to that unit's people. A policy
 * already addressed to both keeps its one row for the survivor (the primary key is policy + unit).
 */
export async function movePolicyAudiences(tx: Tx, organizationId: string, fromId: string, intoId: string) {
  const rows = await tx.policyAudienceUnit.findMany({
    where: { organizationId, businessUnitId: fromId },
    select: { policyId: true },
  });
  await tx.policyAudienceUnit.createMany({
    data: rows.map((r) => ({ organizationId, policyId: r.policyId, businessUnitId: intoId })),
    skipDuplicates: true,
  });
  await tx.policyAudienceUnit.deleteMany({ where: { organizationId, businessUnitId: fromId } });
  return rows.length;
}
