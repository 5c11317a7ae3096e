-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "systemId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_systemId_sequence_idx" ON "AuditEvent"("organizationId", "systemId", "sequence");
