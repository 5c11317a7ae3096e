-- Optimistic lock of the Statement of Applicability: each decision carries a version.
ALTER TABLE "ControlApplicability" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
