import { revalidatePath } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { importOrganization } from "@/lib/dal/org-import";
import { GENERIC_ERROR_MESSAGE, HTTP_STATUS, isAppError } from "@/lib/errors";
import { MAX_ORGANIZATION_IMPORT_BYTES } from "@/lib/validations/import-organization";

export const runtime = "nodejs";

const TOO_LARGE = "The file is larger than 19 MB, the upload limit of this server. Restore large organisations with pg_restore (see docs/backup.md).";

function fail(status: number, error: string, problems?: string[]) {
  return NextResponse.json({ ok: false, error, ...(problems?.length ? { problems } : {}) }, { status });
}

// POST a file made by "Export organisation" (multipart field "file"); the DAL refuses a non-empty organisation.
export async function POST(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor) return fail(401, "Your session has ended. Sign in again in another tab, then import again.");
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return fail(403, "Imports must come from this site.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ORGANIZATION_IMPORT_BYTES + 64 * 1024) return fail(413, TOO_LARGE);
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) return fail(422, "Choose an organisation export file (.json).");
  if (file.size > MAX_ORGANIZATION_IMPORT_BYTES) return fail(413, TOO_LARGE);
  try {
    const result = await importOrganization(actor, await file.text());
    revalidatePath("/", "layout");
    return NextResponse.json({ ok: true, counts: result.counts, invitations: result.invitationLinks, names: result.names });
  } catch (error) {
    // A refused file lists every problem (table, row, column) under the file field, next to where it was chosen.
    if (isAppError(error)) return fail(HTTP_STATUS[error.code], error.message, error.fieldErrors?.file);
    console.error("[organization-import] unexpected error", error);
    return fail(500, GENERIC_ERROR_MESSAGE);
  }
}
