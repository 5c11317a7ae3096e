import { addDays } from "@/lib/dates";

// When a newly derived duty is planned to be met. The law's date ("applies from") stays its own fact; the due date is
// the organisation's plan. A duty that already applies cannot be overdue the moment it is found, so it is planned the
// organisation's lead time from today; a duty that applies later is due the day it starts to apply.
export const DEFAULT_LEAD_DAYS = 30;
export const MAX_LEAD_DAYS = 365;

/** The planning due date of a duty derived today (all dates YYYY-MM-DD, UTC). */
export function plannedDueDate(appliesFrom: string, today: string, leadDays: number = DEFAULT_LEAD_DAYS): string {
  return appliesFrom > today ? appliesFrom : addDays(today, leadDays);
}
