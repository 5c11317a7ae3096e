import "server-only";
import type { Tx } from "@/lib/db/client";

// Keeps the inventory's readiness counters in step with the obligations, inside the caller's transaction.
// Applicable = not obsolete; done = done or justified not applicable. Call after any change to a system's
// obligations (classification, status change).
export async function refreshReadiness(tx: Tx, systemId: string): Promise<void> {
  const [applicable, done] = await Promise.all([
    tx.obligation.count({ where: { systemId, obsoleteAt: null } }),
    tx.obligation.count({ where: { systemId, obsoleteAt: null, status: { in: ["DONE", "NOT_APPLICABLE"] } } }),
  ]);
  await tx.aiSystem.update({
    where: { id: systemId },
    data: { obligationsApplicable: applicable, obligationsDone: done },
  });
}
