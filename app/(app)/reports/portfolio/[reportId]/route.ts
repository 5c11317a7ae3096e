import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { getPortfolioPdf } from "@/lib/dal/portfolio-report";
import { HTTP_STATUS, isAppError } from "@/lib/errors";

export const runtime = "nodejs";

function text(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

// The sealed bytes exactly as stored, so the downloaded file verifies byte for byte; another organisation's report
// is a 404 like any foreign id.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ reportId: string }> }) {
  const actor = await getActor();
  if (!actor) return text(401, "Sign in to download reports.");
  try {
    const file = await getPortfolioPdf(actor, (await params).reportId);
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
