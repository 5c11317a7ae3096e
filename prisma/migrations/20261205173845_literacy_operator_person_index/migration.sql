-- Coverage by unit (AI-literacy register) reads each person's systems in order from the index alone: the index on
-- (organizationId, personId) gains systemId, serving everything the narrower one did (BENCHMARKS.md).

-- DropIndex
DROP INDEX "SystemOperator_organizationId_personId_idx";

-- CreateIndex
CREATE INDEX "SystemOperator_organizationId_personId_systemId_idx" ON "SystemOperator"("organizationId", "personId", "systemId");
