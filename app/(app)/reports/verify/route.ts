import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { verifyDossier } from "@/lib/dal/dossiers";
import { GENERIC_ERROR_MESSAGE, HTTP_STATUS, isAppError } from "@/lib/errors";
import { MAX_VERIFY_BYTES } from "@/lib/validations/dossier";

export const runtime = "nodejs";

const TOO_LARGE = "This file is larger than any Actlas dossier, so it cannot be one.";

function fail(status: number, error: string) {
  return NextResponse.json({ ok: false, error, fieldErrors: { file: [error] } }, { status });
}

// POST a PDF as multipart field "file"; the answer is JSON: { ok: true, data: VerifyResult }. Nothing is stored.
export async function POST(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return fail(401, "Your session has ended. Sign in again, then verify the file.");
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return fail(403, "Verification requests must come from this site.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_VERIFY_BYTES + 64 * 1024) return fail(413, TOO_LARGE);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fail(400, "The upload could not be read (it may have been cut off). Please try again.");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return fail(422, "Choose the PDF file you want to check.");
  if (file.size > MAX_VERIFY_BYTES) return fail(413, TOO_LARGE);
  try {
    const data = await verifyDossier(actor, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json({ ok: true, data: { ...data, fileName: file.name } });
  } catch (error) {
    if (isAppError(error)) return fail(HTTP_STATUS[error.code], error.message);
    console.error("[dossier verify] unexpected error", error);
    return fail(500, GENERIC_ERROR_MESSAGE);
  }
}
