import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dataStamp } from "@/lib/dal/dashboard/internal/cache";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { exportPortfolioReport } from "@/lib/dal/dashboard/portfolio-report";
import { updateObligation } from "@/lib/dal/obligations/obligations";
import { createOrganization } from "../../helpers/factories";
import { addObligations, makeSystem } from "./fixtures";

// The dashboard is computed once per change of the organisation's data (lib/dal/dashboard/internal/cache.ts): a change made
// through the app, or written straight to the tables, must show on the next view; nothing else may.
const TODAY = "2027-03-01";

async function portfolio() {
  const { organizationId, admin } = await createOrganization("Cache");
  const systemId = await makeSystem(organizationId, { name: "Credit scoring", tier: "HIGH", roles: ["provider"] });
  await addObligations(organizationId, systemId, [{ code: "a" }, { code: "b" }, { code: "c", status: "DONE" }]);
  return { organizationId, admin, systemId };
}

describe("dashboard cache", () => {
  it("shows a status changed through the app on the next view", async () => {
    const { admin, systemId } = await portfolio();
    expect((await getDashboard(admin, {}, { today: TODAY })).readiness.overall).toEqual({ applicable: 3, done: 1 });
    const duty = await db().obligation.findFirstOrThrow({
      where: { systemId, code: "a" },
      select: { id: true, version: true },
    });
    await updateObligation(admin, {
      obligationId: duty.id,
      version: duty.version,
      status: "DONE",
      ownerId: null,
      dueDate: null,
      notApplicableReason: "",
      completionNote: "Checked and signed off in the quarterly review.",
    });
    expect((await getDashboard(admin, {}, { today: TODAY })).readiness.overall).toEqual({ applicable: 3, done: 2 });
  });

  it("shows rows added or changed outside the app (seeds, imports) on the next view", async () => {
    const { organizationId, admin, systemId } = await portfolio();
    await getDashboard(admin, {}, { today: TODAY });
    await addObligations(organizationId, systemId, [{ code: "d" }]);
    expect((await getDashboard(admin, {}, { today: TODAY })).readiness.overall.applicable).toBe(4);
    await db().aiSystem.update({ where: { id: systemId }, data: { tier: "LIMITED" } });
    expect((await getDashboard(admin, {}, { today: TODAY })).systems.byTier).toEqual([{ tier: "LIMITED", count: 1 }]);
  });

  it("serves unchanged data from the cache, per filter and day, and hands out copies", async () => {
    const { organizationId, admin } = await portfolio();
    const first = await getDashboard(admin, {}, { today: TODAY });
    // A write that leaves no trace (no audit event, no updatedAt): only a cached answer still shows the old figure.
    await db()
      .$executeRaw`UPDATE "Obligation" SET status = 'DONE' WHERE "organizationId" = ${organizationId} AND code = 'b'`;
    expect((await getDashboard(admin, {}, { today: TODAY })).readiness.overall).toEqual(first.readiness.overall);
    expect((await getDashboard(admin, {}, { today: "2027-03-02" })).readiness.overall.done).toBe(2);
    expect((await getDashboard(admin, { role: "provider" }, { today: TODAY })).readiness.overall.done).toBe(2);
    first.readiness.overall.done = 99;
    expect((await getDashboard(admin, {}, { today: TODAY })).readiness.overall.done).toBe(1);
  });

  // A sealed report records who exported what, but changes no figure: at 100,000 systems recomputing the dashboard
  // for the next export would cost seconds, so exports in a row must not make each other slow.
  it("keeps its figures when someone only exports a report, and drops them on a real change", async () => {
    const { organizationId, admin, systemId } = await portfolio();
    const before = await dataStamp(organizationId);
    await exportPortfolioReport(admin, {});
    expect(await db().auditEvent.count({ where: { organizationId, action: "portfolio_report.exported" } })).toBe(1);
    expect(await dataStamp(organizationId)).toBe(before);
    await db().aiSystem.update({ where: { id: systemId }, data: { tier: "LIMITED" } });
    expect(await dataStamp(organizationId)).not.toBe(before);
  });

  it("keeps organisations apart", async () => {
    const one = await portfolio();
    const other = await createOrganization("Other");
    await getDashboard(one.admin, {}, { today: TODAY });
    expect((await getDashboard(other.admin, {}, { today: TODAY })).readiness.overall).toEqual({
      applicable: 0,
      done: 0,
    });
  });
});
