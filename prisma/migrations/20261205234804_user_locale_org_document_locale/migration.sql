-- A person's interface language (null follows the browser) and the organisation's document language.
ALTER TABLE "Organization" ADD COLUMN     "documentLocale" TEXT NOT NULL DEFAULT 'en';

ALTER TABLE "User" ADD COLUMN     "locale" TEXT;
