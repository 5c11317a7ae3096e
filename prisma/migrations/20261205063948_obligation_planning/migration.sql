-- AlterTable
ALTER TABLE "Obligation" ADD COLUMN     "completionNote" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "evidenceRequiredForDone" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "obligationLeadDays" INTEGER NOT NULL DEFAULT 30;

-- The planning lead time is a number of days a person chose in Settings: keep it sane in the database too.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_obligationLeadDays_range"
  CHECK ("obligationLeadDays" BETWEEN 1 AND 365);

-- Until now a new duty's due date defaulted to the date the law applies from, so a duty already in force was
-- "overdue" the moment it was derived. Those machine defaults were never anyone's plan: re-plan the open ones the way
-- new duties are planned now (the day they were derived plus the default lead time). A due date a person chose is
-- kept, because it differs from the law's date.
UPDATE "Obligation"
SET "dueDate" = ("createdAt"::date + 30)
WHERE "dueDate" = "appliesFrom"
  AND "appliesFrom" <= "createdAt"::date
  AND "status" IN ('NOT_STARTED', 'IN_PROGRESS')
  AND "obsoleteAt" IS NULL;
