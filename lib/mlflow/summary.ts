import { readNotes, type SyncNote } from "./notes";

// What one sync did, stored as RegistryConnection.lastSyncSummary and shown next to the connection.
export type SyncStatus = "success" | "partial" | "error";

export type SyncCounts = { created: number; updated: number; unchanged: number; removed: number };

export type SyncSummary = {
  status: SyncStatus;
  trigger: "manual" | "schedule";
  startedAt: string;
  finishedAt: string;
  models: SyncCounts;
  versions: SyncCounts;
  // Links to AI systems made by this sync through the actlas.system tag.
  links: { model: string; system: string; systemId: string }[];
  warnings: string[];
  errors: string[];
  // The same warnings and errors as notes, one for one, for the reader's language (lib/mlflow/notes.ts).
  warningNotes: SyncNote[];
  errorNotes: SyncNote[];
};

export const emptyCounts = (): SyncCounts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });

export const SYNC_STATUS_LABELS: Record<SyncStatus | "running" | "", string> = {
  success: "Synced",
  partial: "Synced with errors",
  error: "Sync failed",
  running: "Sync in progress",
  "": "Never synced",
};

// Reads a stored summary defensively: rows written by an older version may lack newer fields.
export function readSummary(value: unknown): SyncSummary | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<SyncSummary>;
  if (typeof v.status !== "string" || typeof v.finishedAt !== "string") return null;
  const warnings = Array.isArray(v.warnings) ? v.warnings : [];
  const errors = Array.isArray(v.errors) ? v.errors : [];
  return {
    status: v.status,
    trigger: v.trigger ?? "manual",
    startedAt: v.startedAt ?? v.finishedAt,
    finishedAt: v.finishedAt,
    models: { ...emptyCounts(), ...v.models },
    versions: { ...emptyCounts(), ...v.versions },
    links: Array.isArray(v.links) ? v.links : [],
    warnings,
    errors,
    warningNotes: readNotes(v.warningNotes, warnings),
    errorNotes: readNotes(v.errorNotes, errors),
  };
}
