-- The standards crosswalk counts an organisation's live duties by code and state (the coverage of every control) and
-- a control's drill-down counts and pages the duties of a few codes. Without this index both read the table: a
-- parallel scan of ~800,000 rows for the coverage (~430 ms of CPU at 100,000 systems), the heap rows of ~83,000
-- duties for one control's drill-down. Here they are counted from the index alone (~70 ms of CPU): the keys repeat
-- (a few dozen codes, four states), so deduplication keeps it at ~7 MB for 1,000,000 obligations, and updates of
-- status were never HOT (other indexes hold it already). Hand-written: schema.prisma cannot declare a partial index
-- (scripts/db/hand-kept.ts).
CREATE INDEX "Obligation_code_status_idx" ON "Obligation" ("organizationId", code, status)
  WHERE "obsoleteAt" IS NULL;
