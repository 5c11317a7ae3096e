import { describe, expect, it } from "vitest";
import { verifyOrganizationChain } from "@/lib/dal/core/audit-verify";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { importSystemsCsv } from "@/lib/dal/systems/system-import";
import { db } from "@/lib/db/client";
import { missingAnswers, ZSystemProfile } from "@/lib/rules";
import { DEMO_PROFILES } from "../../../prisma/seed/demo-profiles";
import { createOrganization } from "../../helpers/factories";
import { csvOf, goodRow } from "./csv-fixtures";
import { classificationSnapshot } from "./import-classification-snapshot";

// Every complete demo profile (the tiers, roles and dispositions the seed knows), twice each so a batch holds repeats.
const PROFILES = Object.entries(DEMO_PROFILES)
  .filter(([, p]) => missingAnswers(p).length === 0)
  .flatMap(([name, profile]) => [1, 2].map((n) => ({ name: `${name} #${n}`, profile })));

async function orgWithWebhook(label: string) {
  const org = await createOrganization(label);
  await db().webhook.create({
    data: {
      organizationId: org.organizationId,
      url: "https://hooks.example/x",
      secret: "s",
      events: ["classification.changed"],
    },
  });
  return org;
}

describe("bulk classification of imported systems", () => {
  it("writes exactly what storeRunTx writes for each new system: run, system columns, duties, audit, webhooks", async () => {
    const bulk = await orgWithWebhook("Import classify bulk");
    const oneByOne = await orgWithWebhook("Import classify one by one");
    const rows = PROFILES.map((p) => goodRow(p.name, { classification_answers: JSON.stringify(p.profile) }));
    const report = await importSystemsCsv(bulk.admin, { csv: csvOf(rows), dryRun: false });
    expect(report).toMatchObject({ created: PROFILES.length, classified: PROFILES.length, errors: [] });

    await importSystemsCsv(oneByOne.admin, {
      csv: csvOf(rows.map((r) => ({ ...r, classification_answers: "" }))),
      dryRun: false,
    });
    const ids = await db().aiSystem.findMany({
      where: { organizationId: oneByOne.organizationId },
      select: { id: true, name: true },
    });
    const idByName = new Map(ids.map((s) => [s.name, s.id]));
    for (const p of PROFILES) {
      const answers = ZSystemProfile.parse(JSON.parse(JSON.stringify(p.profile)));
      await storeClassificationRun(oneByOne.admin, { systemId: idByName.get(p.name) ?? "", answers });
    }

    const expected = await classificationSnapshot(oneByOne.organizationId, oneByOne.admin.userId);
    const actual = await classificationSnapshot(bulk.organizationId, bulk.admin.userId);
    expect(actual.systems.length).toBe(PROFILES.length);
    expect(new Set(actual.systems.map((s) => s.tier)).size).toBeGreaterThan(2);
    expect(actual.systems.some((s) => s.obligations.length > 10)).toBe(true);
    for (const [index, system] of actual.systems.entries()) expect(system).toEqual(expected.systems[index]);
    expect(actual.deliveries).toEqual(expected.deliveries);
    expect(actual.deliveries.length).toBe(PROFILES.length);
    expect((await verifyOrganizationChain(bulk.organizationId)).ok).toBe(true);
  }, 120_000);
});
