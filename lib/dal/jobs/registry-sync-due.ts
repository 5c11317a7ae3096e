import "server-only";
import { db } from "@/lib/db/client";
import type { SyncStatus } from "@/lib/mlflow/summary";
import { runRegistrySync, type SyncOptions } from "@/lib/dal/integrations/internal/registry-sync-run";

export type DueSyncResult = {
  connectionId: string;
  organizationId: string;
  status: SyncStatus | "skipped";
  error?: string;
};

// System-level, for the scheduler (no actor): syncs every connection with an interval whose last sync is at least
// that long ago, one after another. A connection that is already syncing is skipped, not waited for.
export async function syncDueRegistryConnections(
  now: Date = new Date(),
  options: Omit<SyncOptions, "now"> = {},
): Promise<DueSyncResult[]> {
  const scheduled = await db().registryConnection.findMany({
    where: { syncIntervalMinutes: { not: null } },
    select: {
      id: true,
      organizationId: true,
      name: true,
      baseUrl: true,
      authToken: true,
      syncIntervalMinutes: true,
      lastSyncAt: true,
    },
    orderBy: [{ lastSyncAt: { sort: "asc", nulls: "first" } }],
  });
  const due = scheduled.filter(
    (c) => !c.lastSyncAt || c.lastSyncAt.getTime() + (c.syncIntervalMinutes ?? 0) * 60_000 <= now.getTime(),
  );
  const results: DueSyncResult[] = [];
  for (const conn of due) {
    const actor = { organizationId: conn.organizationId, userId: null, actorLabel: `scheduled sync of ${conn.name}` };
    try {
      const summary = await runRegistrySync(conn, actor, "schedule", { ...options, now });
      results.push({ connectionId: conn.id, organizationId: conn.organizationId, status: summary.status });
    } catch (error) {
      results.push({
        connectionId: conn.id,
        organizationId: conn.organizationId,
        status: "skipped",
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return results;
}
