import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { openSecret, sealSecret } from "@/lib/crypto/secrets";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, isAppError } from "@/lib/errors";
import { readSummary, type SyncSummary } from "@/lib/mlflow/summary";
import { assertPublicUrl } from "@/lib/net/url-guard";
import {
  intervalMinutes,
  ZCreateRegistryConnection,
  ZRegistryConnectionRef,
  ZUpdateRegistryConnection,
  type TCreateRegistryConnection,
  type TUpdateRegistryConnection,
} from "@/lib/validations/registry";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { runRegistrySync, type SyncOptions } from "@/lib/dal/integrations/internal/registry-sync-run";

export { syncDueRegistryConnections } from "@/lib/dal/jobs/registry-sync-due";

// The access token is never sent back to the browser: the form only learns whether one is stored. The column holds
// it encrypted (lib/crypto/secret-box.ts); it is decrypted only to call the registry (registry-sync-run.ts).
export type RegistryConnectionDTO = {
  id: string;
  name: string;
  kind: string;
  baseUrl: string;
  hasToken: boolean;
  syncIntervalMinutes: number | null;
  lastSyncAt: Date | null;
  lastSyncStatus: string;
  lastSyncSummary: SyncSummary | null;
  modelCount: number;
};

const NOT_FOUND = "This registry connection does not exist (it may have been deleted).";
const TOKEN = "registry.authToken";

// Each encryption uses a new IV, so the audit compares the plaintexts; an undecryptable old token counts as changed.
function sameToken(stored: string | null, typed: string): boolean {
  try {
    return stored !== null && openSecret(stored, TOKEN) === typed;
  } catch {
    return false;
  }
}

export async function listRegistryConnections(actor: Actor): Promise<RegistryConnectionDTO[]> {
  const member = await authorize(actor, "integration.manage");
  const rows = await db().registryConnection.findMany({
    where: { organizationId: member.organizationId },
    orderBy: { name: "asc" },
  });
  const counts = await db().aiModel.groupBy({
    by: ["registryConnectionId"],
    where: { organizationId: member.organizationId, registryConnectionId: { in: rows.map((r) => r.id) } },
    _count: true,
  });
  const countOf = new Map(counts.map((c) => [c.registryConnectionId, c._count]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    baseUrl: r.baseUrl,
    hasToken: !!r.authToken,
    syncIntervalMinutes: r.syncIntervalMinutes,
    lastSyncAt: r.lastSyncAt,
    lastSyncStatus: r.lastSyncStatus,
    lastSyncSummary: readSummary(r.lastSyncSummary),
    modelCount: countOf.get(r.id) ?? 0,
  }));
}

export async function createRegistryConnection(actor: Actor, raw: TCreateRegistryConnection): Promise<{ id: string }> {
  const member = await authorize(actor, "integration.manage");
  const input = ZCreateRegistryConnection.parse(raw);
  await checkUrl(input.baseUrl);
  const data = {
    name: input.name,
    baseUrl: input.baseUrl,
    authToken: input.authToken ? sealSecret(input.authToken, TOKEN) : null,
    syncIntervalMinutes: intervalMinutes(input.syncInterval),
  };
  return saving(() =>
    db().$transaction(async (tx) => {
      const row = await tx.registryConnection.create({
        data: { organizationId: member.organizationId, kind: "mlflow", ...data },
        select: { id: true },
      });
      await writeAudit(tx, member, {
        action: "registry_connection.created",
        entityType: "RegistryConnection",
        entityId: row.id,
        after: auditView(data),
      });
      return row;
    }),
  );
}

export async function updateRegistryConnection(actor: Actor, raw: TUpdateRegistryConnection): Promise<void> {
  const member = await authorize(actor, "integration.manage");
  const input = ZUpdateRegistryConnection.parse(raw);
  await checkUrl(input.baseUrl);
  await saving(() =>
    db().$transaction(async (tx) => {
      const before = await tx.registryConnection.findFirst({
        where: { id: input.connectionId, organizationId: member.organizationId },
      });
      if (!before) throw new AppError("NOT_FOUND", NOT_FOUND);
      // A blank token field keeps the stored token, since the form never shows it.
      const authToken = input.removeToken
        ? null
        : input.authToken
          ? sealSecret(input.authToken, TOKEN)
          : before.authToken;
      const data = {
        name: input.name,
        baseUrl: input.baseUrl,
        authToken,
        syncIntervalMinutes: intervalMinutes(input.syncInterval),
      };
      await tx.registryConnection.update({ where: { id: before.id }, data });
      await writeAudit(tx, member, {
        action: "registry_connection.updated",
        entityType: "RegistryConnection",
        entityId: before.id,
        before: auditView(before),
        after: {
          ...auditView(data),
          tokenChanged: input.removeToken
            ? !!before.authToken
            : !!input.authToken && !sameToken(before.authToken, input.authToken),
        },
      });
    }),
  );
}

// Models synced from the connection stay (systems link them and the audit trail names them); they become manual.
export async function deleteRegistryConnection(actor: Actor, raw: { connectionId: string }): Promise<void> {
  const member = await authorize(actor, "integration.manage");
  const { connectionId } = ZRegistryConnectionRef.parse(raw);
  await db().$transaction(async (tx) => {
    const before = await tx.registryConnection.findFirst({
      where: { id: connectionId, organizationId: member.organizationId },
    });
    if (!before) throw new AppError("NOT_FOUND", NOT_FOUND);
    await tx.aiModel.updateMany({
      where: { organizationId: member.organizationId, registryConnectionId: connectionId },
      data: { registryConnectionId: null },
    });
    await tx.registryConnection.delete({ where: { id: before.id } });
    await writeAudit(tx, member, {
      action: "registry_connection.deleted",
      entityType: "RegistryConnection",
      entityId: before.id,
      before: auditView(before),
    });
  });
}

export async function syncRegistryConnection(
  actor: Actor,
  connectionId: string,
  options?: SyncOptions,
): Promise<SyncSummary> {
  const member = await authorize(actor, "integration.manage");
  const conn = await db().registryConnection.findFirst({
    where: { id: connectionId, organizationId: member.organizationId },
    select: { id: true, organizationId: true, name: true, baseUrl: true, authToken: true },
  });
  if (!conn) throw new AppError("NOT_FOUND", NOT_FOUND);
  return runRegistrySync(conn, member, "manual", options);
}

function auditView(c: { name: string; baseUrl: string; authToken: string | null; syncIntervalMinutes: number | null }) {
  return { name: c.name, baseUrl: c.baseUrl, hasToken: !!c.authToken, syncIntervalMinutes: c.syncIntervalMinutes };
}

// The URL guard reports on "url"; the form's field is baseUrl.
async function checkUrl(baseUrl: string) {
  try {
    await assertPublicUrl(baseUrl);
  } catch (error) {
    if (isAppError(error))
      throw new AppError("VALIDATION", error.message, { fieldErrors: { baseUrl: [error.message] } });
    throw error;
  }
}

async function saving<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = "Another registry connection already has this name.";
      throw new AppError("VALIDATION", message, { fieldErrors: { name: [message] } });
    }
    throw error;
  }
}
