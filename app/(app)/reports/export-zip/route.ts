import { resolveBulkSystems } from "@/lib/dal/dossiers/bulk-export";
import { todayIso } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { createRoute } from "@/lib/route";
import { parseBulkExportQuery } from "@/lib/validations/dossier";
import { dossierZipStream } from "@/lib/dossier/zip-stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /reports/export-zip?systems=a,b or ?scope=high-risk|classified|all. The systems are checked against the
// organisation before the first byte is sent, so a foreign id is a 404 and not a half-written ZIP. The count goes in
// a header so the page can show "n of m" while the ZIP streams.
export const GET = createRoute(
  { auth: "member", signIn: "Your session has ended. Sign in again to export dossiers." },
  async ({ actor, request }) => {
    const query = parseBulkExportQuery(request.nextUrl.searchParams);
    if (!query.success)
      throw new AppError("VALIDATION", query.error.issues[0]?.message ?? "Choose which systems to export.");
    const systems = await resolveBulkSystems(actor, query.data);
    if (systems.length === 0)
      throw new AppError("VALIDATION", "No systems match this choice, so there is nothing to export.");
    return new Response(dossierZipStream(actor, systems, request.signal), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="actlas-dossiers-${todayIso()}.zip"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "X-Dossier-Count": String(systems.length),
      },
    });
  },
);
