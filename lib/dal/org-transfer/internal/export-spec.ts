import "server-only";

// What the organisation export holds, table by table, in the order the importer writes them (parents first).
// `refs` names every column that holds an id: "User" columns name a person of the file's `people` list, every other
// value names the table (export key) whose row of the SAME file it must point at. The importer refuses a reference
// to anything not defined in the file, so a file cannot reach rows of another organisation. Every scalar column is
// exported (findMany without select), so a new column travels automatically; a new tenant table must be added here
// or to EXCLUDED_MODELS (excluded-models.ts), and a new *Id column to refs or TEXT_ID_COLUMNS (tests enforce both).

export type RefKind = "User" | string;
export type TableSpec = {
  key: string; // export key and Prisma delegate name
  model: string; // Prisma model name
  scope: "organizationId" | { via: string }; // how rows are found: own column, or a relation that has organizationId
  hasId: boolean;
  refs: Record<string, RefKind>;
  // Columns that are id lists (String[]) of rows of the named table.
  refLists?: Record<string, string>;
  // Nullable Json columns: a null there must be written as a database NULL.
  nullableJson?: string[];
  // Columns left out of the file, with the reason documented in docs/backup.md; an import refuses them.
  omit?: string[];
  // A required person column → the column that keeps the person's name when they are not a member of the importing
  // organisation (the row then points at the importing administrator, and pages show the name).
  labels?: Record<string, string>;
  orderBy: Record<string, "asc">[];
};

const byId = [{ id: "asc" as const }];
// The incident or breach a risk was opened or re-scored from.
const RISK_EVENTS: Record<string, RefKind> = { incidentId: "incident", monitoringEventId: "monitoringEvent" };

// The common shape: a table with its own id and organizationId, exported in id order.
function ownTable(key: string, model: string, refs: Record<string, RefKind>): TableSpec {
  return { key, model, scope: "organizationId", hasId: true, refs, orderBy: byId };
}

export const EXPORT_TABLES: TableSpec[] = [
  {
    key: "registryConnection",
    model: "RegistryConnection",
    scope: "organizationId",
    hasId: true,
    refs: {},
    omit: ["authToken"],
    nullableJson: ["lastSyncSummary"],
    orderBy: byId,
  },
  {
    key: "webhook",
    model: "Webhook",
    scope: "organizationId",
    hasId: true,
    refs: { createdById: "User" },
    omit: ["secret"],
    orderBy: byId,
  },
  ownTable("aiModel", "AiModel", { registryConnectionId: "registryConnection" }),
  {
    key: "modelVersion",
    model: "ModelVersion",
    scope: { via: "model" },
    hasId: true,
    refs: { modelId: "aiModel" },
    orderBy: byId,
  },
  { key: "dataset", model: "Dataset", scope: "organizationId", hasId: true, refs: {}, orderBy: byId },
  // Before the systems that point at them. A file from before units existed has only each system's unit name: the
  // database links (or creates) the unit of that name as the system is written (migration *_business_units).
  { key: "businessUnit", model: "BusinessUnit", scope: "organizationId", hasId: true, refs: {}, orderBy: byId },
  // currentRunId is written after the runs exist (the two tables point at each other).
  {
    key: "aiSystem",
    model: "AiSystem",
    scope: "organizationId",
    hasId: true,
    refs: {
      ownerId: "User",
      updatedById: "User",
      currentRunId: "classificationRun",
      businessUnitId: "businessUnit",
    },
    nullableJson: ["questionnaireDraft"],
    orderBy: byId,
  },
  {
    key: "aiSystemModel",
    model: "AiSystemModel",
    scope: { via: "system" },
    hasId: false,
    refs: { systemId: "aiSystem", modelId: "aiModel" },
    orderBy: [{ systemId: "asc" }, { modelId: "asc" }],
  },
  {
    key: "aiSystemDataset",
    model: "AiSystemDataset",
    scope: { via: "system" },
    hasId: false,
    refs: { systemId: "aiSystem", datasetId: "dataset" },
    orderBy: [{ systemId: "asc" }, { datasetId: "asc" }],
  },
  ownTable("classificationRun", "ClassificationRun", { systemId: "aiSystem", createdById: "User" }),
  {
    key: "reviewDecision",
    model: "ReviewDecision",
    scope: "organizationId",
    hasId: true,
    refs: { runId: "classificationRun", decidedById: "User" },
    labels: { decidedById: "decidedByName" },
    orderBy: byId,
  },
  {
    key: "reviewRequest",
    model: "ReviewRequest",
    scope: "organizationId",
    hasId: true,
    refs: {
      systemId: "aiSystem",
      runId: "classificationRun",
      requestedById: "User",
      respondedById: "User",
    },
    labels: { requestedById: "requestedByName" },
    orderBy: byId,
  },
  ownTable("obligation", "Obligation", { systemId: "aiSystem", ownerId: "User", sourceRunId: "classificationRun" }),
  {
    key: "comment",
    model: "Comment",
    scope: "organizationId",
    hasId: true,
    refs: { obligationId: "obligation", authorId: "User" },
    labels: { authorId: "authorName" },
    orderBy: byId,
  },
  ownTable("evidence", "Evidence", { systemId: "aiSystem", obligationId: "obligation" }),
  {
    key: "evidenceVersion",
    model: "EvidenceVersion",
    scope: { via: "evidence" },
    hasId: true,
    refs: { evidenceId: "evidence", uploadedById: "User" },
    orderBy: byId,
  },
  {
    key: "legalRecord",
    model: "LegalRecord",
    scope: "organizationId",
    hasId: true,
    refs: { systemId: "aiSystem", ownerId: "User", signedOffById: "User", updatedById: "User" },
    refLists: { evidenceIds: "evidence" },
    orderBy: byId,
  },
  ownTable("monitoringEvent", "MonitoringEvent", {
    systemId: "aiSystem",
    modelVersionId: "modelVersion",
    taskId: "task",
    incidentId: "incident",
  }),
  ownTable("task", "Task", { systemId: "aiSystem", obligationId: "obligation", ownerId: "User" }),
  ownTable("incident", "Incident", { systemId: "aiSystem", createdById: "User", sourceEventId: "monitoringEvent" }),
  ownTable("monitoringPlan", "MonitoringPlan", { systemId: "aiSystem", ownerId: "User", updatedById: "User" }),
  // The AI-literacy register (Art 4): people (userId links a member, else null), learning items and the systems
  // they are meant for, completions, and who operates or oversees each system.
  ownTable("literacyPerson", "LiteracyPerson", { businessUnitId: "businessUnit", userId: "User" }),
  { key: "learningItem", model: "LearningItem", scope: "organizationId", hasId: true, refs: {}, orderBy: byId },
  {
    key: "learningItemSystem",
    model: "LearningItemSystem",
    scope: "organizationId",
    hasId: false,
    refs: { itemId: "learningItem", systemId: "aiSystem" },
    orderBy: [{ itemId: "asc" }, { systemId: "asc" }],
  },
  ownTable("literacyCompletion", "LiteracyCompletion", { personId: "literacyPerson", itemId: "learningItem" }),
  {
    key: "systemOperator",
    model: "SystemOperator",
    scope: "organizationId",
    hasId: false,
    refs: { personId: "literacyPerson", systemId: "aiSystem" },
    orderBy: [{ systemId: "asc" }, { personId: "asc" }, { role: "asc" }],
  },
  ownTable("dossierVersion", "DossierVersion", { systemId: "aiSystem", createdById: "User" }),
  // What customers were given; its files are found again by hash, so the snapshot holds no row ids.
  ownTable("deployerPack", "DeployerPack", { systemId: "aiSystem", createdById: "User" }),
  {
    key: "dossierAttestation",
    model: "DossierAttestation",
    scope: "organizationId",
    hasId: true,
    refs: { dossierId: "dossierVersion", attestedById: "User" },
    labels: { attestedById: "name" },
    orderBy: byId,
  },
  // The Art 9 risk register; the acceptor's name stays in acceptedByLabel when they are not a member here.
  ownTable("risk", "Risk", {
    systemId: "aiSystem",
    ownerId: "User",
    acceptedById: "User",
    ...RISK_EVENTS,
  }),
  ownTable("riskObligationLink", "RiskObligationLink", { riskId: "risk", obligationId: "obligation" }),
  ownTable("riskEventLink", "RiskEventLink", { riskId: "risk", ...RISK_EVENTS }),
  // AI policies. The approver's and the reader's names are stored with the row (approvedByLabel, userLabel), so they
  // stay when those people are not members here and the ids are cleared.
  ownTable("policy", "Policy", { ownerId: "User" }),
  {
    key: "policyAudienceUnit",
    model: "PolicyAudienceUnit",
    scope: "organizationId",
    hasId: false,
    refs: { policyId: "policy", businessUnitId: "businessUnit" },
    orderBy: [{ policyId: "asc" }, { businessUnitId: "asc" }],
  },
  ownTable("policyVersion", "PolicyVersion", {
    policyId: "policy",
    authorId: "User",
    submittedById: "User",
    approvedById: "User",
  }),
  ownTable("policyAcknowledgement", "PolicyAcknowledgement", { policyVersionId: "policyVersion", userId: "User" }),
  ownTable("policyEvidenceLink", "PolicyEvidenceLink", {
    obligationId: "obligation",
    policyVersionId: "policyVersion",
  }),
  ownTable("policyControlLink", "PolicyControlLink", { policyId: "policy" }),
  // The ISO/IEC 42001 Statement of Applicability: the organisation's include/exclude decision per control.
  ownTable("controlApplicability", "ControlApplicability", { updatedById: "User" }),
  // Vendors and vendor requests (issue #20 part 1). A request's link is a secret of this server: left out, so an
  // imported request has no working link (send a new one after a move).
  ownTable("vendor", "Vendor", {}),
  ownTable("vendorSystem", "VendorSystem", { vendorId: "vendor", systemId: "aiSystem" }),
  ownTable("vendorModel", "VendorModel", { vendorId: "vendor", modelId: "aiModel" }),
  {
    ...ownTable("vendorRequest", "VendorRequest", { vendorId: "vendor", systemId: "aiSystem", createdById: "User" }),
    omit: ["tokenHash"],
  },
  ownTable("vendorRequestItem", "VendorRequestItem", { requestId: "vendorRequest" }),
  ownTable("vendorAnswerEvidence", "VendorAnswerEvidence", { itemId: "vendorRequestItem", evidenceId: "evidence" }),
  // The dashboard trend's daily history: the organisation's own record of how its figures moved, which no job can
  // recompute after the fact, so it moves with the organisation. The figures hold counts only, no ids.
  {
    key: "dashboardSnapshot",
    model: "DashboardSnapshot",
    scope: "organizationId",
    hasId: true,
    refs: {},
    orderBy: [{ day: "asc" }],
  },
];

// The audit trail is exported too, but written by its own code: it gets new sequence numbers and hashes. Its ids
// (entityId, systemId) are history, not relations: they are mapped to the new rows where the file defines them and
// otherwise kept as text; actorId is a person like any "User" column.
export const AUDIT_TABLE = "auditEvent";
export const AUDIT_SPEC: TableSpec = {
  key: AUDIT_TABLE,
  model: "AuditEvent",
  scope: "organizationId",
  hasId: true,
  refs: { actorId: "User" },
  nullableJson: ["before", "after"],
  orderBy: [{ sequence: "asc" }],
};

// Columns the server always sets itself on import, whatever the file says: the organisation, fresh ids, the audit
// chain's own numbering, and what an evidence file's bytes determine (checked like an upload, hashed again).
export const SERVER_SET: { "*": string[]; [table: string]: string[] } = {
  "*": ["id", "organizationId"],
  auditEvent: ["sequence", "prevHash", "hash"],
  evidenceVersion: ["mimeType", "sizeBytes"],
};

// Columns whose names end in Id/Ids but that hold outside names, not ids of this server's rows.
export const TEXT_ID_COLUMNS: Record<string, string[]> = {
  classificationRun: ["ruleSetId"],
  modelVersion: ["registryRunId"],
  dossierVersion: ["ruleSetId"],
  auditEvent: ["entityId", "systemId"],
  controlApplicability: ["controlId"],
  policyControlLink: ["controlId"],
};

export const EXPORT_FORMAT = "actlas-organization-export";
export const EXPORT_FORMAT_VERSION = 1;

// JSON has no dates or bytes: they travel as tagged objects so the importer restores the exact types.
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
  return value;
}
