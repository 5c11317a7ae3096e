-- Business units become a managed list per organisation (issue #17: free text split "HR" and "Human Resources" into
-- two units on every chart). AiSystem."businessUnitId" is the source of truth; AiSystem."businessUnit" stays as the
-- unit's name, kept by the database itself (trigger below), so the indexed filters, sorting and dashboard SQL that
-- read it keep working and can never disagree with the unit.

-- CreateTable
CREATE TABLE "BusinessUnit" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BusinessUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BusinessUnit_organizationId_name_idx" ON "BusinessUnit"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessUnit_id_organizationId_key" ON "BusinessUnit"("id", "organizationId");

-- "HR" and "hr" are one unit: names are unique per organisation ignoring case (Prisma cannot declare this index;
-- scripts/db/hand-kept.ts keeps `npm run db:migration` from dropping it).
CREATE UNIQUE INDEX "BusinessUnit_organizationId_lower_name_key" ON "BusinessUnit"("organizationId", lower("name"));

-- AddForeignKey
ALTER TABLE "BusinessUnit" ADD CONSTRAINT "BusinessUnit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "AiSystem" ADD COLUMN     "businessUnitId" TEXT;

-- CreateIndex
CREATE INDEX "AiSystem_businessUnitId_idx" ON "AiSystem"("businessUnitId");

-- AddForeignKey (NO ACTION: a unit in use cannot be deleted; checked at the end of the statement, so deleting an
-- organisation cascades through both tables)
ALTER TABLE "AiSystem" ADD CONSTRAINT "AiSystem_businessUnitId_fkey" FOREIGN KEY ("businessUnitId") REFERENCES "BusinessUnit"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- The tenant guard, as for every other reference (migration 20261204231317_tenant_composite_fks): a system can never
-- point at another organisation's unit, whoever writes the row.
ALTER TABLE "AiSystem" ADD CONSTRAINT "AiSystem_businessUnitId_org_fk" FOREIGN KEY ("businessUnitId", "organizationId") REFERENCES "BusinessUnit"("id", "organizationId") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- The unit of a name in an organisation, created if there is none yet (case-insensitive; concurrent writers of the
-- same new name end up with the same unit through ON CONFLICT on the lower(name) index).
CREATE OR REPLACE FUNCTION actlas_business_unit_for(org TEXT, unit_name TEXT) RETURNS TEXT AS $$
DECLARE
  found TEXT;
  clean TEXT := btrim(unit_name);
BEGIN
  IF clean IS NULL OR clean = '' THEN
    RETURN NULL;
  END IF;
  SELECT id INTO found FROM "BusinessUnit" WHERE "organizationId" = org AND lower("name") = lower(clean);
  IF found IS NULL THEN
    INSERT INTO "BusinessUnit" ("id", "organizationId", "name")
      VALUES ('bu' || replace(gen_random_uuid()::text, '-', ''), org, clean)
      ON CONFLICT ("organizationId", lower("name")) DO NOTHING
      RETURNING id INTO found;
    IF found IS NULL THEN
      SELECT id INTO found FROM "BusinessUnit" WHERE "organizationId" = org AND lower("name") = lower(clean);
    END IF;
  END IF;
  RETURN found;
END;
$$ LANGUAGE plpgsql;

-- Existing free text: one unit per distinct trimmed, non-empty value per organisation, ignoring case; the unit takes
-- the spelling most systems used (ties: the alphabetically first).
INSERT INTO "BusinessUnit" ("id", "organizationId", "name")
SELECT 'bu' || replace(gen_random_uuid()::text, '-', ''), "organizationId", name
FROM (
  SELECT DISTINCT ON ("organizationId", lower(btrim("businessUnit"))) "organizationId", btrim("businessUnit") AS name
  FROM "AiSystem"
  WHERE btrim("businessUnit") <> ''
  GROUP BY "organizationId", btrim("businessUnit")
  ORDER BY "organizationId", lower(btrim("businessUnit")), count(*) DESC, btrim("businessUnit")
) AS spellings;

UPDATE "AiSystem" s
SET "businessUnitId" = u.id, "businessUnit" = u.name
FROM "BusinessUnit" u
WHERE u."organizationId" = s."organizationId" AND lower(u.name) = lower(btrim(s."businessUnit"));

UPDATE "AiSystem" SET "businessUnit" = '' WHERE "businessUnitId" IS NULL AND "businessUnit" <> '';

-- Keeps AiSystem."businessUnit" equal to the unit's name. A new or changed businessUnitId wins; otherwise a new or
-- changed name links (or creates) the unit of that name in the row's own organisation, so every writer (the data
-- layer, the CSV import's bulk SQL, the seed, an older organisation export) ends up with a linked unit.
CREATE OR REPLACE FUNCTION actlas_ai_system_business_unit() RETURNS trigger AS $$
BEGIN
  IF NEW."businessUnitId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."businessUnitId" IS DISTINCT FROM OLD."businessUnitId") THEN
    NEW."businessUnit" := COALESCE((SELECT name FROM "BusinessUnit" WHERE id = NEW."businessUnitId" AND "organizationId" = NEW."organizationId"), '');
  ELSIF TG_OP = 'UPDATE' AND NEW."businessUnitId" IS NULL AND OLD."businessUnitId" IS NOT NULL THEN
    NEW."businessUnit" := '';
  ELSIF TG_OP = 'INSERT' OR NEW."businessUnit" IS DISTINCT FROM OLD."businessUnit" OR NEW."organizationId" IS DISTINCT FROM OLD."organizationId" THEN
    NEW."businessUnitId" := actlas_business_unit_for(NEW."organizationId", NEW."businessUnit");
    NEW."businessUnit" := COALESCE((SELECT name FROM "BusinessUnit" WHERE id = NEW."businessUnitId"), '');
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AiSystem_business_unit"
  BEFORE INSERT OR UPDATE OF "businessUnit", "businessUnitId", "organizationId" ON "AiSystem"
  FOR EACH ROW EXECUTE FUNCTION actlas_ai_system_business_unit();

-- A renamed unit renames its systems' copy.
CREATE OR REPLACE FUNCTION actlas_business_unit_renamed() RETURNS trigger AS $$
BEGIN
  UPDATE "AiSystem" SET "businessUnit" = NEW.name
  WHERE "businessUnitId" = NEW.id AND "organizationId" = NEW."organizationId" AND "businessUnit" IS DISTINCT FROM NEW.name;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "BusinessUnit_renamed"
  AFTER UPDATE OF "name" ON "BusinessUnit"
  FOR EACH ROW EXECUTE FUNCTION actlas_business_unit_renamed();
