import { z } from "zod";
import { ROLE_LABELS } from "@/lib/rules/labels";
import { LIFECYCLE_STAGES, TIER_CODES } from "./system-fields";

// The inventory's URL contract. The dashboard builds drill-down links with `systemsHref`, so parameter names and
// values are an interface: change them only together with every caller.

export const SYSTEM_SORTS = [
  "name",
  "-name",
  "tier",
  "-tier",
  "businessUnit",
  "-businessUnit",
  "lifecycle",
  "-lifecycle",
  "updatedAt",
  "-updatedAt",
] as const;
export type SystemSort = (typeof SYSTEM_SORTS)[number];

export const TIER_FILTERS = [...TIER_CODES, "NONE"] as const;
export type TierFilter = (typeof TIER_FILTERS)[number];
export const DISPOSITION_FILTERS = ["FINAL", "REQUIRES_REVIEW", "UNDETERMINED", "UNCLASSIFIED"] as const;
export type DispositionFilter = (typeof DISPOSITION_FILTERS)[number];
export const READINESS_FILTERS = ["complete", "incomplete", "none"] as const;
export type ReadinessFilter = (typeof READINESS_FILTERS)[number];
export const ROLE_FILTERS = Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[];
export type RoleFilter = (typeof ROLE_FILTERS)[number];
export type LifecycleFilter = (typeof LIFECYCLE_STAGES)[number];

export const PAGE_SIZES = [25, 50, 100] as const;

export const SYSTEM_COLUMNS = [
  "tier",
  "roles",
  "readiness",
  "businessUnit",
  "owner",
  "lifecycle",
  "vendor",
  "updatedAt",
] as const;
export type SystemColumn = (typeof SYSTEM_COLUMNS)[number];
// Name and the selection box are always shown; vendor and last update are there on demand, so that the default
// view fits a laptop screen without scrolling sideways.
export const DEFAULT_COLUMNS: readonly SystemColumn[] = [
  "tier",
  "roles",
  "readiness",
  "businessUnit",
  "owner",
  "lifecycle",
];

export type SystemListFilters = {
  q?: string;
  tier: TierFilter[];
  role: RoleFilter[];
  disposition?: DispositionFilter;
  lifecycle: LifecycleFilter[];
  unit?: string;
  owner?: string;
  readiness?: ReadinessFilter;
};

export type SystemListQuery = SystemListFilters & {
  page: number;
  pageSize: number;
  sort: SystemSort;
  cols: SystemColumn[];
};

// Comma lists keep the known values and drop the rest, so one bad code does not discard a whole shared link.
function csvOf<T extends string>(allowed: readonly T[]) {
  return z
    .string()
    .optional()
    .transform((raw) => {
      const wanted = new Set((raw ?? "").split(",").map((v) => v.trim()));
      return allowed.filter((v) => wanted.has(v));
    });
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined);

// Bad values fall back to defaults instead of failing the page.
const ZSystemListParams = z.object({
  q: optionalText(200),
  tier: csvOf(TIER_FILTERS).catch([]),
  role: csvOf(ROLE_FILTERS).catch([]),
  disposition: z.enum(DISPOSITION_FILTERS).optional().catch(undefined),
  lifecycle: csvOf(LIFECYCLE_STAGES).catch([]),
  unit: optionalText(200),
  owner: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  readiness: z.enum(READINESS_FILTERS).optional().catch(undefined),
  sort: z.enum(SYSTEM_SORTS).catch("name"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(25),
  cols: z
    .string()
    .optional()
    .transform((raw) => (raw === undefined ? [...DEFAULT_COLUMNS] : csvOf(SYSTEM_COLUMNS).parse(raw)))
    .catch([...DEFAULT_COLUMNS]),
});

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseSystemListParams(raw: RawParams): SystemListQuery {
  const get = (key: string): string | undefined => {
    const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const keys = Object.keys(ZSystemListParams.shape) as (keyof typeof ZSystemListParams.shape)[];
  return ZSystemListParams.parse(Object.fromEntries(keys.map((k) => [k, get(k)])));
}

export function hasActiveFilters(f: Partial<SystemListFilters>): boolean {
  return !!(
    f.q ||
    f.tier?.length ||
    f.role?.length ||
    f.disposition ||
    f.lifecycle?.length ||
    f.unit ||
    f.owner ||
    f.readiness
  );
}

// Only non-default values are written, so links stay short and equal views have equal URLs.
export function systemListSearchParams(state: Partial<SystemListQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined) => value && params.set(key, value);
  put("q", state.q);
  put("tier", state.tier?.join(","));
  put("role", state.role?.join(","));
  put("disposition", state.disposition);
  put("lifecycle", state.lifecycle?.join(","));
  put("unit", state.unit);
  put("owner", state.owner);
  put("readiness", state.readiness);
  if (state.sort && state.sort !== "name") put("sort", state.sort);
  if (state.page && state.page > 1) put("page", String(state.page));
  if (state.pageSize && state.pageSize !== 25) put("pageSize", String(state.pageSize));
  if (state.cols && !sameColumns(state.cols, DEFAULT_COLUMNS)) params.set("cols", state.cols.join(","));
  return params;
}

/** A link to the inventory showing exactly these filters (and optionally sort, page, columns). */
export function systemsHref(state: Partial<SystemListQuery> = {}): string {
  const search = systemListSearchParams(state).toString();
  return search ? `/systems?${search}` : "/systems";
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

// Bulk actions: the client sends the version it displayed, so a change made meanwhile is a conflict, not lost.
const ZSystemRef = z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1) });
const ZSelection = z
  .array(ZSystemRef)
  .min(1, "Select at least one AI system.")
  .max(200, "Select at most 200 AI systems at a time.");

export const ZBulkAssignOwner = z.object({
  systems: ZSelection,
  ownerId: z.string().min(1, "Choose an owner.").max(64),
});
export type TBulkAssignOwner = z.input<typeof ZBulkAssignOwner>;

export const ZBulkSetLifecycle = z.object({
  systems: ZSelection,
  lifecycleStage: z.enum(LIFECYCLE_STAGES, { error: "Choose a lifecycle stage." }),
});
export type TBulkSetLifecycle = z.input<typeof ZBulkSetLifecycle>;

/** `ownerId: "none"` in a bulk assignment removes the owner, matching the `owner=none` filter. */
export const NO_OWNER = "none";
