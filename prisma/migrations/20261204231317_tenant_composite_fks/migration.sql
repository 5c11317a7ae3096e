-- Defence in depth for tenant isolation: every reference from one tenant table to another also carries the
-- organisation, (childRef, "organizationId") -> parent(id, "organizationId"), so the database itself refuses a row
-- that points into another organisation, whoever writes it (the data layer, raw SQL, an import, a migration).
--
-- The simple foreign keys Prisma manages (<Table>_<column>_fkey) stay as they are; these "*_org_fk" constraints
-- repeat their delete action, so deleting works exactly as before whichever of the two fires first (both actions
-- are idempotent). An optional reference uses the column-list form ON DELETE SET NULL ("<column>") (PostgreSQL 15+):
-- a plain SET NULL would also null "organizationId", which is NOT NULL. ON UPDATE NO ACTION: ids never change, and
-- moving a parent to another organisation while it still has children is refused rather than followed.
--
-- Prisma cannot declare these (column-list SET NULL, two relations sharing organizationId); scripts/db/hand-kept.ts
-- keeps `npm run db:migration` from proposing to drop them. Adding a constraint validates the existing rows: a
-- cross-tenant row already stored makes this migration fail, naming the constraint and the key, and is left for a
-- person to investigate instead of being deleted.

DO $$
BEGIN
  IF current_setting('server_version_num')::int < 150000 THEN
    RAISE EXCEPTION 'Actlas needs PostgreSQL 15 or newer (this server is %): the tenant foreign keys use ON DELETE SET NULL (column).', current_setting('server_version');
  END IF;
END
$$;

ALTER TABLE "AiSystem" ADD CONSTRAINT "AiSystem_currentRunId_org_fk" FOREIGN KEY ("currentRunId", "organizationId") REFERENCES "ClassificationRun"("id", "organizationId") ON DELETE SET NULL ("currentRunId") ON UPDATE NO ACTION;
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_modelId_org_fk" FOREIGN KEY ("modelId", "organizationId") REFERENCES "AiModel"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "AiSystemModel" ADD CONSTRAINT "AiSystemModel_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "AiSystemModel" ADD CONSTRAINT "AiSystemModel_modelId_org_fk" FOREIGN KEY ("modelId", "organizationId") REFERENCES "AiModel"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "AiSystemDataset" ADD CONSTRAINT "AiSystemDataset_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "AiSystemDataset" ADD CONSTRAINT "AiSystemDataset_datasetId_org_fk" FOREIGN KEY ("datasetId", "organizationId") REFERENCES "Dataset"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "ClassificationRun" ADD CONSTRAINT "ClassificationRun_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_runId_org_fk" FOREIGN KEY ("runId", "organizationId") REFERENCES "ClassificationRun"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Obligation" ADD CONSTRAINT "Obligation_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Obligation" ADD CONSTRAINT "Obligation_sourceRunId_org_fk" FOREIGN KEY ("sourceRunId", "organizationId") REFERENCES "ClassificationRun"("id", "organizationId") ON DELETE SET NULL ("sourceRunId") ON UPDATE NO ACTION;
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_obligationId_org_fk" FOREIGN KEY ("obligationId", "organizationId") REFERENCES "Obligation"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_obligationId_org_fk" FOREIGN KEY ("obligationId", "organizationId") REFERENCES "Obligation"("id", "organizationId") ON DELETE SET NULL ("obligationId") ON UPDATE NO ACTION;
ALTER TABLE "EvidenceVersion" ADD CONSTRAINT "EvidenceVersion_evidenceId_org_fk" FOREIGN KEY ("evidenceId", "organizationId") REFERENCES "Evidence"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "DossierVersion" ADD CONSTRAINT "DossierVersion_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "DossierAttestation" ADD CONSTRAINT "DossierAttestation_dossierId_org_fk" FOREIGN KEY ("dossierId", "organizationId") REFERENCES "DossierVersion"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "LegalRecord" ADD CONSTRAINT "LegalRecord_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "MonitoringEvent" ADD CONSTRAINT "MonitoringEvent_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "MonitoringEvent" ADD CONSTRAINT "MonitoringEvent_modelVersionId_org_fk" FOREIGN KEY ("modelVersionId", "organizationId") REFERENCES "ModelVersion"("id", "organizationId") ON DELETE SET NULL ("modelVersionId") ON UPDATE NO ACTION;
ALTER TABLE "Task" ADD CONSTRAINT "Task_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "MonitoringPlan" ADD CONSTRAINT "MonitoringPlan_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_webhookId_org_fk" FOREIGN KEY ("webhookId", "organizationId") REFERENCES "Webhook"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
