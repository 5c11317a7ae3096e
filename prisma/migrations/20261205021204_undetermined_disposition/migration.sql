-- A result whose deciding questions are open is "Not determined yet" rather than a lower tier that looks final.
ALTER TYPE "Disposition" ADD VALUE 'UNDETERMINED';

-- The highest tier still possible while undetermined; for settled results it equals the tier.
ALTER TABLE "AiSystem" ADD COLUMN     "possibleTier" "Tier";
ALTER TABLE "ClassificationRun" ADD COLUMN     "possibleTier" "Tier";

UPDATE "AiSystem" SET "possibleTier" = "tier" WHERE "tier" IS NOT NULL;
UPDATE "ClassificationRun" SET "possibleTier" = "tier";
