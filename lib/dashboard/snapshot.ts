import { z } from "zod";
import type { DayRow } from "./day-rows";
import { readinessSplit } from "./readiness-split";

// The headline figures kept once a day per organisation (DashboardSnapshot.figures) for the trend chart: the same
// figures the dashboard leads with, computed by the same pure functions, so a trend point and today's tile agree.
const count = z.number().int().min(0);
const part = z.object({ done: count, open: count });
export const ZSnapshotFigures = z.object({
  systems: count,
  byTier: z.record(z.string(), count),
  highRisk: count,
  dueNow: part,
  startingLater: part,
  overdue: count,
  openIncidents: count,
});
export type SnapshotFigures = z.infer<typeof ZSnapshotFigures>;

export type SnapshotInputs = {
  today: string;
  systems: { total: number; byTier: { tier: string | null; count: number }[] };
  byDay: readonly DayRow[];
  overdue: number;
  openIncidents: number;
};

export function snapshotFigures(i: SnapshotInputs): SnapshotFigures {
  const split = readinessSplit(i.byDay, i.today);
  const byTier = Object.fromEntries(i.systems.byTier.map((t) => [t.tier ?? "NONE", t.count]));
  return {
    systems: i.systems.total,
    byTier,
    highRisk: byTier.HIGH ?? 0,
    dueNow: { done: split.dueNow.done, open: split.dueNow.open },
    startingLater: { done: split.startingLater.done, open: split.startingLater.open },
    overdue: i.overdue,
    openIncidents: i.openIncidents,
  };
}

/** A snapshot's figures as stored, or null when the row does not have the expected shape (never a wrong number). */
export function parseSnapshotFigures(value: unknown): SnapshotFigures | null {
  const parsed = ZSnapshotFigures.safeParse(value);
  return parsed.success ? parsed.data : null;
}
