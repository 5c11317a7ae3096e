import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";
import type { UserActor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { importSystemsCsv } from "@/lib/dal/systems/system-import";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { LIMIT_MESSAGES, MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { ImportStreamLine } from "@/lib/import/stream";
import { readCsvUpload } from "@/lib/import/upload";
import { log } from "@/lib/log";
import { createRoute } from "@/lib/route";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";
import { enumRefusalIn } from "@/lib/import/values-i18n";
import { refusalIn, validationText } from "@/lib/validations/i18n";
import { ZImportOptions } from "@/lib/validations/import";

export const runtime = "nodejs";

// POST the CSV file as the body (options in the query string); the answer is NDJSON: progress lines while rows are
// checked and written, then one report (or error) line, so the page can show progress on a 10,000-row file.
export const POST = createRoute(
  {
    auth: "member",
    signIn: "Your session has ended. Sign in again in another tab, then import again.",
    sameOrigin: "Imports must come from this site.",
    maxBodyBytes: { bytes: MAX_IMPORT_BYTES, message: LIMIT_MESSAGES.size(), field: "csv" },
    // Errors about the file carry it as a field error, so the page shows them next to the file input.
    refuse: ({ status, message, field }) =>
      NextResponse.json(
        {
          type: "error",
          error: message,
          fieldErrors: field ? { csv: [message] } : undefined,
        } satisfies ImportStreamLine,
        { status },
      ),
  },
  async ({ actor, request, refuse }) => {
    // A role that may not import is refused with a plain status before the body is read (the DAL checks again inside).
    await authorize(actor, "system.write");
    const options = ZImportOptions.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!options.success)
      return refuse({
        status: 422,
        message: options.error.issues[0]?.message ?? "The import request could not be read.",
      });
    // Every bound (size, header, columns, value length, rows) is checked on the bytes as they arrive, before parsing.
    const upload = await readCsvUpload(request.body);
    if (!upload.ok) return refuse({ status: upload.status, message: upload.message, field: "csv" });
    const locale = resolveLocale(actor.locale, request.headers.get("accept-language"));
    return new Response(importStream(actor, locale, { ...options.data, csv: upload.file }), {
      headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
    });
  },
);

function importStream(
  actor: UserActor,
  locale: Locale,
  input: Parameters<typeof importSystemsCsv>[1],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => controller.enqueue(encoder.encode(JSON.stringify(line) + "\n"));
      try {
        const report = await importSystemsCsv(actor, input, (done, total) => send({ type: "progress", done, total }));
        // Each row's problem in the importer's words; the file's own column names and values stay.
        const errors = report.errors.map((e) => ({
          ...e,
          message: enumRefusalIn(locale, e.message) ?? validationText(locale, e.message),
        }));
        send({ type: "report", report: { ...report, errors } });
        // After the report: a failing cache refresh must not turn a committed import into an error message.
        if (report.created > 0) {
          try {
            revalidatePath("/systems");
          } catch (err) {
            log().error({ err }, "import: could not refresh the inventory cache");
          }
        }
      } catch (error) {
        if (!isAppError(error)) log().error({ err: error }, "import: unexpected error");
        const { message, fieldErrors } = refusalIn(
          locale,
          isAppError(error) ? error.message : GENERIC_ERROR_MESSAGE,
          isAppError(error) ? error.fieldErrors : undefined,
        );
        send({ type: "error", error: message, fieldErrors });
      }
      controller.close();
    },
  });
}
