import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { createOrganization } from "../../helpers/factories";
import { addObligations, makeSystem } from "./fixtures";

// "ObligationDayCell" holds the dashboard's running totals per (system, application date), kept by statement triggers
// on "Obligation" (migration *_obligation_day_cells). Whatever mix of writes happens, the cells must equal a fresh fold
// of the obligations; a drift here would silently misstate every dashboard and portfolio report.
type Cell = { systemId: string; day: string; applicable: number; done: number; fria: number; reg: number };

async function cells(organizationId: string): Promise<Cell[]> {
  return db().$queryRaw<Cell[]>`
    SELECT "systemId", to_char(day, 'YYYY-MM-DD') AS day, applicable, done, "friaOpen" AS fria, "registrationOpen" AS reg
    FROM "ObligationDayCell" WHERE "organizationId" = ${organizationId} ORDER BY 1, 2`;
}

async function folded(organizationId: string): Promise<Cell[]> {
  return db().$queryRaw<Cell[]>`
    SELECT "systemId", to_char("appliesFrom", 'YYYY-MM-DD') AS day, count(*)::int AS applicable,
           count(*) FILTER (WHERE status IN ('DONE', 'NOT_APPLICABLE'))::int AS done,
           count(*) FILTER (WHERE status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 27%')::int AS fria,
           count(*) FILTER (WHERE status IN ('NOT_STARTED', 'IN_PROGRESS') AND article ILIKE '%Art 49%')::int AS reg
    FROM "Obligation" WHERE "organizationId" = ${organizationId} AND "obsoleteAt" IS NULL GROUP BY 1, 2 ORDER BY 1, 2`;
}

const DAYS = ["2025-02-02", "2026-08-02", "2027-12-02"];
const ARTICLES = ["Art 9", "Art 27", "Art 49(1)", "Art 26"];
const STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"] as const;

describe("dashboard day cells", () => {
  it("equal a fresh fold of the obligations after inserts, updates, obsoletion and deletes", async () => {
    const { organizationId } = await createOrganization("Cells");
    const systems = [await makeSystem(organizationId, { tier: "HIGH" }), await makeSystem(organizationId)];
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => list[(seed = (seed * 48271) % 2147483647) % list.length] as T;
    for (const systemId of systems) {
      await addObligations(
        organizationId,
        systemId,
        Array.from({ length: 24 }, () => ({
          article: pick(ARTICLES),
          appliesFrom: pick(DAYS),
          status: pick(STATUSES),
        })),
      );
    }
    expect(await cells(organizationId)).toEqual(await folded(organizationId));

    const ids = (await db().obligation.findMany({ where: { organizationId }, select: { id: true } })).map((o) => o.id);
    for (let round = 0; round < 12; round++) {
      const some = ids.filter(() => pick([true, false, false]));
      await db().obligation.updateMany({ where: { id: { in: some } }, data: { status: pick(STATUSES) } });
      await db().obligation.update({ where: { id: pick(ids) }, data: { appliesFrom: new Date(pick(DAYS)) } });
      await db().obligation.update({ where: { id: pick(ids) }, data: { article: pick(ARTICLES) } });
      // An edit of an uncounted column (the completion note) changes no cell.
      await db().obligation.updateMany({ where: { id: { in: some } }, data: { completionNote: `round ${round}` } });
      expect(await cells(organizationId)).toEqual(await folded(organizationId));
    }
    await db().obligation.updateMany({ where: { id: { in: ids.slice(0, 10) } }, data: { obsoleteAt: new Date() } });
    await db().obligation.deleteMany({ where: { id: { in: ids.slice(10, 20) } } });
    expect(await cells(organizationId)).toEqual(await folded(organizationId));
    // A deleted system takes its cells with it (its obligations go by cascade).
    await db().aiSystem.delete({ where: { id: systems[1] as string } });
    expect(await cells(organizationId)).toEqual(await folded(organizationId));
    expect((await cells(organizationId)).every((c) => c.systemId === systems[0])).toBe(true);
  });

  it("feed the dashboard, which still counts overdue duties by today's date", async () => {
    const { organizationId, admin } = await createOrganization("Cells view");
    const systemId = await makeSystem(organizationId, { tier: "HIGH", roles: ["deployer"] });
    await addObligations(organizationId, systemId, [
      { article: "Art 27", dueDate: "2026-01-10" },
      { article: "Art 49", dueDate: "2027-06-01" },
      { article: "Art 9", status: "DONE", dueDate: "2026-01-10" },
    ]);
    const view = (today: string) => getDashboard(admin, {}, { today });
    const before = await view("2026-06-01");
    expect(before.readiness.overall).toEqual({ applicable: 3, done: 1 });
    expect(before.attention.overdueObligations).toBe(1);
    expect((await view("2027-07-01")).attention.overdueObligations).toBe(2);
    // The cells feed the unfiltered view; the role filter folds the obligations: both agree.
    const byRole = await getDashboard(admin, { role: "provider" }, { today: "2027-07-01" });
    expect(byRole.readiness.overall).toEqual({ applicable: 3, done: 1 });
  });
});
