import "server-only";
import type { MlflowClient } from "./client";
import type { SyncNote } from "./notes";
import type { MlflowModelVersion, MlflowRegisteredModel, MlflowRun } from "./schemas";

export type SnapshotVersion = { version: MlflowModelVersion; run: MlflowRun | null };
export type SnapshotModel = { model: MlflowRegisteredModel; versions: SnapshotVersion[] };
export type RegistrySnapshot = { models: SnapshotModel[]; warnings: SyncNote[] };

const RUN_CONCURRENCY = 4;

// Reads everything the sync needs before anything is written: a registry that fails half-way (error, garbage,
// timeout) makes the whole read fail, so the database never holds a half-read registry.
export async function fetchRegistrySnapshot(client: MlflowClient): Promise<RegistrySnapshot> {
  const warnings: SyncNote[] = [];
  const registered = await client.searchRegisteredModels();
  const models: SnapshotModel[] = [];
  for (const model of registered) {
    const versions = await client.searchModelVersions(model.name);
    models.push({
      model,
      versions: versions.filter((v) => v.name === model.name).map((version) => ({ version, run: null })),
    });
  }
  const runIds = [...new Set(models.flatMap((m) => m.versions.map((v) => v.version.run_id)).filter(Boolean))];
  const runs = new Map<string, MlflowRun | null>();
  for (let i = 0; i < runIds.length; i += RUN_CONCURRENCY) {
    const batch = runIds.slice(i, i + RUN_CONCURRENCY);
    const fetched = await Promise.all(batch.map(async (id) => [id, await client.getRun(id)] as const));
    for (const [id, run] of fetched) runs.set(id, run);
  }
  for (const m of models) {
    for (const v of m.versions) {
      if (!v.version.run_id) continue;
      v.run = runs.get(v.version.run_id) ?? null;
      if (!v.run)
        warnings.push({
          key: "runMissing",
          values: { model: m.model.name, version: v.version.version, run: v.version.run_id },
        });
    }
  }
  return { models, warnings };
}
