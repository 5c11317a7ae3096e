import { z } from "zod";

// How often a model-registry connection syncs by itself; "manual" syncs only when someone presses "Sync now".
export const SYNC_INTERVALS = ["manual", "60", "360", "1440", "10080"] as const;
export type SyncInterval = (typeof SYNC_INTERVALS)[number];

export const SYNC_INTERVAL_LABELS: Record<SyncInterval, string> = {
  manual: "Only when I press “Sync now”",
  "60": "Every hour",
  "360": "Every 6 hours",
  "1440": "Daily",
  "10080": "Weekly",
};

export function intervalMinutes(interval: SyncInterval): number | null {
  return interval === "manual" ? null : Number(interval);
}

export function intervalOf(minutes: number | null): SyncInterval {
  const value = String(minutes ?? "manual");
  return (SYNC_INTERVALS as readonly string[]).includes(value) ? (value as SyncInterval) : "1440";
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

const fields = {
  name: z
    .string()
    .trim()
    .min(2, "Name the connection, e.g. “Production MLflow”.")
    .max(80, "Use at most 80 characters."),
  baseUrl: z
    .string()
    .trim()
    .min(1, "Enter the address of the MLflow server.")
    .max(500, "Use at most 500 characters.")
    .refine(isHttpUrl, "Enter a full URL starting with https://, e.g. https://mlflow.example.com"),
  // Blank means none (create) or "keep the stored one" (edit).
  authToken: z.string().trim().max(4096, "That token is too long (at most 4096 characters).").default(""),
  syncInterval: z.enum(SYNC_INTERVALS, { message: "Choose how often to sync." }),
};

export const ZCreateRegistryConnection = z.object(fields);
export type TCreateRegistryConnection = z.input<typeof ZCreateRegistryConnection>;

const ZId = z.string().trim().min(1).max(64);

export const ZUpdateRegistryConnection = z.object({
  ...fields,
  connectionId: ZId,
  removeToken: z.boolean().default(false),
});
export type TUpdateRegistryConnection = z.input<typeof ZUpdateRegistryConnection>;

export const ZRegistryConnectionRef = z.object({ connectionId: ZId });

// Manual mapping of a synced model to an AI system, besides the actlas.system tag in the registry.
// The system is named like in the actlas.system tag: its exact name or its id.
export const ZModelSystemLink = z.object({
  modelId: ZId,
  system: z
    .string()
    .trim()
    .min(1, "Enter the AI system's exact name or its id.")
    .max(200, "Use at most 200 characters."),
});

export const ZModelSystemUnlink = z.object({ modelId: ZId, systemId: ZId });
export type TModelSystemLink = z.input<typeof ZModelSystemLink>;
