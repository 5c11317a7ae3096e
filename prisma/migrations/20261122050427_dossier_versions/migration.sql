-- CreateEnum
CREATE TYPE "DossierKind" AS ENUM ('SYSTEM', 'PORTFOLIO');

-- CreateTable
CREATE TABLE "DossierVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT,
    "kind" "DossierKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "ruleSetId" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "pdfSha256" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "snapshotSha256" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierAttestation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "attestedById" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "attestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierAttestation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DossierVersion_pdfSha256_key" ON "DossierVersion"("pdfSha256");

-- CreateIndex
CREATE INDEX "DossierVersion_organizationId_createdAt_idx" ON "DossierVersion"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DossierVersion_organizationId_kind_systemId_version_key" ON "DossierVersion"("organizationId", "kind", "systemId", "version");

-- CreateIndex
CREATE INDEX "DossierAttestation_dossierId_idx" ON "DossierAttestation"("dossierId");

-- AddForeignKey
ALTER TABLE "DossierVersion" ADD CONSTRAINT "DossierVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierVersion" ADD CONSTRAINT "DossierVersion_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AiSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierVersion" ADD CONSTRAINT "DossierVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierAttestation" ADD CONSTRAINT "DossierAttestation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierAttestation" ADD CONSTRAINT "DossierAttestation_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "DossierVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierAttestation" ADD CONSTRAINT "DossierAttestation_attestedById_fkey" FOREIGN KEY ("attestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A sealed dossier version never changes: the database refuses to update or delete one.
CREATE OR REPLACE FUNCTION actlas_dossier_version_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'DossierVersion rows are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DossierVersion_immutable"
  BEFORE UPDATE OR DELETE ON "DossierVersion"
  FOR EACH ROW EXECUTE FUNCTION actlas_dossier_version_immutable();
