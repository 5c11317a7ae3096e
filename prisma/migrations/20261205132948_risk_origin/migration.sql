-- A risk opened from a serious incident or a monitoring breach keeps where it came from. Both references stay inside
-- the risk's organisation (composite keys, like every tenant reference), and lose only their own column when the
-- incident or event goes: the risk itself stays in the register.
ALTER TABLE "Risk" ADD COLUMN "incidentId" TEXT,
ADD COLUMN "monitoringEventId" TEXT;

ALTER TABLE "Risk" ADD CONSTRAINT "Risk_incidentId_org_fk" FOREIGN KEY ("incidentId", "organizationId") REFERENCES "Incident"("id", "organizationId") ON DELETE SET NULL ("incidentId") ON UPDATE NO ACTION;
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_monitoringEventId_org_fk" FOREIGN KEY ("monitoringEventId", "organizationId") REFERENCES "MonitoringEvent"("id", "organizationId") ON DELETE SET NULL ("monitoringEventId") ON UPDATE NO ACTION;

CREATE INDEX "Risk_incidentId_idx" ON "Risk"("incidentId");
CREATE INDEX "Risk_monitoringEventId_idx" ON "Risk"("monitoringEventId");
