import { getIncidentReportPdf } from "@/lib/dal/incidents/report-pdf";
import { fileResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// The Art 73 report as of now, for the authority. Another organisation's incident is a 404 like any foreign id.
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download incident reports.", params: ["id"] },
  async ({ actor, params }) => {
    const file = await getIncidentReportPdf(actor, params.id);
    return fileResponse({ fileName: file.fileName, bytes: file.pdf, contentType: "application/pdf" });
  },
);
