import { z } from "zod";

export const SYSTEM_SORTS = ["name", "-name", "updatedAt", "-updatedAt", "businessUnit", "-businessUnit"] as const;
export type SystemSort = (typeof SYSTEM_SORTS)[number];

export type SystemListQuery = { page: number; pageSize: number; q?: string; sort: SystemSort };

// Table state lives in the URL so a view can be shared and the back button works. Bad values fall back to
// defaults instead of failing the page.
const ZSystemListParams = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().refine((n) => [25, 50, 100].includes(n)).catch(25),
  q: z.string().trim().max(200).transform((v) => v || undefined).optional().catch(undefined),
  sort: z.enum(SYSTEM_SORTS).catch("name"),
});

export function parseSystemListParams(raw: Record<string, string | string[] | undefined>): SystemListQuery {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZSystemListParams.parse({ page: flat.page, pageSize: flat.pageSize, q: flat.q || undefined, sort: flat.sort });
}
