import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { getDossierPdf } from "@/lib/dal/dossiers";
import { HTTP_STATUS, isAppError } from "@/lib/errors";

export const runtime = "nodejs";

function text(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

// The sealed bytes exactly as stored, as an attachment: the file a user downloads must verify byte for byte.
// Another organisation's dossier, or one of another system, is a 404 like any foreign id.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; dossierId: string }> }) {
  const actor = await getActor();
  if (!actor) return text(401, "Sign in to download dossiers.");
  const { id, dossierId } = await params;
  try {
    const file = await getDossierPdf(actor, dossierId, id);
    return new Response(new Uint8Array(file.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(file.pdf.byteLength),
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Digest": `sha-256=${Buffer.from(file.pdfSha256, "hex").toString("base64")}`,
      },
    });
  } catch (error) {
    if (isAppError(error)) return text(HTTP_STATUS[error.code], error.message);
    throw error;
  }
}
