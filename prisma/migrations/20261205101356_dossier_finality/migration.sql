-- Draft or final dossier versions (#18): existing versions were sealed as final.
-- CreateEnum
CREATE TYPE "DossierFinality" AS ENUM ('DRAFT', 'FINAL');

-- AlterTable
ALTER TABLE "DossierVersion" ADD COLUMN     "finality" "DossierFinality" NOT NULL DEFAULT 'FINAL';
