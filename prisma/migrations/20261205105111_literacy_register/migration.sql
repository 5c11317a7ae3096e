-- AI-literacy register (Art 4, issue #19): people, learning items, completions and who operates or oversees each system.
-- CreateEnum
CREATE TYPE "LearningItemKind" AS ENUM ('COURSE', 'BRIEFING', 'DOCUMENT', 'EXTERNAL_CERTIFICATE');

-- CreateEnum
CREATE TYPE "OperatorRole" AS ENUM ('OPERATOR', 'OVERSIGHT');

-- CreateTable
CREATE TABLE "LiteracyPerson" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "businessUnitId" TEXT,
    "userId" TEXT,
    "jobRole" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiteracyPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "LearningItemKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "validityMonths" INTEGER,
    "intendedRoles" TEXT[],
    "allSystems" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningItemSystem" (
    "organizationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,

    CONSTRAINT "LearningItemSystem_pkey" PRIMARY KEY ("itemId","systemId")
);

-- CreateTable
CREATE TABLE "LiteracyCompletion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "completedOn" DATE NOT NULL,
    "expiresOn" DATE,
    "evidenceNote" TEXT NOT NULL DEFAULT '',
    "evidenceUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiteracyCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemOperator" (
    "organizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "role" "OperatorRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SystemOperator_pkey" PRIMARY KEY ("systemId","personId","role")
);

-- CreateIndex
CREATE INDEX "LiteracyPerson_organizationId_name_idx" ON "LiteracyPerson"("organizationId", "name");

-- CreateIndex
CREATE INDEX "LiteracyPerson_businessUnitId_idx" ON "LiteracyPerson"("businessUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "LiteracyPerson_id_organizationId_key" ON "LiteracyPerson"("id", "organizationId");

-- CreateIndex
CREATE INDEX "LearningItem_organizationId_title_idx" ON "LearningItem"("organizationId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "LearningItem_id_organizationId_key" ON "LearningItem"("id", "organizationId");

-- CreateIndex
CREATE INDEX "LearningItemSystem_organizationId_systemId_idx" ON "LearningItemSystem"("organizationId", "systemId");

-- CreateIndex
CREATE INDEX "LiteracyCompletion_organizationId_personId_idx" ON "LiteracyCompletion"("organizationId", "personId");

-- CreateIndex
CREATE INDEX "LiteracyCompletion_itemId_idx" ON "LiteracyCompletion"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "LiteracyCompletion_id_organizationId_key" ON "LiteracyCompletion"("id", "organizationId");

-- CreateIndex
CREATE INDEX "SystemOperator_organizationId_personId_idx" ON "SystemOperator"("organizationId", "personId");

-- AddForeignKey
ALTER TABLE "LiteracyPerson" ADD CONSTRAINT "LiteracyPerson_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiteracyPerson" ADD CONSTRAINT "LiteracyPerson_businessUnitId_fkey" FOREIGN KEY ("businessUnitId") REFERENCES "BusinessUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiteracyPerson" ADD CONSTRAINT "LiteracyPerson_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningItem" ADD CONSTRAINT "LearningItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningItemSystem" ADD CONSTRAINT "LearningItemSystem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningItemSystem" ADD CONSTRAINT "LearningItemSystem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LearningItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningItemSystem" ADD CONSTRAINT "LearningItemSystem_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AiSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiteracyCompletion" ADD CONSTRAINT "LiteracyCompletion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiteracyCompletion" ADD CONSTRAINT "LiteracyCompletion_personId_fkey" FOREIGN KEY ("personId") REFERENCES "LiteracyPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiteracyCompletion" ADD CONSTRAINT "LiteracyCompletion_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LearningItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemOperator" ADD CONSTRAINT "SystemOperator_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemOperator" ADD CONSTRAINT "SystemOperator_personId_fkey" FOREIGN KEY ("personId") REFERENCES "LiteracyPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemOperator" ADD CONSTRAINT "SystemOperator_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AiSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (schema.prisma cannot declare them; scripts/db/hand-kept.ts keeps them from being dropped).

-- One person per e-mail address in an organisation, ignoring case ("Ann@x" and "ann@x" are one person).
CREATE UNIQUE INDEX "LiteracyPerson_organizationId_lower_email_key" ON "LiteracyPerson"("organizationId", lower("email"));

-- Tenant guards, as for every other reference (migration 20261204231317_tenant_composite_fks): no row can point into
-- another organisation, whoever writes it.
ALTER TABLE "LiteracyPerson" ADD CONSTRAINT "LiteracyPerson_businessUnitId_org_fk" FOREIGN KEY ("businessUnitId", "organizationId") REFERENCES "BusinessUnit"("id", "organizationId") ON DELETE SET NULL ("businessUnitId") ON UPDATE NO ACTION;
ALTER TABLE "LearningItemSystem" ADD CONSTRAINT "LearningItemSystem_itemId_org_fk" FOREIGN KEY ("itemId", "organizationId") REFERENCES "LearningItem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "LearningItemSystem" ADD CONSTRAINT "LearningItemSystem_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "LiteracyCompletion" ADD CONSTRAINT "LiteracyCompletion_personId_org_fk" FOREIGN KEY ("personId", "organizationId") REFERENCES "LiteracyPerson"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "LiteracyCompletion" ADD CONSTRAINT "LiteracyCompletion_itemId_org_fk" FOREIGN KEY ("itemId", "organizationId") REFERENCES "LearningItem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "SystemOperator" ADD CONSTRAINT "SystemOperator_personId_org_fk" FOREIGN KEY ("personId", "organizationId") REFERENCES "LiteracyPerson"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "SystemOperator" ADD CONSTRAINT "SystemOperator_systemId_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE NO ACTION;
