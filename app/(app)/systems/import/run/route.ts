import { revalidatePath } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { authorize } from "@/lib/dal/authorize";
import { importSystemsCsv } from "@/lib/dal/system-import";
import { GENERIC_ERROR_MESSAGE, HTTP_STATUS, isAppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "@/lib/import/csv";
import type { ImportStreamLine } from "@/lib/import/stream";
import { ZImportRequest } from "@/lib/validations/import";

export const runtime = "nodejs";

function fail(status: number, error: string) {
  return NextResponse.json({ type: "error", error } satisfies ImportStreamLine, { status });
}

// POST the file's text and mapping; the answer is NDJSON: progress lines while rows are checked and written, then
// one report (or error) line, so the page can show progress on a 10,000-row file without polling.
export async function POST(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor) return fail(401, "Your session has ended. Sign in again in another tab, then import again.");
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return fail(403, "Imports must come from this site.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES * 2) return fail(413, "The file is larger than 10 MB. Split it into smaller files.");
  // A role that may not import is refused with a plain status before the stream opens (the DAL checks again inside).
  const allowed = await authorize(actor, "system.write").then(() => null, (error: unknown) => error);
  if (allowed) {
    if (isAppError(allowed)) return fail(HTTP_STATUS[allowed.code], allowed.message);
    throw allowed;
  }
  const parsed = ZImportRequest.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return fail(422, z.flattenError(parsed.error).fieldErrors.csv?.[0] ?? "The import request could not be read.");

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => controller.enqueue(encoder.encode(JSON.stringify(line) + "\n"));
      try {
        const report = await importSystemsCsv(actor, parsed.data, (done, total) => send({ type: "progress", done, total }));
        send({ type: "report", report });
        // After the report: a failing cache refresh must not turn a committed import into an error message.
        if (report.created > 0) {
          try {
            revalidatePath("/systems");
          } catch (error) {
            console.error("[import] could not refresh the inventory cache", error);
          }
        }
      } catch (error) {
        if (!isAppError(error)) console.error("[import] unexpected error", error);
        send({ type: "error", error: isAppError(error) ? error.message : GENERIC_ERROR_MESSAGE, fieldErrors: isAppError(error) ? error.fieldErrors : undefined });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
