-- The dashboard joins its per-(system, day) totals to every system of the organisation for the tier, business unit
-- and name (lib/dal/dashboard/internal/obligations.ts). This covering index lets that join read ~8 MB of index instead
-- of the ~140 MB table at 100,000 systems. Columns that change often (the readiness counters) are left out, so their
-- updates stay heap-only. Hand-written: schema.prisma cannot declare INCLUDE columns (scripts/db/hand-kept.ts).
CREATE INDEX "AiSystem_dashboard_idx" ON "AiSystem" ("organizationId", "id") INCLUDE ("tier", "businessUnit", "name");

-- The tenant key of the day cells under the name every composite tenant key has (<Table>_<column>_org_fk).
ALTER TABLE "ObligationDayCell" RENAME CONSTRAINT "ObligationDayCell_system_org_fk" TO "ObligationDayCell_systemId_org_fk";
