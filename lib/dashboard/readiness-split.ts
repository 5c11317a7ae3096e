import type { DayRow } from "./day-rows";

export type ReadinessPart = { applicable: number; done: number; open: number };
export type ReadinessSplit = { dueNow: ReadinessPart; startingLater: ReadinessPart };

// Readiness in two figures instead of one mixed percentage: duties that already apply (application date today or
// earlier: the law asks for them now) and duties that start later (work done early). YYYY-MM-DD strings compare
// in date order, so the boundary is exact to the day.
export function readinessSplit(rows: readonly DayRow[], today: string): ReadinessSplit {
  const dueNow = { applicable: 0, done: 0, open: 0 };
  const startingLater = { applicable: 0, done: 0, open: 0 };
  for (const r of rows) {
    const part = r.day <= today ? dueNow : startingLater;
    part.applicable += r.obligations;
    part.done += r.done;
    part.open += r.obligations - r.done;
  }
  return { dueNow, startingLater };
}
