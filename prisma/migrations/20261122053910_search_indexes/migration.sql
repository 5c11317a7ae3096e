-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "AiSystem_name_trgm_idx" ON "AiSystem" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AiSystem_description_trgm_idx" ON "AiSystem" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AiSystem_vendor_trgm_idx" ON "AiSystem" USING GIN ("vendor" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AiSystem_roles_idx" ON "AiSystem" USING GIN ("roles");
