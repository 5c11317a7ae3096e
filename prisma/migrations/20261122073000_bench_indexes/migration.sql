-- Indexes for the portfolio dashboard at 100,000 systems and 1,000,000 obligations (issue #5, measured by
-- `npm run bench`, issue #9). Hand-written: Prisma cannot express partial indexes or INCLUDE columns.

-- The dashboard's one pass over the applicable obligations reads this in (system, day) order: an index-only
-- scan that folds rows per system without a sort and without reading the table (~90 MB against ~350 MB of heap).
CREATE INDEX "Obligation_portfolio_idx" ON "Obligation" ("organizationId", "systemId", "appliesFrom")
  INCLUDE ("status", "dueDate", "ownerId", "role", "article")
  WHERE "obsoleteAt" IS NULL;

-- The newest change to an organisation's obligations, read on every dashboard view to know whether the cached
-- figures still hold (lib/dal/dashboard-cache.ts): one index descent instead of a scan of every obligation.
CREATE INDEX "Obligation_organizationId_updatedAt_idx" ON "Obligation" ("organizationId", "updatedAt");
