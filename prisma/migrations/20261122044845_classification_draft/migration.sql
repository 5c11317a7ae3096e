-- AlterTable
ALTER TABLE "AiSystem" ADD COLUMN     "questionnaireDraft" JSONB,
ADD COLUMN     "questionnaireDraftAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ClassificationRun" ADD COLUMN     "systemVersion" INTEGER NOT NULL DEFAULT 1;
