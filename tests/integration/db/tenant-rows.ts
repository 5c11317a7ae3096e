import { randomBytes, randomUUID } from "node:crypto";
import { DEPLOYER_PACK_ROWS } from "./tenant-rows-deployer-pack";
import { VENDOR_ROWS } from "./tenant-rows-vendors";

// The row factories behind tenant-tree.ts: one minimal valid row per tenant table, its references left to the caller.

export type Row = Record<string, unknown>;
// ref(column) gives the id a reference column should hold (its parent table comes from RELATIONS in tenant-tree.ts).
type Ref = (column: string) => string | null;
export type Ctx = { org: string; user: string; ref: Ref };

const id = () => randomUUID();
const n = () => randomBytes(3).readUIntBE(0, 3);
export const now = "2026-12-01T00:00:00Z";
const ISO_A22 = { framework: "iso-42001", controlId: "A.2.2" };
const events = (c: Ctx) => ({ incidentId: c.ref("incidentId"), monitoringEventId: c.ref("monitoringEventId") });

// One valid row per table, with only the columns the table requires; unique columns get fresh values so that
// a second row next to the fixture's never trips a unique index before the foreign keys are checked.
export const ROWS = {
  AiSystem: (c) => ({
    id: id(),
    organizationId: c.org,
    name: "System",
    memberStates: "{}",
    affectedPersons: "{}",
    dataCategories: "{}",
    roles: "{}",
    updatedAt: now,
    currentRunId: c.ref("currentRunId"),
    // Only where the schema at hand has units (the backfill tests build trees on older schemas).
    ...(c.ref("businessUnitId") !== null && { businessUnitId: c.ref("businessUnitId") }),
  }),
  BusinessUnit: (c) => ({ id: id(), organizationId: c.org, name: `unit-${n()}` }),
  AiModel: (c) => ({
    id: id(),
    organizationId: c.org,
    name: `model-${n()}`,
    updatedAt: now,
    registryConnectionId: c.ref("registryConnectionId"),
  }),
  RegistryConnection: (c) => ({
    id: id(),
    organizationId: c.org,
    name: `registry-${n()}`,
    baseUrl: "https://mlflow.example",
    updatedAt: now,
  }),
  ModelVersion: (c) => ({
    id: id(),
    organizationId: c.org,
    modelId: c.ref("modelId"),
    version: String(n()),
    datasetRefs: "{}",
  }),
  AiSystemModel: (c) => ({ organizationId: c.org, systemId: c.ref("systemId"), modelId: c.ref("modelId") }),
  Dataset: (c) => ({ id: id(), organizationId: c.org, name: `data-${n()}` }),
  AiSystemDataset: (c) => ({ organizationId: c.org, systemId: c.ref("systemId"), datasetId: c.ref("datasetId") }),
  ClassificationRun: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    sequence: n(),
    answers: "{}",
    result: "{}",
    ruleSetId: "test",
    tier: "HIGH",
    disposition: "FINAL",
  }),
  ReviewDecision: (c) => ({
    id: id(),
    organizationId: c.org,
    runId: c.ref("runId"),
    decision: "CONFIRMED",
    openQuestions: "{}",
    decidedById: c.user,
  }),
  ReviewRequest: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    runId: c.ref("runId"),
    requestedById: c.user,
    question: "Is this right?",
    updatedAt: now,
  }),
  Obligation: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    sourceRunId: c.ref("sourceRunId"),
    code: `c${n()}`,
    role: "provider",
    article: "Art 9",
    title: "Risk management",
    appliesFrom: "2026-08-02",
    updatedAt: now,
  }),
  Comment: (c) => ({
    id: id(),
    organizationId: c.org,
    obligationId: c.ref("obligationId"),
    authorId: c.user,
    body: "Note",
  }),
  Evidence: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    obligationId: c.ref("obligationId"),
    kind: "LINK",
    title: "Report",
  }),
  EvidenceVersion: (c) => ({
    id: id(),
    organizationId: c.org,
    evidenceId: c.ref("evidenceId"),
    version: n(),
    fileName: "r.pdf",
    mimeType: "application/pdf",
    sizeBytes: 1,
    sha256: "00",
    content: Buffer.from([1]),
  }),
  DossierVersion: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    kind: "SYSTEM",
    version: n(),
    ruleSetId: "test",
    pdf: Buffer.from([1]),
    pdfSha256: id(),
    snapshot: "{}",
    snapshotSha256: "00",
  }),
  DossierAttestation: (c) => ({
    id: id(),
    organizationId: c.org,
    dossierId: c.ref("dossierId"),
    attestedById: c.user,
    name: "Legal",
    role: "LEGAL",
    statement: "Attested",
  }),
  LegalRecord: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    kind: "ANNEX_IV",
    section: n(),
    evidenceIds: "{}",
    updatedAt: now,
  }),
  MonitoringEvent: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    modelVersionId: c.ref("modelVersionId"),
    taskId: c.ref("taskId"),
    incidentId: c.ref("incidentId"),
    kind: "DRIFT",
    metric: "psi",
    value: 0.1,
  }),
  Task: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    obligationId: c.ref("obligationId"),
    title: "Task",
    updatedAt: now,
  }),
  Incident: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    sourceEventId: c.ref("sourceEventId"),
    number: n(),
    title: "Incident",
    updatedAt: now,
  }),
  MonitoringPlan: (c) => ({ id: id(), organizationId: c.org, systemId: c.ref("systemId"), updatedAt: now }),
  Webhook: (c) => ({
    id: id(),
    organizationId: c.org,
    url: "https://hooks.example/x",
    secret: "s",
    events: "{}",
    updatedAt: now,
  }),
  WebhookDelivery: (c) => ({
    id: id(),
    organizationId: c.org,
    webhookId: c.ref("webhookId"),
    event: "system.updated",
    payload: "{}",
  }),
  LiteracyPerson: (c) => ({
    id: id(),
    organizationId: c.org,
    name: "Person",
    email: `p-${n()}-${id()}@x.example`,
    businessUnitId: c.ref("businessUnitId"),
  }),
  LearningItem: (c) => ({ id: id(), organizationId: c.org, title: "Course", kind: "COURSE", intendedRoles: "{}" }),
  LearningItemSystem: (c) => ({ organizationId: c.org, itemId: c.ref("itemId"), systemId: c.ref("systemId") }),
  LiteracyCompletion: (c) => ({
    id: id(),
    organizationId: c.org,
    personId: c.ref("personId"),
    itemId: c.ref("itemId"),
    completedOn: "2026-12-01",
  }),
  SystemOperator: (c) => ({
    organizationId: c.org,
    personId: c.ref("personId"),
    systemId: c.ref("systemId"),
    role: "OPERATOR",
  }),
  // A day of its own: the tree's obligation already made its (system, day) cell through the trigger.
  ObligationDayCell: (c) => ({
    organizationId: c.org,
    systemId: c.ref("systemId"),
    day: "2030-01-01",
    applicable: 1,
    done: 0,
    friaOpen: 0,
    registrationOpen: 0,
  }),
  Risk: (c) => ({
    id: id(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    title: "Risk",
    fundamentalRights: "{}",
    ...events(c),
    likelihood: 3,
    impact: 3,
    updatedAt: now,
  }),
  RiskObligationLink: (c) => ({
    id: id(),
    organizationId: c.org,
    riskId: c.ref("riskId"),
    obligationId: c.ref("obligationId"),
  }),
  // The database asks for at least one event; the tree's risk, incident and breach share one system.
  RiskEventLink: (c) => ({ id: id(), organizationId: c.org, riskId: c.ref("riskId"), how: "RESCORED", ...events(c) }),
  Policy: (c) => ({
    id: id(),
    organizationId: c.org,
    title: "Policy",
    kind: "OTHER",
    audienceRoles: "{}",
    updatedAt: now,
  }),
  PolicyAudienceUnit: (c) => ({
    organizationId: c.org,
    policyId: c.ref("policyId"),
    businessUnitId: c.ref("businessUnitId"),
  }),
  PolicyVersion: (c) => ({
    id: id(),
    organizationId: c.org,
    policyId: c.ref("policyId"),
    number: n(),
    body: "Text",
    updatedAt: now,
  }),
  PolicyAcknowledgement: (c) => ({ id: id(), organizationId: c.org, policyVersionId: c.ref("policyVersionId") }),
  PolicyEvidenceLink: (c) => ({
    id: id(),
    organizationId: c.org,
    obligationId: c.ref("obligationId"),
    policyVersionId: c.ref("policyVersionId"),
  }),
  PolicyControlLink: (c) => ({ id: id(), organizationId: c.org, policyId: c.ref("policyId"), ...ISO_A22 }),
  ...DEPLOYER_PACK_ROWS,
  ...VENDOR_ROWS,
} satisfies Record<string, (c: Ctx) => Row>;

/** Every tenant table the tests can build a row of. */
export type Table = keyof typeof ROWS;
