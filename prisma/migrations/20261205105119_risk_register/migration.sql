-- The Art 9 risk register (issue #19): risks per AI system and their links to the obligations that mitigate them.
-- CreateExtension

-- CreateEnum
CREATE TYPE "RiskSource" AS ENUM ('INTAKE', 'FRIA', 'INCIDENT', 'MONITORING', 'MANUAL');

-- CreateEnum
CREATE TYPE "RiskTreatment" AS ENUM ('MITIGATE', 'ACCEPT', 'AVOID', 'TRANSFER');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('OPEN', 'TREATED', 'CLOSED');

-- CreateTable
CREATE TABLE "Risk" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "affectedPersons" TEXT NOT NULL DEFAULT '',
    "fundamentalRights" TEXT[],
    "source" "RiskSource" NOT NULL DEFAULT 'MANUAL',
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "residualLikelihood" INTEGER,
    "residualImpact" INTEGER,
    "treatment" "RiskTreatment",
    "mitigation" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "nextReviewDate" DATE,
    "status" "RiskStatus" NOT NULL DEFAULT 'OPEN',
    "acceptanceJustification" TEXT NOT NULL DEFAULT '',
    "acceptedById" TEXT,
    "acceptedByLabel" TEXT NOT NULL DEFAULT '',
    "acceptedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskObligationLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "riskId" TEXT NOT NULL,
    "obligationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskObligationLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Risk_organizationId_systemId_idx" ON "Risk"("organizationId", "systemId");

-- CreateIndex
CREATE INDEX "Risk_organizationId_nextReviewDate_idx" ON "Risk"("organizationId", "nextReviewDate");

-- CreateIndex
CREATE UNIQUE INDEX "Risk_id_organizationId_key" ON "Risk"("id", "organizationId");

-- CreateIndex
CREATE INDEX "RiskObligationLink_obligationId_idx" ON "RiskObligationLink"("obligationId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskObligationLink_riskId_obligationId_key" ON "RiskObligationLink"("riskId", "obligationId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskObligationLink_id_organizationId_key" ON "RiskObligationLink"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AiSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskObligationLink" ADD CONSTRAINT "RiskObligationLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskObligationLink" ADD CONSTRAINT "RiskObligationLink_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskObligationLink" ADD CONSTRAINT "RiskObligationLink_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "Obligation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Scores are on a 5 x 5 scale: the database refuses anything else, whoever writes the row.
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_likelihood_check" CHECK ("likelihood" BETWEEN 1 AND 5);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_impact_check" CHECK ("impact" BETWEEN 1 AND 5);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_residualLikelihood_check" CHECK ("residualLikelihood" IS NULL OR "residualLikelihood" BETWEEN 1 AND 5);
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_residualImpact_check" CHECK ("residualImpact" IS NULL OR "residualImpact" BETWEEN 1 AND 5);

-- The tenant guard, as for every other reference (migration 20261204231317_tenant_composite_fks): a risk belongs to a
-- system of its own organisation, its owner and acceptor are members of that organisation (Membership(userId,
-- organizationId) is unique), and a link joins a risk and an obligation of one organisation.
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_ownerId_org_fk" FOREIGN KEY ("ownerId", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("ownerId") ON UPDATE NO ACTION;
-- The acceptor's name stays in "acceptedByLabel" (and the audit trail) when they leave.
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_acceptedById_org_fk" FOREIGN KEY ("acceptedById", "organizationId") REFERENCES "Membership"("userId", "organizationId") ON DELETE SET NULL ("acceptedById") ON UPDATE NO ACTION;
ALTER TABLE "RiskObligationLink" ADD CONSTRAINT "RiskObligationLink_riskId_org_fk" FOREIGN KEY ("riskId", "organizationId") REFERENCES "Risk"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "RiskObligationLink" ADD CONSTRAINT "RiskObligationLink_obligationId_org_fk" FOREIGN KEY ("obligationId", "organizationId") REFERENCES "Obligation"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
