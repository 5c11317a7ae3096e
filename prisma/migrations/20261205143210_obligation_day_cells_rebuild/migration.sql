-- Rebuilds the dashboard's running totals ("ObligationDayCell") from the obligations, for loads that bypass the
-- triggers that keep them (the benchmark's bulk COPY runs with session_replication_role = replica). The same fold as
-- the triggers and the first backfill (migration *_obligation_day_cells).
CREATE FUNCTION actlas_rebuild_obligation_day_cells() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ObligationDayCell";
  INSERT INTO "ObligationDayCell" ("organizationId", "systemId", "day", "applicable", "done", "friaOpen", "registrationOpen")
  SELECT "organizationId", "systemId", "appliesFrom", count(*)::int,
         count(*) FILTER (WHERE status IN ('DONE', 'NOT_APPLICABLE'))::int,
         count(*) FILTER (WHERE status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 27%')::int,
         count(*) FILTER (WHERE status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 49%')::int
  FROM "Obligation" WHERE "obsoleteAt" IS NULL
  GROUP BY "organizationId", "systemId", "appliesFrom";
$$;
