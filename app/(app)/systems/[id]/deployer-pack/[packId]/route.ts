import { deployerPackPdf } from "@/lib/dal/deployer-pack/packs";
import { fileResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// A published pack's signed PDF exactly as stored (and as customers download it); a foreign id is a 404.
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download deployer packs.", params: ["id", "packId"] },
  async ({ actor, params }) => {
    const file = await deployerPackPdf(actor, params.id, params.packId);
    return fileResponse({
      fileName: file.fileName,
      bytes: file.pdf,
      contentType: "application/pdf",
      sha256: file.pdfSha256,
    });
  },
);
