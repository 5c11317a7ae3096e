import { getDossierPdf } from "@/lib/dal/dossiers/dossiers";
import { fileResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// The sealed bytes exactly as stored: the file a user downloads must verify byte for byte. Another organisation's
// dossier, or one of another system, is a 404 like any foreign id.
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download dossiers.", params: ["id", "dossierId"] },
  async ({ actor, params }) => {
    const file = await getDossierPdf(actor, params.dossierId, params.id);
    return fileResponse({
      fileName: file.fileName,
      bytes: file.pdf,
      contentType: "application/pdf",
      sha256: file.pdfSha256,
    });
  },
);
