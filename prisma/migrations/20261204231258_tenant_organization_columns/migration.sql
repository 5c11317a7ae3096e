-- Link and version tables get the organisation of their parent, so that the composite foreign keys of the next
-- migration (tenant_composite_fks) can require every child to be in its parent's organisation. Existing rows take
-- it from the parent (every parent row has one), then the column becomes NOT NULL.

-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN "organizationId" TEXT;
UPDATE "ModelVersion" v SET "organizationId" = m."organizationId" FROM "AiModel" m WHERE m.id = v."modelId";
ALTER TABLE "ModelVersion" ALTER COLUMN "organizationId" SET NOT NULL;

-- AlterTable: a link takes its system's organisation; a link to another organisation's model or dataset is then
-- refused by the composite foreign keys of the next migration, which fails loudly instead of keeping it.
ALTER TABLE "AiSystemModel" ADD COLUMN "organizationId" TEXT;
UPDATE "AiSystemModel" l SET "organizationId" = s."organizationId" FROM "AiSystem" s WHERE s.id = l."systemId";
ALTER TABLE "AiSystemModel" ALTER COLUMN "organizationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "AiSystemDataset" ADD COLUMN "organizationId" TEXT;
UPDATE "AiSystemDataset" l SET "organizationId" = s."organizationId" FROM "AiSystem" s WHERE s.id = l."systemId";
ALTER TABLE "AiSystemDataset" ALTER COLUMN "organizationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "EvidenceVersion" ADD COLUMN "organizationId" TEXT;
UPDATE "EvidenceVersion" v SET "organizationId" = e."organizationId" FROM "Evidence" e WHERE e.id = v."evidenceId";
ALTER TABLE "EvidenceVersion" ALTER COLUMN "organizationId" SET NOT NULL;

-- CreateIndex: the targets of the composite foreign keys.
CREATE UNIQUE INDEX "AiModel_id_organizationId_key" ON "AiModel"("id", "organizationId");
CREATE UNIQUE INDEX "AiSystem_id_organizationId_key" ON "AiSystem"("id", "organizationId");
CREATE UNIQUE INDEX "ClassificationRun_id_organizationId_key" ON "ClassificationRun"("id", "organizationId");
CREATE UNIQUE INDEX "Dataset_id_organizationId_key" ON "Dataset"("id", "organizationId");
CREATE UNIQUE INDEX "DossierVersion_id_organizationId_key" ON "DossierVersion"("id", "organizationId");
CREATE UNIQUE INDEX "Evidence_id_organizationId_key" ON "Evidence"("id", "organizationId");
CREATE UNIQUE INDEX "ModelVersion_id_organizationId_key" ON "ModelVersion"("id", "organizationId");
CREATE UNIQUE INDEX "Obligation_id_organizationId_key" ON "Obligation"("id", "organizationId");
CREATE UNIQUE INDEX "Webhook_id_organizationId_key" ON "Webhook"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AiSystemModel" ADD CONSTRAINT "AiSystemModel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AiSystemDataset" ADD CONSTRAINT "AiSystemDataset_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EvidenceVersion" ADD CONSTRAINT "EvidenceVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
