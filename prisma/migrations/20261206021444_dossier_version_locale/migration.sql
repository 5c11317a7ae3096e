-- The language a sealed dossier was rendered in; every seal before this column was English.
ALTER TABLE "DossierVersion" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';
