-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "profile" JSONB;
