import { z } from "zod";
import { ROLES as ENGINE_ROLES } from "@/lib/rules";

// The dashboard's filters. They apply to every figure and travel in the URL (and on into drill-down links):
// `unit` is the system's business unit; `owner` is whoever is accountable for the counted item (the system's
// owner for system counts, the obligation's owner for obligation figures), a user id or "none" (unassigned);
// `role` is the organisation's engine role (systems holding that role; obligations of that role).
export type DashboardFilters = { unit?: string; owner?: string; role?: (typeof ENGINE_ROLES)[number] };

const ZDashboardParams = z.object({
  unit: z.string().trim().min(1).max(200).optional().catch(undefined),
  owner: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  role: z.enum(ENGINE_ROLES).optional().catch(undefined),
});

// Bad URL values are dropped rather than failing the page: a stale bookmark still opens the dashboard.
export function parseDashboardParams(raw: Record<string, string | string[] | undefined>): DashboardFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = ZDashboardParams.parse({ unit: first(raw.unit), owner: first(raw.owner), role: first(raw.role) });
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as DashboardFilters;
}
