import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { isoDay, todayIso } from "@/lib/dates";
import { parseSnapshotFigures, type SnapshotFigures } from "@/lib/dashboard/snapshot";
import { trendStart, type TrendRange } from "@/lib/dashboard/trend";
import { authorize } from "@/lib/dal/core/authorize";

export type TrendSnapshot = { day: string; figures: SnapshotFigures };

// The organisation's daily snapshots within the range (at most 365 rows, one index range of (organizationId, day)).
// The snapshots are unfiltered figures: the trend does not follow the dashboard's unit, owner and role filters.
export async function getDashboardTrend(
  actor: Actor,
  range: TrendRange,
  options: { today?: string } = {},
): Promise<TrendSnapshot[]> {
  const { organizationId } = await authorize(actor, "dashboard.read");
  const today = options.today ?? todayIso();
  const rows = await db().dashboardSnapshot.findMany({
    where: {
      organizationId,
      day: { gte: new Date(`${trendStart(range, today)}T00:00:00Z`), lte: new Date(`${today}T00:00:00Z`) },
    },
    select: { day: true, figures: true },
    orderBy: { day: "asc" },
  });
  return rows.flatMap((r) => {
    const figures = parseSnapshotFigures(r.figures);
    return figures ? [{ day: isoDay(r.day), figures }] : [];
  });
}
