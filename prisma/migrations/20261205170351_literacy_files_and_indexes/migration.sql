-- AI-literacy register: a certificate file per completion (issue #19), the covering index of coverage by system and
-- the trigram index of the People search (BENCHMARKS.md, AI-literacy register).

-- AlterTable
ALTER TABLE "LiteracyCompletion" ADD COLUMN     "fileContent" BYTEA,
ADD COLUMN     "fileMimeType" TEXT,
ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "fileSha256" TEXT,
ADD COLUMN     "fileSizeBytes" INTEGER;

-- CreateIndex
CREATE INDEX "LiteracyPerson_search_trgm_idx" ON "LiteracyPerson" USING GIN ("name" gin_trgm_ops, "email" gin_trgm_ops, "jobRole" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SystemOperator_organizationId_systemId_personId_idx" ON "SystemOperator"("organizationId", "systemId", "personId");
