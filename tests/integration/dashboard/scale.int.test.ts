import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { writeDashboardSnapshots } from "@/lib/dal/jobs/dashboard-snapshots";
import { createOrganization } from "../../helpers/factories";

// Opt-in timing at the product's target size (100,000 systems, 1,000,000 obligations): DASHBOARD_SCALE=1.
// Filling the database takes about a minute, so it is not part of the normal run. The bound is a guard against
// a query that degrades to per-row work, not the product's budget (issue #9's benchmark sets that); override
// it with DASHBOARD_SCALE_BUDGET_MS on a quiet machine.
describe.skipIf(!process.env.DASHBOARD_SCALE)("dashboard at 100,000 systems", () => {
  it("answers within the time budget, with and without filters", { timeout: 600_000 }, async () => {
    const { organizationId, admin } = await createOrganization("Scale");
    await db().$executeRaw`
      INSERT INTO "AiSystem" (id, "organizationId", name, "businessUnit", "lifecycleStage", tier, disposition, roles,
        "memberStates", "affectedPersons", "dataCategories", "ownerId", "updatedAt")
      SELECT 'scale-s-' || g, ${organizationId}, 'System ' || g, 'Unit ' || (g % 25),
        (ARRAY['PLANNED','IN_DEVELOPMENT','PILOT','IN_PRODUCTION','RETIRED'])[1 + g % 5]::"LifecycleStage",
        (ARRAY['PROHIBITED','HIGH','HIGH','LIMITED','GPAI','GPAI_SYSTEMIC','MINIMAL','OUT_OF_SCOPE',NULL])[1 + g % 9]::"Tier",
        CASE WHEN g % 9 = 8 THEN NULL WHEN g % 7 = 0 THEN 'REQUIRES_REVIEW' ELSE 'FINAL' END::"Disposition",
        CASE g % 4 WHEN 0 THEN ARRAY['provider'] WHEN 1 THEN ARRAY['deployer'] WHEN 2 THEN ARRAY['provider','deployer'] ELSE ARRAY['importer'] END,
        ARRAY['DE'], '{}', '{}', CASE WHEN g % 3 = 0 THEN ${admin.userId} END, now()
      FROM generate_series(1, 100000) g`;
    await db().$executeRaw`
      INSERT INTO "Obligation" (id, "organizationId", "systemId", code, role, article, title, "appliesFrom", status, "dueDate", "ownerId", "updatedAt")
      SELECT 'scale-o-' || g || '-' || k, ${organizationId}, 'scale-s-' || g, 'duty.' || k, (ARRAY['provider','deployer'])[1 + k % 2],
        (ARRAY['Art 9','Art 10','Art 27','Art 49(1); Art 16(i)','Art 50(1)'])[1 + k % 5], 'Duty',
        d::date, (ARRAY['NOT_STARTED','IN_PROGRESS','DONE','NOT_APPLICABLE'])[1 + (g + k) % 4]::"ObligationStatus", d::date,
        CASE WHEN k % 2 = 0 THEN ${admin.userId} END, now()
      FROM generate_series(1, 100000) g, generate_series(1, 10) k,
        LATERAL (SELECT (ARRAY['2025-02-02','2026-08-02','2026-12-02','2027-12-02','2028-08-02','2030-08-02'])[1 + (g + k) % 6] AS d) dates`;
    await db().$executeRaw`
      UPDATE "AiSystem" s SET "obligationsApplicable" = c.applicable, "obligationsDone" = c.done
      FROM (SELECT "systemId", count(*)::int AS applicable, count(*) FILTER (WHERE status IN ('DONE','NOT_APPLICABLE'))::int AS done
            FROM "Obligation" WHERE "organizationId" = ${organizationId} GROUP BY "systemId") c
      WHERE c."systemId" = s.id`;
    await db().$executeRaw`ANALYZE "AiSystem"`;
    await db().$executeRaw`ANALYZE "Obligation"`;
    for (const filters of [{}, {}, { unit: "Unit 3" }, { owner: admin.userId }, { role: "provider" as const }]) {
      const started = performance.now();
      const d = await getDashboard(admin, filters);
      const ms = Math.round(performance.now() - started);
      console.log(
        `dashboard ${JSON.stringify(filters)}: ${ms} ms (${d.systems.total} systems, ${d.readiness.overall.applicable} obligations)`,
      );
      expect(ms).toBeLessThan(Number(process.env.DASHBOARD_SCALE_BUDGET_MS ?? 10_000));
    }
    // The nightly snapshot job reads the same figures, uncached, once per organisation and day.
    const started = performance.now();
    const run = await writeDashboardSnapshots(new Date());
    const ms = Math.round(performance.now() - started);
    console.log(`dashboard snapshot job: ${ms} ms (${run.written} organisations)`);
    expect(run.written).toBeGreaterThanOrEqual(1);
    expect(ms).toBeLessThan(Number(process.env.DASHBOARD_SCALE_BUDGET_MS ?? 10_000));
  });
});
