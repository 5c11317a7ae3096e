-- Every time a risk is opened or re-scored from a serious incident or a monitoring breach (issue #19): a risk can be
-- re-rated from several events, and each event lists the risks it moved.
-- CreateEnum
CREATE TYPE "RiskEventLinkHow" AS ENUM ('OPENED', 'RESCORED');

-- CreateTable
CREATE TABLE "RiskEventLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "incidentId" TEXT,
    "monitoringEventId" TEXT,
    "how" "RiskEventLinkHow" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskEventLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskEventLink_riskId_idx" ON "RiskEventLink"("riskId");

-- CreateIndex
CREATE INDEX "RiskEventLink_incidentId_idx" ON "RiskEventLink"("incidentId");

-- CreateIndex
CREATE INDEX "RiskEventLink_monitoringEventId_idx" ON "RiskEventLink"("monitoringEventId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskEventLink_id_organizationId_key" ON "RiskEventLink"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "RiskEventLink" ADD CONSTRAINT "RiskEventLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskEventLink" ADD CONSTRAINT "RiskEventLink_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Each row names an event (the data layer stores one per row).
ALTER TABLE "RiskEventLink" ADD CONSTRAINT "RiskEventLink_one_event" CHECK ("incidentId" IS NOT NULL OR "monitoringEventId" IS NOT NULL);

-- The risk, the incident and the event are of the row's organisation (composite keys, like every tenant reference). A
-- deleted incident or event takes its links with it; the audit trail still names it.
ALTER TABLE "RiskEventLink" ADD CONSTRAINT "RiskEventLink_riskId_org_fk" FOREIGN KEY ("riskId", "organizationId") REFERENCES "Risk"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "RiskEventLink" ADD CONSTRAINT "RiskEventLink_incidentId_org_fk" FOREIGN KEY ("incidentId", "organizationId") REFERENCES "Incident"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "RiskEventLink" ADD CONSTRAINT "RiskEventLink_monitoringEventId_org_fk" FOREIGN KEY ("monitoringEventId", "organizationId") REFERENCES "MonitoringEvent"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;

-- ... and of the risk's own system: a key cannot say that across three tables, so a trigger does.
-- Rows of another organisation are left to the keys above, which name themselves in the error.
CREATE OR REPLACE FUNCTION actlas_risk_event_link_same_system() RETURNS trigger AS $$
DECLARE
  risk_system TEXT := (SELECT "systemId" FROM "Risk" WHERE id = NEW."riskId" AND "organizationId" = NEW."organizationId");
  incident_system TEXT := (SELECT "systemId" FROM "Incident" WHERE id = NEW."incidentId" AND "organizationId" = NEW."organizationId");
  event_system TEXT := (SELECT "systemId" FROM "MonitoringEvent" WHERE id = NEW."monitoringEventId" AND "organizationId" = NEW."organizationId");
BEGIN
  IF risk_system IS NOT NULL AND (incident_system <> risk_system OR event_system <> risk_system) THEN
    RAISE EXCEPTION 'RiskEventLink: the incident or breach must be of the risk''s own system (same system)'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "RiskEventLink_same_system"
  BEFORE INSERT OR UPDATE OF "riskId", "incidentId", "monitoringEventId" ON "RiskEventLink"
  FOR EACH ROW EXECUTE FUNCTION actlas_risk_event_link_same_system();

-- Risks already opened from an incident or a breach.
INSERT INTO "RiskEventLink" ("id", "organizationId", "riskId", "incidentId", "monitoringEventId", "how", "createdAt")
SELECT 'rel' || replace(gen_random_uuid()::text, '-', ''), r."organizationId", r.id, r."incidentId", NULL, 'OPENED', r."createdAt"
FROM "Risk" r JOIN "Incident" i ON i.id = r."incidentId" AND i."systemId" = r."systemId";
INSERT INTO "RiskEventLink" ("id", "organizationId", "riskId", "incidentId", "monitoringEventId", "how", "createdAt")
SELECT 'rel' || replace(gen_random_uuid()::text, '-', ''), r."organizationId", r.id, NULL, r."monitoringEventId", 'OPENED', r."createdAt"
FROM "Risk" r JOIN "MonitoringEvent" e ON e.id = r."monitoringEventId" AND e."systemId" = r."systemId";
