import "server-only";
import type { UserActor } from "@/lib/access/actor";
import { todayIso } from "@/lib/dates";
import { createRoute } from "@/lib/route";

// The one implementation of "export the list as on screen" (inventory and obligations): the rows the page shows,
// all pages, streamed batch by batch as the database delivers them, as CSV or (?format=json) a JSON array.

type Batches<T> = AsyncIterable<T[]>;

export type ListExport<T> = {
  fileName: string; // "ai-systems" → ai-systems-2026-12-05.csv
  // Authorises (AppError → 401/403/404 by createRoute) before the first byte is sent, so a refusal is a status.
  load: (actor: UserActor, params: URLSearchParams) => Promise<Batches<T>>;
  csv: (batches: Batches<T>) => ReadableStream<Uint8Array>;
  json: (batches: Batches<T>) => ReadableStream<Uint8Array>;
};

export function listExportRoute<T>(spec: ListExport<T>) {
  return createRoute({ auth: "member" }, async ({ actor, request }) => {
    const params = request.nextUrl.searchParams;
    const batches = await spec.load(actor, params);
    const json = params.get("format") === "json";
    return new Response(json ? spec.json(batches) : spec.csv(batches), {
      headers: {
        "Content-Type": json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${spec.fileName}-${todayIso()}.${json ? "json" : "csv"}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
