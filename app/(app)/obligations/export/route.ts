import { getActor } from "@/lib/auth/session";
import { exportObligations, type ObligationExportRowDTO } from "@/lib/dal/obligation-export";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { parseObligationListParams } from "@/lib/validations/obligation-list";
import { obligationsCsvStream, obligationsJsonStream } from "./obligations-file";

// GET /obligations/export?format=csv|json plus the /obligations page's own parameters: the rows the list shows.
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Your session has ended. Sign in again.", { status: 401 });
  const params = new URL(request.url).searchParams;
  let batches: AsyncGenerator<ObligationExportRowDTO[]>;
  try {
    batches = await exportObligations(actor, parseObligationListParams(Object.fromEntries(params)));
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
  const json = params.get("format") === "json";
  const date = new Date().toISOString().slice(0, 10);
  return new Response(json ? obligationsJsonStream(batches) : obligationsCsvStream(batches), {
    headers: {
      "Content-Type": json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="obligations-${date}.${json ? "json" : "csv"}"`,
      "Cache-Control": "no-store",
    },
  });
}
