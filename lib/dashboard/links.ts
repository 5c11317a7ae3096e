import type { DashboardFilters } from "@/lib/validations/dashboard";

// Drill-down links. Parameter names follow the inventory's and the obligations list's URL contracts; they are
// built here (not imported from those lists) so the dashboard does not depend on their internals.

export type TierParam =
  "PROHIBITED" | "HIGH" | "LIMITED" | "GPAI" | "GPAI_SYSTEMIC" | "MINIMAL" | "OUT_OF_SCOPE" | "NONE";
export type ObligationStatusParam = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "NOT_APPLICABLE";

export const OPEN_STATUSES: ObligationStatusParam[] = ["NOT_STARTED", "IN_PROGRESS"];
export const DONE_STATUSES: ObligationStatusParam[] = ["DONE", "NOT_APPLICABLE"];
export const ALL_STATUSES: ObligationStatusParam[] = [...OPEN_STATUSES, ...DONE_STATUSES];

type Params = Record<string, string | readonly string[] | undefined>;

function href(path: string, params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? value.join(",") : (value as string | undefined);
    if (text) search.set(key, text);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export function dashboardHref(filters: DashboardFilters): string {
  return href("/dashboard", { unit: filters.unit, owner: filters.owner, role: filters.role });
}

export type SystemsDrill = {
  tier?: TierParam[];
  role?: string;
  disposition?: "FINAL" | "REQUIRES_REVIEW" | "UNDETERMINED" | "UNCLASSIFIED";
  lifecycle?: string[];
  unit?: string;
  readiness?: "complete" | "incomplete" | "none";
};

// A drill-down's own value wins over the dashboard filter of the same name (e.g. a business-unit bar).
export function systemsHref(filters: DashboardFilters, drill: SystemsDrill = {}): string {
  return href("/systems", {
    tier: drill.tier,
    role: drill.role ?? filters.role,
    disposition: drill.disposition,
    lifecycle: drill.lifecycle,
    unit: drill.unit ?? filters.unit,
    owner: filters.owner,
    readiness: drill.readiness,
  });
}

export type ObligationsDrill = {
  // Always explicit: the list's default status selection is its own business, the figure's is not.
  status: ObligationStatusParam[];
  due?: "overdue" | "30d" | "90d" | "later" | "none";
  article?: string;
  tier?: TierParam[];
  unit?: string;
  quarter?: string;
  /** When the duty begins to apply: one day (YYYY-MM-DD), "now" (today or earlier) or "later". */
  applies?: string;
  system?: string;
};

export function obligationsHref(filters: DashboardFilters, drill: ObligationsDrill): string {
  return href("/obligations", {
    status: drill.status,
    due: drill.due,
    article: drill.article,
    tier: drill.tier,
    unit: drill.unit ?? filters.unit,
    owner: filters.owner,
    // The obligation's role. Not in the obligations list's contract yet; without it a role-filtered drill-down
    // shows every role's obligations.
    role: filters.role,
    quarter: drill.quarter,
    applies: drill.applies,
    system: drill.system,
  });
}
