import { expect, it } from "vitest";
import { exportObligations } from "@/lib/dal/obligations/obligation-export";
import { importSystemsCsv } from "@/lib/dal/systems/system-import";
import { db } from "@/lib/db/client";
import { parseObligationListParams } from "@/lib/validations/obligation-list";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";
import { COMPLETE_ANSWERS, csvOf, goodRow } from "./csv-fixtures";

async function collect<T>(batches: AsyncGenerator<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

it("exports the obligations the list shows: same filters, only the actor's organisation", async () => {
  const { organizationId, admin } = await createOrganization("Obligation export");
  const other = await createOrganization("Obligation export other");
  const csv = csvOf([goodRow("Exported one", { classification_answers: COMPLETE_ANSWERS })]);
  await importSystemsCsv(admin, { csv, dryRun: false });
  await importSystemsCsv(other.admin, { csv, dryRun: false });
  const all = await collect(await exportObligations(admin, parseObligationListParams({})));
  const inDb = await db().obligation.count({
    where: { organizationId, obsoleteAt: null, status: { in: ["NOT_STARTED", "IN_PROGRESS"] } },
  });
  expect(all.length).toBe(inDb);
  expect(all.length).toBeGreaterThan(0);
  expect(all.every((o) => o.system.name === "Exported one")).toBe(true);

  const article = one(all).article;
  const filtered = await collect(await exportObligations(admin, parseObligationListParams({ article })));
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.every((o) => o.article.toLowerCase().includes(article.toLowerCase()))).toBe(true);
  const done = await collect(await exportObligations(admin, parseObligationListParams({ status: "DONE" })));
  expect(done).toEqual([]);

  const auditor = await addMember(organizationId, "AUDITOR");
  expect((await collect(await exportObligations(auditor, parseObligationListParams({})))).length).toBe(all.length);
});
