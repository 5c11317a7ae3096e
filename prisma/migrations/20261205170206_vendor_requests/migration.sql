-- Vendor register and vendor requests with a respondent portal (issue #20 part 1).
-- CreateTable
CREATE TABLE "Vendor" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorSystem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorModel" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "tokenHash" TEXT,
    "message" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdByLabel" TEXT NOT NULL DEFAULT '',
    "extensionUntil" DATE,
    "extensionReason" TEXT NOT NULL DEFAULT '',
    "extensionAccepted" BOOLEAN,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VendorRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorRequestItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "question" TEXT NOT NULL DEFAULT '',
    "answerText" TEXT NOT NULL DEFAULT '',
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorRequestItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorAnswerEvidence" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorAnswerEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_organizationId_name_key" ON "Vendor"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_id_organizationId_key" ON "Vendor"("id", "organizationId");

-- CreateIndex
CREATE INDEX "VendorSystem_organizationId_systemId_idx" ON "VendorSystem"("organizationId", "systemId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorSystem_vendorId_systemId_key" ON "VendorSystem"("vendorId", "systemId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorSystem_id_organizationId_key" ON "VendorSystem"("id", "organizationId");

-- CreateIndex
CREATE INDEX "VendorModel_organizationId_modelId_idx" ON "VendorModel"("organizationId", "modelId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorModel_vendorId_modelId_key" ON "VendorModel"("vendorId", "modelId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorModel_id_organizationId_key" ON "VendorModel"("id", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorRequest_tokenHash_key" ON "VendorRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "VendorRequest_organizationId_vendorId_idx" ON "VendorRequest"("organizationId", "vendorId");

-- CreateIndex
CREATE INDEX "VendorRequest_organizationId_systemId_idx" ON "VendorRequest"("organizationId", "systemId");

-- CreateIndex
CREATE INDEX "VendorRequest_dueDate_idx" ON "VendorRequest"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "VendorRequest_id_organizationId_key" ON "VendorRequest"("id", "organizationId");

-- CreateIndex
CREATE INDEX "VendorRequestItem_requestId_idx" ON "VendorRequestItem"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorRequestItem_id_organizationId_key" ON "VendorRequestItem"("id", "organizationId");

-- CreateIndex
CREATE INDEX "VendorAnswerEvidence_evidenceId_idx" ON "VendorAnswerEvidence"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorAnswerEvidence_itemId_evidenceId_key" ON "VendorAnswerEvidence"("itemId", "evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorAnswerEvidence_id_organizationId_key" ON "VendorAnswerEvidence"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorSystem" ADD CONSTRAINT "VendorSystem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorSystem" ADD CONSTRAINT "VendorSystem_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorModel" ADD CONSTRAINT "VendorModel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorModel" ADD CONSTRAINT "VendorModel_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorRequest" ADD CONSTRAINT "VendorRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorRequest" ADD CONSTRAINT "VendorRequest_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorRequestItem" ADD CONSTRAINT "VendorRequestItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorRequestItem" ADD CONSTRAINT "VendorRequestItem_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "VendorRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorAnswerEvidence" ADD CONSTRAINT "VendorAnswerEvidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorAnswerEvidence" ADD CONSTRAINT "VendorAnswerEvidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "VendorRequestItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Composite foreign keys: every row points only at rows of its own organisation. systemId, modelId and evidenceId have
-- no Prisma relation ("loose"), so these are their only foreign keys.
ALTER TABLE "VendorSystem" ADD CONSTRAINT "VendorSystem_vendorId_org_fk" FOREIGN KEY ("vendorId", "organizationId") REFERENCES "Vendor"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "VendorSystem" ADD CONSTRAINT "VendorSystem_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "VendorModel" ADD CONSTRAINT "VendorModel_vendorId_org_fk" FOREIGN KEY ("vendorId", "organizationId") REFERENCES "Vendor"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "VendorModel" ADD CONSTRAINT "VendorModel_modelId_org_fk" FOREIGN KEY ("modelId", "organizationId") REFERENCES "AiModel"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "VendorRequest" ADD CONSTRAINT "VendorRequest_vendorId_org_fk" FOREIGN KEY ("vendorId", "organizationId") REFERENCES "Vendor"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "VendorRequest" ADD CONSTRAINT "VendorRequest_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "VendorRequestItem" ADD CONSTRAINT "VendorRequestItem_requestId_org_fk" FOREIGN KEY ("requestId", "organizationId") REFERENCES "VendorRequest"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "VendorAnswerEvidence" ADD CONSTRAINT "VendorAnswerEvidence_itemId_org_fk" FOREIGN KEY ("itemId", "organizationId") REFERENCES "VendorRequestItem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "VendorAnswerEvidence" ADD CONSTRAINT "VendorAnswerEvidence_evidenceId_org_fk" FOREIGN KEY ("evidenceId", "organizationId") REFERENCES "Evidence"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
