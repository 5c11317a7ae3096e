import type { DashboardFilters } from "@/lib/validations/dashboard";
import type { DayRow } from "./day-rows";
import { ALL_STATUSES, DONE_STATUSES, OPEN_STATUSES, obligationsHref } from "./links";
import { nextDeadline, type NextDeadline } from "./next-deadline";
import { readinessSplit, type ReadinessPart } from "./readiness-split";

// What the dashboard leads with: the next deadline and readiness split into due now and starting later, each
// figure with the link that lists exactly the obligations it counts (the list's `applies` filter).

export type DeadlineView = NextDeadline & { href: string; openHref: string };
export type SplitView = ReadinessPart & { key: "now" | "later"; href: string; doneHref: string; openHref: string };

export function deadlineView(rows: readonly DayRow[], today: string, f: DashboardFilters): DeadlineView | null {
  const next = nextDeadline(rows, today);
  if (!next) return null;
  return {
    ...next,
    href: obligationsHref(f, { status: ALL_STATUSES, applies: next.day }),
    openHref: obligationsHref(f, { status: OPEN_STATUSES, applies: next.day }),
  };
}

export function splitViews(rows: readonly DayRow[], today: string, f: DashboardFilters): SplitView[] {
  const split = readinessSplit(rows, today);
  const view = (key: SplitView["key"], part: ReadinessPart): SplitView => ({
    key,
    ...part,
    href: obligationsHref(f, { status: ALL_STATUSES, applies: key }),
    doneHref: obligationsHref(f, { status: DONE_STATUSES, applies: key }),
    openHref: obligationsHref(f, { status: OPEN_STATUSES, applies: key }),
  });
  return [view("now", split.dueNow), view("later", split.startingLater)];
}
