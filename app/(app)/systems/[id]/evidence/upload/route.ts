import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { addEvidenceFile } from "@/lib/dal/evidence";
import { GENERIC_ERROR_MESSAGE, HTTP_STATUS, isAppError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { ZEvidenceUploadFields } from "@/lib/validations/evidence";

export const runtime = "nodejs";

// Room for the multipart boundaries and text fields around a file at the size limit.
const MAX_REQUEST_BYTES = MAX_EVIDENCE_BYTES + 64 * 1024;
const TOO_LARGE = "The file is over the limit of 20 MB per file.";

function fail(status: number, error: string, fieldErrors?: Record<string, string[]>) {
  return NextResponse.json({ ok: false, error, fieldErrors }, { status });
}

// Same checks as the pages: the session names the actor, the DAL checks evidence.write and the organisation, and a
// system id from another organisation is a 404. Cross-site posts are refused even though cookies are SameSite.
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id: systemId } = await params;
  const actor = await getActor();
  if (!actor) return fail(401, "Your session has ended. Sign in again in another tab, then upload again.");
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return fail(403, "Uploads must come from this site.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) return fail(413, TOO_LARGE, { file: [TOO_LARGE] });

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fail(400, "The upload could not be read (it may have been cut off). Nothing was stored; please try again.");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return fail(422, "Choose a file to upload.", { file: ["Choose a file to upload."] });
  if (file.size > MAX_EVIDENCE_BYTES) return fail(413, TOO_LARGE, { file: [TOO_LARGE] });
  const fields = ZEvidenceUploadFields.safeParse({
    title: form.get("title") ?? undefined,
    obligationId: form.get("obligationId") ?? undefined,
    evidenceId: form.get("evidenceId") ?? undefined,
  });
  if (!fields.success) return fail(422, "Please correct the highlighted fields.", { title: [fields.error.issues[0]?.message ?? "Invalid."] });

  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const data = await addEvidenceFile(actor, { systemId, ...fields.data, fileName: file.name, bytes });
    return NextResponse.json({ ok: true, data });
  } catch (error) {
    if (isAppError(error)) return fail(HTTP_STATUS[error.code], error.message, error.fieldErrors);
    console.error("[evidence upload] unexpected error", error);
    return fail(500, GENERIC_ERROR_MESSAGE);
  }
}
