-- Five id columns point at another tenant row but were declared without a Prisma relation, so they had no foreign
-- key at all and the database stored any id there, dangling or of another organisation. They get the same composite
-- tenant foreign key as every other reference (migration 20261204231317_tenant_composite_fks):
-- (childRef, "organizationId") -> parent(id, "organizationId"), named "<Child>_<column>_org_fk", kept by
-- scripts/db/hand-kept.ts. There is no simple "_fkey" twin: schema.prisma keeps these as plain columns.

-- The composite keys need (id, "organizationId") unique on each parent (Obligation already has it).
CREATE UNIQUE INDEX "Incident_id_organizationId_key" ON "Incident"("id", "organizationId");
CREATE UNIQUE INDEX "MonitoringEvent_id_organizationId_key" ON "MonitoringEvent"("id", "organizationId");
CREATE UNIQUE INDEX "RegistryConnection_id_organizationId_key" ON "RegistryConnection"("id", "organizationId");
CREATE UNIQUE INDEX "Task_id_organizationId_key" ON "Task"("id", "organizationId");

-- An id that names no row, or a row of another organisation, is meaningless today: every read of these columns is
-- scoped to the reader's organisation, so the app already shows such a row as unlinked. Clearing it is what lets the
-- constraint be added; unlike the earlier migration (which stops on a cross-tenant row), nothing a person needs is
-- lost, since all five columns are optional links and the rows themselves stay.
UPDATE "Task" c SET "obligationId" = NULL WHERE "obligationId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Obligation" p WHERE p.id = c."obligationId" AND p."organizationId" = c."organizationId");
UPDATE "MonitoringEvent" c SET "taskId" = NULL WHERE "taskId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Task" p WHERE p.id = c."taskId" AND p."organizationId" = c."organizationId");
UPDATE "MonitoringEvent" c SET "incidentId" = NULL WHERE "incidentId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Incident" p WHERE p.id = c."incidentId" AND p."organizationId" = c."organizationId");
UPDATE "Incident" c SET "sourceEventId" = NULL WHERE "sourceEventId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "MonitoringEvent" p WHERE p.id = c."sourceEventId" AND p."organizationId" = c."organizationId");
UPDATE "AiModel" c SET "registryConnectionId" = NULL WHERE "registryConnectionId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "RegistryConnection" p WHERE p.id = c."registryConnectionId" AND p."organizationId" = c."organizationId");

-- MonitoringEvent's two keys are checked at commit (DEFERRABLE INITIALLY DEFERRED): the organisation import
-- (lib/dal/org-import.ts) writes monitoring events before the tasks and incidents they point at, and an incident and
-- its source event point at each other, so no insert order satisfies an immediate check. A transaction still cannot
-- commit a cross-tenant or dangling id; it is refused at COMMIT instead of at the statement.
--
-- ON DELETE SET NULL (column): the app deletes none of these parents except a registry connection, whose models it
-- already unlinks first and keeps as manual models (lib/dal/registry-sync.ts); the others go only with their
-- organisation or system, by cascade. Nulling just the reference keeps the row and its NOT NULL "organizationId".
ALTER TABLE "Task" ADD CONSTRAINT "Task_obligationId_org_fk" FOREIGN KEY ("obligationId", "organizationId") REFERENCES "Obligation"("id", "organizationId") ON DELETE SET NULL ("obligationId") ON UPDATE NO ACTION;
ALTER TABLE "MonitoringEvent" ADD CONSTRAINT "MonitoringEvent_taskId_org_fk" FOREIGN KEY ("taskId", "organizationId") REFERENCES "Task"("id", "organizationId") ON DELETE SET NULL ("taskId") ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "MonitoringEvent" ADD CONSTRAINT "MonitoringEvent_incidentId_org_fk" FOREIGN KEY ("incidentId", "organizationId") REFERENCES "Incident"("id", "organizationId") ON DELETE SET NULL ("incidentId") ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_sourceEventId_org_fk" FOREIGN KEY ("sourceEventId", "organizationId") REFERENCES "MonitoringEvent"("id", "organizationId") ON DELETE SET NULL ("sourceEventId") ON UPDATE NO ACTION;
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_registryConnectionId_org_fk" FOREIGN KEY ("registryConnectionId", "organizationId") REFERENCES "RegistryConnection"("id", "organizationId") ON DELETE SET NULL ("registryConnectionId") ON UPDATE NO ACTION;
