import type { NextRequest } from "next/server";
import { getIncidentReportPdf } from "@/lib/dal/incidents-report-pdf";
import { signedInDownload } from "@/lib/http/download";

export const runtime = "nodejs";

// The Art 73 report as of now, for the authority. Another organisation's incident is a 404 like any foreign id.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return signedInDownload("Sign in to download incident reports.", async (actor) => {
    const file = await getIncidentReportPdf(actor, id);
    return { fileName: file.fileName, bytes: file.pdf, contentType: "application/pdf" };
  });
}
