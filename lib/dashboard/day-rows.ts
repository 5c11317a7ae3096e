// Obligations per application date (the day the law makes them apply), as the dashboard's one pass over the
// obligations returns them: the input of the next-deadline and readiness-split computations, shared by the
// dashboard and the portfolio report. `day` is YYYY-MM-DD (UTC, like the DATE column); `systems` counts the
// distinct systems with a duty starting that day.
export type DayRow = { day: string; obligations: number; done: number; systems: number };

// Rows for the same day are added up. `systems` then adds too, which is exact only when the rows cover different
// systems (e.g. one row per business unit); the dashboard's own rows are already one per day.
export function mergeDays(rows: readonly DayRow[]): DayRow[] {
  const byDay = new Map<string, DayRow>();
  for (const r of rows) {
    const seen = byDay.get(r.day);
    byDay.set(
      r.day,
      seen
        ? {
            day: r.day,
            obligations: seen.obligations + r.obligations,
            done: seen.done + r.done,
            systems: seen.systems + r.systems,
          }
        : { ...r },
    );
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}
