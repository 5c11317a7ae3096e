-- Classifications awaiting review or not determined yet, listed by name with their total (dashboard attention lists,
-- the portfolio report annex): an index range instead of two scans of the whole table at 100,000 systems.
CREATE INDEX "AiSystem_organizationId_disposition_name_idx" ON "AiSystem"("organizationId", "disposition", "name");
