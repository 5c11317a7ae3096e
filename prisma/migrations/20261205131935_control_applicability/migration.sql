-- CreateTable
CREATE TABLE "ControlApplicability" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "controlId" TEXT NOT NULL,
    "applicable" BOOLEAN NOT NULL,
    "justification" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ControlApplicability_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ControlApplicability_organizationId_framework_controlId_key" ON "ControlApplicability"("organizationId", "framework", "controlId");

-- CreateIndex
CREATE UNIQUE INDEX "ControlApplicability_id_organizationId_key" ON "ControlApplicability"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "ControlApplicability" ADD CONSTRAINT "ControlApplicability_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An excluded control always says why (the Statement of Applicability's rule; lib/validations/standards.ts says it first).
ALTER TABLE "ControlApplicability" ADD CONSTRAINT "ControlApplicability_exclusion_justified"
  CHECK ("applicable" OR length(btrim("justification")) > 0);
