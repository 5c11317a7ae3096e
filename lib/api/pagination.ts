import { z } from "zod";
import type { ApiReply } from "./types";

// Every list pages the same way: ?page (from 1) and ?pageSize (1–100, default 25). The body carries the data and a
// `pagination` block whose `next` is the full URL of the next page (null on the last one); the same links are
// in an RFC 8288 Link header, so generic HTTP clients can follow them.
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export const ZPageQuery = z.object({
  page: z.coerce
    .number({ error: "Use a whole number from 1." })
    .int("Use a whole number from 1.")
    .min(1, "Use a whole number from 1.")
    .max(100_000)
    .default(1),
  pageSize: z.coerce
    .number({ error: `Use a whole number from 1 to ${MAX_PAGE_SIZE}.` })
    .int(`Use a whole number from 1 to ${MAX_PAGE_SIZE}.`)
    .min(1, `Use a whole number from 1 to ${MAX_PAGE_SIZE}.`)
    .max(MAX_PAGE_SIZE, `Use a whole number from 1 to ${MAX_PAGE_SIZE}.`)
    .default(DEFAULT_PAGE_SIZE),
});

export const ZPaginationInfo = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int().nullable().describe("Matching items; null when not counted."),
  totalKind: z
    .enum(["exact", "estimate", "atLeast"])
    .describe("atLeast: more than `total` match; estimate: a planner estimate for very large inventories."),
  next: z.string().nullable().describe("URL of the next page, or null on the last page."),
  prev: z.string().nullable(),
});

export function pageEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), pagination: ZPaginationInfo });
}

type PageFacts = {
  page: number;
  pageSize: number;
  hasMore: boolean;
  total: number | null;
  totalKind?: "exact" | "estimate" | "atLeast";
};

export function paged(request: Request, data: unknown[], facts: PageFacts): ApiReply {
  const pageUrl = (page: number) => {
    const url = new URL(request.url);
    url.searchParams.set("page", String(page));
    url.searchParams.set("pageSize", String(facts.pageSize));
    return url.toString();
  };
  const next = facts.hasMore ? pageUrl(facts.page + 1) : null;
  const prev = facts.page > 1 ? pageUrl(facts.page - 1) : null;
  const links = [next && `<${next}>; rel="next"`, prev && `<${prev}>; rel="prev"`].filter(Boolean).join(", ");
  return {
    status: 200,
    body: {
      data,
      pagination: {
        page: facts.page,
        pageSize: facts.pageSize,
        total: facts.total,
        totalKind: facts.totalKind ?? "exact",
        next,
        prev,
      },
    },
    headers: links ? { Link: links } : undefined,
  };
}
