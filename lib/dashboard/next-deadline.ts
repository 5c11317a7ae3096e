import { mergeDays, type DayRow } from "./day-rows";

export type NextDeadline = { day: string; obligations: number; done: number; open: number; systems: number };

// The next date on which duties begin to apply: the first application date AFTER today (a duty applying today is
// already due, see readiness-split.ts), with every duty starting that day, done or not, and the systems they
// belong to. Null when nothing starts later. Days with no duties (0 obligations) are not deadlines.
export function nextDeadline(rows: readonly DayRow[], today: string): NextDeadline | null {
  const next = mergeDays(rows).find((r) => r.day > today && r.obligations > 0);
  if (!next) return null;
  return { ...next, open: next.obligations - next.done };
}
