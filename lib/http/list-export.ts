import "server-only";
import type { UserActor } from "@/lib/access/actor";
import { todayIso } from "@/lib/dates";
import { isLocale, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { createRoute } from "@/lib/route";

// The one implementation of "export the list as on screen" (inventory and obligations): the rows the page shows,
// all pages, streamed batch by batch as the database delivers them, as CSV or (?format=json) a JSON array.

type Batches<T> = AsyncIterable<T[]>;

export type ListExport<T> = {
  fileName: string; // "ai-systems" → ai-systems-2026-12-05.csv
  // Authorises (AppError → 401/403/404 by createRoute) before the first byte is sent, so a refusal is a status.
  load: (actor: UserActor, params: URLSearchParams) => Promise<Batches<T>>;
  // The header row in `locale`; the rows keep their values, which an import reads back whatever the language.
  csv: (batches: Batches<T>, locale: Locale) => ReadableStream<Uint8Array>;
  json: (batches: Batches<T>) => ReadableStream<Uint8Array>;
};

/**
 * The language of a CSV file's header row: the reader's, as for pages; ?lang=en gives the English header a script or
 * an older import expects.
 */
export function exportLocale(actor: UserActor, request: { nextUrl: URL; headers: Headers }): Locale {
  const lang = request.nextUrl.searchParams.get("lang");
  return isLocale(lang) ? lang : resolveLocale(actor.locale, request.headers.get("accept-language"));
}

export function listExportRoute<T>(spec: ListExport<T>) {
  return createRoute({ auth: "member" }, async ({ actor, request }) => {
    const params = request.nextUrl.searchParams;
    const batches = await spec.load(actor, params);
    const json = params.get("format") === "json";
    return new Response(json ? spec.json(batches) : spec.csv(batches, exportLocale(actor, request)), {
      headers: {
        "Content-Type": json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${spec.fileName}-${todayIso()}.${json ? "json" : "csv"}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
