import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";

// Every reference from one tenant table to another, with the delete action it had before the composite foreign keys
// (migration 20261204231317_tenant_composite_fks). tenant-fks.int.test.ts checks this list against the database's
// catalog both ways, so a new relation between tenant tables fails the tests until it gets its "*_org_fk" and a line here.
// `loose`: an id column that schema.prisma declares without a relation, so it has no simple foreign key
// (<Table>_<column>_fkey) and only the composite one (migration tenant_fks_for_loose_ids) keeps it honest.
// `deferred`: checked at commit, not at the statement (the organisation import writes these rows before their parents).
export type Relation = {
  child: string;
  column: string;
  parent: string;
  onDelete: "CASCADE" | "SET NULL";
  loose?: true;
  deferred?: true;
};

export const RELATIONS: Relation[] = [
  { child: "AiSystem", column: "currentRunId", parent: "ClassificationRun", onDelete: "SET NULL" },
  { child: "ModelVersion", column: "modelId", parent: "AiModel", onDelete: "CASCADE" },
  { child: "AiSystemModel", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "AiSystemModel", column: "modelId", parent: "AiModel", onDelete: "CASCADE" },
  { child: "AiSystemDataset", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "AiSystemDataset", column: "datasetId", parent: "Dataset", onDelete: "CASCADE" },
  { child: "ClassificationRun", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "ReviewDecision", column: "runId", parent: "ClassificationRun", onDelete: "CASCADE" },
  { child: "Obligation", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "Obligation", column: "sourceRunId", parent: "ClassificationRun", onDelete: "SET NULL" },
  { child: "Comment", column: "obligationId", parent: "Obligation", onDelete: "CASCADE" },
  { child: "Evidence", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "Evidence", column: "obligationId", parent: "Obligation", onDelete: "SET NULL" },
  { child: "EvidenceVersion", column: "evidenceId", parent: "Evidence", onDelete: "CASCADE" },
  { child: "DossierVersion", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "DossierAttestation", column: "dossierId", parent: "DossierVersion", onDelete: "CASCADE" },
  { child: "LegalRecord", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "MonitoringEvent", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "MonitoringEvent", column: "modelVersionId", parent: "ModelVersion", onDelete: "SET NULL" },
  { child: "Task", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "Incident", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "MonitoringPlan", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "WebhookDelivery", column: "webhookId", parent: "Webhook", onDelete: "CASCADE" },
  { child: "Task", column: "obligationId", parent: "Obligation", onDelete: "SET NULL", loose: true },
  { child: "MonitoringEvent", column: "taskId", parent: "Task", onDelete: "SET NULL", loose: true, deferred: true },
  {
    child: "MonitoringEvent",
    column: "incidentId",
    parent: "Incident",
    onDelete: "SET NULL",
    loose: true,
    deferred: true,
  },
  { child: "Incident", column: "sourceEventId", parent: "MonitoringEvent", onDelete: "SET NULL", loose: true },
  { child: "AiModel", column: "registryConnectionId", parent: "RegistryConnection", onDelete: "SET NULL", loose: true },
];

export const constraintName = (r: Relation) => `${r.child}_${r.column}_org_fk`;

export type Row = Record<string, unknown>;
// ref(column) gives the id a reference column should hold (its parent table comes from RELATIONS).
type Ref = (column: string) => string | null;
type Ctx = { org: string; user: string; ref: Ref };

const id = () => randomUUID();
const n = () => randomBytes(3).readUIntBE(0, 3);
const now = "2026-12-01T00:00:00Z";

// One valid row per table, with only the columns the table requires; unique columns get fresh values so that
// a second row next to the fixture's never trips a unique index before the foreign keys are checked.
export const ROWS: Record<string, (c: Ctx) => Row> = {
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
  }),
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
};

// The parents every child above needs, in an order that satisfies the foreign keys. MonitoringEvent and Incident
// point at each other: the tree's event is stored before its incident exists, so its incidentId stays null.
const PARENTS = [
  "AiSystem",
  "ClassificationRun",
  "RegistryConnection",
  "AiModel",
  "ModelVersion",
  "Dataset",
  "Obligation",
  "Task",
  "MonitoringEvent",
  "Incident",
  "Evidence",
  "DossierVersion",
  "Webhook",
];

/** One organisation with a user and one row of every parent table; ids by table name (plus org and user). */
export type Tree = Record<string, string> & { org: string; user: string };

export async function insert(client: pg.ClientBase, table: string, row: Row): Promise<void> {
  const columns = Object.keys(row);
  await client.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    Object.values(row),
  );
}

export function parentOf(child: string, column: string): string {
  const relation = RELATIONS.find((r) => r.child === child && r.column === column);
  if (!relation) throw new Error(`${child}.${column} is not in RELATIONS`);
  return relation.parent;
}

/** A row of `table` whose references point into `tree`, except those `override` names. */
export function rowFor(table: string, tree: Tree, override: Record<string, string> = {}, omit: string[] = []): Row {
  const row = ROWS[table]({
    org: tree.org,
    user: tree.user,
    ref: (column) => override[column] ?? tree[parentOf(table, column)] ?? null,
  });
  for (const column of omit) delete row[column];
  return row;
}

/** Inserts an organisation and its tree; `omitOrg` leaves organizationId out of the given tables (old schema). */
export async function insertTree(client: pg.ClientBase, omitOrg: string[] = []): Promise<Tree> {
  const org = randomUUID();
  const user = randomUUID();
  await insert(client, "Organization", { id: org, name: "Org", slug: `org-${org}`, updatedAt: now });
  await insert(client, "User", { id: user, email: `${user}@test.example`, name: "User", updatedAt: now });
  const tree = { org, user } as Tree;
  for (const table of PARENTS) {
    const row = rowFor(table, tree, {}, omitOrg.includes(table) ? ["organizationId"] : []);
    await insert(client, table, row);
    tree[table] = String(row.id);
  }
  return tree;
}

/** The WHERE clause and values that find `row` again: its id, or every column for link tables. */
export function keyOf(row: Row): { where: string; values: unknown[] } {
  const columns = "id" in row ? ["id"] : Object.keys(row).filter((c) => c !== "organizationId");
  return { where: columns.map((c, i) => `"${c}" = $${i + 1}`).join(" AND "), values: columns.map((c) => row[c]) };
}
