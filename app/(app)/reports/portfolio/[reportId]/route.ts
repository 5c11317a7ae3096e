import { getPortfolioPdf } from "@/lib/dal/dashboard/portfolio-report";
import { fileResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// The sealed bytes exactly as stored, so the downloaded file verifies byte for byte; another organisation's report
// is a 404 like any foreign id.
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download reports.", params: ["reportId"] },
  async ({ actor, params }) => {
    const file = await getPortfolioPdf(actor, params.reportId);
    return fileResponse({
      fileName: file.fileName,
      bytes: file.pdf,
      contentType: "application/pdf",
      sha256: file.pdfSha256,
    });
  },
);
