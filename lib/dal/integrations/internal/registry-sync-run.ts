import "server-only";
import { openSecret, SecretBoxError } from "@/lib/crypto/secrets";
import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { createMlflowClient } from "@/lib/mlflow/client";
import { MlflowError } from "@/lib/mlflow/errors";
import { REMOVED_TAG } from "@/lib/mlflow/mapping";
import { fetchRegistrySnapshot, type RegistrySnapshot } from "@/lib/mlflow/snapshot";
import { emptyCounts, type SyncSummary } from "@/lib/mlflow/summary";
import { fail, warn } from "@/lib/mlflow/note-text";
import type { SyncNote } from "@/lib/mlflow/notes";
import { toJsonValue } from "@/lib/canonical-json";
import type { Prisma } from "@/lib/db/generated/client";
import { writeAudit } from "@/lib/dal/core/audit";
import { applyModel, type SyncActor, type SyncContext } from "@/lib/dal/integrations/internal/registry-sync-apply";

export type SyncOptions = { now?: Date; timeoutMs?: number };
export type SyncConnection = {
  id: string;
  organizationId: string;
  name: string;
  baseUrl: string;
  authToken: string | null;
};

// A sync that crashed without finishing may leave "running" behind; after this long another sync may start.
const STALE_RUNNING_MS = 15 * 60_000;

// Reads the whole registry first, then writes one transaction per model, then records the outcome (lastSync*) and
// one audit event. Reading failures write nothing; a failing model keeps its previous state and is listed.
export async function runRegistrySync(
  conn: SyncConnection,
  actor: SyncActor,
  trigger: SyncSummary["trigger"],
  options: SyncOptions = {},
): Promise<SyncSummary> {
  const now = options.now ?? new Date();
  await claim(conn);
  const summary: SyncSummary = {
    status: "success",
    trigger,
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    models: emptyCounts(),
    versions: emptyCounts(),
    links: [],
    warnings: [],
    errors: [],
    warningNotes: [],
    errorNotes: [],
  };
  try {
    const token = conn.authToken ? openSecret(conn.authToken, "registry.authToken") : null;
    const client = createMlflowClient({ baseUrl: conn.baseUrl, token, timeoutMs: options.timeoutMs });
    const snapshot = await fetchRegistrySnapshot(client);
    for (const note of snapshot.warnings) warn(summary, note);
    const ctx: SyncContext = { actor, connectionId: conn.id, connectionName: conn.name, now, summary };
    for (const model of snapshot.models) {
      try {
        const commit = await db().$transaction((tx) => applyModel(tx, ctx, model), { timeout: 60_000 });
        commit(summary);
      } catch (error) {
        fail(summary, { ...noteOf(error, { key: "saveFailed" }), model: model.model.name });
      }
    }
    summary.models.removed = await markRemovedModels(conn, snapshot, now);
    if (summary.errors.length > 0) summary.status = "partial";
  } catch (error) {
    summary.status = "error";
    fail(summary, noteOf(error, { key: "syncStopped" }));
  }
  summary.finishedAt = new Date().toISOString();
  await record(conn, actor, summary, now);
  return summary;
}

async function claim(conn: SyncConnection) {
  const { count } = await db().registryConnection.updateMany({
    where: {
      id: conn.id,
      organizationId: conn.organizationId,
      OR: [{ lastSyncStatus: { not: "running" } }, { updatedAt: { lt: new Date(Date.now() - STALE_RUNNING_MS) } }],
    },
    data: { lastSyncStatus: "running" },
  });
  if (count === 0)
    throw new AppError(
      "CONFLICT",
      "A sync of this connection is already running. Wait a moment and reload to see its result.",
    );
}

async function markRemovedModels(conn: SyncConnection, snapshot: RegistrySnapshot, now: Date): Promise<number> {
  const present = snapshot.models.map((m) => m.model.name);
  return db().$transaction(async (tx) => {
    const gone = await tx.aiModel.findMany({
      where: { organizationId: conn.organizationId, registryConnectionId: conn.id, registryName: { notIn: present } },
      select: { id: true, tags: true },
    });
    let removed = 0;
    for (const model of gone) {
      const tags = (model.tags ?? {}) as Record<string, unknown>;
      if (tags[REMOVED_TAG]) continue;
      await tx.aiModel.update({
        where: { id: model.id },
        data: { tags: { ...tags, [REMOVED_TAG]: now.toISOString() } as Prisma.InputJsonValue },
      });
      removed++;
    }
    return removed;
  });
}

function changed(s: SyncSummary): boolean {
  const c = (k: "models" | "versions") => s[k].created + s[k].updated + s[k].removed;
  return c("models") + c("versions") + s.links.length > 0;
}

// Scheduled syncs that found nothing new leave no audit event, so an hourly schedule does not flood the trail.
async function record(conn: SyncConnection, actor: SyncActor, summary: SyncSummary, now: Date) {
  const stored = toJsonValue(summary) as Prisma.InputJsonValue;
  await db().$transaction(async (tx) => {
    await tx.registryConnection.updateMany({
      where: { id: conn.id, organizationId: conn.organizationId },
      data: { lastSyncAt: now, lastSyncStatus: summary.status, lastSyncSummary: stored },
    });
    if (summary.trigger === "manual" || summary.status !== "success" || changed(summary)) {
      await writeAudit(tx, actor, {
        action: "registry.synced",
        entityType: "RegistryConnection",
        entityId: conn.id,
        after: {
          connection: conn.name,
          status: summary.status,
          models: summary.models,
          versions: summary.versions,
          links: summary.links.length,
          errors: summary.errors.length,
        },
      });
    }
  });
}

// What went wrong as a note: the registry's failures have their own; a data-layer refusal or an unreadable secret is
// kept as written; anything else is logged and told in general terms.
function noteOf(error: unknown, fallback: SyncNote): SyncNote {
  if (error instanceof MlflowError) return error.note;
  if (error instanceof SecretBoxError || isAppError(error))
    return { key: "asWritten", values: { text: error.message } };
  log().error({ err: error }, "registry sync: unexpected error");
  return fallback;
}
