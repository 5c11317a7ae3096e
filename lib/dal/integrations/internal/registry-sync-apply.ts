import "server-only";
import { canonicalJson } from "@/lib/canonical-json";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  datasetRefsOf,
  metricsOf,
  REMOVED_TAG,
  SYSTEM_TAG,
  systemTagOf,
  tagsToRecord,
  versionStage,
} from "@/lib/mlflow/mapping";
import { warn } from "@/lib/mlflow/note-text";
import type { SyncNote } from "@/lib/mlflow/notes";
import type { SnapshotModel } from "@/lib/mlflow/snapshot";
import type { SyncSummary } from "@/lib/mlflow/summary";
import { writeAudit } from "@/lib/dal/core/audit";

export type SyncActor = { organizationId: string; userId: string | null; actorLabel: string };
export type SyncContext = {
  actor: SyncActor;
  connectionId: string;
  connectionName: string;
  now: Date;
  summary: SyncSummary;
};

type Json = Record<string, unknown>;
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

// Writes one registered model and its versions. Runs inside its own transaction, so a failure leaves this model
// exactly as the previous sync left it. Counts go into ctx.summary only after the caller's transaction commits.
export async function applyModel(tx: Tx, ctx: SyncContext, snap: SnapshotModel): Promise<(s: SyncSummary) => void> {
  const { organizationId } = ctx.actor;
  const name = snap.model.name;
  // Ours from an earlier sync; else a model typed in on an intake form whose registry name or name is this one.
  const candidates = await tx.aiModel.findMany({
    where: { organizationId, OR: [{ registryName: name }, { name }] },
    select: { id: true, name: true, description: true, tags: true, registryName: true, registryConnectionId: true },
  });
  const existing =
    candidates.find((c) => c.registryConnectionId === ctx.connectionId && c.registryName === name) ??
    candidates.find((c) => !c.registryConnectionId && c.registryName === name) ??
    candidates.find((c) => c.name === name);
  if (existing?.registryConnectionId && existing.registryConnectionId !== ctx.connectionId) {
    throw new AppError(
      "CONFLICT",
      `a model of this name is already synced from another registry connection; it was left as it is.`,
    );
  }
  const data = {
    description: snap.model.description || existing?.description || "",
    tags: tagsToRecord(snap.model.tags),
    registryName: name,
    registryConnectionId: ctx.connectionId,
  };
  let modelOutcome: "created" | "updated" | "unchanged" = "unchanged";
  let modelId: string;
  if (!existing) {
    modelId = (await tx.aiModel.create({ data: { organizationId, name, ...data }, select: { id: true } })).id;
    modelOutcome = "created";
  } else {
    modelId = existing.id;
    if (!same({ ...existing, id: undefined, name: undefined }, data)) {
      await tx.aiModel.update({ where: { id: modelId }, data });
      modelOutcome = "updated";
    }
  }
  const versionCounts = await applyVersions(tx, ctx, modelId, snap);
  const link = await linkByTag(tx, ctx, modelId, snap);
  return (s) => {
    s.models[modelOutcome]++;
    for (const key of ["created", "updated", "unchanged", "removed"] as const) s.versions[key] += versionCounts[key];
    if (link.made) s.links.push(link.made);
    if (link.warning) warn(s, link.warning);
  };
}

async function applyVersions(tx: Tx, ctx: SyncContext, modelId: string, snap: SnapshotModel) {
  const counts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  const stored = await tx.modelVersion.findMany({
    where: { modelId },
    select: {
      id: true,
      version: true,
      stage: true,
      metrics: true,
      datasetRefs: true,
      tags: true,
      registryRunId: true,
      syncedAt: true,
    },
  });
  const byVersion = new Map(stored.map((v) => [v.version, v]));
  for (const { version, run } of snap.versions) {
    const data = {
      stage: versionStage(version),
      metrics: metricsOf(run),
      datasetRefs: datasetRefsOf(run),
      tags: tagsToRecord(version.tags),
      registryRunId: version.run_id || null,
    };
    const old = byVersion.get(version.version);
    if (!old) {
      await tx.modelVersion.create({
        data: {
          organizationId: ctx.actor.organizationId,
          modelId,
          version: version.version,
          ...data,
          syncedAt: ctx.now,
        },
      });
      counts.created++;
      continue;
    }
    const oldData = {
      stage: old.stage,
      metrics: old.metrics,
      datasetRefs: old.datasetRefs,
      tags: old.tags,
      registryRunId: old.registryRunId,
    };
    counts[same(oldData, data) ? "unchanged" : "updated"]++;
    await tx.modelVersion.update({ where: { id: old.id }, data: { ...data, syncedAt: ctx.now } });
  }
  // Versions deleted in the registry stay as a record, marked; manual versions (never synced) are left alone.
  const current = new Set(snap.versions.map((v) => v.version.version));
  for (const v of stored) {
    const tags = (v.tags ?? {}) as Json;
    if (current.has(v.version) || !v.syncedAt || tags[REMOVED_TAG]) continue;
    await tx.modelVersion.update({
      where: { id: v.id },
      data: { tags: { ...tags, [REMOVED_TAG]: ctx.now.toISOString() } },
    });
    counts.removed++;
  }
  return counts;
}

// The actlas.system tag names a system by id or exact name. Links are only ever added here: a link someone made by
// hand must survive a sync, and the link table does not record who made it.
async function linkByTag(tx: Tx, ctx: SyncContext, modelId: string, snap: SnapshotModel) {
  const value = systemTagOf(snap.model);
  if (!value) return {};
  const { organizationId } = ctx.actor;
  const byId = await tx.aiSystem.findFirst({ where: { id: value, organizationId }, select: { id: true, name: true } });
  const matches = byId
    ? [byId]
    : await tx.aiSystem.findMany({ where: { organizationId, name: value }, select: { id: true, name: true }, take: 2 });
  const model = snap.model.name;
  const [system, ...others] = matches;
  if (!system) return { warning: { key: "tagMatchesNoSystem", model, values: { value } } satisfies SyncNote };
  if (others.length > 0) return { warning: { key: "tagMatchesSeveral", model, values: { value } } satisfies SyncNote };
  const linked = await tx.aiSystemModel.findUnique({
    where: { systemId_modelId: { systemId: system.id, modelId } },
    select: { modelId: true },
  });
  if (linked) return {};
  await tx.aiSystemModel.create({ data: { organizationId, systemId: system.id, modelId } });
  await writeAudit(tx, ctx.actor, {
    action: "system.model_linked",
    entityType: "AiModel",
    entityId: modelId,
    systemId: system.id,
    after: { model, system: system.name, via: `${ctx.connectionName} (tag ${SYSTEM_TAG})` },
  });
  return { made: { model, system: system.name, systemId: system.id } };
}
