import { packPdfByToken } from "@/lib/dal/deployer-pack/public";
import { fileResponse } from "@/lib/http/download";
import { clientAddress } from "@/lib/net/client-address";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// Public: the link's secret alone opens its pack's signed PDF (audited and rate-limited in the data layer).
export const GET = createRoute({ auth: "public", params: ["token"] }, async ({ request, params }) => {
  const file = await packPdfByToken(params.token, clientAddress(request.headers));
  return fileResponse({
    fileName: file.fileName,
    bytes: file.pdf,
    contentType: "application/pdf",
    sha256: file.pdfSha256,
  });
});
