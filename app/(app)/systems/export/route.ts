import { getActor } from "@/lib/auth/session";
import { exportSystems, type SystemExportRowDTO } from "@/lib/dal/system-list";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { systemsCsvStream } from "./systems-csv";
import { systemsJsonStream } from "./systems-json";

// GET /systems/export?ids=a,b exports the selection; without ids, the list's own parameters pick the rows
// ("export as on screen": same filters and sort, all pages). ?format=json gives the same rows as a JSON array.
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Your session has ended. Sign in again.", { status: 401 });
  const params = new URL(request.url).searchParams;
  const ids = params.get("ids")?.split(",").map((id) => id.trim()).filter(Boolean).slice(0, 1_000);
  let batches: AsyncGenerator<SystemExportRowDTO[]>;
  try {
    batches = await exportSystems(actor, parseSystemListParams(params), ids?.length ? ids : undefined);
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
  const date = new Date().toISOString().slice(0, 10);
  const json = params.get("format") === "json";
  return new Response(json ? systemsJsonStream(batches) : systemsCsvStream(batches), {
    headers: {
      "Content-Type": json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="ai-systems-${date}.${json ? "json" : "csv"}"`,
      "Cache-Control": "no-store",
    },
  });
}
