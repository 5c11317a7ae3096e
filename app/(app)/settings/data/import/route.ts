import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";
import { importOrganization } from "@/lib/dal/org-transfer/import";
import { createRoute } from "@/lib/route";
import { MAX_ORGANIZATION_IMPORT_BYTES } from "@/lib/validations/import-organization";

export const runtime = "nodejs";

const TOO_LARGE =
  "The file is larger than 19 MB, the upload limit of this server. Restore large organisations with pg_restore (see docs/backup.md).";

// POST a file made by "Export organisation" (multipart field "file"); the DAL refuses a non-empty organisation.
export const POST = createRoute(
  {
    auth: "member",
    signIn: "Your session has ended. Sign in again in another tab, then import again.",
    sameOrigin: "Imports must come from this site.",
    // No `unreadable`: a body that cannot be read counts as no file chosen.
    upload: {
      field: "file",
      maxBytes: MAX_ORGANIZATION_IMPORT_BYTES,
      tooLarge: TOO_LARGE,
      required: "Choose an organisation export file (.json).",
    },
    // A refused file lists every problem (table, row, column) under the file field, next to where it was chosen.
    refuse: ({ status, message, fieldErrors }) =>
      NextResponse.json(
        { ok: false, error: message, ...(fieldErrors?.file?.length ? { problems: fieldErrors.file } : {}) },
        { status },
      ),
  },
  async ({ actor, upload: { file } }) => {
    const result = await importOrganization(actor, await file.text());
    revalidatePath("/", "layout");
    return NextResponse.json({
      ok: true,
      counts: result.counts,
      invitations: result.invitationLinks,
      names: result.names,
    });
  },
);
