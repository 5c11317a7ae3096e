import "server-only";

// What the organisation export holds, table by table, in the order the importer writes them (parents first).
// `refs` names the columns that hold ids: "User" columns are mapped by e-mail, every other reference through the
// new ids the importer gives each row. Every scalar column is exported (findMany without select), so a new column
// travels automatically; a new tenant table must be added here or to EXCLUDED_MODELS (a test enforces it).

export type RefKind = "User" | "Row";
export type TableSpec = {
  key: string; // export key and Prisma delegate name
  model: string; // Prisma model name
  scope: "organizationId" | { via: string }; // how rows are found: own column, or a relation that has organizationId
  hasId: boolean;
  refs: Record<string, RefKind>;
  // Columns that are id lists (String[]) of other rows.
  refLists?: string[];
  // Nullable Json columns: a null there must be written as a database NULL.
  nullableJson?: string[];
  // Columns left out of the file, with the reason documented in docs/backup.md.
  omit?: string[];
  orderBy: Record<string, "asc">[];
};

const byId = [{ id: "asc" as const }];

export const EXPORT_TABLES: TableSpec[] = [
  { key: "registryConnection", model: "RegistryConnection", scope: "organizationId", hasId: true, refs: {}, omit: ["authToken"], nullableJson: ["lastSyncSummary"], orderBy: byId },
  { key: "webhook", model: "Webhook", scope: "organizationId", hasId: true, refs: { createdById: "User" }, omit: ["secret"], orderBy: byId },
  { key: "aiModel", model: "AiModel", scope: "organizationId", hasId: true, refs: { registryConnectionId: "Row" }, orderBy: byId },
  { key: "modelVersion", model: "ModelVersion", scope: { via: "model" }, hasId: true, refs: { modelId: "Row" }, orderBy: byId },
  { key: "dataset", model: "Dataset", scope: "organizationId", hasId: true, refs: {}, orderBy: byId },
  // currentRunId is written after the runs exist (the two tables point at each other).
  { key: "aiSystem", model: "AiSystem", scope: "organizationId", hasId: true, refs: { ownerId: "User", updatedById: "User", currentRunId: "Row" }, nullableJson: ["questionnaireDraft"], orderBy: byId },
  { key: "aiSystemModel", model: "AiSystemModel", scope: { via: "system" }, hasId: false, refs: { systemId: "Row", modelId: "Row" }, orderBy: [{ systemId: "asc" }, { modelId: "asc" }] },
  { key: "aiSystemDataset", model: "AiSystemDataset", scope: { via: "system" }, hasId: false, refs: { systemId: "Row", datasetId: "Row" }, orderBy: [{ systemId: "asc" }, { datasetId: "asc" }] },
  { key: "classificationRun", model: "ClassificationRun", scope: "organizationId", hasId: true, refs: { systemId: "Row", createdById: "User" }, orderBy: byId },
  { key: "reviewDecision", model: "ReviewDecision", scope: "organizationId", hasId: true, refs: { runId: "Row", decidedById: "User" }, orderBy: byId },
  { key: "obligation", model: "Obligation", scope: "organizationId", hasId: true, refs: { systemId: "Row", ownerId: "User", sourceRunId: "Row" }, orderBy: byId },
  { key: "comment", model: "Comment", scope: "organizationId", hasId: true, refs: { obligationId: "Row", authorId: "User" }, orderBy: byId },
  { key: "evidence", model: "Evidence", scope: "organizationId", hasId: true, refs: { systemId: "Row", obligationId: "Row" }, orderBy: byId },
  { key: "evidenceVersion", model: "EvidenceVersion", scope: { via: "evidence" }, hasId: true, refs: { evidenceId: "Row", uploadedById: "User" }, orderBy: byId },
  { key: "legalRecord", model: "LegalRecord", scope: "organizationId", hasId: true, refs: { systemId: "Row", ownerId: "User", signedOffById: "User", updatedById: "User" }, refLists: ["evidenceIds"], orderBy: byId },
  { key: "monitoringEvent", model: "MonitoringEvent", scope: "organizationId", hasId: true, refs: { systemId: "Row", modelVersionId: "Row", taskId: "Row", incidentId: "Row" }, orderBy: byId },
  { key: "task", model: "Task", scope: "organizationId", hasId: true, refs: { systemId: "Row", obligationId: "Row", ownerId: "User" }, orderBy: byId },
  { key: "incident", model: "Incident", scope: "organizationId", hasId: true, refs: { systemId: "Row", createdById: "User", sourceEventId: "Row" }, orderBy: byId },
  { key: "monitoringPlan", model: "MonitoringPlan", scope: "organizationId", hasId: true, refs: { systemId: "Row", ownerId: "User", updatedById: "User" }, orderBy: byId },
  { key: "dossierVersion", model: "DossierVersion", scope: "organizationId", hasId: true, refs: { systemId: "Row", createdById: "User" }, orderBy: byId },
  { key: "dossierAttestation", model: "DossierAttestation", scope: "organizationId", hasId: true, refs: { dossierId: "Row", attestedById: "User" }, orderBy: byId },
];

// The audit trail is exported too, but written by its own code: it gets new sequence numbers and hashes.
export const AUDIT_TABLE = "auditEvent";

// Tenant tables deliberately not in the file, and why (also in docs/backup.md).
export const EXCLUDED_MODELS: Record<string, string> = {
  Membership: "exported as the members list (email and role), mapped to users by email on import",
  AuthSession: "sign-in sessions belong to a browser and a server, not to the organisation's records",
  Invitation: "pending invitation links are secrets of this server; invite people again after a move",
  ApiToken: "tokens are credentials; create new ones for the pipelines after a move",
  IdempotencyKey: "a short-lived retry cache of the REST API",
  ApiRequestLog: "the log of calls made with API tokens, which are not exported either",
  Notification: "a person's in-app inbox, regenerated by the reminder jobs",
  WebhookDelivery: "the outbox of webhook deliveries already sent or retried",
  OrganizationDomain: "a single sign-on domain can belong to one organisation per server; claim it again after a move",
};

export const EXPORT_FORMAT = "actlas-organization-export";
export const EXPORT_FORMAT_VERSION = 1;

// JSON has no dates or bytes: they travel as tagged objects so the importer restores the exact types.
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
  return value;
}

export function decodeValue(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$date") return new Date((value as { $date: string }).$date);
    if (keys.length === 1 && keys[0] === "$bytes") return new Uint8Array(Buffer.from((value as { $bytes: string }).$bytes, "base64"));
  }
  return value;
}
