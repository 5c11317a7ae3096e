-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "DossierVersion_pdfSha256_key";

-- CreateIndex
CREATE UNIQUE INDEX "DossierVersion_organizationId_pdfSha256_key" ON "DossierVersion"("organizationId", "pdfSha256");
