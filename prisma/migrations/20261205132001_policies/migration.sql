-- AI policies (issue #19): policies, their versions, audiences, acknowledgements and links as obligation evidence.
-- CreateEnum
CREATE TYPE "PolicyKind" AS ENUM ('ACCEPTABLE_USE', 'RISK_MANAGEMENT', 'DATA_GOVERNANCE', 'HUMAN_OVERSIGHT', 'OTHER');

-- CreateEnum
CREATE TYPE "PolicyVersionStatus" AS ENUM ('DRAFT', 'IN_APPROVAL', 'APPROVED', 'PUBLISHED', 'RETIRED');

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "PolicyKind" NOT NULL,
    "ownerId" TEXT,
    "audienceAll" BOOLEAN NOT NULL DEFAULT true,
    "audienceRoles" "Role"[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyAudienceUnit" (
    "organizationId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "businessUnitId" TEXT NOT NULL,

    CONSTRAINT "PolicyAudienceUnit_pkey" PRIMARY KEY ("policyId","businessUnitId")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "changeNote" TEXT NOT NULL DEFAULT '',
    "status" "PolicyVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT,
    "submittedById" TEXT,
    "approvedById" TEXT,
    "approvedByLabel" TEXT NOT NULL DEFAULT '',
    "approvedAt" TIMESTAMP(3),
    "selfApproved" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyAcknowledgement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "policyVersionId" TEXT NOT NULL,
    "userId" TEXT,
    "userLabel" TEXT NOT NULL DEFAULT '',
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyEvidenceLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "obligationId" TEXT NOT NULL,
    "policyVersionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyEvidenceLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Policy_organizationId_title_idx" ON "Policy"("organizationId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_id_organizationId_key" ON "Policy"("id", "organizationId");

-- CreateIndex
CREATE INDEX "PolicyAudienceUnit_organizationId_businessUnitId_idx" ON "PolicyAudienceUnit"("organizationId", "businessUnitId");

-- CreateIndex
CREATE INDEX "PolicyVersion_organizationId_status_idx" ON "PolicyVersion"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_policyId_number_key" ON "PolicyVersion"("policyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_id_organizationId_key" ON "PolicyVersion"("id", "organizationId");

-- CreateIndex
CREATE INDEX "PolicyAcknowledgement_organizationId_userId_idx" ON "PolicyAcknowledgement"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAcknowledgement_policyVersionId_userId_key" ON "PolicyAcknowledgement"("policyVersionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAcknowledgement_id_organizationId_key" ON "PolicyAcknowledgement"("id", "organizationId");

-- CreateIndex
CREATE INDEX "PolicyEvidenceLink_policyVersionId_idx" ON "PolicyEvidenceLink"("policyVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyEvidenceLink_obligationId_policyVersionId_key" ON "PolicyEvidenceLink"("obligationId", "policyVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyEvidenceLink_id_organizationId_key" ON "PolicyEvidenceLink"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAudienceUnit" ADD CONSTRAINT "PolicyAudienceUnit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAudienceUnit" ADD CONSTRAINT "PolicyAudienceUnit_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAudienceUnit" ADD CONSTRAINT "PolicyAudienceUnit_businessUnitId_fkey" FOREIGN KEY ("businessUnitId") REFERENCES "BusinessUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAcknowledgement" ADD CONSTRAINT "PolicyAcknowledgement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAcknowledgement" ADD CONSTRAINT "PolicyAcknowledgement_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyEvidenceLink" ADD CONSTRAINT "PolicyEvidenceLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyEvidenceLink" ADD CONSTRAINT "PolicyEvidenceLink_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "Obligation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyEvidenceLink" ADD CONSTRAINT "PolicyEvidenceLink_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The tenant guard, as for every other reference (migration 20261204231317_tenant_composite_fks): every child row
-- points at a parent of its own organisation, and every person column at a member of it (Membership(userId,
-- organizationId) is unique). A member who leaves leaves the policy without an owner and a version without its
-- author, submitter or approver id (the approver's name stays in "approvedByLabel"); their acknowledgement stays as a
-- name ("userLabel").
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_ownerId_org_fk" FOREIGN KEY ("ownerId", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("ownerId") ON UPDATE NO ACTION;
ALTER TABLE "PolicyAudienceUnit" ADD CONSTRAINT "PolicyAudienceUnit_policyId_org_fk" FOREIGN KEY ("policyId", "organizationId") REFERENCES "Policy"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "PolicyAudienceUnit" ADD CONSTRAINT "PolicyAudienceUnit_businessUnitId_org_fk" FOREIGN KEY ("businessUnitId", "organizationId") REFERENCES "BusinessUnit"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_org_fk" FOREIGN KEY ("policyId", "organizationId") REFERENCES "Policy"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_authorId_org_fk" FOREIGN KEY ("authorId", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("authorId") ON UPDATE NO ACTION;
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_submittedById_org_fk" FOREIGN KEY ("submittedById", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("submittedById") ON UPDATE NO ACTION;
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_approvedById_org_fk" FOREIGN KEY ("approvedById", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("approvedById") ON UPDATE NO ACTION;
ALTER TABLE "PolicyAcknowledgement" ADD CONSTRAINT "PolicyAcknowledgement_policyVersionId_org_fk" FOREIGN KEY ("policyVersionId", "organizationId") REFERENCES "PolicyVersion"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "PolicyAcknowledgement" ADD CONSTRAINT "PolicyAcknowledgement_userId_org_fk" FOREIGN KEY ("userId", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("userId") ON UPDATE NO ACTION;
ALTER TABLE "PolicyEvidenceLink" ADD CONSTRAINT "PolicyEvidenceLink_obligationId_org_fk" FOREIGN KEY ("obligationId", "organizationId") REFERENCES "Obligation"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "PolicyEvidenceLink" ADD CONSTRAINT "PolicyEvidenceLink_policyVersionId_org_fk" FOREIGN KEY ("policyVersionId", "organizationId") REFERENCES "PolicyVersion"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;

-- Version numbers start at 1; a policy's text has a length cap whoever writes it (the form says 50,000 characters).
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_number_check" CHECK ("number" >= 1);
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_body_length_check" CHECK (char_length("body") <= 50000);
