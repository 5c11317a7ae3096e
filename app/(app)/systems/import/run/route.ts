import { revalidatePath } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { authorize } from "@/lib/dal/authorize";
import { importSystemsCsv } from "@/lib/dal/system-import";
import { GENERIC_ERROR_MESSAGE, HTTP_STATUS, isAppError } from "@/lib/errors";
import { LIMIT_MESSAGES, MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { ImportStreamLine } from "@/lib/import/stream";
import { readCsvUpload } from "@/lib/import/upload";
import { ZImportOptions } from "@/lib/validations/import";

export const runtime = "nodejs";

// Errors about the file carry it as a field error, so the page shows them next to the file input.
function fail(status: number, error: string, fileError = false) {
  return NextResponse.json({ type: "error", error, fieldErrors: fileError ? { csv: [error] } : undefined } satisfies ImportStreamLine, { status });
}

// POST the CSV file as the body (options in the query string); the answer is NDJSON: progress lines while rows are
// checked and written, then one report (or error) line, so the page can show progress on a 10,000-row file.
export async function POST(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor) return fail(401, "Your session has ended. Sign in again in another tab, then import again.");
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return fail(403, "Imports must come from this site.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) return fail(413, LIMIT_MESSAGES.size(), true);
  // A role that may not import is refused with a plain status before the body is read (the DAL checks again inside).
  const allowed = await authorize(actor, "system.write").then(() => null, (error: unknown) => error);
  if (allowed) {
    if (isAppError(allowed)) return fail(HTTP_STATUS[allowed.code], allowed.message);
    throw allowed;
  }
  const options = ZImportOptions.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!options.success) return fail(422, options.error.issues[0]?.message ?? "The import request could not be read.");
  // Every bound (size, header, columns, value length, rows) is checked on the bytes as they arrive, before parsing.
  const upload = await readCsvUpload(request.body);
  if (!upload.ok) return fail(upload.status, upload.message, true);

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => controller.enqueue(encoder.encode(JSON.stringify(line) + "\n"));
      try {
        const input = { csv: upload.file, mapping: options.data.mapping, dryRun: options.data.dryRun };
        const report = await importSystemsCsv(actor, input, (done, total) => send({ type: "progress", done, total }));
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
