import { addDays, todayIso } from "../../lib/dates";
import { db } from "../../lib/db/client";
import type { SnapshotFigures } from "../../lib/dashboard/snapshot";
import { figuresForOrganization } from "../../lib/dal/jobs/dashboard-snapshots";

// DEMO DATA, NOT A RECORD. A real organisation's trend starts on the day the snapshot job first runs; the demo gets
// twelve weeks of made-up history so its trend chart has lines to show. The history is invented backwards from
// today's real figures (which are written as today's snapshot): fewer systems registered, less work done, more
// overdue twelve weeks ago, with a small deterministic wobble so the lines do not look ruled.
const WEEKS = 12;

export async function seedDemoTrend(organizationId: string, now = new Date()): Promise<number> {
  const today = todayIso(now);
  const current = await figuresForOrganization(organizationId, today);
  const days = WEEKS * 7;
  const rows = Array.from({ length: days + 1 }, (_, back) => ({
    organizationId,
    day: new Date(`${addDays(today, -back)}T00:00:00Z`),
    figures: back === 0 ? current : pastFigures(current, back / days, back),
  }));
  const { count } = await db().dashboardSnapshot.createMany({ data: rows, skipDuplicates: true });
  return count;
}

// `age` runs from 0 (today) to 1 (twelve weeks ago).
function pastFigures(now: SnapshotFigures, age: number, seed: number): SnapshotFigures {
  const wobble = 1 + 0.03 * Math.sin(seed * 1.7);
  const scale = (n: number, oldest: number) => Math.max(0, Math.round(n * (1 - (1 - oldest) * age) * wobble));
  const systemsFactor = 1 - 0.25 * age;
  const byTier = Object.fromEntries(
    Object.entries(now.byTier).map(([tier, count]) => [tier, Math.round(count * systemsFactor)]),
  );
  const split = (part: SnapshotFigures["dueNow"], doneThen: number) => {
    const total = Math.round((part.done + part.open) * systemsFactor);
    const done = Math.min(total, scale(part.done, doneThen));
    return { done, open: total - done };
  };
  return {
    systems: Object.values(byTier).reduce((a, b) => a + b, 0),
    byTier,
    highRisk: byTier.HIGH ?? 0,
    dueNow: split(now.dueNow, 0.35),
    startingLater: split(now.startingLater, 0.2),
    // Some duties were overdue and have since been caught up with, even where none is overdue today.
    overdue: Math.round((now.overdue + 6 * age) * (1 + age) * wobble),
    openIncidents: Math.max(0, now.openIncidents + (seed % 17 < 5 ? 1 : 0) - (age > 0.6 ? 1 : 0)),
  };
}
