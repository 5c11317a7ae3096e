import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listSystemFilterOptions, listSystems } from "@/lib/dal/systems/system-list";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { createOrganization } from "../../helpers/factories";

// Opt-in timing at the product's target size (100,000 systems in one organisation): INVENTORY_SCALE=1.
// Not part of the normal run: filling the table takes a while on a small machine.
describe.skipIf(!process.env.INVENTORY_SCALE)("inventory list at 100,000 systems", () => {
  it("pages, filters and counts within the time budget", { timeout: 600_000 }, async () => {
    const { organizationId, admin } = await createOrganization("Scale");
    await db().$executeRaw`
      INSERT INTO "AiSystem" (id, "organizationId", name, description, vendor, "businessUnit", "lifecycleStage", tier, disposition, roles,
        "memberStates", "affectedPersons", "dataCategories", "ownerId", "obligationsApplicable", "obligationsDone", "updatedAt")
      SELECT 'inv-scale-' || g, ${organizationId}, 'System ' || g, 'Scores applications, batch ' || (g % 1000), 'Vendor ' || (g % 300),
        'Unit ' || (g % 25),
        (ARRAY['PLANNED','IN_DEVELOPMENT','PILOT','IN_PRODUCTION','RETIRED'])[1 + g % 5]::"LifecycleStage",
        (ARRAY['PROHIBITED','HIGH','HIGH','LIMITED','GPAI','GPAI_SYSTEMIC','MINIMAL','OUT_OF_SCOPE',NULL])[1 + g % 9]::"Tier",
        CASE WHEN g % 9 = 8 THEN NULL WHEN g % 7 = 0 THEN 'REQUIRES_REVIEW' ELSE 'FINAL' END::"Disposition",
        CASE g % 4 WHEN 0 THEN ARRAY['provider'] WHEN 1 THEN ARRAY['deployer'] WHEN 2 THEN ARRAY['provider','deployer'] ELSE ARRAY['importer'] END,
        ARRAY['DE'], '{}', '{}', CASE WHEN g % 3 = 0 THEN ${admin.userId} END, g % 12, g % 7, now()
      FROM generate_series(1, 100000) g`;
    await db().$executeRaw`ANALYZE "AiSystem"`;
    const views = [
      "",
      "",
      "page=400",
      "sort=-updatedAt",
      "tier=HIGH",
      "unit=Unit+3&lifecycle=PILOT",
      "owner=none&readiness=incomplete",
      "role=provider&disposition=REQUIRES_REVIEW",
      "q=System+4242",
      "q=no+such+thing",
      "tier=HIGH,NONE&sort=tier&page=20",
    ];
    for (const search of views) {
      const started = performance.now();
      const list = await listSystems(admin, parseSystemListParams(new URLSearchParams(search)));
      const ms = Math.round(performance.now() - started);
      console.log(`inventory ?${search}: ${ms} ms (${list.totalKind} ${list.total}, ${list.rows.length} rows)`);
      expect(ms).toBeLessThan(2000);
    }
    const unfiltered = await listSystems(admin, parseSystemListParams({}));
    expect(unfiltered.totalKind).toBe("estimate");
    expect(Math.abs(unfiltered.total - 100_000)).toBeLessThan(10_000);
    const started = performance.now();
    const options = await listSystemFilterOptions(admin);
    console.log(`filter options: ${Math.round(performance.now() - started)} ms (${options.units.length} units)`);
    expect(options.units).toHaveLength(25);
  });
});
