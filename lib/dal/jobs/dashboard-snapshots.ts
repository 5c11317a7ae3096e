import "server-only";
import { db } from "@/lib/db/client";
import { todayIso } from "@/lib/dates";
import { snapshotFigures, type SnapshotFigures } from "@/lib/dashboard/snapshot";
import { obligationFigures } from "@/lib/dal/dashboard/internal/obligations";
import { systemBreakdowns } from "@/lib/dal/dashboard/internal/systems";

// SYSTEM-LEVEL, NO ACTOR. Once a day (and at server start) every organisation's headline figures are kept for the
// dashboard trend. Each organisation's figures come from queries scoped to its own id, and its row carries that id,
// so one organisation's numbers never reach another's trend. Only organisations WITHOUT a row for today are read,
// BATCH at a time (keyset by id), so a rerun, a restart or a second app instance writes nothing twice, and a run
// that stops half-way resumes where it stopped. The figures are those of the first run of the day.

const BATCH = 50;
const NO_OPEN_INCIDENT = ["DRAFT", "CLOSED"] as const;

export type SnapshotRunResult = { written: number; batches: number };

export async function figuresForOrganization(organizationId: string, today: string): Promise<SnapshotFigures> {
  const [systems, obligations, openIncidents] = await Promise.all([
    systemBreakdowns(organizationId, {}),
    obligationFigures(organizationId, {}, today),
    db().incident.count({ where: { organizationId, status: { notIn: [...NO_OPEN_INCIDENT] } } }),
  ]);
  return snapshotFigures({ today, systems, byDay: obligations.byDay, overdue: obligations.overdue, openIncidents });
}

export async function writeDashboardSnapshots(
  now: Date,
  options: { batchSize?: number } = {},
): Promise<SnapshotRunResult> {
  const today = todayIso(now);
  const day = new Date(`${today}T00:00:00Z`);
  const take = options.batchSize ?? BATCH;
  const result: SnapshotRunResult = { written: 0, batches: 0 };
  let after = "";
  for (;;) {
    const orgs = await db().organization.findMany({
      where: { id: { gt: after }, dashboardSnapshots: { none: { day } } },
      select: { id: true },
      orderBy: { id: "asc" },
      take,
    });
    if (orgs.length === 0) return result;
    result.batches += 1;
    // One organisation at a time: each is a full pass over its obligations, seconds at 100,000 systems.
    for (const { id: organizationId } of orgs) {
      const figures = await figuresForOrganization(organizationId, today);
      const { count } = await db().dashboardSnapshot.createMany({
        data: [{ organizationId, day, figures }],
        skipDuplicates: true,
      });
      result.written += count;
    }
    after = orgs.at(-1)?.id ?? after;
  }
}
