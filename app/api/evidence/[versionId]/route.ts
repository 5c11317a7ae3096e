import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { getEvidenceFile } from "@/lib/dal/evidence";
import { HTTP_STATUS, isAppError } from "@/lib/errors";

export const runtime = "nodejs";

function text(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

// RFC 6266: a plain ASCII fallback plus the exact UTF-8 name.
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

// Always an attachment with the type recorded at upload and nosniff, so a stored file is never rendered as a page
// of this site. Access is checked in the DAL like any page: another organisation's file is a 404.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ versionId: string }> }) {
  const actor = await getActor();
  if (!actor) return text(401, "Sign in to download evidence.");
  try {
    const file = await getEvidenceFile(actor, (await params).versionId);
    return new Response(new Uint8Array(file.content), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.content.byteLength),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Digest": `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
      },
    });
  } catch (error) {
    if (isAppError(error)) return text(HTTP_STATUS[error.code], error.message);
    throw error;
  }
}
