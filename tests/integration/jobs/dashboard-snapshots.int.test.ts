import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { writeDashboardSnapshots } from "@/lib/dal/jobs/dashboard-snapshots";
import { getDashboardTrend } from "@/lib/dal/dashboard/trend";
import { createOrganization } from "../../helpers/factories";
import { addObligations, makeSystem } from "../dashboard/fixtures";

// Each test runs the job on its own far-future day, so no other test's snapshots (or the seed's) are in the way.
const at = (day: string) => new Date(`${day}T00:15:00Z`);

async function snapshotsOf(organizationId: string) {
  return db().dashboardSnapshot.findMany({ where: { organizationId }, orderBy: { day: "asc" } });
}

describe("dashboard snapshot job", () => {
  it("keeps each organisation's own headline figures, never another's", async () => {
    const a = await createOrganization("Snap A");
    const b = await createOrganization("Snap B");
    const high1 = await makeSystem(a.organizationId, { tier: "HIGH" });
    await makeSystem(a.organizationId, { tier: "HIGH" });
    await makeSystem(a.organizationId, { tier: null });
    await addObligations(a.organizationId, high1, [
      { appliesFrom: "2031-01-01", status: "DONE" },
      { appliesFrom: "2031-01-01", status: "NOT_STARTED", dueDate: "2031-01-05" },
      { appliesFrom: "2031-02-01", status: "IN_PROGRESS" },
      { appliesFrom: "2031-02-02", status: "NOT_STARTED" },
      { appliesFrom: "2032-01-01", status: "NOT_APPLICABLE" },
      { appliesFrom: "2032-01-01", status: "NOT_STARTED", obsolete: true },
    ]);
    await db().incident.create({
      data: { organizationId: a.organizationId, systemId: high1, number: 1, title: "Open", status: "OPEN" },
    });
    await db().incident.create({
      data: { organizationId: a.organizationId, systemId: high1, number: 2, title: "Closed", status: "CLOSED" },
    });
    const limited = await makeSystem(b.organizationId, { tier: "LIMITED" });
    await addObligations(b.organizationId, limited, [
      { appliesFrom: "2030-01-01", status: "DONE" },
      { appliesFrom: "2030-01-01", status: "DONE" },
    ]);

    // The boundary: a duty applying on the snapshot's day is due now.
    await writeDashboardSnapshots(at("2031-02-01"));

    const [snapA] = await snapshotsOf(a.organizationId);
    expect(snapA?.day.toISOString().slice(0, 10)).toBe("2031-02-01");
    expect(snapA?.figures).toEqual({
      systems: 3,
      byTier: { HIGH: 2, NONE: 1 },
      highRisk: 2,
      dueNow: { done: 1, open: 2 },
      startingLater: { done: 1, open: 1 },
      overdue: 1,
      openIncidents: 1,
    });
    const [snapB] = await snapshotsOf(b.organizationId);
    expect(snapB?.figures).toEqual({
      systems: 1,
      byTier: { LIMITED: 1 },
      highRisk: 0,
      dueNow: { done: 2, open: 0 },
      startingLater: { done: 0, open: 0 },
      overdue: 0,
      openIncidents: 0,
    });
    // Read back through the dashboard's data layer, as the organisation's own actor.
    const trend = await getDashboardTrend(a.admin, "4w", { today: "2031-02-01" });
    expect(trend).toEqual([{ day: "2031-02-01", figures: snapA?.figures }]);
    expect(await getDashboardTrend(b.admin, "4w", { today: "2031-02-01" })).toEqual([
      { day: "2031-02-01", figures: snapB?.figures },
    ]);
  });

  it("writes one row per organisation and day however often it runs, and the next day a new one", async () => {
    const { organizationId } = await createOrganization("Snap idem");
    await makeSystem(organizationId, { tier: "MINIMAL" });
    await writeDashboardSnapshots(at("2031-03-01"));
    const first = await snapshotsOf(organizationId);
    await makeSystem(organizationId, { tier: "MINIMAL" });
    const again = await Promise.all([
      writeDashboardSnapshots(at("2031-03-01")),
      writeDashboardSnapshots(at("2031-03-01")),
    ]);
    expect(again.map((r) => r.written)).toEqual([0, 0]);
    // The day keeps its first figures: a restart at noon does not rewrite the midnight snapshot.
    expect(await snapshotsOf(organizationId)).toEqual(first);
    await writeDashboardSnapshots(at("2031-03-02"));
    const rows = await snapshotsOf(organizationId);
    expect(rows.map((r) => [r.day.toISOString().slice(0, 10), (r.figures as { systems: number }).systems])).toEqual([
      ["2031-03-01", 1],
      ["2031-03-02", 2],
    ]);
  });

  it("reads organisations a batch at a time and covers every one", async () => {
    await Promise.all([1, 2, 3, 4, 5].map((i) => createOrganization(`Snap batch ${i}`)));
    const organisations = await db().organization.count();
    const result = await writeDashboardSnapshots(at("2031-04-01"), { batchSize: 2 });
    expect(result.written).toBe(organisations);
    expect(result.batches).toBe(Math.ceil(organisations / 2));
    expect(await db().dashboardSnapshot.count({ where: { day: new Date("2031-04-01") } })).toBe(organisations);
  });

  it("goes with its organisation when the organisation is deleted", async () => {
    const { organizationId } = await createOrganization("Snap gone");
    await writeDashboardSnapshots(at("2031-05-01"));
    expect(await snapshotsOf(organizationId)).toHaveLength(1);
    await db().organization.delete({ where: { id: organizationId } });
    expect(await snapshotsOf(organizationId)).toHaveLength(0);
  });
});
