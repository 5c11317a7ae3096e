import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { resolveBulkSystems } from "@/lib/dal/dossiers";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { plainText as text } from "@/lib/http/download";
import { parseBulkExportQuery } from "@/lib/validations/dossier";
import { dossierZipStream } from "./dossier-zip";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /reports/export-zip?systems=a,b or ?scope=high-risk|classified|all. The systems are checked against the
// organisation before the first byte is sent, so a foreign id is a 404 and not a half-written ZIP. The count goes in
// a header so the page can show "n of m" while the ZIP streams.
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return text(401, "Your session has ended. Sign in again to export dossiers.");
  const query = parseBulkExportQuery(request.nextUrl.searchParams);
  if (!query.success) return text(422, query.error.issues[0]?.message ?? "Choose which systems to export.");
  let systems: { id: string; name: string }[];
  try {
    systems = await resolveBulkSystems(actor, query.data);
  } catch (error) {
    if (isAppError(error)) return text(HTTP_STATUS[error.code], error.message);
    throw error;
  }
  if (systems.length === 0) return text(422, "No systems match this choice, so there is nothing to export.");
  const date = new Date().toISOString().slice(0, 10);
  return new Response(dossierZipStream(actor, systems, request.signal), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="actlas-dossiers-${date}.zip"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Dossier-Count": String(systems.length),
    },
  });
}
