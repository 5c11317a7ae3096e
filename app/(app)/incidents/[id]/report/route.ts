import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { getIncidentReportPdf } from "@/lib/dal/incidents-report-pdf";
import { HTTP_STATUS, isAppError } from "@/lib/errors";

export const runtime = "nodejs";

function text(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

// The Art 73 report as of now, for the authority. Another organisation's incident is a 404 like any foreign id.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return text(401, "Sign in to download incident reports.");
  try {
    const file = await getIncidentReportPdf(actor, (await params).id);
    return new Response(new Uint8Array(file.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(file.pdf.byteLength),
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return text(HTTP_STATUS[error.code], error.message);
    throw error;
  }
}
