import { getCompletionFile } from "@/lib/dal/literacy/completion-file";
import { fileResponse } from "@/lib/http/download";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// Always an attachment with the type found at upload, as evidence downloads: never rendered as a page of this site.
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download the certificate.", params: ["completionId"] },
  async ({ actor, params }) => {
    const file = await getCompletionFile(actor, params.completionId);
    return fileResponse({
      fileName: file.fileName,
      bytes: file.content,
      contentType: file.mimeType,
      sha256: file.sha256,
    });
  },
);
