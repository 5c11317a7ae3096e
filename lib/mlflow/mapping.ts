import type { MlflowModelVersion, MlflowRegisteredModel, MlflowRun, MlflowTag } from "./schemas";

// The registered-model tag that maps an MLflow model to an AI system in Actlas. Its value is either the system's id
// (as in the URL /systems/<id>) or the system's exact name.
export const SYSTEM_TAG = "actlas.system";

// Set on a model or version that was synced before but is no longer in the registry. They are kept, not deleted:
// monitoring events and the audit trail refer to them, and a regulator may ask what ran in the past.
export const REMOVED_TAG = "actlas.removed_from_registry_at";

export function tagsToRecord(tags: MlflowTag[]): Record<string, string> {
  return Object.fromEntries([...tags].sort((a, b) => a.key.localeCompare(b.key)).map((t) => [t.key, t.value]));
}

export function systemTagOf(model: MlflowRegisteredModel): string | null {
  const value = model.tags.find((t) => t.key === SYSTEM_TAG)?.value.trim();
  return value ? value : null;
}

// MLflow 2.9+ prefers aliases ("@champion") over the deprecated stages; a version in stage "None" shows its aliases.
export function versionStage(version: MlflowModelVersion): string {
  if (version.current_stage && version.current_stage !== "None") return version.current_stage;
  return version.aliases.map((alias) => `@${alias}`).join(", ");
}

// runs/get returns the latest value of each metric, so one value per key.
export function metricsOf(run: MlflowRun | null): Record<string, number> {
  if (!run) return {};
  const sorted = [...run.data.metrics].sort((a, b) => a.key.localeCompare(b.key));
  return Object.fromEntries(sorted.map((m) => [m.key, m.value]));
}

// "name@digest (source)": enough to find the exact training or evaluation data again.
export function datasetRefsOf(run: MlflowRun | null): string[] {
  if (!run) return [];
  const refs = run.inputs.dataset_inputs.map(({ dataset }) => {
    const id = dataset.digest ? `${dataset.name}@${dataset.digest}` : dataset.name;
    return dataset.source ? `${id} (${sourceLocation(dataset.source)})` : id;
  });
  return [...new Set(refs.filter((r) => r.length > 0))];
}

// Dataset sources are JSON strings such as {"uri": "s3://…"}; plain strings are kept as they are.
function sourceLocation(source: string): string {
  try {
    const parsed: unknown = JSON.parse(source);
    if (parsed && typeof parsed === "object") {
      const fields = parsed as Record<string, unknown>;
      const location = fields.uri ?? fields.url ?? fields.path ?? fields.table_name;
      if (typeof location === "string") return location;
    }
  } catch {
    // not JSON: a plain path or URI
  }
  return source;
}
