-- Deployer packs (issue #20): what a provider publishes about a system for its customers, and the links to it.
-- CreateTable
CREATE TABLE "DeployerPack" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "pdf" BYTEA NOT NULL,
    "pdfSha256" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeployerPack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeployerPackLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "packId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "followLatest" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeployerPackLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeployerPack_organizationId_systemId_idx" ON "DeployerPack"("organizationId", "systemId");

-- CreateIndex
CREATE UNIQUE INDEX "DeployerPack_systemId_version_key" ON "DeployerPack"("systemId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DeployerPack_id_organizationId_key" ON "DeployerPack"("id", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "DeployerPackLink_tokenHash_key" ON "DeployerPackLink"("tokenHash");

-- CreateIndex
CREATE INDEX "DeployerPackLink_organizationId_systemId_createdAt_idx" ON "DeployerPackLink"("organizationId", "systemId", "createdAt");

-- CreateIndex
CREATE INDEX "DeployerPackLink_packId_idx" ON "DeployerPackLink"("packId");

-- CreateIndex
CREATE UNIQUE INDEX "DeployerPackLink_id_organizationId_key" ON "DeployerPackLink"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "DeployerPack" ADD CONSTRAINT "DeployerPack_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeployerPack" ADD CONSTRAINT "DeployerPack_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AiSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeployerPackLink" ADD CONSTRAINT "DeployerPackLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeployerPackLink" ADD CONSTRAINT "DeployerPackLink_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AiSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeployerPackLink" ADD CONSTRAINT "DeployerPackLink_packId_fkey" FOREIGN KEY ("packId") REFERENCES "DeployerPack"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The tenant guard, as for every other reference (migration 20261204231317_tenant_composite_fks): a pack and a link
-- point at a system, and a link at a pack, of their own organisation; the person who published or made the link is a
-- member of it (a member who leaves leaves the row without its author).
ALTER TABLE "DeployerPack" ADD CONSTRAINT "DeployerPack_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "DeployerPack" ADD CONSTRAINT "DeployerPack_createdById_org_fk" FOREIGN KEY ("createdById", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("createdById") ON UPDATE NO ACTION;
ALTER TABLE "DeployerPackLink" ADD CONSTRAINT "DeployerPackLink_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "DeployerPackLink" ADD CONSTRAINT "DeployerPackLink_packId_org_fk" FOREIGN KEY ("packId", "organizationId") REFERENCES "DeployerPack"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "DeployerPackLink" ADD CONSTRAINT "DeployerPackLink_createdById_org_fk" FOREIGN KEY ("createdById", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("createdById") ON UPDATE NO ACTION;

-- Versions start at 1; a link names its customer.
ALTER TABLE "DeployerPack" ADD CONSTRAINT "DeployerPack_version_check" CHECK ("version" >= 1);
ALTER TABLE "DeployerPackLink" ADD CONSTRAINT "DeployerPackLink_label_check" CHECK (char_length("label") BETWEEN 1 AND 200);
