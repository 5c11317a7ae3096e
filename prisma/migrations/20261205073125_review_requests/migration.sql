-- Requests for legal review of a classification run (issue #17: legal review is a loop, not a button).

-- CreateEnum
CREATE TYPE "ReviewRequestStatus" AS ENUM ('OPEN', 'ANSWERED', 'SENT_BACK', 'CLOSED');

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedByName" TEXT,
    "question" TEXT NOT NULL,
    "status" "ReviewRequestStatus" NOT NULL DEFAULT 'OPEN',
    "response" TEXT NOT NULL DEFAULT '',
    "respondedById" TEXT,
    "respondedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewRequest_organizationId_status_createdAt_idx" ON "ReviewRequest"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_systemId_createdAt_idx" ON "ReviewRequest"("systemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRequest_id_organizationId_key" ON "ReviewRequest"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AiSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ClassificationRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Tenant isolation in the database itself, like 20261204231317_tenant_composite_fks: a request points at a system
-- and a run of its own organisation only.
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_runId_org_fk" FOREIGN KEY ("runId", "organizationId") REFERENCES "ClassificationRun"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
