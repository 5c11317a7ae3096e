import type { NextRequest } from "next/server";
import { getEvidenceFile } from "@/lib/dal/evidence";
import { signedInDownload } from "@/lib/http/download";

export const runtime = "nodejs";

// Always an attachment with the type recorded at upload, so a stored file is never rendered as a page of this site.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  return signedInDownload("Sign in to download evidence.", async (actor) => {
    const file = await getEvidenceFile(actor, versionId);
    return { fileName: file.fileName, bytes: file.content, contentType: file.mimeType, sha256: file.sha256 };
  });
}
