import { z } from "zod";
import { TIER_CODES, type TierCode } from "./system-fields";
import { OBLIGATION_STATUSES, OPEN_STATUSES, type ObligationStatusCode } from "./obligation";
import { ROLES as ENGINE_ROLES, type Role as EngineRole } from "@/lib/rules";

export const DUE_WINDOWS = ["overdue", "30d", "90d", "later", "none"] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];
export const DUE_WINDOW_LABELS: Record<DueWindow, string> = {
  overdue: "Overdue",
  "30d": "Due in the next 30 days",
  "90d": "Due in the next 90 days",
  later: "Due later than 90 days",
  none: "No due date",
};

export const OBLIGATION_SORTS = ["dueDate", "-dueDate", "appliesFrom", "-appliesFrom"] as const;
export type ObligationSort = (typeof OBLIGATION_SORTS)[number];

export const OBLIGATION_PAGE_SIZE = 50;

// The URL contract shared with the dashboard's drill-down links: these names are the API, keep them stable.
export type ObligationListFilters = {
  status?: ObligationStatusCode[];
  owner?: string; // user id | "me" | "none"
  due?: DueWindow;
  article?: string;
  system?: string;
  unit?: string;
  tier?: TierCode[];
  quarter?: string; // e.g. "2027-Q4"
  // When the duty begins to apply: on one day ("2027-12-02"), already ("now": today or earlier) or "later".
  applies?: string;
  role?: EngineRole; // the duty's own role (provider, deployer, …)
  view?: "mine";
  page?: number;
  sort?: ObligationSort;
};

export type ObligationListQuery = Omit<ObligationListFilters, "page" | "sort" | "status"> & {
  status: ObligationStatusCode[];
  page: number;
  sort: ObligationSort;
};

function codes<T extends string>(allowed: readonly T[]) {
  return z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter((s): s is T => (allowed as readonly string[]).includes(s)),
    )
    .transform((list) => (list.length ? [...new Set(list)] : undefined))
    .optional()
    .catch(undefined);
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined);

const ZParams = z.object({
  status: codes(OBLIGATION_STATUSES),
  owner: text(64),
  due: z.enum(DUE_WINDOWS).optional().catch(undefined),
  article: text(100),
  system: text(64),
  unit: text(200),
  tier: codes(TIER_CODES),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .optional()
    .catch(undefined),
  applies: z
    .string()
    .regex(/^(now|later|\d{4}-\d{2}-\d{2})$/)
    .optional()
    .catch(undefined),
  role: z.enum(ENGINE_ROLES).optional().catch(undefined),
  view: z.literal("mine").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  sort: z.enum(OBLIGATION_SORTS).catch("dueDate"),
});

// Bad values fall back to defaults instead of failing the page. With no status given the list shows open work;
// "My work" means: owned by me and still open, whatever else the URL says about owner and status.
export function parseObligationListParams(raw: Record<string, string | string[] | undefined>): ObligationListQuery {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const p = ZParams.parse(flat);
  const query: ObligationListQuery = { ...p, status: p.status ?? OPEN_STATUSES };
  if (p.view === "mine") {
    query.owner = "me";
    query.status = OPEN_STATUSES;
  }
  return query;
}

// Builds a link to the list; the dashboard and the system pages use it so the contract has one writer.
export function obligationsHref(filters: ObligationListFilters = {}): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  if (filters.view === "mine") set("view", "mine");
  else {
    set("status", filters.status?.join(","));
    set("owner", filters.owner);
  }
  set("due", filters.due);
  set("article", filters.article);
  set("system", filters.system);
  set("unit", filters.unit);
  set("tier", filters.tier?.join(","));
  set("quarter", filters.quarter);
  set("applies", filters.applies);
  set("role", filters.role);
  if (filters.sort && filters.sort !== "dueDate") set("sort", filters.sort);
  if (filters.page && filters.page > 1) set("page", String(filters.page));
  const qs = params.toString();
  return qs ? `/obligations?${qs}` : "/obligations";
}

// The `applies` filter as a range of appliesFrom (a DATE column, stored as UTC midnight). "now" is the dashboard's
// "due now" (applying today or earlier), "later" its "starting later"; an impossible date matches nothing.
export function appliesRange(applies: string, today: string): { lte: Date } | { gt: Date } | { equals: Date } {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  if (applies === "now") return { lte: day(today) };
  if (applies === "later") return { gt: day(today) };
  // Date() rolls 30 February over into March; only a day that reads back the same is a day.
  const exact = day(applies);
  const real = !Number.isNaN(exact.getTime()) && exact.toISOString().slice(0, 10) === applies;
  return { equals: real ? exact : new Date(0) };
}

// Quarter boundaries in UTC, matching how appliesFrom (a DATE column) is stored.
export function quarterRange(quarter: string): { gte: Date; lt: Date } {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return { gte: new Date(Date.UTC(year, (q - 1) * 3, 1)), lt: new Date(Date.UTC(year, q * 3, 1)) };
}
