-- CreateTable
CREATE TABLE "ObligationDayCell" (
    "organizationId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "applicable" INTEGER NOT NULL,
    "done" INTEGER NOT NULL,
    "friaOpen" INTEGER NOT NULL,
    "registrationOpen" INTEGER NOT NULL,

    CONSTRAINT "ObligationDayCell_pkey" PRIMARY KEY ("systemId","day")
);

-- CreateIndex
CREATE INDEX "ObligationDayCell_organizationId_systemId_idx" ON "ObligationDayCell"("organizationId", "systemId");

-- AddForeignKey
ALTER TABLE "ObligationDayCell" ADD CONSTRAINT "ObligationDayCell_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObligationDayCell" ADD CONSTRAINT "ObligationDayCell_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "AiSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Composite tenant key: a cell can only name a system of its own organisation.
ALTER TABLE "ObligationDayCell" ADD CONSTRAINT "ObligationDayCell_system_org_fk" FOREIGN KEY ("systemId", "organizationId") REFERENCES "AiSystem"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- The dashboard's running totals (lib/dal/dashboard/internal/obligations.ts), kept by statement triggers that fold each
-- statement's changed rows into per-(system, day) deltas: an edit that changes no counted column (notes, owner, due
-- date) writes nothing; cells are locked in (system, day) order so concurrent statements do not deadlock; a cell that
-- falls to zero is removed. The article texts are lib/dashboard/articles.ts (FRIA_ARTICLE, REGISTRATION_ARTICLE).
CREATE FUNCTION obligation_day_cells_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ObligationDayCell" AS c ("organizationId", "systemId", "day", "applicable", "done", "friaOpen", "registrationOpen")
    SELECT * FROM (SELECT org, sid, day, sum(n)::int AS n, sum(done)::int AS done, sum(fria)::int AS fria, sum(reg)::int AS reg
    FROM (SELECT "organizationId" AS org, "systemId" AS sid, "appliesFrom" AS day, 1 AS n,
             (status IN ('DONE', 'NOT_APPLICABLE'))::int AS done,
             (status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 27%')::int AS fria,
             (status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 49%')::int AS reg
      FROM new_rows WHERE "obsoleteAt" IS NULL) x GROUP BY org, sid, day
    HAVING sum(n) <> 0 OR sum(done) <> 0 OR sum(fria) <> 0 OR sum(reg) <> 0) d ORDER BY sid, day
    ON CONFLICT ("systemId", "day") DO UPDATE SET applicable = c.applicable + excluded.applicable, done = c.done + excluded.done,
      "friaOpen" = c."friaOpen" + excluded."friaOpen", "registrationOpen" = c."registrationOpen" + excluded."registrationOpen";
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "ObligationDayCell" AS c ("organizationId", "systemId", "day", "applicable", "done", "friaOpen", "registrationOpen")
    SELECT * FROM (SELECT org, sid, day, sum(n)::int AS n, sum(done)::int AS done, sum(fria)::int AS fria, sum(reg)::int AS reg
    FROM (SELECT "organizationId" AS org, "systemId" AS sid, "appliesFrom" AS day, 1 AS n,
             (status IN ('DONE', 'NOT_APPLICABLE'))::int AS done,
             (status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 27%')::int AS fria,
             (status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 49%')::int AS reg
      FROM new_rows WHERE "obsoleteAt" IS NULL
      UNION ALL
      SELECT "organizationId" AS org, "systemId" AS sid, "appliesFrom" AS day, -1 AS n,
             -(status IN ('DONE', 'NOT_APPLICABLE'))::int AS done,
             -(status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 27%')::int AS fria,
             -(status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 49%')::int AS reg
      FROM old_rows WHERE "obsoleteAt" IS NULL) x GROUP BY org, sid, day
    HAVING sum(n) <> 0 OR sum(done) <> 0 OR sum(fria) <> 0 OR sum(reg) <> 0) d ORDER BY sid, day
    ON CONFLICT ("systemId", "day") DO UPDATE SET applicable = c.applicable + excluded.applicable, done = c.done + excluded.done,
      "friaOpen" = c."friaOpen" + excluded."friaOpen", "registrationOpen" = c."registrationOpen" + excluded."registrationOpen";
    DELETE FROM "ObligationDayCell" c USING (SELECT DISTINCT "systemId", "appliesFrom" FROM old_rows) o
      WHERE c."systemId" = o."systemId" AND c.day = o."appliesFrom" AND c.applicable <= 0;
  ELSIF TG_OP = 'DELETE' THEN
    -- Only existing cells are lowered: when a whole system is deleted its cells may already be gone by cascade.
    UPDATE "ObligationDayCell" c SET applicable = c.applicable + d.n, done = c.done + d.done,
        "friaOpen" = c."friaOpen" + d.fria, "registrationOpen" = c."registrationOpen" + d.reg
      FROM (SELECT org, sid, day, sum(n)::int AS n, sum(done)::int AS done, sum(fria)::int AS fria, sum(reg)::int AS reg
    FROM (SELECT "organizationId" AS org, "systemId" AS sid, "appliesFrom" AS day, -1 AS n,
             -(status IN ('DONE', 'NOT_APPLICABLE'))::int AS done,
             -(status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 27%')::int AS fria,
             -(status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 49%')::int AS reg
      FROM old_rows WHERE "obsoleteAt" IS NULL) x GROUP BY org, sid, day
    HAVING sum(n) <> 0 OR sum(done) <> 0 OR sum(fria) <> 0 OR sum(reg) <> 0) d
      WHERE c."systemId" = d.sid AND c.day = d.day;
    DELETE FROM "ObligationDayCell" c USING (SELECT DISTINCT "systemId", "appliesFrom" FROM old_rows) o
      WHERE c."systemId" = o."systemId" AND c.day = o."appliesFrom" AND c.applicable <= 0;
  ELSE
    TRUNCATE "ObligationDayCell";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Obligation_day_cells_insert" AFTER INSERT ON "Obligation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION obligation_day_cells_apply();
CREATE TRIGGER "Obligation_day_cells_update" AFTER UPDATE ON "Obligation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION obligation_day_cells_apply();
CREATE TRIGGER "Obligation_day_cells_delete" AFTER DELETE ON "Obligation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION obligation_day_cells_apply();
CREATE TRIGGER "Obligation_day_cells_truncate" AFTER TRUNCATE ON "Obligation"
  FOR EACH STATEMENT EXECUTE FUNCTION obligation_day_cells_apply();

-- The cells of the obligations that exist today.
INSERT INTO "ObligationDayCell" AS c ("organizationId", "systemId", "day", "applicable", "done", "friaOpen", "registrationOpen")
    SELECT * FROM (SELECT org, sid, day, sum(n)::int AS n, sum(done)::int AS done, sum(fria)::int AS fria, sum(reg)::int AS reg
    FROM (SELECT "organizationId" AS org, "systemId" AS sid, "appliesFrom" AS day, 1 AS n,
             (status IN ('DONE', 'NOT_APPLICABLE'))::int AS done,
             (status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 27%')::int AS fria,
             (status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 49%')::int AS reg
      FROM "Obligation" WHERE "obsoleteAt" IS NULL) x GROUP BY org, sid, day
    HAVING sum(n) <> 0 OR sum(done) <> 0 OR sum(fria) <> 0 OR sum(reg) <> 0) d ORDER BY sid, day
    ON CONFLICT ("systemId", "day") DO UPDATE SET applicable = c.applicable + excluded.applicable, done = c.done + excluded.done,
      "friaOpen" = c."friaOpen" + excluded."friaOpen", "registrationOpen" = c."registrationOpen" + excluded."registrationOpen";
