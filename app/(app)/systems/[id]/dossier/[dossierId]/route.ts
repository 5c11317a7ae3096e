import type { NextRequest } from "next/server";
import { getDossierPdf } from "@/lib/dal/dossiers";
import { signedInDownload } from "@/lib/http/download";

export const runtime = "nodejs";

// The sealed bytes exactly as stored: the file a user downloads must verify byte for byte. Another organisation's
// dossier, or one of another system, is a 404 like any foreign id.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; dossierId: string }> }) {
  const { id, dossierId } = await params;
  return signedInDownload("Sign in to download dossiers.", async (actor) => {
    const file = await getDossierPdf(actor, dossierId, id);
    return { fileName: file.fileName, bytes: file.pdf, contentType: "application/pdf", sha256: file.pdfSha256 };
  });
}
