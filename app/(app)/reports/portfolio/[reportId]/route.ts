import type { NextRequest } from "next/server";
import { getPortfolioPdf } from "@/lib/dal/portfolio-report";
import { signedInDownload } from "@/lib/http/download";

export const runtime = "nodejs";

// The sealed bytes exactly as stored, so the downloaded file verifies byte for byte; another organisation's report
// is a 404 like any foreign id.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  return signedInDownload("Sign in to download reports.", async (actor) => {
    const file = await getPortfolioPdf(actor, reportId);
    return { fileName: file.fileName, bytes: file.pdf, contentType: "application/pdf", sha256: file.pdfSha256 };
  });
}
