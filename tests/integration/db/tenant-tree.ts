import { randomUUID } from "node:crypto";
import type pg from "pg";
import { now, ROWS, type Row, type Table } from "./tenant-rows";

// Every reference from one tenant table to another, with the delete action it had before the composite foreign keys
// (migration 20261204231317_tenant_composite_fks). tenant-fks.int.test.ts checks this list against the database's
// catalog both ways, so a new relation between tenant tables fails the tests until it gets its "*_org_fk" and a line here.
// `loose`: an id column that schema.prisma declares without a relation, so it has no simple foreign key
// (<Table>_<column>_fkey) and only the composite one (migration tenant_fks_for_loose_ids) keeps it honest.
// `deferred`: checked at commit, not at the statement (the organisation import writes these rows before their parents).
export type Relation = {
  child: Table;
  column: string;
  parent: ParentTable;
  // NO ACTION: the parent cannot be deleted while a child points at it (a business unit in use is merged instead).
  onDelete: "CASCADE" | "SET NULL" | "NO ACTION";
  loose?: true;
  deferred?: true;
};

export const RELATIONS: Relation[] = [
  { child: "AiSystem", column: "currentRunId", parent: "ClassificationRun", onDelete: "SET NULL" },
  { child: "AiSystem", column: "businessUnitId", parent: "BusinessUnit", onDelete: "NO ACTION" },
  { child: "ModelVersion", column: "modelId", parent: "AiModel", onDelete: "CASCADE" },
  { child: "AiSystemModel", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "AiSystemModel", column: "modelId", parent: "AiModel", onDelete: "CASCADE" },
  { child: "AiSystemDataset", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "AiSystemDataset", column: "datasetId", parent: "Dataset", onDelete: "CASCADE" },
  { child: "ClassificationRun", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "ReviewDecision", column: "runId", parent: "ClassificationRun", onDelete: "CASCADE" },
  { child: "ReviewRequest", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "ReviewRequest", column: "runId", parent: "ClassificationRun", onDelete: "CASCADE" },
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
  // The AI-literacy register (migration 20261205105111_literacy_register).
  { child: "LiteracyPerson", column: "businessUnitId", parent: "BusinessUnit", onDelete: "SET NULL" },
  { child: "LearningItemSystem", column: "itemId", parent: "LearningItem", onDelete: "CASCADE" },
  { child: "LearningItemSystem", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "LiteracyCompletion", column: "personId", parent: "LiteracyPerson", onDelete: "CASCADE" },
  { child: "LiteracyCompletion", column: "itemId", parent: "LearningItem", onDelete: "CASCADE" },
  { child: "SystemOperator", column: "personId", parent: "LiteracyPerson", onDelete: "CASCADE" },
  { child: "SystemOperator", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  // The Art 9 risk register (migration 20261205105119_risk_register). Its owner and acceptor reference a member,
  // Membership(userId, organizationId): tests/integration/risks/risk-register.int.test.ts covers those two keys.
  { child: "Risk", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "ObligationDayCell", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "RiskObligationLink", column: "riskId", parent: "Risk", onDelete: "CASCADE" },
  { child: "RiskObligationLink", column: "obligationId", parent: "Obligation", onDelete: "CASCADE" },
  // Risks opened or re-scored from an incident or a breach (migration *_risk_event_links).
  { child: "RiskEventLink", column: "riskId", parent: "Risk", onDelete: "CASCADE" },
  { child: "RiskEventLink", column: "incidentId", parent: "Incident", onDelete: "CASCADE", loose: true },
  { child: "RiskEventLink", column: "monitoringEventId", parent: "MonitoringEvent", onDelete: "CASCADE", loose: true },
  // AI policies (migration *_policies). Their person columns reference a member, Membership(userId, organizationId):
  // tests/integration/policies/policy-tenancy.int.test.ts covers those keys.
  { child: "PolicyAudienceUnit", column: "policyId", parent: "Policy", onDelete: "CASCADE" },
  { child: "PolicyAudienceUnit", column: "businessUnitId", parent: "BusinessUnit", onDelete: "CASCADE" },
  { child: "PolicyVersion", column: "policyId", parent: "Policy", onDelete: "CASCADE" },
  { child: "PolicyAcknowledgement", column: "policyVersionId", parent: "PolicyVersion", onDelete: "CASCADE" },
  { child: "PolicyEvidenceLink", column: "obligationId", parent: "Obligation", onDelete: "CASCADE" },
  { child: "PolicyEvidenceLink", column: "policyVersionId", parent: "PolicyVersion", onDelete: "CASCADE" },
  { child: "PolicyControlLink", column: "policyId", parent: "Policy", onDelete: "CASCADE" },
  // Vendors and vendor requests (migration *_vendor_requests); systemId, modelId and evidenceId have no Prisma relation.
  { child: "VendorSystem", column: "vendorId", parent: "Vendor", onDelete: "CASCADE" },
  { child: "VendorSystem", column: "systemId", parent: "AiSystem", onDelete: "CASCADE", loose: true },
  { child: "VendorModel", column: "vendorId", parent: "Vendor", onDelete: "CASCADE" },
  { child: "VendorModel", column: "modelId", parent: "AiModel", onDelete: "CASCADE", loose: true },
  { child: "VendorRequest", column: "vendorId", parent: "Vendor", onDelete: "CASCADE" },
  { child: "VendorRequest", column: "systemId", parent: "AiSystem", onDelete: "CASCADE", loose: true },
  { child: "VendorRequestItem", column: "requestId", parent: "VendorRequest", onDelete: "CASCADE" },
  { child: "VendorAnswerEvidence", column: "itemId", parent: "VendorRequestItem", onDelete: "CASCADE" },
  { child: "VendorAnswerEvidence", column: "evidenceId", parent: "Evidence", onDelete: "CASCADE", loose: true },
  // Where a risk was opened from (migration *_risk_origin).
  { child: "Risk", column: "incidentId", parent: "Incident", onDelete: "SET NULL", loose: true },
  { child: "Risk", column: "monitoringEventId", parent: "MonitoringEvent", onDelete: "SET NULL", loose: true },
  // Deployer packs and their customer links (migration *_deployer_packs).
  { child: "DeployerPack", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "DeployerPackLink", column: "systemId", parent: "AiSystem", onDelete: "CASCADE" },
  { child: "DeployerPackLink", column: "packId", parent: "DeployerPack", onDelete: "CASCADE" },
];

export const constraintName = (r: Relation) => `${r.child}_${r.column}_org_fk`;

// The parents every child in tenant-rows.ts needs, in an order that satisfies the foreign keys. MonitoringEvent and
// Incident point at each other: the tree's event is stored before its incident exists, so its incidentId stays null.
const PARENTS = [
  "BusinessUnit",
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
  "LiteracyPerson",
  "LearningItem",
  "Risk",
  "Policy",
  "PolicyVersion",
  "Vendor",
  "VendorRequest",
  "VendorRequestItem",
  "DeployerPack",
] as const satisfies readonly Table[];
export type ParentTable = (typeof PARENTS)[number];

/** One organisation with a user and one row of every parent table; ids by table name (plus org and user). */
export type Tree = { org: string; user: string } & Record<ParentTable, string>;
// While insertTree builds a tree, only the parents stored so far have ids.
type PartialTree = Pick<Tree, "org" | "user"> & Partial<Tree>;

export async function insert(client: pg.ClientBase, table: string, row: Row): Promise<void> {
  const columns = Object.keys(row);
  await client.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    Object.values(row),
  );
}

export function parentOf(child: Table, column: string): ParentTable {
  const relation = RELATIONS.find((r) => r.child === child && r.column === column);
  if (!relation) throw new Error(`${child}.${column} is not in RELATIONS`);
  return relation.parent;
}

/** A row of `table` whose references point into `tree`, except those `override` names. */
export function rowFor(
  table: Table,
  tree: PartialTree,
  override: Record<string, string> = {},
  omit: string[] = [],
): Row {
  const row: Row = ROWS[table]({
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
  const tree: PartialTree = { org, user };
  for (const table of PARENTS) {
    // A parent table that a newer migration adds is skipped on an older schema (tenant-fks-backfill).
    const exists = await client.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [`"${table}"`]);
    if (!exists.rows[0]?.t) continue;
    const row = rowFor(table, tree, {}, omitOrg.includes(table) ? ["organizationId"] : []);
    await insert(client, table, row);
    tree[table] = String(row.id);
  }
  // The loop stored a row of every parent table, so every id is there.
  return tree as Tree;
}

/** The WHERE clause and values that find `row` again: its id, or every column for link tables. */
export function keyOf(row: Row): { where: string; values: unknown[] } {
  const columns = "id" in row ? ["id"] : Object.keys(row).filter((c) => c !== "organizationId");
  return { where: columns.map((c, i) => `"${c}" = $${i + 1}`).join(" AND "), values: columns.map((c) => row[c]) };
}
