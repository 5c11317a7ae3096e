import { getEvidenceFile } from "@/lib/dal/obligations/evidence";
import { fileResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// Always an attachment with the type recorded at upload, so a stored file is never rendered as a page of this site.
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download evidence.", params: ["versionId"] },
  async ({ actor, params }) => {
    const file = await getEvidenceFile(actor, params.versionId);
    return fileResponse({
      fileName: file.fileName,
      bytes: file.content,
      contentType: file.mimeType,
      sha256: file.sha256,
    });
  },
);
